package it.traccia.plan.command.importing;

import static it.traccia.plan.command.importing.Drafts.HEADING;
import static it.traccia.plan.command.importing.Drafts.row;
import static it.traccia.plan.command.importing.Drafts.structure;
import static it.traccia.plan.command.importing.Drafts.utf8;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportedObjective;
import it.traccia.kernel.plan.importing.ImportedPhase;
import it.traccia.kernel.plan.importing.ImportedStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

/** How other comuni write the same table: the variants the import reads without complaint, and those it reports. */
class ImportVariantsTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    @Test
    void readsSeveralStructuresInOneFile() {
        // given a draft with two structures written in capitals
        String draft = HEADING
                + structure("SEGRETERIA - SEGRETARIO GENERALE: AVV. MARCO GREGOLI", "Servizi istituzionali, generali e di gestione;")
                + row("1", "Obiettivo di sviluppo: Redazione del PIAO.", "100%", "Redazione.", "Approvazione.", "31.01.2026")
                + "\n"
                + structure("AREA AMMINISTRATIVA E FINANZIARIA - RESPONSABILE DELL'AREA: DOTT.SSA LAURA FERRARI",
                "Servizi istituzionali, generali e di gestione")
                + row("1", "Obiettivo obbligatorio di legge: Tempi medi di pagamento.", "60%", "Tempi medi.", "Entro 30 gg.", "31.12.2026")
                + row("1.1", "Fase: monitoraggio trimestrale.", "(100%)", "Indicatore trimestrale.", "Entro 30 gg.", "30.06.2026")
                + row("2", "Obiettivo di sviluppo: Nuovo regolamento di contabilità.", "40%", "Regolamento.", "Adozione.", "30.11.2026");

        // when it is read
        ImportResult result = reader.read("aree.txt", utf8(draft));

        // then both structures are there, each with its head, its title and its objectives, and nothing is reported
        assertThat(result.findings()).isEmpty();
        assertThat(result.plan().structures()).extracting(ImportedStructure::name)
                .containsExactly("Segreteria", "Area Amministrativa e Finanziaria");
        ImportedStructure area = result.plan().structures().get(1);
        assertThat(area.head()).isEqualTo("Dott.ssa Laura Ferrari");
        assertThat(area.headTitle()).isEqualTo("Responsabile dell'Area");
        assertThat(area.objectives()).extracting(ImportedObjective::number).containsExactly("1", "2");
        assertThat(area.objectives().get(0).phases()).extracting(ImportedPhase::number).containsExactly("1.1");
        assertThat(result.plan().commonContext()).isNull();
        assertThat(result.plan().commonObjectives()).isEmpty();
    }

    @Test
    void readsDatesWrittenWithSlashes() {
        ImportResult result = reader.read("date.txt", utf8(aStructureWith(
                row("1", "Obiettivo di sviluppo: uno.", "100%", "Indicatore.", "Valore.", "31/12/2026")
                        + row("1.1", "Fase: prima.", "(100%)", "Indicatore.", "Valore.", "30/04/2026"))));

        ImportedObjective objective = onlyObjective(result);
        assertThat(objective.deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(objective.phases().get(0).deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void reportsADeadlineOutsideTheTriennioAndImportsItEmpty() {
        ImportResult result = reader.read("date.txt", utf8(aStructureWith(
                row("1", "Obiettivo di sviluppo: uno.", "100%", "Indicatore.", "Valore.", "31.12.2030"))));

        assertThat(onlyObjective(result).deadline()).isNull();
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("DeadlineOutsideTriennio");
            assertThat(finding.severity()).isEqualTo(FindingSeverity.ERROR);
            assertThat(finding.message()).contains("31.12.2030", "2026/2028");
        });
    }

    @Test
    void turnsWordsInvisibleControlCharactersIntoSpaces() {
        assertThat(WrittenText.clean("Redazione\u000Bdel PIAO\u0007 \u202Eentro\uD800 gennaio"))
                .isEqualTo("Redazione del PIAO   entro  gennaio");
    }

    @Test
    void reportsADateWithSlashesThatDoesNotExist() {
        ImportResult result = reader.read("date.txt", utf8(aStructureWith(
                row("1", "Obiettivo di sviluppo: uno.", "100%", "Indicatore.", "Valore.", "29/02/2026"))));

        assertThat(onlyObjective(result).deadline()).isNull();
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("InvalidDate");
            assertThat(finding.message()).contains("29/02/2026", "non esiste");
        });
    }

    @Test
    void readsWeightsWithADecimalComma() {
        ImportResult result = reader.read("pesi.txt", utf8(aStructureWith(
                row("1", "Obiettivo di sviluppo: uno.", "33,33%", "I.", "V.", "31.12.2026")
                        + row("2", "Obiettivo di sviluppo: due.", "33,33%", "I.", "V.", "31.12.2026")
                        + row("3", "Obiettivo di sviluppo: tre.", "33,34%", "I.", "V.", "31.12.2026"))));

        assertThat(result.plan().structures().get(0).objectives()).extracting(ImportedObjective::weight)
                .containsExactly(Weight.of("33.33"), Weight.of("33.33"), Weight.of("33.34"));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void readsRowsWithoutItalicsOrTags() {
        ImportResult result = reader.read("senza-corsivo.txt", utf8(aStructureWith(
                row("1", "Obiettivo di sviluppo: uno.", "100%", "I.", "V.", "31.12.2026")
                        + row("1.1.", "Fase: prima.", "(50%)", "Indicatore.", "Valore.", "30.06.2026")
                        + row("1.2", "<i>Fase: seconda.</i>", "<i>(50%)</i>", "*Indicatore.*", "<p>Valore.</p>", "<i>30.09.2026</i>"))));

        assertThat(onlyObjective(result).phases()).containsExactly(
                new ImportedPhase("1.1", "Fase: prima.", Weight.of("50"), "Indicatore.", "Valore.", LocalDate.of(2026, 6, 30), 13),
                new ImportedPhase("1.2", "Fase: seconda.", Weight.of("50"), "Indicatore.", "Valore.", LocalDate.of(2026, 9, 30), 14));
        assertThat(result.findings()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Obiettivo obbligatorio di legge: trasparenza.|LEGAL_OBLIGATION",
            "Obiettivo di sviluppo: nuovo sito.|DEVELOPMENT",
            "Obiettivo di mantenimento: apertura dello sportello.|MAINTENANCE",
            "OBIETTIVO DI MANTENIMENTO: anagrafe.|MAINTENANCE"})
    void recognisesTheKindOfAnObjectiveAndKeepsItsDescriptionAsWritten(String description, ObjectiveKind kind) {
        ImportResult result = reader.read("tipi.txt", utf8(aStructureWith(
                row("1", description, "100%", "I.", "V.", "31.12.2026"))));

        assertThat(onlyObjective(result).kind()).isEqualTo(kind);
        assertThat(onlyObjective(result).description()).isEqualTo(description);
    }

    @Test
    void reportsAnObjectiveThatDoesNotSayItsKind() {
        ImportResult result = reader.read("tipi.txt", utf8(aStructureWith(
                row("1", "Redazione del PIAO.", "100%", "I.", "V.", "31.12.2026"))));

        assertThat(result.plan().structures().get(0).objectives()).isEmpty();
        assertThat(result.findings()).extracting(ImportFinding::code).containsExactly("MissingObjectiveKind");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Trasporti e diritto alla mobilità|10|Trasporti e diritto alla mobilità",
            "TRASPORTI E DIRITTO ALLA MOBILITÀ ; |10|TRASPORTI E DIRITTO ALLA MOBILITÀ",
            "Diritti sociali, politiche sociali e famiglia;|12|Diritti sociali, politiche sociali e famiglia",
            "Missione 09 - Sviluppo sostenibile e tutela del territorio|09|Missione 09 - Sviluppo sostenibile e tutela del territorio"})
    void recognisesAMissionByItsTitle(String written, String code, String title) {
        ImportResult result = reader.read("missioni.txt", utf8(HEADING
                + structure("POLIZIA LOCALE - RESPONSABILE: COM. MARIO ROSSI", written)
                + row("1", "Obiettivo di sviluppo: uno.", "100%", "I.", "V.", "31.12.2026")));

        assertThat(result.plan().structures().get(0).context().missionCode()).isEqualTo(new MissionCode(code));
        assertThat(result.plan().structures().get(0).context().missionTitle()).isEqualTo(title);
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void warnsOfAMissionItDoesNotKnow() {
        ImportResult result = reader.read("missioni.txt", utf8(HEADING
                + structure("POLIZIA LOCALE - RESPONSABILE: COM. MARIO ROSSI", "Viabilità e sicurezza stradale")
                + row("1", "Obiettivo di sviluppo: uno.", "100%", "I.", "V.", "31.12.2026")));

        assertThat(result.plan().structures().get(0).context().missionCode()).isNull();
        assertThat(result.plan().structures().get(0).context().missionTitle()).isEqualTo("Viabilità e sicurezza stradale");
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("UnknownMission");
            assertThat(finding.severity()).isEqualTo(FindingSeverity.WARNING);
            assertThat(finding.structure()).isEqualTo("Polizia Locale");
            assertThat(finding.line()).isEqualTo(9);
        });
    }

    @Test
    void readsAHeadingWrittenInMixedCaseAndCarriageReturns() {
        String draft = ("Comune di Monte Cremasco\nProvincia di Cremona\nPiano della performance triennio 2026-2028, annualità 2026\n"
                + structure("Segreteria - Segretario Generale: Avv. Marco Gregoli", "Servizi istituzionali, generali e di gestione")
                + row("1", "Obiettivo di sviluppo: uno.", "100%", "I.", "V.", "31.12.2026")).replace("\n", "\r\n");

        ImportResult result = reader.read("misto.txt", utf8(draft));

        assertThat(result.plan().organisation()).isEqualTo("Comune di Monte Cremasco");
        assertThat(result.plan().province()).isEqualTo("Cremona");
        assertThat(result.plan().firstYear()).isEqualTo(2026);
        assertThat(result.plan().year()).isEqualTo(2026);
        assertThat(onlyObjective(result).deadline()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void reportsAStructureWithoutHeadAndLeavesItOut() {
        ImportResult result = reader.read("senza-responsabile.txt", utf8(HEADING
                + structure("UFFICIO TECNICO", "Servizi istituzionali, generali e di gestione")
                + row("1", "Obiettivo di sviluppo: uno.", "100%", "I.", "V.", "31.12.2026")));

        assertThat(result.plan().structures()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(finding -> {
            assertThat(finding.code()).isEqualTo("MissingHead");
            assertThat(finding.structure()).isEqualTo("Ufficio Tecnico");
        });
    }

    private static String aStructureWith(String rows) {
        return HEADING + structure("SEGRETERIA - SEGRETARIO GENERALE: AVV. MARCO GREGOLI",
                "Servizi istituzionali, generali e di gestione;") + rows;
    }

    private static ImportedObjective onlyObjective(ImportResult result) {
        assertThat(result.plan().structures()).hasSize(1);
        assertThat(result.plan().structures().get(0).objectives()).hasSize(1);
        return result.plan().structures().get(0).objectives().get(0);
    }
}
