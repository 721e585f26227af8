package it.traccia.plan.command.importing;

import static it.traccia.plan.command.importing.Drafts.REAL_DRAFT_DOCX;
import static it.traccia.plan.command.importing.Drafts.REAL_DRAFT_TXT;
import static it.traccia.plan.command.importing.Drafts.resource;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportedObjective;
import it.traccia.kernel.plan.importing.ImportedPhase;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.plan.importing.ImportedStrategicContext;
import it.traccia.kernel.plan.importing.ImportedStructure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The real draft of Monte Cremasco 2026, read field by field from its text export and from the .docx. */
class MonteCremascoImportTest {

    private static final LocalDate END_OF_2026 = LocalDate.of(2026, 12, 31);
    private static final String LINE = "Promuovere la crescita della Città valorizzando le risorse presenti e creando nuove "
            + "opportunità per lo sviluppo sostenibile del territorio";
    private static final String OPERATIONAL = "Mantenere e sviluppare gli standard qualitativi e quantitativi dei servizi erogati";

    private final PlanDocumentReader reader = new PlanDocumentReader();

    @ParameterizedTest
    @ValueSource(strings = {REAL_DRAFT_TXT, REAL_DRAFT_DOCX})
    void readsTheRealDraftFieldByField(String file) {
        // given the real draft, as text export or as .docx
        byte[] content = resource(file);

        // when it is read
        ImportResult result = reader.read(file, content);

        // then every field is as written
        assertRealDraft(result.plan());
        assertRealFindings(result.findings());
    }

    @Test
    void givesTheSamePlanAndFindingsFromTheDocxAndFromItsTextExport() {
        // given both forms of the same document
        ImportResult fromText = reader.read(REAL_DRAFT_TXT, resource(REAL_DRAFT_TXT));

        // when the .docx is read
        ImportResult fromDocx = reader.read(REAL_DRAFT_DOCX, resource(REAL_DRAFT_DOCX));

        // then plan and findings agree except for the line numbers
        assertThat(withoutLines(fromDocx.plan())).isEqualTo(withoutLines(fromText.plan()));
        assertThat(fromDocx.findings()).usingRecursiveFieldByFieldElementComparatorIgnoringFields("line").isEqualTo(fromText.findings());
    }

    @Test
    void numbersTheLinesOfTheTextExportAndTheRowsOfTheDocx() {
        // when both forms are read
        ImportResult fromText = reader.read(REAL_DRAFT_TXT, resource(REAL_DRAFT_TXT));
        ImportResult fromDocx = reader.read(REAL_DRAFT_DOCX, resource(REAL_DRAFT_DOCX));

        // then lines are the file's lines, and the .docx's paragraphs and table rows in reading order
        assertThat(fromText.findings()).extracting(ImportFinding::line).containsExactly(21, 37, 52);
        assertThat(fromDocx.findings()).extracting(ImportFinding::line).containsExactly(14, 28, 39);
        assertThat(fromText.plan().structures().get(0).objectives().get(2).phases().get(0).line()).isEqualTo(27);
        assertThat(fromDocx.plan().structures().get(0).objectives().get(2).phases().get(0).line()).isEqualTo(20);
    }

    static void assertRealDraft(ImportedPlan plan) {
        assertThat(plan.organisation()).isEqualTo("Comune di Monte Cremasco");
        assertThat(plan.province()).isEqualTo("Cremona");
        assertThat(plan.firstYear()).isEqualTo(2026);
        assertThat(plan.lastYear()).isEqualTo(2028);
        assertThat(plan.year()).isEqualTo(2026);
        assertThat(plan.structures()).hasSize(1);
        assertSegreteria(plan.structures().get(0));
        assertCommonObjectives(plan);
    }

    private static void assertSegreteria(ImportedStructure segreteria) {
        assertThat(segreteria.name()).isEqualTo("Segreteria");
        assertThat(segreteria.head()).isEqualTo("Avv. Marco Gregoli");
        assertThat(segreteria.headTitle()).isEqualTo("Segretario Generale");
        assertThat(segreteria.context()).isEqualTo(new ImportedStrategicContext(LINE,
                "Gestire e migliorare l'Amministrazione e il funzionamento dei servizi generali e dei servizi di supporto interni",
                new MissionCode("01"), "Servizi istituzionali, generali e di gestione", OPERATIONAL));

        List<ImportedObjective> objectives = segreteria.objectives();
        assertThat(objectives).extracting(ImportedObjective::number).containsExactly("1", "2", "3", "4", "5", "6", "7");
        assertThat(objectives).extracting(objective -> objective.weight().toString())
                .containsExactly("10", "10", "10", "10", "10", "30", "20");
        assertThat(objectives).extracting(ImportedObjective::kind).containsExactly(ObjectiveKind.LEGAL_OBLIGATION,
                ObjectiveKind.LEGAL_OBLIGATION, ObjectiveKind.LEGAL_OBLIGATION, ObjectiveKind.LEGAL_OBLIGATION,
                ObjectiveKind.LEGAL_OBLIGATION, ObjectiveKind.DEVELOPMENT, ObjectiveKind.DEVELOPMENT);
        assertThat(objectives).extracting(ImportedObjective::deadline).containsExactly(END_OF_2026, END_OF_2026,
                END_OF_2026, END_OF_2026, END_OF_2026, LocalDate.of(2026, 1, 31), LocalDate.of(2026, 5, 31));
        Map<String, String> phaseWeights = phaseWeights(objectives);
        assertThat(phaseWeights).containsExactly(Map.entry("1.1", "50"), Map.entry("1.2", "50"), Map.entry("2.1", "50"),
                Map.entry("2.2", "50"), Map.entry("3.1", "50"), Map.entry("3.2", "50"), Map.entry("4.1", "50"),
                Map.entry("4.2", "50"), Map.entry("5.1", "100"), Map.entry("6.1", "50"), Map.entry("6.2", "50"),
                Map.entry("7.1", "50"), Map.entry("7.2", "50"));

        ImportedObjective first = objectives.get(0);
        assertThat(first.description()).isEqualTo("Obiettivo obbligatorio di legge: Coordinamento e controllo del rispetto "
                + "degli obblighi e adempimenti relativi alla Trasparenza, di cui al dlgs n° 33/2013 e s.m.i. sulla sezione "
                + "Amministrazione Trasparente con particolare riferimento all'accessibilità dei contenuti sul sito web "
                + "dell'Ente e risposta alle richieste di accesso, nel rispetto del corretto trattamento dei dati personali.");
        assertThat(first.indicators()).isEqualTo("Controllo sulla Sezione di Amministrazione Trasparente. Verifica delle "
                + "richieste di accesso civico ricevute ed evase.");
        assertThat(first.targets()).isEqualTo("Controllo sul corretto caricamento di tutti i documenti previsti dalla "
                + "normativa sulle sezioni di amministrazione trasparente, nel rispetto del corretto trattamento dei dati "
                + "personali. Verifica sulle richieste di accesso agli atti.");

        ImportedPhase phase11 = first.phases().get(0);
        assertThat(phase11.number()).isEqualTo("1.1");
        assertThat(phase11.description()).isEqualTo("Fase: Verifica del completamento della pubblicazione dei documenti "
                + "oggetto del monitoraggio annuale dell'ANAC");
        assertThat(phase11.deadline()).as("31.06.2026 does not exist").isNull();

        ImportedPhase phase31 = objectives.get(2).phases().get(0);
        assertThat(phase31).isEqualTo(new ImportedPhase("3.1",
                "Fase: Monitoraggio sull'accessibilità fisica e digitale alle persone con disabilità.", Weight.of("50"),
                "Garantire la piena accessibilità sia fisica che digitale sia da parte degli utenti che dei dipendenti che "
                        + "possono avere delle disabilità.",
                "Per quanto riguarda l'accessibilità digitale, garantire la presenza sul sito web di tecnologie assistive "
                        + "o configurazioni specifiche per l'accesso ai servizi da parte di persone con disabilità. Per "
                        + "quanto riguarda l'accessibilità fisica agli uffici, questa deve essere garantita mediante la "
                        + "rimozione delle barriere architettoniche oppure prevedendo degli accessi dedicati facilitati che "
                        + "siano adeguati e praticabili per le persone che hanno limitazioni nella capacità di movimento.",
                END_OF_2026, phase31.line()));

        ImportedObjective sixth = objectives.get(5);
        assertThat(sixth.description()).isEqualTo("Obiettivo di sviluppo: Redazione del Piano Integrato Attività e "
                + "Organizzazione, con i relativi allegati.");
        ImportedPhase phase61 = sixth.phases().get(0);
        assertThat(phase61.description()).isEqualTo("Fase: Ricognizione presso gli uffici competenti della documentazione "
                + "da inserire nel piano in relazione alle diverse sezioni.");
        assertThat(phase61.target()).isEqualTo("Acquisizione di tutte le informazioni e dati necessari in relazione alle "
                + "diverse sezioni.");
        assertThat(phase61.deadline()).isEqualTo(END_OF_2026);

        ImportedPhase phase71 = objectives.get(6).phases().get(0);
        assertThat(phase71.number()).isEqualTo("7.1");
        assertThat(phase71.weight()).isEqualTo(Weight.of("50"));
        assertThat(phase71.target()).isEqualTo("Verifica della correttezza procedurale e dei contenuti.");
        assertThat(phase71.deadline()).isEqualTo(LocalDate.of(2026, 4, 30));
    }

    private static void assertCommonObjectives(ImportedPlan plan) {
        assertThat(plan.commonContext()).isEqualTo(new ImportedStrategicContext(LINE,
                "Gestire e migliorare l'Amministrazione e il funzionamento dei servizi generali e dei servizi di supporto "
                        + "interni; Gestire e migliorare l'Amministrazione, il funzionamento ed erogazione dell'istruzione e "
                        + "dei servizi sociali; Gestire e migliorare l'Amministrazione e il funzionamento della cultura, "
                        + "dello sport e del turismo;",
                null, null, OPERATIONAL));
        List<ImportedObjective> common = plan.commonObjectives();
        assertThat(common).extracting(ImportedObjective::number).containsExactly("1", "2", "3", "4", "5");
        assertThat(common).extracting(objective -> objective.weight().toString()).containsOnly("20");
        assertThat(common).extracting(ImportedObjective::kind).containsOnly(ObjectiveKind.LEGAL_OBLIGATION);
        assertThat(common.get(1).phases()).isEmpty();
        assertThat(phaseWeights(common)).containsExactly(Map.entry("1.1", "40"), Map.entry("1.2", "40"),
                Map.entry("1.3", "20"), Map.entry("3.1", "50"), Map.entry("3.2", "50"), Map.entry("4.1", "100"),
                Map.entry("5.1", "50"), Map.entry("5.2", "50"));

        ImportedObjective first = common.get(0);
        assertThat(first.indicators()).isEqualTo("Sezioni di Amministrazione Trasparente di competenza. Rispetto delle "
                + "previsioni normative e regolamentari interne. N. richieste di accesso civico ricevute ed evase.");
        assertThat(first.phases().get(0).deadline()).as("31.06.2026 does not exist").isNull();
        ImportedPhase phase41 = common.get(3).phases().get(0);
        assertThat(phase41.description()).isEqualTo("Fase: rispetto dei tempi medi di pagamento.");
        assertThat(phase41.indicator()).isEqualTo("Verifica dell'indicatore trimestrale di rispetto dei tempi medi di pagamento.");
        assertThat(phase41.target()).isEqualTo("Rispetto del limite temporale di pagamento entro 30 gg. Accettazione "
                + "fatture ufficio competente entro 7 gg. Contabilizzazione ufficio ragioneria entro 7 gg. Liquidazione "
                + "ufficio competente entro 8 gg. Mandato pagamento ufficio ragioneria entro 8 gg.");
        assertThat(phase41.deadline()).isEqualTo(END_OF_2026);
        assertThat(common.get(4).indicators()).startsWith("Aggiornamento e sviluppo delle competenze").doesNotContain("<i>");
    }

    static void assertRealFindings(List<ImportFinding> findings) {
        assertThat(findings).hasSize(3);
        assertThat(findings).extracting(ImportFinding::code)
                .containsExactly("InvalidDate", "PhaseDueAfterObjective", "InvalidDate");
        assertThat(findings).extracting(ImportFinding::severity).containsOnly(FindingSeverity.ERROR);
        assertThat(findings).extracting(ImportFinding::structure).containsExactly("Segreteria", "Segreteria", null);
        assertThat(findings).extracting(ImportFinding::objectiveNumber).containsExactly("1", "6", "1");
        assertThat(findings).extracting(ImportFinding::phaseNumber).containsExactly("1.1", "6.1", "1.1");
        assertThat(findings.get(0).message()).contains("31.06.2026", "fase 1.1", "Segreteria", "non esiste");
        assertThat(findings.get(1).message()).contains("6.1", "31.12.2026", "31.01.2026");
        assertThat(findings.get(2).message()).contains("31.06.2026", "obiettivi comuni");
    }

    private static Map<String, String> phaseWeights(List<ImportedObjective> objectives) {
        return objectives.stream().flatMap(objective -> objective.phases().stream())
                .collect(Collectors.toMap(ImportedPhase::number, phase -> phase.weight().toString(), (one, other) -> one,
                        LinkedHashMap::new));
    }

    /** The plan with every line set to 0, to compare the two forms of one document. */
    static ImportedPlan withoutLines(ImportedPlan plan) {
        Function<ImportedObjective, ImportedObjective> objective = written -> new ImportedObjective(written.number(),
                written.kind(), written.description(), written.weight(), written.indicators(), written.targets(),
                written.deadline(), 0, written.phases().stream().map(phase -> new ImportedPhase(phase.number(),
                phase.description(), phase.weight(), phase.indicator(), phase.target(), phase.deadline(), 0)).toList());
        return new ImportedPlan(plan.organisation(), plan.province(), plan.firstYear(), plan.lastYear(), plan.year(),
                plan.structures().stream().map(structure -> new ImportedStructure(structure.name(), structure.head(),
                        structure.headTitle(), structure.context(), structure.objectives().stream().map(objective).toList()))
                        .toList(),
                plan.commonContext(), plan.commonObjectives().stream().map(objective).toList());
    }
}
