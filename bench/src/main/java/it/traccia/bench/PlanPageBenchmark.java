package it.traccia.bench;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plan page of the real Monte Cremasco draft (pagina del piano) rendered on the server, asked for over HTTP as a
 * signed-in Segretario would, beside the JSON of the same plan ({@code GET /api/plans/{planId}}): what the template
 * adds to reading the plan.
 */
final class PlanPageBenchmark {

    private static final String DRAFT = "monte-cremasco-2026-bozza.txt";
    private static final int WARMUP = Integer.getInteger("bench.page.warmup", 200);
    private static final int ITERATIONS = Integer.getInteger("bench.page.iterations", 1000);
    private static final Pattern ID = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"");

    private PlanPageBenchmark() {
    }

    static void run(ConfigurableApplicationContext app, String store) throws Exception {
        String comune = "Comune di Prova Pagina " + store;
        BenchEnti.register(app.getBean(CommandGateway.class), comune);
        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        String authorization = "Basic " + Base64.getEncoder().encodeToString("segretario:demo".getBytes(StandardCharsets.UTF_8));
        byte[] draft = draft().replace("COMUNE DI MONTE CREMASCO", comune.toUpperCase(Locale.ROOT))
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> imported = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports?fileName=" + DRAFT))
                .header("Authorization", authorization).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofByteArray(draft)).build(), HttpResponse.BodyHandlers.ofString());
        Matcher id = ID.matcher(imported.body());
        if (imported.statusCode() != 201 || !id.find()) {
            throw new IllegalStateException("Import failed: " + imported.statusCode() + " " + imported.body());
        }
        String planId = id.group(1);
        int[] pageSize = new int[1];
        LatencySample page = Measurement.of("GET /piani/{planId} (HTML page)", WARMUP, ITERATIONS, i -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/piani/" + planId))
                    .header("Authorization", authorization).header("Accept", "text/html").GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200 || !response.body().contains("Segreteria")) {
                throw new IllegalStateException("The plan page failed: " + response.statusCode());
            }
            pageSize[0] = response.body().length();
        });
        LatencySample json = Measurement.of("GET /api/plans/{planId} (JSON)", WARMUP, ITERATIONS, i -> {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/plans/" + planId))
                    .header("Authorization", authorization).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("The plan failed: " + response.statusCode());
            }
        });
        System.out.println();
        System.out.println("Traccia — the plan page of the real Monte Cremasco draft, " + store + " (" + pageSize[0]
                + " characters of HTML, " + ITERATIONS + " runs after " + WARMUP + " warm-up)");
        System.out.println(page.line());
        System.out.println(json.line());
        System.out.printf("ratio page / JSON      median %6.1f×%n", page.medianMillis() / json.medianMillis());
    }

    private static String draft() throws IOException {
        try (InputStream content = PlanPageBenchmark.class.getResourceAsStream("/" + DRAFT)) {
            return new String(content.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
