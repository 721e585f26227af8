package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Segretario imports the real Monte Cremasco draft over HTTP: one draft plan through the command side, the three
 * defects of the real document as findings, and the import traced in the audit trail. Refused imports create nothing.
 */
class ImportApiIT extends EmbeddedStoresIT {

    private static final String DRAFT = "monte-cremasco-2026-bozza.txt";
    private static final String DRAFT_DOCX = "monte-cremasco-2026-bozza.docx";

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void theEntiOfTheDrafts() {
        Enti.register(port, "Comune di Monte Cremasco");
        Enti.register(port, "Comune di Cremosano");
    }

    @Test
    void importsTheRealDraftWithItsThreeFindingsAndTracesWhoImportedItFromWhichFile() throws Exception {
        byte[] draft = resource(DRAFT);

        Api.Response imported = segretario().postBytes("/api/imports?fileName=" + DRAFT, "text/plain", draft);

        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        String planId = imported.id();
        assertThat(imported.body().path("created").asBoolean()).isTrue();
        assertThat(codes(imported.body().path("findings"))).containsExactlyInAnyOrder(
                "InvalidDate", "InvalidDate", "PhaseDueAfterObjective");
        assertThat(imported.body().path("errors").asInt() + imported.body().path("warnings").asInt()).isEqualTo(3);

        JsonNode plan = segretario().get("/api/plans/" + planId).body();
        assertThat(plan.path("organisation").asText()).isEqualTo("Comune di Monte Cremasco");
        assertThat(plan.path("province").asText()).isEqualTo("Cremona");
        assertThat(plan.path("firstYear").asInt()).isEqualTo(2026);
        assertThat(plan.path("lastYear").asInt()).isEqualTo(2028);
        assertThat(plan.path("year").asInt()).isEqualTo(2026);
        JsonNode segreteria = plan.path("structures").get(0);
        assertThat(segreteria.path("name").asText()).isEqualTo("Segreteria");
        assertThat(segreteria.path("head").asText()).isEqualTo("Avv. Marco Gregoli");
        assertThat(segreteria.path("headTitle").asText()).isEqualTo("Segretario Generale");
        assertThat(segreteria.path("context").path("missionCode").asText()).isEqualTo("01");
        assertThat(segreteria.path("objectives")).extracting(objective -> objective.path("weight").asText())
                .containsExactly("10", "10", "10", "10", "10", "30", "20");
        assertThat(segreteria.path("objectives").get(0).path("phases").get(0).path("deadline").isNull()).isTrue();
        assertThat(plan.path("commonObjectives")).extracting(objective -> objective.path("weight").asText())
                .containsExactly("20", "20", "20", "20", "20");

        JsonNode findings = segretario().get("/api/plans/" + planId + "/import-findings").body();
        assertThat(findings.path("fileName").asText()).isEqualTo(DRAFT);
        assertThat(findings.path("sha256").asText()).isEqualTo(sha256(draft));
        assertThat(findings.path("importedBy").asText()).isEqualTo("segretario");
        assertThat(codes(findings.path("findings"))).hasSize(3);

        JsonNode entries = as("ndv").get("/api/plans/" + planId + "/history").body().path("entries");
        JsonNode importEntry = entries.get(1);
        assertThat(importEntry.path("action").asText()).isEqualTo("PlanImported");
        assertThat(importEntry.path("reason").asText())
                .isEqualTo("Importato da segretario dal file " + DRAFT + ", SHA-256 " + sha256(draft));
        assertThat(entries).allSatisfy(entry -> assertThat(entry.path("user").asText()).isEqualTo("segretario"));
    }

    @Test
    void readsTheDocxLikeItsTextExportInADryRunThatCreatesNothing() {
        long eventsBefore = eventCount();

        Api.Response docx = segretario().postFile("/api/imports?dryRun=true", DRAFT_DOCX, resource(DRAFT_DOCX));
        Api.Response text = segretario().postFile("/api/imports?dryRun=true", DRAFT, resource(DRAFT));

        assertThat(docx.status()).as(docx.body().toString()).isEqualTo(200);
        assertThat(docx.body().path("created").asBoolean()).isFalse();
        assertThat(codes(docx.body().path("findings"))).isEqualTo(codes(text.body().path("findings")));
        assertThat(withoutLines(docx.body().path("plan"))).isEqualTo(withoutLines(text.body().path("plan")));
        assertThat(docx.body().path("plan").path("structures").get(0).path("objectives")).hasSize(7);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    @Test
    void rejectsAnEmptyFileWithoutCreatingAnything() {
        assertRefusedWithoutEvents(() -> segretario().postBytes("/api/imports?fileName=vuoto.txt", "text/plain", new byte[0]),
                422, "UnreadableDocument");
    }

    @Test
    void rejectsABinaryFileThatIsNotADocument() {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        assertRefusedWithoutEvents(() -> segretario().postBytes("/api/imports?fileName=foto.jpg", "application/octet-stream", noise),
                422, "UnreadableDocument");
    }

    @Test
    void rejectsATwentyMegabyteFile() {
        byte[] huge = new byte[20 * 1024 * 1024];
        assertRefusedWithoutEvents(() -> segretario().postBytes("/api/imports?fileName=enorme.txt", "text/plain", huge),
                413, "DocumentTooLarge");
        assertRefusedWithoutEvents(() -> segretario().postFile("/api/imports", "enorme.txt", huge), 413, "DocumentTooLarge");
    }

    @Test
    void readsAWindows1252CopyWithAWarning() {
        byte[] windows1252 = new String(resource(DRAFT), StandardCharsets.UTF_8).getBytes(Charset.forName("windows-1252"));

        Api.Response read = segretario().postBytes("/api/imports?dryRun=true&fileName=cp1252.txt", "text/plain", windows1252);

        assertThat(read.status()).isEqualTo(200);
        assertThat(codes(read.body().path("findings"))).contains("Windows1252Encoding", "InvalidDate", "PhaseDueAfterObjective");
        assertThat(read.body().path("plan").path("structures").get(0).path("context").path("strategicLine").asText())
                .contains("Città");
    }

    @Test
    void reportsARowWithFiveCellsAndAWeightWrittenInWordsWithTheirLines() {
        String draft = new String(resource(DRAFT), StandardCharsets.UTF_8)
                .replace("\t10%\tControll", "\tdieci\tControll")
                .replace("6.2\tFase: Compilazione del piano e acquisizione dei pareri necessari.\t(50%)\t",
                        "6.2\tFase: Compilazione del piano e acquisizione dei pareri necessari.\t");

        Api.Response read = segretario().postBytes("/api/imports?dryRun=true&fileName=difetti.txt", "text/plain",
                draft.getBytes(StandardCharsets.UTF_8));

        assertThat(read.status()).isEqualTo(200);
        JsonNode findings = read.body().path("findings");
        assertThat(codes(findings)).contains("InvalidWeight", "UnreadableRow");
        for (JsonNode finding : findings) {
            if (List.of("InvalidWeight", "UnreadableRow").contains(finding.path("code").asText())) {
                assertThat(finding.path("line").asInt()).isPositive();
                assertThat(finding.path("message").asText()).isNotBlank();
            }
        }
    }

    @Test
    void rejectsAnImportByTheGiunta() {
        assertRefusedWithoutEvents(() -> as("giunta").postBytes("/api/imports?fileName=" + DRAFT, "text/plain",
                resource(DRAFT).clone()), 403, "NotAllowed");
    }

    @Test
    void rejectsASecondImportOfTheSamePlan() {
        byte[] draft = new String(resource(DRAFT), StandardCharsets.UTF_8)
                .replace("COMUNE DI MONTE CREMASCO", "COMUNE DI CREMOSANO").getBytes(StandardCharsets.UTF_8);
        assertThat(segretario().postBytes("/api/imports?fileName=cremosano.txt", "text/plain", draft).status()).isEqualTo(201);

        assertRefusedWithoutEvents(() -> segretario().postBytes("/api/imports?fileName=cremosano.txt", "text/plain", draft),
                409, "PlanAlreadyExists");
    }

    @Test
    void rejectsTheDraftOfAComuneThatIsNotRegistered() {
        byte[] draft = new String(resource(DRAFT), StandardCharsets.UTF_8)
                .replace("COMUNE DI MONTE CREMASCO", "COMUNE DI NESSUNDOVE").getBytes(StandardCharsets.UTF_8);

        assertRefusedWithoutEvents(() -> segretario().postBytes("/api/imports?fileName=x.txt", "text/plain", draft),
                422, "UnknownOrganisation");
        assertRefusedWithoutEvents(() -> segretario().postBytes("/api/imports?dryRun=true&fileName=x.txt", "text/plain",
                draft), 422, "UnknownOrganisation");
    }

    @Test
    void rejectsTheImportOfAComuneByTheSegretarioOfAnother() {
        byte[] draft = new String(resource(DRAFT), StandardCharsets.UTF_8)
                .replace("COMUNE DI MONTE CREMASCO", "COMUNE DI CREMOSANO").getBytes(StandardCharsets.UTF_8);

        assertRefusedWithoutEvents(() -> as("segretario-2").postBytes("/api/imports?fileName=c.txt", "text/plain", draft),
                403, "NotAllowed");
    }

    @Test
    void answersNotFoundForTheFindingsOfAPlanThatWasNotImported() {
        String planId = segretario().post("/api/plans", MonteCremasco.plan(aComune())).id();

        Api.Response refused = segretario().get("/api/plans/" + planId + "/import-findings");

        assertThat(refused.status()).isEqualTo(404);
        assertThat(refused.body().path("code").asText()).isEqualTo("NotImported");
    }

    private void assertRefusedWithoutEvents(Supplier<Api.Response> call, int status, String code) {
        long eventsBefore = eventCount();
        Api.Response refused = call.get();
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(status);
        assertThat(refused.body().path("code").asText()).isEqualTo(code);
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    /** A plan as read, without the line numbers, which count text lines in one format and table rows in the other. */
    private static JsonNode withoutLines(JsonNode plan) {
        JsonNode copy = plan.deepCopy();
        copy.findParents("line").forEach(node -> ((ObjectNode) node).remove("line"));
        return copy;
    }

    private static List<String> codes(JsonNode findings) {
        return findings.findValuesAsText("code");
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    private static byte[] resource(String name) {
        try (InputStream content = ImportApiIT.class.getResourceAsStream("/imports/" + name)) {
            return content.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
