package it.traccia.plan.command.importing;

import static it.traccia.plan.command.importing.Drafts.HEADING;
import static it.traccia.plan.command.importing.Drafts.REAL_DRAFT_TXT;
import static it.traccia.plan.command.importing.Drafts.realDraftText;
import static it.traccia.plan.command.importing.Drafts.utf8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportedObjective;
import it.traccia.kernel.rule.DocumentTooLarge;
import it.traccia.kernel.rule.UnreadableDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Documents that are not a plan, or a plan with rows it cannot read: refusals and findings, never another exception. */
class ImportBadInputTest {

    private final PlanDocumentReader reader = new PlanDocumentReader();

    @Test
    void rejectsAnEmptyFile() {
        assertThatThrownBy(() -> reader.read("vuoto.txt", new byte[0]))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("vuoto");
    }

    @Test
    void rejectsNoContentAtAll() {
        assertThatThrownBy(() -> reader.read("niente.txt", null)).isInstanceOf(UnreadableDocument.class);
    }

    @Test
    void rejectsRandomBytes() {
        byte[] random = new byte[4096];
        new Random(20260131L).nextBytes(random);
        assertThatThrownBy(() -> reader.read("piano.docx", random)).isInstanceOf(UnreadableDocument.class);
    }

    @Test
    void rejectsAPicture() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 1, 0};
        assertThatThrownBy(() -> reader.read("piano.png", png)).isInstanceOf(UnreadableDocument.class);
    }

    @Test
    void rejectsAZipThatIsNotAWordDocument() throws IOException {
        byte[] zip = zipOf("piano.txt", utf8(realDraftText()));
        assertThatThrownBy(() -> reader.read("piano.zip", zip))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("zip");
    }

    @Test
    void rejectsAZipThatOnlyPretendsToBeAWordDocument() throws IOException {
        byte[] zip = zipOf("word/document.xml", utf8("<w:document>non è XML valido"));
        assertThatThrownBy(() -> reader.read("piano.docx", zip)).isInstanceOf(UnreadableDocument.class);
    }

    @Test
    void rejectsAnOldWordDocument() {
        byte[] doc = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertThatThrownBy(() -> reader.read("piano.doc", doc)).isInstanceOf(UnreadableDocument.class);
    }

    @Test
    void rejectsADocumentLargerThanTenMebibytesBeforeReadingIt() {
        byte[] twentyMegabytes = new byte[20 * 1024 * 1024];
        assertThatThrownBy(() -> reader.read("enorme.txt", twentyMegabytes))
                .isInstanceOf(DocumentTooLarge.class).hasMessageContaining(String.valueOf(PlanDocumentReader.MAX_BYTES));
    }

    @Test
    void rejectsATextWithoutPlanHeading() {
        String withoutHeading = realDraftText().replace("COMUNE DI MONTE CREMASCO", "");
        assertThatThrownBy(() -> reader.read("piano.txt", utf8(withoutHeading)))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("Comune di");
    }

    @Test
    void rejectsATitleWithoutAnnualita() {
        String withoutYear = realDraftText().replace("E ANNUALITA' 2026", "");
        assertThatThrownBy(() -> reader.read("piano.txt", utf8(withoutYear)))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("annualità");
    }

    @Test
    void rejectsAPlanWithoutTable() {
        assertThatThrownBy(() -> reader.read("lettera.txt", utf8(HEADING + "\nGentile Segretario,\nnessuna tabella qui.\n")))
                .isInstanceOf(UnreadableDocument.class).hasMessageContaining("tabella");
    }

    @Test
    void readsAWindows1252CopyOfTheRealDraftWithAWarning() {
        // given the real draft saved as Windows-1252
        byte[] windows1252 = realDraftText().getBytes(Charset.forName("windows-1252"));

        // when it is read
        ImportResult result = reader.read(REAL_DRAFT_TXT, windows1252);

        // then it gives the same plan, the same three findings and a warning about the encoding
        MonteCremascoImportTest.assertRealDraft(result.plan());
        assertThat(result.findings()).hasSize(4);
        ImportFinding warning = result.findings().get(0);
        assertThat(warning.code()).isEqualTo("Windows1252Encoding");
        assertThat(warning.severity()).isEqualTo(FindingSeverity.WARNING);
        MonteCremascoImportTest.assertRealFindings(result.findings().subList(1, 4));
    }

    @Test
    void reportsARowOfFiveCellsWithItsLine() {
        // given phase 4.2 (line 33) without its deadline cell
        String draft = replaceLine(realDraftText(), 33, line -> line.substring(0, line.lastIndexOf('\t')));

        // when it is read
        ImportResult result = reader.read(REAL_DRAFT_TXT, utf8(draft));

        // then the row is reported and left out, and so is the sum of objective 4's phases
        assertThat(result.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("UnreadableRow");
            assertThat(finding.severity()).isEqualTo(FindingSeverity.ERROR);
            assertThat(finding.line()).isEqualTo(33);
            assertThat(finding.phaseNumber()).isEqualTo("4.2");
            assertThat(finding.message()).contains("5 celle invece di 6");
        });
        assertThat(segreteriaObjective(result, 3).phases()).extracting("number").containsExactly("4.1");
        assertThat(result.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("WeightsDoNotSumToHundred");
            assertThat(finding.objectiveNumber()).isEqualTo("4");
        });
    }

    @Test
    void reportsAWeightItCannotReadAndImportsItAsZero() {
        // given objective 2 (line 23) weighing "dieci"
        String draft = replaceLine(realDraftText(), 23, line -> line.replace("\t10%\t", "\tdieci\t"));

        // when it is read
        ImportResult result = reader.read(REAL_DRAFT_TXT, utf8(draft));

        // then the weight is 0 and both the weight and the sum of Segreteria are reported
        assertThat(segreteriaObjective(result, 1).weight()).isEqualTo(Weight.ZERO);
        assertThat(result.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("InvalidWeight");
            assertThat(finding.line()).isEqualTo(23);
            assertThat(finding.objectiveNumber()).isEqualTo("2");
            assertThat(finding.message()).contains("dieci");
        });
        assertThat(result.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("WeightsDoNotSumToHundred");
            assertThat(finding.structure()).isEqualTo("Segreteria");
            assertThat(finding.objectiveNumber()).isNull();
            assertThat(finding.message()).contains("90");
        });
    }

    @Test
    void leavesOutARepeatedObjectiveWithItsPhases() {
        // given objective 2 and its phases written twice (lines 23–25 again after them)
        List<String> lines = List.of(realDraftText().split("\n", -1));
        String draft = String.join("\n", lines.subList(0, 25)) + "\n" + String.join("\n", lines.subList(22, 25)) + "\n"
                + String.join("\n", lines.subList(25, lines.size()));

        // when it is read
        ImportResult result = reader.read(REAL_DRAFT_TXT, utf8(draft));

        // then the copy is reported once and left out, with its phases
        assertThat(result.findings()).filteredOn(finding -> finding.code().equals("DuplicateNumber")).singleElement()
                .satisfies(finding -> {
                    assertThat(finding.line()).isEqualTo(26);
                    assertThat(finding.message()).contains("non è importata, né le sue fasi");
                });
        assertThat(result.plan().structures().get(0).objectives()).hasSize(7);
        assertThat(segreteriaObjective(result, 1).phases()).hasSize(2);
    }

    @Test
    void leavesOutAPhaseNumberedForAnotherObjective() {
        // given phase 4.2 (line 33) numbered 5.2, under objective 4
        String draft = replaceLine(realDraftText(), 33, line -> "5.2" + line.substring(3));

        // when it is read
        ImportResult result = reader.read(REAL_DRAFT_TXT, utf8(draft));

        // then it is reported and not imported
        assertThat(result.findings()).anySatisfy(finding -> {
            assertThat(finding.code()).isEqualTo("PhaseNumberOutsideObjective");
            assertThat(finding.line()).isEqualTo(33);
            assertThat(finding.phaseNumber()).isEqualTo("5.2");
        });
        assertThat(segreteriaObjective(result, 3).phases()).hasSize(1);
    }

    @Test
    void reportsMissingIndicatorTargetAndDeadline() {
        // given phase 6.2 (line 38) with its last three cells empty
        String draft = replaceLine(realDraftText(), 38, line -> String.join("\t", List.of(line.split("\t")).subList(0, 3))
                + "\t\t\t");

        // when it is read
        ImportResult result = reader.read(REAL_DRAFT_TXT, utf8(draft));

        // then each is reported on the row
        assertThat(result.findings()).filteredOn(finding -> finding.line() == 38).extracting(ImportFinding::code)
                .containsExactlyInAnyOrder("MissingIndicator", "MissingTarget", "MissingDeadline");
    }

    private static ImportedObjective segreteriaObjective(ImportResult result, int index) {
        return result.plan().structures().get(0).objectives().get(index);
    }

    private static String replaceLine(String text, int lineNumber, UnaryOperator<String> change) {
        String[] lines = text.split("\n", -1);
        lines[lineNumber - 1] = change.apply(lines[lineNumber - 1]);
        return String.join("\n", lines);
    }

    private static byte[] zipOf(String entry, byte[] content) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(content);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }
}
