package it.traccia.bench;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.plan.command.importing.PlanDocumentReader;
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
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Measures the import of the real Monte Cremasco draft: reading the document alone, the {@code ImportPlan} command
 * alone (through the command gateway), and the whole import over HTTP, as medians and p99s of warm runs. Started by
 * {@link Benchmarks}.
 */
public final class ImportLatencyBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.import.warmup", 30);
    private static final int ITERATIONS = Integer.getInteger("bench.import.iterations", 100);
    private static final String DRAFT = "monte-cremasco-2026-bozza.txt";
    private static final String DRAFT_DOCX = "monte-cremasco-2026-bozza.docx";

    private ImportLatencyBenchmark() {
    }

    /** Measures and prints, on the running application, with {@code store} telling what the event store holds. */
    static void run(ConfigurableApplicationContext app, String store) throws Exception {
        byte[] draft = resource(DRAFT);
        byte[] docx = resource(DRAFT_DOCX);
        PlanDocumentReader reader = new PlanDocumentReader();
        LatencySample reading = Measurement.of("read the draft (text export)", WARMUP, ITERATIONS,
                i -> reader.read(DRAFT, draft));
        LatencySample readingDocx = Measurement.of("read the draft (.docx)", WARMUP, ITERATIONS,
                i -> reader.read(DRAFT_DOCX, docx));

        CommandGateway gateway = app.getBean(CommandGateway.class);
        ImportResult result = reader.read(DRAFT, draft);
        Actor segretario = new Actor("segretario", Role.SEGRETARIO);
        ImportSource source = new ImportSource(DRAFT, "bench", draft.length);
        List<OrganisationId> gatewayEnti = new ArrayList<>();
        List<String> httpEnti = new ArrayList<>();
        for (int i = 0; i < WARMUP + ITERATIONS; i++) {
            gatewayEnti.add(BenchEnti.register(gateway, "Comune di Prova Gateway " + store + " " + i));
            BenchEnti.register(gateway, "Comune di Prova Http " + store + " " + i);
            httpEnti.add(("Comune di Prova Http " + store + " " + i).toUpperCase(java.util.Locale.ROOT));
        }
        LatencySample commands = Measurement.of("ImportPlan via command gateway", WARMUP, ITERATIONS, i -> {
            String comune = "Comune di Prova Gateway " + store + " " + i;
            ImportedPlan plan = renamed(result.plan(), comune);
            gateway.sendAndWait(new ImportPlan(new PlanId("bench-gateway-" + store.replace(' ', '-') + "-" + i), gatewayEnti.get(i), comune, plan, source,
                    result.findings(), segretario));
        });

        HttpClient http = HttpClient.newHttpClient();
        String base = "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort();
        String authorization = "Basic " + Base64.getEncoder().encodeToString("segretario:demo".getBytes(StandardCharsets.UTF_8));
        String text = new String(draft, StandardCharsets.UTF_8);
        LatencySample overHttp = Measurement.of("POST /api/imports (read + command + read models)", WARMUP, ITERATIONS, i -> {
            byte[] body = text.replace("COMUNE DI MONTE CREMASCO", httpEnti.get(i)).getBytes(StandardCharsets.UTF_8);
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(base + "/api/imports?fileName=" + DRAFT))
                    .header("Authorization", authorization).header("Content-Type", "text/plain")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 201) {
                throw new IllegalStateException("Import failed: " + response.statusCode() + " " + response.body());
            }
        });

        System.out.println();
        System.out.println("Traccia — import of the real Monte Cremasco draft, " + store + " (" + draft.length + " B, " + ITERATIONS
                + " runs after " + WARMUP + " warm-up, " + Runtime.getRuntime().availableProcessors() + " cores)");
        System.out.println(reading.line());
        System.out.println(readingDocx.line());
        System.out.println(commands.line());
        System.out.println(overHttp.line());
        System.out.printf("share of reading in the HTTP import: median %.1f %%%n", 100 * reading.medianMillis() / overHttp.medianMillis());
        System.out.printf("share of the command in the HTTP import: median %.1f %%%n", 100 * commands.medianMillis() / overHttp.medianMillis());
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream content = ImportLatencyBenchmark.class.getResourceAsStream("/" + name)) {
            return content.readAllBytes();
        }
    }

    private static ImportedPlan renamed(ImportedPlan plan, String organisation) {
        return new ImportedPlan(organisation, plan.province(), plan.firstYear(), plan.lastYear(), plan.year(),
                plan.structures(), plan.commonContext(), plan.commonObjectives());
    }
}
