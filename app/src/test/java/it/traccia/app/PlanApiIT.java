package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.util.List;

import static it.traccia.app.MonteCremasco.CONTEXT;
import static it.traccia.app.MonteCremasco.SEGRETERIA;
import static it.traccia.app.MonteCremasco.objective;
import static it.traccia.app.MonteCremasco.phase;
import static it.traccia.app.MonteCremasco.plan;
import static it.traccia.app.MonteCremasco.weightChange;
import static org.assertj.core.api.Assertions.assertThat;

/** A Segretario builds the Segreteria part of the Monte Cremasco plan over HTTP and everyone reads who changed what. */
class PlanApiIT extends EmbeddedStoresIT {

    @Test
    void buildsThePlanAndShowsItAsATreeWithWeightSums() {
        Api api = segretario();
        String organisation = aComune();
        String planId = api.post("/api/plans", plan(organisation)).id();
        String segreteria = api.post("/api/plans/" + planId + "/structures", SEGRETERIA).id();
        assertThat(api.put("/api/plans/" + planId + "/structures/" + segreteria + "/context", CONTEXT).status()).isEqualTo(204);
        String[] weights = {"10", "10", "10", "10", "10", "30", "20"};
        String objectiveSix = null;
        for (int number = 1; number <= weights.length; number++) {
            Api.Response created = api.post("/api/plans/" + planId + "/structures/" + segreteria + "/objectives",
                    objective(String.valueOf(number), weights[number - 1]));
            assertThat(created.status()).isEqualTo(201);
            if (number == 6) {
                objectiveSix = created.id();
            }
        }
        api.post("/api/plans/" + planId + "/objectives/" + objectiveSix + "/phases", phase("6.1", "50", "2026-01-15"));
        api.post("/api/plans/" + planId + "/objectives/" + objectiveSix + "/phases", phase("6.2", "33.33", "2026-01-31"));

        Api.Response read = api.get("/api/plans/" + planId);

        assertThat(read.status()).isEqualTo(200);
        JsonNode tree = read.body();
        assertThat(tree.path("organisation").asText()).isEqualTo(organisation);
        assertThat(tree.path("firstYear").asInt()).isEqualTo(2026);
        assertThat(tree.path("lastYear").asInt()).isEqualTo(2028);
        assertThat(tree.path("status").asText()).isEqualTo("DRAFT");
        JsonNode structure = tree.path("structures").get(0);
        assertThat(structure.path("name").asText()).isEqualTo("Segreteria");
        assertThat(structure.path("head").asText()).isEqualTo("Avv. Marco Gregoli");
        assertThat(structure.path("context").path("missionCode").asText()).isEqualTo("01");
        assertThat(structure.path("context").path("missionTitle").asText()).isEqualTo("Servizi istituzionali, generali e di gestione");
        assertThat(structure.path("objectives")).hasSize(7);
        assertThat(structure.path("objectiveWeights").path("total").asText()).isEqualTo("100");
        assertThat(structure.path("objectiveWeights").path("balanced").asBoolean()).isTrue();
        JsonNode six = structure.path("objectives").get(5);
        assertThat(six.path("number").asText()).isEqualTo("6");
        assertThat(six.path("weight").asText()).isEqualTo("30");
        assertThat(six.path("deadline").asText()).isEqualTo("2026-12-31");
        assertThat(six.path("phases")).hasSize(2);
        assertThat(six.path("phases").get(1).path("weight").asText()).isEqualTo("33.33");
        assertThat(six.path("phaseWeights").path("total").asText()).isEqualTo("83.33");
        assertThat(six.path("phaseWeights").path("balanced").asBoolean()).isFalse();
        assertThat(tree.path("balanced").asBoolean()).isFalse();
    }

    @Test
    void answersTheAuditTrailPageByPageAndRefusesAPageThatCannotBe() {
        Api api = segretario();
        String planId = api.post("/api/plans", plan(aComune())).id();
        String segreteria = api.post("/api/plans/" + planId + "/structures", SEGRETERIA).id();
        api.post("/api/plans/" + planId + "/structures/" + segreteria + "/objectives", objective("6", "30"));
        String history = "/api/plans/" + planId + "/history";

        JsonNode whole = api.get(history).body();
        JsonNode second = api.get(history + "?page=1&size=1").body();
        JsonNode firstOfFifty = api.get(history + "?page=0").body();

        assertThat(whole.path("totalEntries").asInt()).isEqualTo(3).isEqualTo(whole.path("entries").size());
        assertThat(second.path("totalEntries").asInt()).isEqualTo(3);
        assertThat(second.path("entries")).singleElement()
                .satisfies(entry -> assertThat(entry).isEqualTo(whole.path("entries").get(1)));
        assertThat(firstOfFifty.path("entries")).isEqualTo(whole.path("entries"));
        for (String refused : List.of("?size=5", "?page=-1", "?page=0&size=0", "?page=0&size=501")) {
            Api.Response answer = api.get(history + refused);
            assertThat(answer.status()).as(refused).isEqualTo(422);
            assertThat(answer.body().path("code").asText()).as(refused).isEqualTo("InvalidPage");
            assertThat(answer.body().path("violations").get(0).path("message").asText()).as(refused).isNotBlank();
        }
        assertThat(api.get(history + "?page=uno").body().path("code").asText()).isEqualTo("InvalidParameter");
    }

    @Test
    void recordsInTheAuditTrailWhoChangedTheWeightWhenFromWhatToWhatAndWhy() {
        Api api = segretario();
        String planId = api.post("/api/plans", plan(aComune())).id();
        String segreteria = api.post("/api/plans/" + planId + "/structures", SEGRETERIA).id();
        String objectiveSix = api.post("/api/plans/" + planId + "/structures/" + segreteria + "/objectives", objective("6", "30")).id();

        Api.Response changed = api.put("/api/plans/" + planId + "/objectives/" + objectiveSix + "/weight", """
                {"weight": 25, "reason": "Riequilibrio dopo la verifica con la Giunta", "revision": 1}""");

        assertThat(changed.status()).isEqualTo(204);
        JsonNode entries = api.get("/api/plans/" + planId + "/history").body().path("entries");
        JsonNode last = entries.get(entries.size() - 1);
        assertThat(last.path("action").asText()).isEqualTo("ObjectiveWeightChanged");
        assertThat(last.path("user").asText()).isEqualTo("segretario");
        assertThat(last.path("role").asText()).isEqualTo("SEGRETARIO");
        assertThat(last.path("occurredAt").asText()).isNotBlank();
        assertThat(last.path("subject").asText()).isEqualTo("Segreteria › obiettivo 6");
        assertThat(last.path("field").asText()).isEqualTo("weight");
        assertThat(last.path("before").asText()).isEqualTo("30");
        assertThat(last.path("after").asText()).isEqualTo("25");
        assertThat(last.path("reason").asText()).isEqualTo("Riequilibrio dopo la verifica con la Giunta");
        assertThat(entries.get(0).path("action").asText()).isEqualTo("PlanDefined");

        JsonNode history = api.get("/api/plans/" + planId + "/objectives/" + objectiveSix + "/weight-history").body();
        assertThat(history.path("entries")).hasSize(2);
        assertThat(history.path("entries").get(0).path("after").asText()).isEqualTo("30");
        assertThat(history.path("entries").get(1).path("before").asText()).isEqualTo("30");
        assertThat(history.path("entries").get(1).path("after").asText()).isEqualTo("25");
        assertThat(history.path("entries").get(1).path("user").asText()).isEqualTo("segretario");
    }

    @Test
    void filtersTheAuditTrailByObjectiveAndTracesPhaseWeights() {
        Api api = segretario();
        String planId = api.post("/api/plans", plan(aComune())).id();
        String segreteria = api.post("/api/plans/" + planId + "/structures", SEGRETERIA).id();
        String one = api.post("/api/plans/" + planId + "/structures/" + segreteria + "/objectives", objective("1", "50")).id();
        String two = api.post("/api/plans/" + planId + "/structures/" + segreteria + "/objectives", objective("2", "50")).id();
        String phase = api.post("/api/plans/" + planId + "/objectives/" + two + "/phases", phase("2.1", "100", "2026-06-30")).id();
        api.post("/api/plans/" + planId + "/objectives/" + one + "/phases", phase("1.1", "100", "2026-06-30"));

        api.put("/api/plans/" + planId + "/phases/" + phase + "/weight", weightChange("60", "La fase 2.2 arriverà dopo"));

        JsonNode entries = api.get("/api/plans/" + planId + "/history?objectiveId=" + two).body().path("entries");
        assertThat(entries).extracting(entry -> entry.path("action").asText())
                .containsExactly("ObjectiveDefined", "PhaseDefined", "PhaseWeightChanged");
        assertThat(entries.get(2).path("subject").asText()).isEqualTo("Segreteria › obiettivo 2 › fase 2.1");
        JsonNode phaseHistory = api.get("/api/plans/" + planId + "/phases/" + phase + "/weight-history").body();
        assertThat(phaseHistory.path("entries").get(1).path("after").asText()).isEqualTo("60");
        assertThat(phaseHistory.path("entries").get(1).path("reason").asText()).isEqualTo("La fase 2.2 arriverà dopo");
    }

    @Test
    void keepsCommonObjectivesApartFromTheStructures() {
        Api api = segretario();
        String planId = api.post("/api/plans", plan(aComune())).id();
        for (int number = 1; number <= 5; number++) {
            assertThat(api.post("/api/plans/" + planId + "/common-objectives", objective(String.valueOf(number), "20")).status())
                    .isEqualTo(201);
        }

        JsonNode tree = api.get("/api/plans/" + planId).body();

        assertThat(tree.path("commonObjectives")).hasSize(5);
        assertThat(tree.path("commonObjectiveWeights").path("total").asText()).isEqualTo("100");
        assertThat(tree.path("commonObjectiveWeights").path("balanced").asBoolean()).isTrue();
    }

    @Test
    void rejectsASecondPlanForTheSameOrganisationAndYear() {
        Api api = segretario();
        String organisation = aComune();
        api.post("/api/plans", plan(organisation));

        Api.Response second = api.post("/api/plans", plan(organisation));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body().path("code").asText()).isEqualTo("PlanAlreadyExists");
    }

    @Test
    void rejectsASecondPlanUnderAnotherSpellingOfTheName() {
        Api api = segretario();
        String organisation = aComune();
        String first = api.post("/api/plans", plan(organisation)).id();
        String nonBreaking = organisation.replace("Comune di", "Comune\u00A0di").toUpperCase();
        String fullWidth = organisation.replace("Comune", "\uFF23\uFF4F\uFF4D\uFF55\uFF4E\uFF45");

        for (String spelling : List.of(nonBreaking, fullWidth, "  " + organisation.toLowerCase() + " ")) {
            Api.Response second = api.post("/api/plans", plan(spelling));

            assertThat(second.status()).as(spelling).isEqualTo(409);
            assertThat(second.body().path("code").asText()).isEqualTo("PlanAlreadyExists");
            assertThat(second.body().path("planId").asText()).isEqualTo(first);
        }
    }

    @Test
    void rejectsAPlanOfAComuneThatIsNotRegisteredOrLooksLikeOne() {
        String organisation = aComune();
        String cyrillic = organisation.replace("Cremasco", "Crem\u0430sco");

        Api.Response refused = segretario().post("/api/plans", plan(cyrillic));

        assertThat(refused.status()).isEqualTo(422);
        assertThat(refused.body().path("code").asText()).isEqualTo("UnknownOrganisation");
        assertThat(refused.body().path("violations").get(0).path("field").asText()).isEqualTo("organisation");
    }

    @Test
    void letsNoGiuntaMemberEditTheDraft() {
        String planId = segretario().post("/api/plans", plan(aComune())).id();

        Api.Response refused = as("giunta").post("/api/plans/" + planId + "/structures", SEGRETERIA);

        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.body().path("code").asText()).isEqualTo("NotAllowed");
    }

    @Test
    void letsTheNucleoReadThePlanAndItsHistory() {
        String planId = segretario().post("/api/plans", plan(aComune())).id();

        assertThat(as("ndv").get("/api/plans/" + planId).status()).isEqualTo(200);
        assertThat(as("ndv").get("/api/plans/" + planId + "/history").status()).isEqualTo(200);
    }

    @Test
    void asksAnonymousCallersToSignIn() {
        Api.Response refused = Api.anonymous(port).get("/api/plans/whatever");

        assertThat(refused.status()).isEqualTo(401);
        assertThat(refused.body().path("code").asText()).isEqualTo("NotAuthenticated");
    }

    @Test
    void publishesTheOpenApiDescriptionAndSwaggerUi() {
        Api.Response description = Api.anonymous(port).get("/v3/api-docs");

        assertThat(description.status()).isEqualTo(200);
        assertThat(description.body().path("paths").has("/api/plans/{planId}/objectives/{objectiveId}/weight")).isTrue();
        assertThat(Api.anonymous(port).get("/swagger-ui/index.html").status()).isEqualTo(200);
        JsonNode document = description.body();
        assertThat(document.path("info").path("title").asText()).isEqualTo("Traccia API");
        assertThat(document.path("info").path("description").asText()).contains("Piano degli obiettivi");
        assertThat(document.path("components").path("securitySchemes").path("basic").path("scheme").asText())
                .isEqualTo("basic");
        assertThat(document.path("components").path("securitySchemes").path("bearer").path("scheme").asText())
                .isEqualTo("bearer");
        JsonNode weightChange = document.path("paths").path("/api/plans/{planId}/objectives/{objectiveId}/weight")
                .path("put").path("responses");
        assertThat(weightChange.fieldNames()).toIterable()
                .contains("204", "400", "401", "403", "404", "409", "413", "422", "503").doesNotContain("200");
        assertThat(weightChange.path("409").path("content").has("application/problem+json")).isTrue();
        assertThat(document.path("paths").path("/api/plans").path("post").path("responses").has("201")).isTrue();
        assertThat(document.path("paths").path("/api/plans/{planId}/submit").path("post").path("responses")
                .has("202")).isTrue();
        JsonNode difference = document.path("paths").path("/api/plans/{planId}/versions/{from}/diff/{to}").path("get")
                .path("responses");
        assertThat(difference.fieldNames()).toIterable().contains("200", "401", "404").doesNotContain("409", "400");
    }
}
