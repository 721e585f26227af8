package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The whole approval route over HTTP, on the real event store and the real Camunda engine: the Segretario imports the
 * Monte Cremasco draft, is refused until its defects are fixed, submits; the Giunta returns it with remarks, the
 * Segretario rebalances two weights (the returned task can no longer adopt it), and the Giunta adopts the resubmitted
 * plan with a delibera; a variation changes two weights and becomes version 2 while version 1
 * reads as adopted. Every refused step leaves the plan, the event store and the engine as they were.
 */
class ApprovalApiIT extends EmbeddedStoresIT {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void takesTheRealDraftThroughTheGiuntaTwiceAndKeepsVersionOneAsAdopted() {
        PlanScenario draft = PlanScenario.anImportedDraft(port);
        String planId = draft.planId;

        Api.Response refused = segretario().post("/api/plans/" + planId + "/submit", "{}");
        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(422);
        assertThat(violations(refused, "code")).containsExactly(
                "PhaseDueAfterObjective", "UnresolvedImportFinding", "UnresolvedImportFinding", "UnresolvedImportFinding");
        assertThat(violations(refused, "field")).containsExactly(
                "Segreteria/6/6.1/deadline", "importFindings/1", "importFindings/2", "importFindings/3");
        assertThat(plan(planId).path("status").asText()).isEqualTo("DRAFT");

        draft.fixTheDefectsOfTheDraft();
        Api.Response submitted = segretario().post("/api/plans/" + planId + "/submit", "{}");
        assertThat(submitted.status()).as(submitted.body().toString()).isEqualTo(202);
        assertThat(submitted.body().path("status").asText()).isEqualTo("SUBMITTED");
        assertThat(submitted.body().path("version").asInt()).isEqualTo(1);

        JsonNode task = giuntaTaskOf(planId);
        assertThat(task.path("name").asText()).isEqualTo("Deliberare sul piano");
        assertThat(task.path("version").asInt()).isEqualTo(1);
        assertThat(task.path("due").asText()).isEqualTo("2026-01-31");
        assertThat(task.path("created").asText()).isNotBlank();
        awaitTheMissedDeadline(planId);
        assertThat(history(planId)).anySatisfy(entry -> {
            assertThat(entry.path("action").asText()).isEqualTo("ApprovalDeadlineMissed");
            assertThat(entry.path("role").asText()).isEqualTo("SYSTEM");
            assertThat(entry.path("description").asText()).isEqualTo("Termine di approvazione (31.01.2026) scaduto senza adozione");
        });

        Api.Response returned = giunta().post("/api/tasks/" + task.path("id").asText() + "/complete", """
                {"decision": "RETURN", "remarks": "Riequilibrare i pesi fra gli obiettivi 6 e 7"}""");
        assertThat(returned.status()).as(returned.body().toString()).isEqualTo(204);
        assertThat(plan(planId).path("status").asText()).isEqualTo("DRAFT");
        assertThat(history(planId)).anySatisfy(entry -> {
            assertThat(entry.path("reason").asText()).isEqualTo("Riequilibrare i pesi fra gli obiettivi 6 e 7");
            assertThat(entry.path("user").asText()).isEqualTo("giunta");
            assertThat(entry.path("role").asText()).isEqualTo("GIUNTA");
        });

        assertThat(changeObjectiveWeight(planId, "6", "20").status()).isEqualTo(204);
        assertThat(changeObjectiveWeight(planId, "7", "30").status()).isEqualTo(204);
        long eventsAfterTheEdit = eventsOf(planId);
        assertProblem(approve(task, "11", "2026-02-03"), 409, "TaskAlreadyCompleted");
        assertThat(eventsOf(planId)).as("the returned task cannot adopt the plan edited since").isEqualTo(eventsAfterTheEdit);
        assertThat(plan(planId).path("status").asText()).isEqualTo("DRAFT");

        assertThat(segretario().post("/api/plans/" + planId + "/submit", "{}").status()).isEqualTo(202);
        JsonNode secondTask = giuntaTaskOf(planId);
        assertThat(secondTask.path("id").asText()).isNotEqualTo(task.path("id").asText());
        Api.Response adopted = approve(secondTask, "12", "2026-02-10");
        assertThat(adopted.status()).as(adopted.body().toString()).isEqualTo(204);

        JsonNode versionOne = plan(planId);
        assertThat(versionOne.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(versionOne.path("version").asInt()).isEqualTo(1);
        assertThat(versionOne.path("adoption").path("resolutionNumber").asText()).isEqualTo("12");
        assertThat(versionOne.path("adoption").path("resolutionDate").asText()).isEqualTo("2026-02-10");
        assertThat(versionOne.path("adoption").path("adoptedBy").asText()).isEqualTo("giunta");
        assertThat(giuntaTasksOf(planId)).isEmpty();
        assertThat(history(planId)).anySatisfy(entry ->
                assertThat(entry.path("description").asText()).isEqualTo("Adottato con delibera n. 12 del 10.02.2026"));

        Api.Response variation = segretario().post("/api/plans/" + planId + "/variations", """
                {"reason": "Nuova priorità della Giunta sulla contrattazione decentrata"}""");
        assertThat(variation.status()).as(variation.body().toString()).isEqualTo(201);
        assertThat(variation.body().path("version").asInt()).isEqualTo(2);
        assertThat(plan(planId).path("status").asText()).isEqualTo("DRAFT");
        assertThat(plan(planId).path("version").asInt()).isEqualTo(2);
        assertThat(changeObjectiveWeight(planId, "6", "25").status()).isEqualTo(204);
        assertThat(changeObjectiveWeight(planId, "7", "25").status()).isEqualTo(204);
        assertThat(segretario().post("/api/plans/" + planId + "/submit", "{}").status()).isEqualTo(202);
        JsonNode variationTask = giuntaTaskOf(planId);
        assertThat(variationTask.path("name").asText()).isEqualTo("Deliberare sulla variazione");
        assertThat(variationTask.path("version").asInt()).isEqualTo(2);
        assertThat(approve(variationTask, "31", "2026-06-15").status()).isEqualTo(204);

        JsonNode versions = segretario().get("/api/plans/" + planId + "/versions").body();
        assertThat(versions.path("versions")).extracting(version -> version.path("version").asInt()).containsExactly(1, 2);
        assertThat(versions.path("versions").get(1).path("adoption").path("resolutionNumber").asText()).isEqualTo("31");
        JsonNode adoptedOne = segretario().get("/api/plans/" + planId + "/versions/1").body();
        assertThat(adoptedOne.path("version").asInt()).isEqualTo(1);
        assertThat(adoptedOne.path("status").asText()).isEqualTo("ADOPTED");
        assertThat(adoptedOne.path("adoption").path("resolutionNumber").asText()).isEqualTo("12");
        assertThat(weightsOfSegreteria(adoptedOne)).containsExactly("10", "10", "10", "10", "10", "20", "30");
        JsonNode adoptedTwo = segretario().get("/api/plans/" + planId + "/versions/2").body();
        assertThat(weightsOfSegreteria(adoptedTwo)).containsExactly("10", "10", "10", "10", "10", "25", "25");
        assertThat(plan(planId).path("status").asText()).isEqualTo("ADOPTED");
        assertThat(plan(planId).path("version").asInt()).isEqualTo(2);
        assertThat(segretario().get("/api/plans/" + planId + "/versions/3").status()).isEqualTo(404);
    }

    @Test
    void rejectsEveryBadStepWithAClearErrorAndLeavesNothingHalfDone() {
        String planId = PlanScenario.aDraft(port).planId;

        assertThat(as("resp-segreteria").post("/api/plans/" + planId + "/submit", "{}").status()).isEqualTo(403);
        assertThat(giunta().post("/api/plans/" + planId + "/submit", "{}").status()).isEqualTo(403);
        assertThat(segretario().post("/api/plans/" + planId + "/submit", "{}").status()).isEqualTo(202);
        Api.Response twice = segretario().post("/api/plans/" + planId + "/submit", "{}");
        assertThat(twice.status()).isEqualTo(409);
        assertThat(twice.body().path("code").asText()).isEqualTo("PlanNotInDraft");
        Api.Response edit = changeObjectiveWeight(planId, "6", "25");
        assertThat(edit.status()).isEqualTo(409);
        assertThat(edit.body().path("code").asText()).isEqualTo("PlanNotInDraft");
        assertThat(segretario().post("/api/plans/" + planId + "/variations", """
                {"reason": "Troppo presto"}""").body().path("code").asText()).isEqualTo("PlanNotAdopted");

        JsonNode task = giuntaTaskOf(planId);
        String complete = "/api/tasks/" + task.path("id").asText() + "/complete";
        awaitTheMissedDeadline(planId);
        long events = eventsOf(planId);

        assertProblem(segretario().post(complete, """
                {"decision": "APPROVE", "resolutionNumber": "12", "resolutionDate": "2026-02-10"}"""), 403, "NotAllowed");
        assertProblem(giunta().post(complete, """
                {"decision": "MAYBE"}"""), 422, "InvalidChoice");
        assertProblem(giunta().post(complete, """
                {"decision": "APPROVE", "resolutionDate": "2026-02-10"}"""), 422, "MissingField");
        assertProblem(giunta().post(complete, """
                {"decision": "APPROVE", "resolutionNumber": "12", "resolutionDate": "31.06.2026"}"""), 422, "InvalidDate");
        assertProblem(giunta().post(complete, """
                {"decision": "APPROVE", "resolutionNumber": "12", "resolutionDate": "%s"}"""
                .formatted(LocalDate.now().plusDays(2))), 422, "ResolutionDateInFuture");
        assertProblem(giunta().post(complete, """
                {"decision": "APPROVE", "resolutionNumber": "12", "resolutionDate": "0000-01-01"}"""), 422,
                "ResolutionDateOutOfRange");
        assertProblem(giunta().post(complete, """
                {"decision": "APPROVE", "resolutionNumber": "12", "resolutionDate": "+99999-12-31"}"""), 422,
                "InvalidDate");
        assertProblem(giunta().post(complete, """
                {"decision": "RETURN", "remarks": " "}"""), 422, "MissingField");
        assertProblem(giunta().post("/api/tasks/no-such-task/complete", """
                {"decision": "RETURN", "remarks": "Rivedere"}"""), 404, "UnknownTask");

        assertThat(eventsOf(planId)).as("a refused decision leaves no event").isEqualTo(events);
        assertThat(giuntaTaskOf(planId).path("id").asText()).as("a refused decision leaves the task open")
                .isEqualTo(task.path("id").asText());
        assertThat(plan(planId).path("status").asText()).isEqualTo("SUBMITTED");

        assertThat(approve(task, "12", "2026-02-10").status()).isEqualTo(204);
        assertProblem(approve(task, "12", "2026-02-10"), 409, "TaskAlreadyCompleted");
        assertThat(plan(planId).path("adoption").path("resolutionNumber").asText()).isEqualTo("12");
        assertProblem(segretario().post("/api/plans/" + planId + "/variations", """
                {"reason": " "}"""), 422, "ReasonRequired");
        assertProblem(as("resp-segreteria").post("/api/plans/" + planId + "/variations", """
                {"reason": "Nuovo obiettivo"}"""), 403, "NotAllowed");
        assertProblem(changeObjectiveWeight(planId, "6", "25"), 409, "PlanNotInDraft");
    }

    @Test
    void showsTheGiuntaOnlyItsOwnTasksAndNobodyElseAny() {
        String planId = PlanScenario.aDraft(port).planId;
        segretario().post("/api/plans/" + planId + "/submit", "{}");

        assertThat(giuntaTasksOf(planId)).hasSize(1);
        assertThat(tasksOf(segretario().get("/api/tasks"), planId)).isEmpty();
        assertThat(tasksOf(as("ndv").get("/api/tasks"), planId)).isEmpty();
        assertThat(Api.anonymous(port).get("/api/tasks").status()).isEqualTo(401);
    }

    @Test
    void keepsTheEngineItselfOutOfReach() {
        assertThat(Api.anonymous(port).get("/engine-rest/task").status()).isEqualTo(401);
        assertThat(Api.anonymous(port).get("/camunda/app/cockpit/default/").status()).isEqualTo(401);
        assertThat(as("giunta").get("/engine-rest/task").status()).as("Camunda's REST API is not deployed").isEqualTo(404);
        assertThat(as("giunta").get("/camunda/app/cockpit/default/").status()).as("nor its webapp").isEqualTo(404);
    }

    private Api.Response changeObjectiveWeight(String planId, String number, String weight) {
        JsonNode objective = objective(plan(planId).path("structures").get(0).path("objectives"), number);
        return segretario().put("/api/plans/" + planId + "/objectives/" + objective.path("id").asText() + "/weight",
                MonteCremasco.weightChange(weight, "Variazione approvata dalla Giunta"));
    }

    private Api.Response approve(JsonNode task, String number, String date) {
        return giunta().post("/api/tasks/" + task.path("id").asText() + "/complete", """
                {"decision": "APPROVE", "resolutionNumber": "%s", "resolutionDate": "%s"}""".formatted(number, date));
    }

    private JsonNode giuntaTaskOf(String planId) {
        List<JsonNode> tasks = giuntaTasksOf(planId);
        assertThat(tasks).hasSize(1);
        return tasks.get(0);
    }

    private List<JsonNode> giuntaTasksOf(String planId) {
        return tasksOf(giunta().get("/api/tasks"), planId);
    }

    private static List<JsonNode> tasksOf(Api.Response tasks, String planId) {
        assertThat(tasks.status()).isEqualTo(200);
        return StreamSupport.stream(tasks.body().spliterator(), false)
                .filter(task -> task.path("planId").asText().equals(planId))
                .toList();
    }

    private Api giunta() {
        return as("giunta");
    }

    private JsonNode plan(String planId) {
        return segretario().get("/api/plans/" + planId).body();
    }

    private List<JsonNode> history(String planId) {
        List<JsonNode> entries = new ArrayList<>();
        segretario().get("/api/plans/" + planId + "/history").body().path("entries").forEach(entries::add);
        return entries;
    }

    /**
     * Waits for Traccia to record that the plan's deadline (31.01.2026) passed: the timer is already due when the
     * approval starts, so its event arrives on its own, shortly after the submission.
     */
    private void awaitTheMissedDeadline(String planId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                assertThat(plan(planId).path("approvalDeadline").path("state").asText()).isEqualTo("MISSED"));
    }

    private long eventsOf(String planId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                planId);
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.body().path("code").asText()).as(response.body().toString()).isEqualTo(code);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }

    private static List<String> violations(Api.Response problem, String property) {
        return StreamSupport.stream(problem.body().path("violations").spliterator(), false)
                .map(violation -> violation.path(property).asText())
                .toList();
    }

    private static List<String> weightsOfSegreteria(JsonNode plan) {
        return StreamSupport.stream(plan.path("structures").get(0).path("objectives").spliterator(), false)
                .map(objective -> objective.path("weight").asText())
                .toList();
    }

    private static JsonNode objective(JsonNode objectives, String number) {
        return StreamSupport.stream(objectives.spliterator(), false)
                .filter(objective -> objective.path("number").asText().equals(number))
                .findFirst().orElseThrow();
    }
}
