package it.traccia.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.app.infrastructure.ReadModelConsistency;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.importing.ImportResult;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import java.util.ArrayList;
import java.util.List;

/**
 * Measures monitoring over HTTP on adopted copies of the real Monte Cremasco plan: {@code POST …/completion} of a phase
 * (the plan's version in force loaded and checked, the monitoring's event appended, then the read models), each run on
 * a phase not completed yet, and {@code GET …/progress} of a copy whose every phase is completed (the version in force,
 * the records and the exact weighted achievements). Started by {@link Benchmarks}.
 */
public final class MonitoringBenchmark {

    private static final int WARMUP = Integer.getInteger("bench.monitoring.warmup", 30);
    private static final int ITERATIONS = Integer.getInteger("bench.monitoring.iterations", 100);
    private static final ObjectMapper JSON = new ObjectMapper();

    private MonitoringBenchmark() {
    }

    /** One phase to complete: its plan, its id, and the structure recording it when it is a common phase. */
    private record Target(PlanId plan, String phaseId, String structureId) {

        String body() {
            return """
                    {"completedOn": "2026-06-20", "achievement": "100", "note": "Misura"%s}"""
                    .formatted(structureId == null ? "" : ", \"structureId\": \"" + structureId + "\"");
        }
    }

    static void run(ConfigurableApplicationContext app) throws Exception {
        ImportResult draft = ApprovalLatencyBenchmark.readDraft();
        CommandGateway commands = app.getBean(CommandGateway.class);
        QueryGateway queries = app.getBean(QueryGateway.class);
        ReadModelConsistency readModels = app.getBean(ReadModelConsistency.class);
        ApprovalLatencyBenchmark.Http http = new ApprovalLatencyBenchmark.Http(
                "http://localhost:" + ((WebServerApplicationContext) app).getWebServer().getPort());

        List<Target> targets = new ArrayList<>();
        List<PlanId> plans = new ArrayList<>();
        for (int copy = 0; targets.size() < WARMUP + ITERATIONS; copy++) {
            PlanId plan = ApprovalLatencyBenchmark.aPlanReadyForTheGiunta(5000 + copy, draft, commands, queries,
                    readModels);
            http.expect(202, http.post("segretario", "/api/plans/" + plan + "/submit", "{}"));
            String task = http.giuntaTasksOf(List.of(plan)).get(0);
            http.expect(204, http.post("giunta", "/api/tasks/" + task + "/complete", """
                    {"decision": "APPROVE", "resolutionNumber": "7", "resolutionDate": "2026-02-10"}"""));
            targets.addAll(phasesOf(http, plan));
            plans.add(plan);
        }
        LatencySample complete = Measurement.of("POST /api/plans/{id}/phases/{id}/completion", WARMUP, ITERATIONS,
                i -> {
                    Target target = targets.get(i);
                    http.expect(201, http.post("segretario", "/api/plans/" + target.plan() + "/phases/"
                            + target.phaseId() + "/completion", target.body()));
                });
        PlanId completed = plans.get(0);
        LatencySample progress = Measurement.of("GET /api/plans/{id}/progress (real plan)", WARMUP, ITERATIONS,
                i -> http.expect(200, http.get("giunta", "/api/plans/" + completed + "/progress")));

        System.out.println();
        System.out.println("Traccia — monitoring of the adopted Monte Cremasco plan over HTTP (" + ITERATIONS
                + " runs after " + WARMUP + " warm-up, " + Runtime.getRuntime().availableProcessors() + " cores, "
                + plans.size() + " adopted copies of " + targets.size() / plans.size() + " phases each)");
        System.out.println(complete.line());
        System.out.println(progress.line());
    }

    /** Every phase of the copy, own and common (the common ones for its first structure). */
    private static List<Target> phasesOf(ApprovalLatencyBenchmark.Http http, PlanId plan) throws Exception {
        JsonNode view = JSON.readTree(http.get("segretario", "/api/plans/" + plan).body());
        List<Target> phases = new ArrayList<>();
        String firstStructure = view.path("structures").get(0).path("id").asText();
        for (JsonNode structure : view.path("structures")) {
            for (JsonNode objective : structure.path("objectives")) {
                objective.path("phases").forEach(phase -> phases.add(new Target(plan, phase.path("id").asText(), null)));
            }
        }
        for (JsonNode objective : view.path("commonObjectives")) {
            objective.path("phases").forEach(phase ->
                    phases.add(new Target(plan, phase.path("id").asText(), firstStructure)));
        }
        return phases;
    }
}
