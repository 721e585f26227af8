package it.traccia.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.app.infrastructure.ReadModelConsistency;
import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.plan.command.importing.PlanDocumentReader;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * Measures the approval route over HTTP on the real Monte Cremasco plan: {@code POST /api/plans/{id}/submit} (the
 * completeness check, the frozen plan and the Giunta task, in one transaction, then the read models) and
 * {@code POST /api/tasks/{id}/complete} with an approval (the delibera recorded and the process ended). Each run uses
 * a fresh copy of the plan, prepared outside the timed calls. Started by {@link Benchmarks}.
 */
public final class ApprovalLatencyBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.approval.warmup", 30);
    private static final int ITERATIONS = Integer.getInteger("bench.approval.iterations", 100);
    private static final String DRAFT = "monte-cremasco-2026-bozza.txt";
    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final ObjectMapper JSON = new ObjectMapper();

    private ApprovalLatencyBenchmark() {
    }

    /** Measures and prints, on the running application. */
    static void run(ConfigurableApplicationContext app) throws Exception {
        ImportResult draft = readDraft();
        CommandGateway commands = app.getBean(CommandGateway.class);
        QueryGateway queries = app.getBean(QueryGateway.class);
        ReadModelConsistency readModels = app.getBean(ReadModelConsistency.class);
        Http http = new Http("http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());

        List<PlanId> plans = new ArrayList<>();
        for (int i = 0; i < WARMUP + ITERATIONS; i++) {
            plans.add(aPlanReadyForTheGiunta(i, draft, commands, queries, readModels));
        }
        LatencySample submit = Measurement.of("POST /api/plans/{id}/submit", WARMUP, ITERATIONS, i -> {
            http.expect(202, http.post("segretario", "/api/plans/" + plans.get(i) + "/submit", "{}"));
        });
        List<String> tasks = http.giuntaTasksOf(plans);
        LatencySample approve = Measurement.of("POST /api/tasks/{id}/complete (APPROVE)", WARMUP, ITERATIONS, i -> {
            http.expect(204, http.post("giunta", "/api/tasks/" + tasks.get(i) + "/complete", """
                    {"decision": "APPROVE", "resolutionNumber": "%d", "resolutionDate": "2026-02-10"}""".formatted(i)));
        });

        System.out.println();
        System.out.println("Traccia — approval route of the real Monte Cremasco plan over HTTP (" + ITERATIONS
                + " runs after " + WARMUP + " warm-up, " + Runtime.getRuntime().availableProcessors() + " cores)");
        System.out.println(submit.line());
        System.out.println(approve.line());
    }

    /** The real draft under its own comune, without the import's findings and with phase 6.1 due with its objective. */
    static PlanId aPlanReadyForTheGiunta(int i, ImportResult draft, CommandGateway commands,
                                                 QueryGateway queries, ReadModelConsistency readModels) {
        ImportedPlan source = draft.plan();
        String comune = "Comune di Prova Approvazione " + i;
        OrganisationId organisation = BenchEnti.register(commands, comune);
        ImportedPlan plan = new ImportedPlan(comune, source.province(), source.firstYear(),
                source.lastYear(), source.year(), source.structures(), source.commonContext(), source.commonObjectives());
        PlanId planId = new PlanId("bench-plan-" + i);
        commands.sendAndWait(new ImportPlan(planId, organisation, comune, plan, new ImportSource(DRAFT, "bench", 1),
                List.of(), SEGRETARIO));
        readModels.awaitOwnWrites();
        PhaseView phase = queries.query(new FindPlanQuery(planId, SEGRETARIO.userId()), PlanView.class).join().structures().get(0)
                .objectives().stream().filter(objective -> objective.number().equals("6")).findFirst().orElseThrow()
                .phases().get(0);
        commands.sendAndWait(new RevisePhase(planId, new PhaseId(phase.id()), phase.description(), phase.indicator(),
                phase.target(), LocalDate.of(2026, 1, 15), "Scadenza entro quella dell'obiettivo", phase.revision(),
                SEGRETARIO));
        readModels.awaitOwnWrites();
        return planId;
    }

    static ImportResult readDraft() throws Exception {
        try (InputStream content = ApprovalLatencyBenchmark.class.getResourceAsStream("/" + DRAFT)) {
            return new PlanDocumentReader().read(DRAFT, content.readAllBytes());
        }
    }

    /** The HTTP calls of the benchmarks, as the demo users. */
    record Http(String base) {

        private static final HttpClient CLIENT = HttpClient.newHttpClient();

        HttpResponse<String> get(String user, String path) throws Exception {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic(user))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String user, String path, String json) throws Exception {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path))
                    .header("Authorization", basic(user)).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        /** The Giunta task of each plan, in the order of the plans. */
        List<String> giuntaTasksOf(List<PlanId> plans) throws Exception {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/api/tasks"))
                    .header("Authorization", basic("giunta")).GET().build(), HttpResponse.BodyHandlers.ofString());
            expect(200, response);
            JsonNode tasks = JSON.readTree(response.body());
            List<String> ids = new ArrayList<>();
            for (PlanId plan : plans) {
                for (JsonNode task : tasks) {
                    if (task.path("planId").asText().equals(plan.value())) {
                        ids.add(task.path("id").asText());
                    }
                }
            }
            return ids;
        }

        void expect(int status, HttpResponse<String> response) {
            if (response.statusCode() != status) {
                throw new IllegalStateException("Expected " + status + ", got " + response.statusCode() + " "
                        + response.body());
            }
        }

        private static String basic(String user) {
            return "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes(StandardCharsets.UTF_8));
        }
    }
}
