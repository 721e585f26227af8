package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.StreamSupport;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Monitoring of the adopted plan over HTTP, on the real event store and read models: the head of Segreteria completes
 * a phase and records the state of progress of another, the NdV reads the weighted achievement, a correction with a
 * reason keeps the first record in the history, and every bad record is refused by its rule with nothing stored; a
 * variation adopted later keeps the records of the elements it keeps.
 */
class MonitoringApiIT extends EmbeddedStoresIT {

    private static final String DONE = """
            {"completedOn": "2026-06-20", "achievement": "100", "note": "Pubblicazioni verificate"}""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void recordsTheHeadsCompletionsAndShowsTheWeightedAchievementToEveryReader() {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        String plan = "/api/plans/" + adopted.planId;
        String secondPhase = phaseOfObjectiveOne(adopted, "1.2").path("id").asText();

        Api.Response completed = as("resp-segreteria").post(plan + "/phases/" + adopted.phaseId + "/completion", DONE);
        Api.Response halfway = as("resp-segreteria").post(plan + "/phases/" + secondPhase + "/progress", """
                {"asOf": "2026-06-30", "achievement": "50", "note": "Metà dei controlli svolti"}""");

        assertThat(completed.status()).as(completed.body().toString()).isEqualTo(201);
        assertThat(completed.headers().firstValue("Location").orElse(null)).isEqualTo(plan + "/progress");
        assertThat(halfway.status()).as(halfway.body().toString()).isEqualTo(201);
        JsonNode objectiveOne = objectiveOne(as("ndv").get(plan + "/progress").body());
        JsonNode first = numbered(objectiveOne.path("phases"), "1.1");
        JsonNode second = numbered(objectiveOne.path("phases"), "1.2");
        assertThat(first.path("achievement").asText()).isEqualTo("100.00");
        assertThat(first.path("completion").path("completedOn").asText()).isEqualTo("2026-06-20");
        assertThat(first.path("completion").path("recordedBy").asText()).isEqualTo("resp-segreteria");
        assertThat(second.path("achievement").asText()).isEqualTo("50.00");
        assertThat(second.path("completion").isNull()).isTrue();
        assertThat(second.path("progress").path("note").asText()).isEqualTo("Metà dei controlli svolti");
        BigDecimal w1 = new BigDecimal(first.path("weight").asText());
        BigDecimal w2 = new BigDecimal(second.path("weight").asText());
        BigDecimal expected = w1.multiply(BigDecimal.valueOf(100)).add(w2.multiply(BigDecimal.valueOf(50)))
                .divide(w1.add(w2), 2, RoundingMode.HALF_UP);
        assertThat(objectiveOne.path("achievement").asText()).isEqualTo(expected.toPlainString());

        Api.Response again = as("resp-segreteria").post(plan + "/phases/" + adopted.phaseId + "/completion", DONE);
        assertProblem(again, 409, "AlreadyCompleted");
        Api.Response unexplained = as("resp-segreteria").put(plan + "/phases/" + adopted.phaseId + "/completion", """
                {"completedOn": "2026-06-20", "achievement": "90"}""");
        assertProblem(unexplained, 422, "ReasonRequired");
        Api.Response corrected = as("resp-segreteria").put(plan + "/phases/" + adopted.phaseId + "/completion", """
                {"completedOn": "2026-06-20", "achievement": "90", "reason": "Una pubblicazione mancava"}""");
        assertThat(corrected.status()).as(corrected.body().toString()).isEqualTo(204);

        JsonNode afterCorrection = numbered(objectiveOne(as("giunta").get(plan + "/progress").body()).path("phases"), "1.1");
        assertThat(afterCorrection.path("achievement").asText()).isEqualTo("90.00");
        assertThat(afterCorrection.path("history")).extracting(entry -> entry.path("action").asText())
                .containsExactly("COMPLETED", "CORRECTED");
        assertThat(afterCorrection.path("history").get(1).path("reason").asText()).isEqualTo("Una pubblicazione mancava");
    }

    @Test
    void rejectsEveryBadRecordByItsRuleAndStoresNothing() {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        String plan = "/api/plans/" + adopted.planId;
        String phase = plan + "/phases/" + adopted.phaseId + "/completion";
        String commonPhase = plan + "/phases/" + numbered(numbered(segretario().get(plan).body().path("commonObjectives"),
                "1").path("phases"), "1.1").path("id").asText() + "/completion";
        long before = monitoringEvents(adopted.planId);

        for (String wrong : List.of("100.5", "-1", "abc", "1".repeat(1_000_000))) {
            assertProblem(segretario().post(phase, completion("2026-06-20", wrong, null)), 422, "InvalidAchievement");
        }
        assertProblem(segretario().post(phase, completion(LocalDate.now().plusDays(1).toString(), "100", null)), 422,
                "DateInFuture");
        assertProblem(segretario().post(phase, completion("1999-06-20", "100", null)), 422, "DateOutsideTriennio");
        assertProblem(segretario().post(phase, completion("31.06.2026", "100", null)), 422, "InvalidDate");
        assertProblem(as("resp-tecnica").post(phase, DONE), 403, "NotHeadOfStructure");
        assertProblem(as("ndv").post(phase, DONE), 403, "NotAllowed");
        assertProblem(segretario().post(commonPhase, DONE), 422, "MissingField");
        assertProblem(segretario().post(commonPhase, completion("2026-06-20", "100", "not-a-structure-of-this-plan")),
                404, "UnknownStructure");
        assertProblem(segretario().post(phase, completion("2026-06-20", "100", adopted.segreteriaId)), 422,
                "StructureNotExpected");
        assertProblem(segretario().post(plan + "/phases/no-such-phase/completion", DONE), 404, "UnknownPhase");
        assertProblem(segretario().post(plan + "/objectives/" + adopted.objectiveId + "/completion", DONE), 422,
                "ObjectiveHasPhases");
        assertProblem(segretario().put(phase, """
                {"completedOn": "2026-06-20", "achievement": "90", "reason": "Rettifica"}"""), 409, "NotCompleted");
        PlanScenario draft = PlanScenario.aDraft(port);
        assertProblem(segretario().post("/api/plans/" + draft.planId + "/phases/" + draft.phaseId + "/completion", DONE),
                409, "PlanNotAdopted");
        assertProblem(segretario().get("/api/plans/" + draft.planId + "/progress"), 409, "PlanNotAdopted");

        assertThat(monitoringEvents(adopted.planId)).as("events of the refused records").isEqualTo(before);
        assertThat(monitoringEvents(draft.planId)).isZero();
    }

    @Test
    void keepsTheRecordsOfTheElementsAVariationKeeps() {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        String plan = "/api/plans/" + adopted.planId;
        JsonNode removed = phaseOfObjectiveOne(adopted, "1.2");
        assertThat(as("resp-segreteria").post(plan + "/phases/" + adopted.phaseId + "/completion", DONE).status())
                .isEqualTo(201);
        assertThat(as("resp-segreteria").post(plan + "/phases/" + removed.path("id").asText() + "/progress", """
                {"asOf": "2026-06-30", "achievement": "40"}""").status()).isEqualTo(201);

        assertThat(segretario().post(plan + "/variations", """
                {"reason": "Verifica intermedia: la fase 1.2 confluisce nella 1.1"}""").status()).isEqualTo(201);
        assertThat(segretario().delete(plan + "/phases/" + removed.path("id").asText()
                + "?reason=Confluita%20nella%20fase%201.1").status()).isEqualTo(204);
        assertThat(segretario().put(plan + "/phases/" + adopted.phaseId + "/weight", """
                {"weight": "100", "reason": "Fase unica dopo la verifica intermedia"}""").status()).isEqualTo(204);
        JsonNode duringTheVariation = objectiveOne(as("ndv").get(plan + "/progress").body());
        assertThat(duringTheVariation.path("phases")).hasSize(2);
        assertThat(segretario().post(plan + "/submit", "{}").status()).isEqualTo(202);
        JsonNode task = StreamSupport.stream(as("giunta").get("/api/tasks").body().spliterator(), false)
                .filter(each -> each.path("planId").asText().equals(adopted.planId)).findFirst().orElseThrow();
        assertThat(as("giunta").post("/api/tasks/" + task.path("id").asText() + "/complete", """
                {"decision": "APPROVE", "resolutionNumber": "48", "resolutionDate": "2026-07-20"}""").status())
                .isEqualTo(204);

        JsonNode progress = as("ndv").get(plan + "/progress").body();
        assertThat(progress.path("version").asInt()).isEqualTo(2);
        JsonNode objectiveOne = objectiveOne(progress);
        assertThat(objectiveOne.path("phases")).extracting(phase -> phase.path("number").asText()).containsExactly("1.1");
        assertThat(objectiveOne.path("phases").get(0).path("completion").path("achievement").asText()).isEqualTo("100");
        assertThat(objectiveOne.path("achievement").asText()).isEqualTo("100.00");
    }

    @Test
    void keepsSupportingDocumentsByteForByteAndLetsACompletionCiteThem() throws Exception {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        String plan = "/api/plans/" + adopted.planId;
        byte[] pdf = "%PDF-1.7\n% verbale di pubblicazione\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

        Api.Response stored = as("resp-segreteria").postFile(plan + "/evidence", "verbale.pdf", pdf);

        assertThat(stored.status()).as(stored.body().toString()).isEqualTo(201);
        String evidenceId = stored.id();
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf));
        assertThat(stored.body().path("sha256").asText()).isEqualTo(sha256);
        assertThat(stored.body().path("size").asLong()).isEqualTo(pdf.length);
        assertThat(stored.body().path("name").asText()).isEqualTo("verbale.pdf");
        assertThat(stored.body().path("contentType").asText()).isEqualTo("application/pdf");
        Api.Download read = as("ndv").download(plan + "/evidence/" + evidenceId);
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.body()).isEqualTo(pdf);
        assertThat(read.headers().firstValue("Content-Type")).contains("application/pdf");
        assertThat(read.headers().firstValue("ETag")).contains("\"" + sha256 + "\"");
        assertThat(as("segretario-2").download(plan + "/evidence/" + evidenceId).status()).isEqualTo(404);

        Api.Response cited = as("resp-segreteria").post(plan + "/phases/" + adopted.phaseId + "/completion", """
                {"completedOn": "2026-06-20", "achievement": "100", "evidenceIds": ["%s"]}""".formatted(evidenceId));
        assertThat(cited.status()).as(cited.body().toString()).isEqualTo(201);
        JsonNode phase = numbered(objectiveOne(as("ndv").get(plan + "/progress").body()).path("phases"), "1.1");
        assertThat(phase.path("completion").path("evidenceIds")).extracting(JsonNode::asText).containsExactly(evidenceId);

        long before = monitoringEvents(adopted.planId);
        assertProblem(as("resp-segreteria").postFile(plan + "/evidence", "vuoto.pdf", new byte[0]), 422,
                "EvidenceNotAccepted");
        assertProblem(as("resp-segreteria").postFile(plan + "/evidence", "setup.pdf", "MZ\u0090\u0000 program".getBytes(
                StandardCharsets.ISO_8859_1)), 422, "EvidenceNotAccepted");
        assertProblem(as("resp-segreteria").postFile(plan + "/evidence", "grande.pdf", new byte[30 * 1024 * 1024]), 413,
                "DocumentTooLarge");
        assertProblem(as("ndv").postFile(plan + "/evidence", "verbale.pdf", pdf), 403, "NotAllowed");
        assertProblem(as("resp-segreteria").post(plan + "/phases/" + phaseOfObjectiveOne(adopted, "1.2").path("id")
                .asText() + "/completion", """
                {"completedOn": "2026-06-20", "achievement": "100", "evidenceIds": ["not-stored"]}"""), 422,
                "UnknownEvidence");
        assertThat(monitoringEvents(adopted.planId)).isEqualTo(before);
        assertThat(as("ndv").download(plan + "/evidence/not-stored").status()).isEqualTo(404);
    }

    @Test
    void tellsEachDeadlineWhereItStandsOnTheApplicationsClock() {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        String plan = "/api/plans/" + adopted.planId;
        assertThat(as("resp-segreteria").post(plan + "/phases/" + adopted.phaseId + "/completion", DONE).status())
                .isEqualTo(201);

        JsonNode all = as("ndv").get(plan + "/deadlines").body();

        assertThat(all.path("today").asText()).isEqualTo(LocalDate.now().toString());
        JsonNode completed = StreamSupport.stream(all.path("deadlines").spliterator(), false)
                .filter(deadline -> deadline.path("elementId").asText().equals(adopted.phaseId)).findFirst().orElseThrow();
        assertThat(completed.path("deadline").asText()).isEqualTo("2026-04-30");
        assertThat(completed.path("status").asText()).as("completed on 20.06, due by 30.04").isEqualTo("COMPLETED_LATE");
        assertThat(completed.path("completedOn").asText()).isEqualTo("2026-06-20");
        assertThat(all.path("deadlines").get(0).path("status").asText()).as("overdue first").isEqualTo("OVERDUE");
        JsonNode overdue = as("ndv").get(plan + "/deadlines?status=OVERDUE").body().path("deadlines");
        assertThat(overdue).isNotEmpty().allSatisfy(deadline ->
                assertThat(deadline.path("status").asText()).isEqualTo("OVERDUE"));
        assertProblem(as("ndv").get(plan + "/deadlines?status=MAYBE"), 422, "InvalidChoice");

        JsonNode mine = as("resp-segreteria").get("/api/deadlines?within=P30D").body().path("deadlines");
        assertThat(mine).isNotEmpty().allSatisfy(deadline ->
                assertThat(deadline.path("headUserId").asText()).isEqualTo("resp-segreteria"));
        assertThat(mine).noneMatch(deadline -> deadline.path("elementId").asText().equals(adopted.phaseId));
        assertThat(as("segretario").get("/api/deadlines").body().path("deadlines"))
                .anyMatch(deadline -> deadline.path("planId").asText().equals(adopted.planId));
        assertThat(as("resp-tecnica").get("/api/deadlines").body().path("deadlines")).as("who heads no structure")
                .noneMatch(deadline -> deadline.path("planId").asText().equals(adopted.planId));
        assertProblem(as("ndv").get("/api/deadlines?within=P9999D"), 422, "InvalidPeriod");
        assertProblem(as("ndv").get("/api/deadlines?within=30"), 422, "InvalidPeriod");
    }

    @Test
    void saysWhetherEachIndicatorValueMeetsTheMeasurableTarget() {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        String plan = "/api/plans/" + adopted.planId;
        JsonNode segreteria = segretario().get(plan).body().path("structures").get(0);
        JsonNode paymentTimes = numbered(numbered(segreteria.path("objectives"), "4").path("phases"), "4.1");
        assertThat(paymentTimes.path("target").asText()).contains("entro 30 gg");

        for (String[] measured : new String[][] {{"28", "giorni"}, {"45", "gg"}, {"12.5", "%"}}) {
            Api.Response recorded = as("resp-segreteria").post(plan + "/indicator-values", """
                    {"elementId": "%s", "value": "%s", "unit": "%s", "measuredOn": "2026-09-30",
                     "source": "Piattaforma dei crediti commerciali"}""".formatted(paymentTimes.path("id").asText(),
                    measured[0], measured[1]));
            assertThat(recorded.status()).as(recorded.body().toString()).isEqualTo(201);
        }

        JsonNode phase = numbered(numbered(as("ndv").get(plan + "/progress").body().path("structures").get(0)
                .path("objectives"), "4").path("phases"), "4.1");
        assertThat(phase.path("indicatorValues")).extracting(value -> value.path("value").asText() + " "
                + value.path("unit").asText() + " " + value.path("meetsTargets").asText())
                .containsExactly("28 giorni true", "45 gg false", "12.5 % null");
        assertThat(phase.path("indicatorValues").get(0).path("source").asText())
                .isEqualTo("Piattaforma dei crediti commerciali");
        long before = monitoringEvents(adopted.planId);
        assertProblem(as("resp-segreteria").post(plan + "/indicator-values", """
                {"elementId": "%s", "value": "ventotto", "measuredOn": "2026-09-30"}"""
                .formatted(paymentTimes.path("id").asText())), 422, "InvalidMeasurement");
        assertProblem(as("resp-segreteria").post(plan + "/indicator-values", """
                {"elementId": "%s", "value": "28", "measuredOn": "%s"}"""
                .formatted(paymentTimes.path("id").asText(), LocalDate.now().plusDays(1))), 422, "DateInFuture");
        assertProblem(as("resp-segreteria").post(plan + "/indicator-values", """
                {"elementId": "no-such-element", "value": "28", "measuredOn": "2026-09-30"}"""), 404, "UnknownObjective");
        assertProblem(as("resp-tecnica").post(plan + "/indicator-values", """
                {"elementId": "%s", "value": "28", "measuredOn": "2026-09-30"}"""
                .formatted(paymentTimes.path("id").asText())), 403, "NotHeadOfStructure");
        assertThat(monitoringEvents(adopted.planId)).isEqualTo(before);
    }

    @Test
    void freezesTheProgressAVerificaIntermediaSaw() {
        PlanScenario adopted = PlanScenario.anAdoptedPlan(port);
        String plan = "/api/plans/" + adopted.planId;
        String secondPhase = phaseOfObjectiveOne(adopted, "1.2").path("id").asText();
        assertThat(as("resp-segreteria").post(plan + "/phases/" + adopted.phaseId + "/completion", DONE).status())
                .isEqualTo(201);

        Api.Response checked = segretario().post(plan + "/mid-year-checks", """
                {"asOf": "2026-07-15", "notes": "La fase 1.2 è in ritardo: valutare una variazione"}""");

        assertThat(checked.status()).as(checked.body().toString()).isEqualTo(201);
        assertThat(checked.body().path("number").asInt()).isEqualTo(1);
        assertThat(checked.headers().firstValue("Location")).contains(plan + "/mid-year-checks/1");
        assertThat(as("resp-segreteria").post(plan + "/phases/" + secondPhase + "/completion", DONE).status())
                .isEqualTo(201);
        JsonNode check = as("giunta").get(plan + "/mid-year-checks/1").body();
        assertThat(check.path("asOf").asText()).isEqualTo("2026-07-15");
        assertThat(check.path("notes").asText()).startsWith("La fase 1.2");
        assertThat(check.path("recordedBy").asText()).isEqualTo("segretario");
        JsonNode then = objectiveOne(check.path("progress"));
        assertThat(numbered(then.path("phases"), "1.1").path("achievement").asText()).isEqualTo("100.00");
        assertThat(numbered(then.path("phases"), "1.2").path("achievement").asText()).as("completed after the check")
                .isEqualTo("0.00");
        JsonNode now = objectiveOne(as("giunta").get(plan + "/progress").body());
        assertThat(numbered(now.path("phases"), "1.2").path("achievement").asText()).isEqualTo("100.00");

        assertProblem(as("resp-segreteria").post(plan + "/mid-year-checks", """
                {"asOf": "2026-07-15"}"""), 403, "NotAllowed");
        assertProblem(segretario().post(plan + "/mid-year-checks", """
                {"asOf": "%s"}""".formatted(LocalDate.now().plusDays(1))), 422, "DateInFuture");
        assertProblem(segretario().get(plan + "/mid-year-checks/9"), 404, "UnknownMidYearCheck");
        assertThat(segretario().post(plan + "/mid-year-checks", "{\"asOf\": \"2026-09-30\"}").body().path("number")
                .asInt()).isEqualTo(2);
    }

    private long monitoringEvents(String planId) {
        return jdbc.queryForObject("select count(*) from domain_event_entry where aggregate_identifier = ?", Long.class,
                "monitoraggio-" + planId);
    }

    private JsonNode phaseOfObjectiveOne(PlanScenario scenario, String number) {
        JsonNode segreteria = segretario().get("/api/plans/" + scenario.planId).body().path("structures").get(0);
        return numbered(numbered(segreteria.path("objectives"), "1").path("phases"), number);
    }

    private static JsonNode objectiveOne(JsonNode progress) {
        return numbered(progress.path("structures").get(0).path("objectives"), "1");
    }

    private static String completion(String day, String achievement, String structureId) {
        return """
                {"completedOn": "%s", "achievement": "%s"%s}""".formatted(day, achievement,
                structureId == null ? "" : ", \"structureId\": \"" + structureId + "\"");
    }

    private static JsonNode numbered(JsonNode elements, String number) {
        return StreamSupport.stream(elements.spliterator(), false)
                .filter(element -> element.path("number").asText().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("No element numbered " + number + " in " + elements));
    }

    private static void assertProblem(Api.Response response, int status, String code) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(status);
        assertThat(response.body().path("code").asText()).as(response.body().toString()).isEqualTo(code);
        assertThat(response.contentType()).startsWith("application/problem+json");
    }
}
