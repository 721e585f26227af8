package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static it.traccia.app.MonteCremasco.CONTEXT;
import static it.traccia.app.MonteCremasco.SEGRETERIA;
import static it.traccia.app.MonteCremasco.objective;
import static it.traccia.app.MonteCremasco.phase;
import static it.traccia.app.MonteCremasco.plan;
import static it.traccia.app.MonteCremasco.weightChange;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The repair of the read models: an administrator rebuilds every read model from the event store, follows its
 * progress, and finds every view as it was before.
 */
class ReadModelRebuildIT extends EmbeddedStoresIT {

    @Test
    void rebuildsEveryReadModelFromTheEventStoreIntoTheSameViews() {
        Api api = segretario();
        String planId = api.post("/api/plans", plan(aComune())).id();
        String structureId = api.post("/api/plans/" + planId + "/structures", SEGRETERIA).id();
        api.put("/api/plans/" + planId + "/structures/" + structureId + "/context", CONTEXT);
        String objectiveId = api.post("/api/plans/" + planId + "/structures/" + structureId + "/objectives",
                objective("6", "30")).id();
        String phaseId = api.post("/api/plans/" + planId + "/objectives/" + objectiveId + "/phases",
                phase("6.1", "50", "2026-06-30")).id();
        api.put("/api/plans/" + planId + "/objectives/" + objectiveId + "/weight", weightChange("25", "Riequilibrio"));
        api.put("/api/plans/" + planId + "/phases/" + phaseId + "/weight", weightChange("100", "Fase unica"));
        List<JsonNode> before = views(planId, objectiveId, phaseId);

        Api.Response started = as("admin").post("/api/admin/read-models/rebuild", "");

        assertThat(started.status()).as(started.body().toString()).isEqualTo(202);
        assertThat(started.body().path("eventsTotal").asLong()).isPositive();
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100))
                .until(() -> "DONE".equals(progress().path("status").asText()));
        JsonNode done = progress();
        assertThat(done.path("eventsDone").asLong()).isEqualTo(done.path("eventsTotal").asLong());
        assertThat(done.path("eventsPerSecond").asLong()).isPositive();
        assertThat(done.path("requestedBy").asText()).isEqualTo("admin");
        assertThat(views(planId, objectiveId, phaseId)).isEqualTo(before);
    }

    @Test
    void letsNoOneButAnAdministratorRebuild() {
        assertThat(segretario().post("/api/admin/read-models/rebuild", "").status()).isEqualTo(403);
        assertThat(as("ndv").get("/api/admin/read-models/rebuild").status()).isEqualTo(403);
    }

    private JsonNode progress() {
        return as("admin").get("/api/admin/read-models/rebuild").body();
    }

    /** The plan, its audit trail and the weight histories, as the NdV reads them. */
    private List<JsonNode> views(String planId, String objectiveId, String phaseId) {
        Api ndv = as("ndv");
        List<JsonNode> views = new ArrayList<>();
        views.add(ndv.get("/api/plans/" + planId).body());
        views.add(ndv.get("/api/plans/" + planId + "/history").body());
        views.add(ndv.get("/api/plans/" + planId + "/objectives/" + objectiveId + "/weight-history").body());
        views.add(ndv.get("/api/plans/" + planId + "/phases/" + phaseId + "/weight-history").body());
        views.forEach(view -> assertThat(view.isObject()).isTrue());
        return views;
    }
}
