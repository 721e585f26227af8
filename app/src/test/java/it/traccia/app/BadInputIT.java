package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.Supplier;

import static it.traccia.app.MonteCremasco.SEGRETERIA;
import static it.traccia.app.MonteCremasco.objective;
import static it.traccia.app.MonteCremasco.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bad input over HTTP: each refusal is a 4xx problem detail naming the field and the rule, never a 500, and leaves no
 * event in the event store.
 */
class BadInputIT extends EmbeddedStoresIT {

    @Autowired
    JdbcTemplate jdbc;

    String planId;
    String structureId;
    String objectiveId;

    @BeforeEach
    void aPlanWithObjectiveSix() {
        Api api = segretario();
        planId = api.post("/api/plans", plan(aComune())).id();
        structureId = api.post("/api/plans/" + planId + "/structures", SEGRETERIA).id();
        objectiveId = api.post("/api/plans/" + planId + "/structures/" + structureId + "/objectives", objective("6", "30")).id();
        Enti.headedByRespSegreteria(port, planId, structureId);
    }

    @ParameterizedTest(name = "weight {0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "\"-1\"     | 422 | InvalidWeight",
            "-1         | 422 | InvalidWeight",
            "\"100.001\"| 422 | InvalidWeight",
            "100.001    | 422 | InvalidWeight",
            "\"abc\"    | 422 | InvalidWeight",
            "null       | 422 | MissingField",
            "\"\"       | 422 | MissingField",
            "true       | 400 | InvalidFieldType",
            "{}         | 400 | InvalidFieldType"})
    void rejectsAWeightThatIsNotAPercentageWithTwoDecimals(String weight, int status, String code) {
        assertRefusedWithoutEvents(() -> segretario().put(objectivePath() + "/weight",
                "{\"weight\": " + weight + ", \"reason\": \"prova\"}"), status, code, "weight");
    }

    @Test
    void rejectsADateThatDoesNotExist() {
        assertRefusedWithoutEvents(() -> segretario().post(objectivePath() + "/phases", """
                {"number": "6.1", "description": "Fase", "weight": "50", "deadline": "2026-02-29"}"""),
                422, "InvalidDate", "deadline");
    }

    @Test
    void rejectsJuneTheThirtyFirst() {
        assertRefusedWithoutEvents(() -> segretario().post("/api/plans/" + planId + "/structures/" + structureId + "/objectives", """
                {"number": "7", "kind": "DEVELOPMENT", "description": "x", "weight": "20", "deadline": "2026-06-31"}"""),
                422, "InvalidDate", "deadline");
    }

    @Test
    void rejectsMalformedJson() {
        assertRefusedWithoutEvents(() -> segretario().post("/api/plans", "{\"organisation\": "), 400, "MalformedJson", null);
    }

    @Test
    void rejectsAnUnknownField() {
        assertRefusedWithoutEvents(() -> segretario().post("/api/plans/" + planId + "/structures",
                "{\"name\": \"Ragioneria\", \"head\": \"Dott.ssa Rossi\", \"budget\": 1000}"), 400, "UnknownField", "budget");
    }

    @Test
    void listsEveryMissingField() {
        Api.Response refused = segretario().post("/api/plans/" + planId + "/structures/" + structureId + "/objectives",
                "{\"number\": \"8\"}");

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("violations")).extracting(violation -> violation.path("field").asText())
                .containsExactly("kind", "description", "weight");
        assertThat(refused.body().path("violations")).allSatisfy(violation ->
                assertThat(violation.path("code").asText()).isEqualTo("MissingField"));
    }

    @Test
    void rejectsAnUnknownPlan() {
        assertRefusedWithoutEvents(() -> segretario().post("/api/plans/00000000-0000-0000-0000-000000000000/structures",
                SEGRETERIA), 404, "UnknownPlan", null);
        assertThat(segretario().get("/api/plans/00000000-0000-0000-0000-000000000000").status()).isEqualTo(404);
    }

    @Test
    void rejectsAnUnknownObjective() {
        assertRefusedWithoutEvents(() -> segretario().put("/api/plans/" + planId + "/objectives/nope/weight",
                "{\"weight\": \"10\", \"reason\": \"x\"}"), 404, "UnknownObjective", "objectiveId");
    }

    @Test
    void rejectsAStaleRevisionInsteadOfOverwritingSomeoneElsesChange() {
        segretario().put(objectivePath() + "/weight", "{\"weight\": \"25\", \"reason\": \"prima modifica\", \"revision\": 1}");

        assertRefusedWithoutEvents(() -> as("resp-segreteria").put(objectivePath() + "/weight",
                "{\"weight\": \"35\", \"reason\": \"modifica su dati vecchi\", \"revision\": 1}"), 409, "StaleRevision", "revision");
    }

    @Test
    void rejectsAWeightChangeWithoutAReason() {
        assertRefusedWithoutEvents(() -> segretario().put(objectivePath() + "/weight",
                "{\"weight\": \"25\", \"reason\": \"   \"}"), 422, "ReasonRequired", "reason");
    }

    @Test
    void rejectsAPhaseNumberedAfterAnotherObjective() {
        assertRefusedWithoutEvents(() -> segretario().post(objectivePath() + "/phases", MonteCremasco.phase("7.1", "50", "2026-03-31")),
                422, "PhaseNumberOutsideObjective", "number");
    }

    @Test
    void rejectsAnUnknownMission() {
        assertRefusedWithoutEvents(() -> segretario().put("/api/plans/" + planId + "/structures/" + structureId + "/context",
                MonteCremasco.CONTEXT.replace("\"01\"", "\"21\"")), 422, "InvalidMissionCode", "missionCode");
    }

    @Test
    void rejectsAnObjectiveKindOutsideTheThreeKinds() {
        assertRefusedWithoutEvents(() -> segretario().post("/api/plans/" + planId + "/structures/" + structureId + "/objectives",
                objective("8", "10").replace("DEVELOPMENT", "STRATEGIC")), 422, "InvalidChoice", "kind");
    }

    @Test
    void rejectsYearsThatAreNotATriennio() {
        String comune = aComune();
        assertRefusedWithoutEvents(() -> segretario().post("/api/plans", """
                {"organisation": "%s", "firstYear": 2026, "lastYear": 2030, "year": 2026}""".formatted(comune)),
                422, "InvalidTriennio", "lastYear");
    }

    @Test
    void rejectsAMegabyteOfDigitsAsAWeightAtOnce() {
        String digits = "1." + "0".repeat(1 << 20);

        assertRefusedWithoutEvents(() -> segretario().put(objectivePath() + "/weight",
                "{\"weight\": \"" + digits + "\", \"reason\": \"r\"}"), 422, "InvalidWeight", "weight");
        assertRefusedWithoutEvents(() -> segretario().put(objectivePath() + "/weight",
                "{\"weight\": " + digits + ", \"reason\": \"r\"}"), 422, "InvalidWeight", "weight");
    }

    @Test
    void rejectsABodyOfMoreThanTwoMegabytes() {
        assertRefusedWithoutEvents(() -> segretario().put(objectivePath() + "/weight",
                "{\"weight\": \"10\", \"reason\": \"" + "x".repeat(3 << 20) + "\"}"), 413, "RequestTooLarge", null);
    }

    @Test
    void checksTheRoleBeforeReadingTheBody() {
        assertRefusedWithoutEvents(() -> as("ndv").put(objectivePath() + "/weight",
                "{\"weight\": \"1." + "0".repeat(1 << 20) + "\", \"reason\": \"r\"}"), 403, "NotAllowed", null);
    }

    @ParameterizedTest(name = "plan id ''{0}''")
    @CsvSource(delimiter = '|', value = {"%20 | 404 | UnknownPlan", "%09 | 404 | UnknownPlan", "cos%C3%AC | 404 | UnknownPlan",
            "..%2F.. | 400 | BadRequest", "x%00y | 400 | BadRequest"})
    void answersABlankOrMalformedPathIdAsUnknownOrUnreadable(String id, int status, String code) {
        assertRefusedWithoutEvents(() -> segretario().get("/api/plans/" + id), status, code, null);
        assertRefusedWithoutEvents(() -> segretario().post("/api/plans/" + id + "/structures", SEGRETERIA), status,
                code, null);
    }

    @Test
    void answersAnOverlongPathIdAsUnknown() {
        assertRefusedWithoutEvents(() -> segretario().put("/api/plans/" + planId + "/objectives/" + "a".repeat(200)
                + "/weight", "{\"weight\": \"10\", \"reason\": \"r\"}"), 404, "UnknownObjective", null);
    }

    @Test
    void rejectsARepeatedKey() {
        assertRefusedWithoutEvents(() -> segretario().put(objectivePath() + "/weight",
                "{\"weight\": \"20\", \"weight\": \"30\", \"reason\": \"r\"}"), 400, "DuplicateField", "weight");
    }

    @Test
    void rejectsAFractionWhereAWholeNumberIsExpected() {
        String comune = aComune();
        assertRefusedWithoutEvents(() -> segretario().post("/api/plans", """
                {"organisation": "%s", "firstYear": 2026, "lastYear": 2028, "year": 2026.9}""".formatted(comune)),
                400, "InvalidFieldType", "year");
        assertRefusedWithoutEvents(() -> segretario().put(objectivePath() + "/weight",
                "{\"weight\": \"20\", \"reason\": \"r\", \"revision\": 1.5}"), 400, "InvalidFieldType", "revision");
    }

    @ParameterizedTest(name = "deadline {0}")
    @CsvSource(delimiter = '|', value = {"0000-01-01 | DeadlineOutsideTriennio", "2025-12-31 | DeadlineOutsideTriennio",
            "2029-01-01 | DeadlineOutsideTriennio", "+99999-12-31 | InvalidDate", "-0001-01-01 | InvalidDate"})
    void rejectsADeadlineOutsideTheTriennio(String deadline, String code) {
        assertRefusedWithoutEvents(() -> segretario().post(objectivePath() + "/phases", """
                {"number": "6.1", "description": "Fase", "weight": "50", "deadline": "%s"}""".formatted(deadline)),
                422, code, "deadline");
    }

    @ParameterizedTest(name = "character U+{0}")
    @CsvSource({"0000", "0007", "001B", "007F", "202E", "D800"})
    void rejectsControlCharactersAndLoneSurrogatesInTexts(String codePoint) {
        String text = "Obiettivo \\u" + codePoint + " nascosto";

        assertRefusedWithoutEvents(() -> segretario().post("/api/plans/" + planId + "/structures/" + structureId
                + "/objectives", objective("8", "10").replace("Obiettivo 8 del piano", text)), 422, "InvalidCharacters",
                "description");
    }

    @Test
    void acceptsTabsAndLineBreaksInTexts() {
        Api.Response defined = segretario().post("/api/plans/" + planId + "/structures/" + structureId + "/objectives",
                objective("8", "10").replace("Obiettivo 8 del piano", "Prima riga\\r\\nseconda\\triga"));

        assertThat(defined.status()).as(defined.body().toString()).isEqualTo(201);
    }

    @Test
    void rejectsTheRemovalOfAnObjectiveOrPhaseWithoutAReason() {
        String phaseId = segretario().post(objectivePath() + "/phases", MonteCremasco.phase("6.1", "100", "2026-06-30"))
                .id();

        assertRefusedWithoutEvents(() -> segretario().delete(objectivePath()), 422, "ReasonRequired", "reason");
        assertRefusedWithoutEvents(() -> segretario().delete(objectivePath() + "?reason=%20"), 422, "ReasonRequired",
                "reason");
        assertRefusedWithoutEvents(() -> segretario().delete("/api/plans/" + planId + "/phases/" + phaseId), 422,
                "ReasonRequired", "reason");
    }

    @Test
    void answersTheErrorRouteAskedDirectlyAsAnUnknownRoute() {
        Api.Response direct = segretario().get("/error");

        assertThat(direct.status()).isEqualTo(404);
        assertThat(direct.contentType()).isEqualTo("application/problem+json");
        assertThat(direct.body().path("code").asText()).isEqualTo("NotFound");
        assertThat(segretario().post("/error", "{}").status()).isEqualTo(404);
    }

    private String objectivePath() {
        return "/api/plans/" + planId + "/objectives/" + objectiveId;
    }

    private void assertRefusedWithoutEvents(Supplier<Api.Response> call, int status, String code, String field) {
        long eventsBefore = eventCount();

        Api.Response refused = call.get();

        assertThat(refused.status()).as(refused.body().toString()).isEqualTo(status);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        JsonNode problem = refused.body();
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("detail").asText()).isNotBlank();
        if (field != null) {
            assertThat(problem.path("violations")).extracting(violation -> violation.path("field").asText()).contains(field);
        }
        assertThat(eventCount()).isEqualTo(eventsBefore);
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }
}
