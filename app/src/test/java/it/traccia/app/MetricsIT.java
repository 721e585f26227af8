package it.traccia.app;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static it.traccia.app.MonteCremasco.SEGRETERIA;
import static it.traccia.app.MonteCremasco.plan;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The metrics of operations (metriche) at {@code /actuator/prometheus}, for the administrators of the deployment only:
 * the timings of each command by its type, of each read model's events, the lag and segments of each read model's
 * processor and the progress of the last rebuild.
 */
class MetricsIT extends EmbeddedStoresIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @Test
    void showsAnAdministratorTheTimingsOfEveryCommandTheLagOfEveryReadModelAndTheRebuild() throws Exception {
        String planId = segretario().post("/api/plans", plan(aComune())).id();
        segretario().post("/api/plans/" + planId + "/structures", SEGRETERIA);

        HttpResponse<String> metrics = scrape("admin");

        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body())
                .contains("traccia_read_models_lag_events{processor=\"read-models\"}")
                .contains("traccia_read_models_segments{processor=\"read-models\"}")
                .contains("traccia_read_models_rebuild_events{figure=\"done\"}")
                .containsPattern("commandBus[_a-zA-Z]*\\{[^}]*payloadType=\"AddStructure\"")
                .containsPattern("eventProcessor[_a-zA-Z]*\\{[^}]*processorName=\"read-models\"");
    }

    @Test
    void showsTheMetricsToNoOneElse() throws Exception {
        assertThat(scrape("segretario").statusCode()).isEqualTo(403);
        assertThat(scrape(null).statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> scrape(String user) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/prometheus"));
        if (user != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8)));
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
