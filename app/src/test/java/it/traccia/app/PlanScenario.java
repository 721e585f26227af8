package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plan in a comune of its own, built over HTTP as people build it (scenario): the real Monte Cremasco draft imported
 * by the ente's Segretario, Segreteria headed by {@code resp-segreteria}, the draft's three defects fixed and its
 * findings resolved, so that it can go to the Giunta; then, as asked, submitted, and adopted by the Giunta.
 */
final class PlanScenario {

    private static final String DRAFT = "monte-cremasco-2026-bozza.txt";

    final int port;
    final String enteName;
    final String enteId;
    final String planId;
    /** The bytes of the draft as imported, the comune renamed. */
    final byte[] draft;
    final String segreteriaId;
    /** Objective 1 of Segreteria, with its phase 1.1 ({@link #phaseId}). */
    final String objectiveId;
    final String phaseId;
    /** Common objective 1 (obiettivo comune). */
    final String commonObjectiveId;
    /** The Giunta's task: open while submitted, completed once adopted, none in a draft. */
    String taskId;

    private PlanScenario(int port, String enteName, String enteId, String planId, byte[] draft) {
        this.port = port;
        this.enteName = enteName;
        this.enteId = enteId;
        this.planId = planId;
        this.draft = draft;
        JsonNode plan = segretario().get("/api/plans/" + planId).body();
        JsonNode segreteria = plan.path("structures").get(0);
        this.segreteriaId = segreteria.path("id").asText();
        JsonNode objectiveOne = numbered(segreteria.path("objectives"), "1");
        this.objectiveId = objectiveOne.path("id").asText();
        this.phaseId = numbered(objectiveOne.path("phases"), "1.1").path("id").asText();
        this.commonObjectiveId = numbered(plan.path("commonObjectives"), "1").path("id").asText();
    }

    /** The real draft just imported in a new ente, with its three defects and findings, and no head of structure. */
    static PlanScenario anImportedDraft(int port) {
        String enteName = "Comune di Monte Cremasco " + letters();
        String enteId = Enti.register(port, enteName);
        byte[] draft = realDraftOf(enteName);
        Api.Response imported = Api.as(port, "segretario").postBytes("/api/imports?fileName=" + DRAFT, "text/plain",
                draft);
        assertThat(imported.status()).as(imported.body().toString()).isEqualTo(201);
        return new PlanScenario(port, enteName, enteId, imported.id(), draft);
    }

    /** A draft that meets every submission rule, in a new ente. */
    static PlanScenario aDraft(int port) {
        PlanScenario scenario = anImportedDraft(port);
        Enti.headedByRespSegreteria(port, scenario.planId, scenario.segreteriaId);
        scenario.fixTheDefectsOfTheDraft();
        return scenario;
    }

    /** A plan waiting for the Giunta's decision, with its task. */
    static PlanScenario aSubmittedPlan(int port) {
        PlanScenario scenario = aDraft(port);
        scenario.submit();
        return scenario;
    }

    /** A plan the Giunta adopted with delibera n. 12; its task is completed. */
    static PlanScenario anAdoptedPlan(int port) {
        PlanScenario scenario = aSubmittedPlan(port);
        Api.Response approved = Api.as(port, "giunta").post("/api/tasks/" + scenario.taskId + "/complete", """
                {"decision": "APPROVE", "resolutionNumber": "12", "resolutionDate": "2026-01-20"}""");
        assertThat(approved.status()).as(approved.body().toString()).isEqualTo(204);
        return scenario;
    }

    /** The plan in the status named as the authorization table names it: draft, submitted, adopted. */
    static PlanScenario inStatus(int port, String status) {
        return switch (status) {
            case "draft" -> aDraft(port);
            case "submitted" -> aSubmittedPlan(port);
            case "adopted" -> anAdoptedPlan(port);
            default -> throw new IllegalArgumentException("No plan status " + status);
        };
    }

    /** The real draft, its comune renamed to this ente (the document writes the comune in capitals). */
    static byte[] realDraftOf(String enteName) {
        return realDraft().replace("COMUNE DI MONTE CREMASCO", enteName.toUpperCase()).getBytes(StandardCharsets.UTF_8);
    }

    private void submit() {
        Api.Response submitted = segretario().post("/api/plans/" + planId + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(202);
        JsonNode tasks = Api.as(port, "giunta").get("/api/tasks").body();
        taskId = StreamSupport.stream(tasks.spliterator(), false)
                .filter(task -> task.path("planId").asText().equals(planId))
                .findFirst().orElseThrow().path("id").asText();
    }

    /**
     * Fixes the three defects of the real draft (two dates that do not exist, a phase due after its objective) and
     * resolves its findings, as the Segretario does before submitting.
     */
    void fixTheDefectsOfTheDraft() {
        JsonNode plan = segretario().get("/api/plans/" + planId).body();
        JsonNode segreteria = plan.path("structures").get(0);
        revisePhaseDeadline(numbered(numbered(segreteria.path("objectives"), "1").path("phases"), "1.1"), "2026-04-30");
        revisePhaseDeadline(numbered(numbered(segreteria.path("objectives"), "6").path("phases"), "6.1"), "2026-01-15");
        revisePhaseDeadline(numbered(numbered(plan.path("commonObjectives"), "1").path("phases"), "1.1"), "2026-04-30");
        for (int finding = 1; finding <= 3; finding++) {
            Api.Response resolved = segretario().post("/api/plans/" + planId + "/import-findings/" + finding + "/resolve",
                    """
                    {"note": "Scadenza corretta dopo verifica con il Responsabile"}""");
            assertThat(resolved.status()).as(resolved.body().toString()).isEqualTo(204);
        }
    }

    private void revisePhaseDeadline(JsonNode phase, String deadline) {
        ObjectNode body = JsonNodeFactory.instance.objectNode()
                .put("description", phase.path("description").asText())
                .put("indicator", phase.path("indicator").asText())
                .put("target", phase.path("target").asText())
                .put("deadline", deadline)
                .put("reason", "Data della bozza inesistente o successiva all'obiettivo");
        Api.Response revised = segretario().put("/api/plans/" + planId + "/phases/" + phase.path("id").asText(),
                body.toString());
        assertThat(revised.status()).as(revised.body().toString()).isEqualTo(204);
    }

    private Api segretario() {
        return Api.as(port, "segretario");
    }

    private static JsonNode numbered(JsonNode elements, String number) {
        return StreamSupport.stream(elements.spliterator(), false)
                .filter(element -> element.path("number").asText().equals(number))
                .findFirst().orElseThrow(() -> new IllegalStateException("No element numbered " + number));
    }

    static String letters() {
        return UUID.randomUUID().toString().replaceAll("[^a-f]", "");
    }

    private static String realDraft() {
        try (InputStream content = PlanScenario.class.getResourceAsStream("/imports/" + DRAFT)) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
