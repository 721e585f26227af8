package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import it.traccia.app.web.plan.PlanIds;
import it.traccia.kernel.OrganisationId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Path;

import static it.traccia.app.MonteCremasco.SEGRETERIA;
import static it.traccia.app.MonteCremasco.objective;
import static it.traccia.app.MonteCremasco.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Stops Traccia and starts it again on the same data directory: plans, history and read models are all still there,
 * and the demo plans made at the first start (Monte Cremasco's draft imported, Vailate's adopted and monitored) are
 * not made again.
 */
class AppRestartIT {

    @TempDir
    Path dataDir;

    @Test
    void keepsPlansAndHistoryAcrossARestart() {
        String planId;
        String objectiveId;
        try (ConfigurableApplicationContext first = start()) {
            Api api = Api.as(port(first), "segretario");
            planId = api.post("/api/plans", plan(Enti.aComune(port(first)))).id();
            String structureId = api.post("/api/plans/" + planId + "/structures", SEGRETERIA).id();
            objectiveId = api.post("/api/plans/" + planId + "/structures/" + structureId + "/objectives", objective("6", "30")).id();
            api.put("/api/plans/" + planId + "/objectives/" + objectiveId + "/weight",
                    "{\"weight\": \"25\", \"reason\": \"Prima del riavvio\"}");
        }

        try (ConfigurableApplicationContext second = start()) {
            Api api = Api.as(port(second), "ndv");
            JsonNode tree = api.get("/api/plans/" + planId).body();
            assertThat(tree.path("structures").get(0).path("objectives").get(0).path("weight").asText()).isEqualTo("25");
            JsonNode entries = api.get("/api/plans/" + planId + "/history").body().path("entries");
            assertThat(entries).hasSize(4);
            assertThat(entries.get(3).path("reason").asText()).isEqualTo("Prima del riavvio");

            Api segretario = Api.as(port(second), "segretario");
            assertThat(segretario.put("/api/plans/" + planId + "/objectives/" + objectiveId + "/weight",
                    "{\"weight\": \"20\", \"reason\": \"Dopo il riavvio\", \"revision\": 2}").status()).isEqualTo(204);
            assertThat(api.get("/api/plans/" + planId + "/objectives/" + objectiveId + "/weight-history").body()
                    .path("entries")).hasSize(3);

            String demoPlan = PlanIds.forOrganisationAndYear(OrganisationId.forName("Comune di Monte Cremasco"), 2026).value();
            assertThat(api.get("/api/plans/" + demoPlan).body().path("structures").get(0).path("name").asText())
                    .isEqualTo("Segreteria");
            assertThat(api.get("/api/plans/" + demoPlan + "/history").body().path("entries")
                    .findValuesAsText("action")).containsOnlyOnce("PlanImported");

            String vailate = PlanIds.forOrganisationAndYear(OrganisationId.forName("Comune di Vailate"), 2026).value();
            Api segretario2 = Api.as(port(second), "segretario-2");
            assertThat(segretario2.get("/api/plans/" + vailate).body().path("status").asText()).isEqualTo("ADOPTED");
            JsonNode deadlines = segretario2.get("/api/plans/" + vailate + "/deadlines").body().path("deadlines");
            assertThat(deadlines).extracting(deadline -> deadline.path("number").asText() + " "
                    + deadline.path("status").asText())
                    .as("the demo monitoring, recorded once: design completed late, works overdue at 70%")
                    .contains("1.1 COMPLETED_LATE", "1.2 OVERDUE");
            JsonNode works = segretario2.get("/api/plans/" + vailate + "/progress").body().path("structures").get(0)
                    .path("objectives").get(0).path("phases").get(1);
            assertThat(works.path("history")).hasSize(1);
            assertThat(works.path("achievement").asText()).isEqualTo("70.00");
        }
    }

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(TracciaApplication.class)
                .run("--server.port=0", "--traccia.data-dir=" + dataDir);
    }

    private static int port(ConfigurableApplicationContext context) {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }
}
