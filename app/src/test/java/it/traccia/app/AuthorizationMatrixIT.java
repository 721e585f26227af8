package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Who may call which route, as a table: every row of {@code docs/authorization.md} (a route, a plan status, and the
 * status code each kind of caller must get) is sent over HTTP to the running application, caller by caller, on plans
 * built as people build them. The table is the contract a person reads; this test keeps the code to it, and fails
 * when the table and the application's routes differ.
 */
class AuthorizationMatrixIT extends EmbeddedStoresIT {

    private static final Path TABLE = Path.of("..", "docs", "authorization.md");
    private static final String JSON = "application/json";
    private static final String CONTEXT = """
            {"strategicLine": "Un Comune efficiente", "strategicObjective": "Migliorare l'organizzazione",
             "missionCode": "01", "operationalObjective": "Buon andamento amministrativo"}""";

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    private final Map<String, PlanScenario> shared = new HashMap<>();
    /** The supporting document each shared plan was given, by plan id. */
    private final Map<String, String> evidence = new HashMap<>();
    /** The verifica intermedia each shared plan was given, by plan id. */
    private final Map<String, Integer> midYearChecks = new HashMap<>();
    private final AtomicInteger calls = new AtomicInteger();
    private String removableMember;

    /** {@code segretario-2} is the Segretario of a comune of its own: Segretario somewhere, but not in the plans' ente. */
    @BeforeEach
    void aSecondComuneForSegretario2() {
        grant(register("Comune di Vailate " + System.nanoTime()), "segretario-2", "SEGRETARIO");
    }

    @Test
    void answersEveryRouteForEveryCallerAsTheTableSays() throws IOException {
        List<Row> rows = rows();
        Map<String, Call> routes = routes();
        List<String> differences = new ArrayList<>();
        int requests = 0;
        for (Row row : rows) {
            Call call = routes.get(row.route());
            assertThat(call).as("the test knows how to call " + row.route()).isNotNull();
            for (Map.Entry<String, Integer> expected : row.expected().entrySet()) {
                String caller = expected.getKey();
                boolean succeeds = expected.getValue() < 300;
                Request request = call.prepare(new Target(row.status(), succeeds));
                Api api = caller.equals("anonymous") ? Api.anonymous(port) : as(caller);
                Api.Response response = api.send(request.method(), request.path(), request.contentType(), request.body());
                requests++;
                if (response.status() != expected.getValue()) {
                    differences.add(row.route() + " [" + row.status() + "] as " + caller + ": expected "
                            + expected.getValue() + ", got " + response.status() + " " + response.body());
                }
                request.afterwards().run();
            }
        }
        System.out.printf("Authorization matrix: %d rows, %d requests, %d differences%n", rows.size(), requests,
                differences.size());
        assertThat(differences).as("requests answered otherwise than docs/authorization.md says").isEmpty();
    }

    @Test
    void listsEveryRouteOfTheApiInTheTable() throws IOException {
        Set<String> inTable = new TreeSet<>();
        for (Row row : rows()) {
            inTable.add(row.route().replaceAll("\\?.*$", "").replace("{commonObjectiveId}", "{objectiveId}"));
        }
        Set<String> inApplication = new TreeSet<>();
        for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
            for (String pattern : mapping.getKey().getPatternValues()) {
                if (pattern.startsWith("/api/")) {
                    mapping.getKey().getMethodsCondition().getMethods()
                            .forEach(method -> inApplication.add(method.name() + " " + pattern));
                }
            }
        }

        assertThat(inTable).as("routes of docs/authorization.md").containsExactlyInAnyOrderElementsOf(inApplication);
    }

    /** The rows of the table in docs/authorization.md: route, plan status, expected status per caller. */
    private static List<Row> rows() throws IOException {
        List<String> callers = null;
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (!line.startsWith("|")) {
                continue;
            }
            List<String> cells = new ArrayList<>();
            for (String cell : line.substring(1, line.length() - 1).split("\\|")) {
                cells.add(cell.strip());
            }
            if (cells.get(0).equals("route")) {
                callers = cells.subList(2, cells.size());
            } else if (callers != null && cells.get(0).startsWith("`")) {
                Map<String, Integer> expected = new LinkedHashMap<>();
                for (int i = 0; i < callers.size(); i++) {
                    expected.put(callers.get(i), Integer.valueOf(cells.get(i + 2)));
                }
                rows.add(new Row(cells.get(0).replace("`", ""), cells.get(1), expected));
            }
        }
        assertThat(callers).as("the table's header").containsExactly("segretario", "resp-segreteria", "resp-tecnica",
                "giunta", "ndv", "admin", "segretario-2", "anonymous");
        return rows;
    }

    /** How to call each route of the table, on the plan (or ente) of the row's status. */
    private Map<String, Call> routes() {
        Map<String, Call> routes = new LinkedHashMap<>();
        String plan = "/api/plans/{planId}";
        read(routes, plan, s -> path(s));
        read(routes, plan + "/history", s -> path(s) + "/history");
        read(routes, plan + "/objectives/{objectiveId}/weight-history",
                s -> path(s) + "/objectives/" + s.objectiveId + "/weight-history");
        read(routes, plan + "/phases/{phaseId}/weight-history", s -> path(s) + "/phases/" + s.phaseId + "/weight-history");
        read(routes, plan + "/import-findings", s -> path(s) + "/import-findings");
        read(routes, plan + "/versions", s -> path(s) + "/versions");
        read(routes, plan + "/versions/{version}", s -> path(s) + "/versions/1");
        read(routes, plan + "/versions/{from}/diff/{to}", s -> path(s) + "/versions/1/diff/1");
        read(routes, plan + "/progress", s -> path(s) + "/progress");
        read(routes, plan + "/deadlines", s -> path(s) + "/deadlines");
        routes.put("GET /api/deadlines", target -> get("/api/deadlines?within=P30D"));
        routes.put("GET /api/notifications", target -> get("/api/notifications"));
        routes.put("POST /api/notifications/{id}/read", target -> new Request("POST",
                "/api/notifications/00000000-0000-0000-0000-000000000000/read", null, null));
        write(routes, "POST " + plan + "/structures", (s, n) -> post(path(s) + "/structures", """
                {"name": "Struttura di prova %d", "head": "Dott. Prova"}""".formatted(n)));
        removal(routes, "DELETE " + plan + "/structures/{structureId}", s -> s.segreteriaId,
                s -> created(path(s) + "/structures", """
                        {"name": "Struttura da rimuovere %d", "head": "Dott. Prova"}""".formatted(calls.incrementAndGet())),
                (s, structure) -> path(s) + "/structures/" + structure + "?reason=Servizio%20trasferito");
        write(routes, "PUT " + plan + "/structures/{structureId}/context",
                (s, n) -> put(path(s) + "/structures/" + s.segreteriaId + "/context", CONTEXT));
        write(routes, "PUT " + plan + "/structures/{structureId}/head", (s, n) -> put(path(s) + "/structures/"
                + s.segreteriaId + "/head", """
                {"userId": "resp-segreteria", "name": "Avv. Marco Gregoli", "title": "Segretario Generale",
                 "reason": "Responsabile della Segreteria"}"""));
        write(routes, "PUT " + plan + "/common-context", (s, n) -> put(path(s) + "/common-context", CONTEXT));
        write(routes, "POST " + plan + "/structures/{structureId}/objectives",
                (s, n) -> post(path(s) + "/structures/" + s.segreteriaId + "/objectives", objective(n)));
        write(routes, "POST " + plan + "/common-objectives", (s, n) -> post(path(s) + "/common-objectives", objective(n)));
        write(routes, "PUT " + plan + "/objectives/{objectiveId}", (s, n) -> put(path(s) + "/objectives/" + s.objectiveId,
                """
                {"kind": "DEVELOPMENT", "description": "Obiettivo rivisto %d", "indicators": "Atti", "targets": "100%%",
                 "deadline": "2026-12-31", "reason": "Precisazione"}""".formatted(n)));
        write(routes, "PUT " + plan + "/objectives/{objectiveId}/weight",
                (s, n) -> put(path(s) + "/objectives/" + s.objectiveId + "/weight", weight(n)));
        removal(routes, "DELETE " + plan + "/objectives/{objectiveId}", s -> s.objectiveId,
                s -> created(path(s) + "/structures/" + s.segreteriaId + "/objectives", objective(calls.incrementAndGet())),
                (s, objective) -> path(s) + "/objectives/" + objective + "?reason=Accorpato");
        write(routes, "PUT " + plan + "/objectives/{commonObjectiveId}/weight",
                (s, n) -> put(path(s) + "/objectives/" + s.commonObjectiveId + "/weight", weight(n)));
        write(routes, "POST " + plan + "/objectives/{objectiveId}/phases",
                (s, n) -> post(path(s) + "/objectives/" + s.objectiveId + "/phases", phase(n)));
        write(routes, "PUT " + plan + "/phases/{phaseId}", (s, n) -> put(path(s) + "/phases/" + s.phaseId, """
                {"description": "Fase rivista %d", "indicator": "Atto", "target": "Sì", "deadline": "2026-04-30",
                 "reason": "Precisazione"}""".formatted(n)));
        write(routes, "PUT " + plan + "/phases/{phaseId}/weight",
                (s, n) -> put(path(s) + "/phases/" + s.phaseId + "/weight", weight(n)));
        removal(routes, "DELETE " + plan + "/phases/{phaseId}", s -> s.phaseId,
                s -> created(path(s) + "/objectives/" + s.objectiveId + "/phases", phase(calls.incrementAndGet())),
                (s, phase) -> path(s) + "/phases/" + phase + "?reason=Accorpata");
        write(routes, "POST " + plan + "/import-findings/{number}/resolve",
                (s, n) -> post(path(s) + "/import-findings/1/resolve", "{\"note\": \"Verificato\"}"));
        monitoring(routes, "POST " + plan + "/phases/{phaseId}/completion", (s, n) -> post(path(s) + "/phases/"
                + s.phaseId + "/completion", COMPLETION));
        monitoring(routes, "PUT " + plan + "/phases/{phaseId}/completion", (s, n) -> {
            segretario().post(path(s) + "/phases/" + s.phaseId + "/completion", COMPLETION);
            return put(path(s) + "/phases/" + s.phaseId + "/completion", CORRECTION);
        });
        monitoring(routes, "POST " + plan + "/phases/{phaseId}/progress", (s, n) -> post(path(s) + "/phases/" + s.phaseId
                + "/progress", progress(n, null)));
        monitoring(routes, "POST " + plan + "/objectives/{commonObjectiveId}/completion", (s, n) -> post(path(s)
                + "/objectives/" + commonObjectiveWithoutPhases(s) + "/completion", forSegreteria(COMPLETION, s)));
        monitoring(routes, "PUT " + plan + "/objectives/{commonObjectiveId}/completion", (s, n) -> {
            String objective = path(s) + "/objectives/" + commonObjectiveWithoutPhases(s) + "/completion";
            segretario().post(objective, forSegreteria(COMPLETION, s));
            return put(objective, forSegreteria(CORRECTION, s));
        });
        monitoring(routes, "POST " + plan + "/objectives/{commonObjectiveId}/progress", (s, n) -> post(path(s)
                + "/objectives/" + commonObjectiveWithoutPhases(s) + "/progress", progress(n, s.segreteriaId)));
        write(routes, "POST " + plan + "/indicator-values", (s, n) -> post(path(s) + "/indicator-values", """
                {"elementId": "%s", "value": "%d", "unit": "giorni", "measuredOn": "2026-06-30",
                 "source": "Registro delle fatture"}""".formatted(s.phaseId, n % 60)));
        write(routes, "POST " + plan + "/mid-year-checks", (s, n) -> post(path(s) + "/mid-year-checks", """
                {"asOf": "2026-07-15", "notes": "Verifica intermedia %d"}""".formatted(n)));
        read(routes, plan + "/mid-year-checks/{number}", s -> path(s) + "/mid-year-checks/" + midYearCheckOf(s));
        write(routes, "POST " + plan + "/evidence", (s, n) -> multipart(path(s) + "/evidence", "verbale-" + n + ".pdf",
                ("%PDF-1.7\n% verbale " + n + "\n%%EOF\n").getBytes(StandardCharsets.US_ASCII)));
        read(routes, plan + "/evidence/{evidenceId}", s -> path(s) + "/evidence/" + evidenceOf(s));
        lifecycle(routes, "POST " + plan + "/submit", s -> post(path(s) + "/submit", "{}"));
        lifecycle(routes, "POST " + plan + "/variations", s -> post(path(s) + "/variations", """
                {"reason": "Verifica intermedia"}"""));
        lifecycle(routes, "POST /api/tasks/{taskId}/complete", s -> post("/api/tasks/"
                + (s.taskId == null ? "00000000-0000-0000-0000-000000000000" : s.taskId) + "/complete", """
                {"decision": "APPROVE", "resolutionNumber": "12", "resolutionDate": "2026-01-20"}"""));
        routes.put("GET /api/tasks", target -> get("/api/tasks"));
        routes.put("GET /api/plans", target -> get("/api/plans"));
        routes.put("POST /api/plans", target -> {
            int year = 2031 + calls.incrementAndGet() % 60;
            return post("/api/plans", """
                    {"organisation": "%s", "firstYear": %d, "lastYear": %d, "year": %d}"""
                    .formatted(sharedPlan("draft").enteName, year, year + 2, year));
        });
        routes.put("POST /api/imports", target -> {
            String ente = target.succeeds() ? "Comune di Importazione " + System.nanoTime() : sharedPlan("draft").enteName;
            if (target.succeeds()) {
                Enti.register(port, ente);
            }
            return new Request("POST", "/api/imports?fileName=bozza.txt", "text/plain", PlanScenario.realDraftOf(ente));
        });
        routes.put("POST /api/imports?dryRun=true", target -> new Request("POST",
                "/api/imports?dryRun=true&fileName=bozza.txt", "text/plain",
                PlanScenario.realDraftOf(sharedPlan("draft").enteName)));
        routes.put("GET /api/me", target -> get("/api/me"));
        routes.put("GET /api/organisations", target -> get("/api/organisations"));
        routes.put("POST /api/organisations", target -> post("/api/organisations", """
                {"name": "Comune di Prova Matrice %d", "province": "Cremona"}""".formatted(System.nanoTime())));
        routes.put("GET /api/organisations/{organisationId}/history",
                target -> get("/api/organisations/" + sharedPlan("draft").enteId + "/history"));
        routes.put("PUT /api/organisations/{organisationId}/members/{userId}", target -> put("/api/organisations/"
                + sharedPlan("draft").enteId + "/members/membro-" + calls.incrementAndGet(), """
                {"roles": ["NDV"], "reason": "Nuovo componente del Nucleo"}"""));
        routes.put("DELETE /api/organisations/{organisationId}/members/{userId}", target -> {
            String ente = sharedPlan("draft").enteId;
            String member = target.succeeds() ? "uscente-" + calls.incrementAndGet() : removableMember(ente);
            if (target.succeeds()) {
                grant(ente, member, "NDV");
            }
            return new Request("DELETE", "/api/organisations/" + ente + "/members/" + member + "?reason=Fine+incarico",
                    null, null);
        });
        routes.put("POST /api/admin/read-models/rebuild", target -> target.succeeds()
                ? new Request("POST", "/api/admin/read-models/rebuild", null, null, this::awaitTheRebuild)
                : new Request("POST", "/api/admin/read-models/rebuild", null, null));
        routes.put("GET /api/admin/read-models/rebuild", target -> get("/api/admin/read-models/rebuild"));
        return routes;
    }

    /** A route that only reads: any caller, the shared plan of the row's status. */
    private void read(Map<String, Call> routes, String route, Function<PlanScenario, String> path) {
        routes.put("GET " + route, target -> get(path.apply(target.plan())));
    }

    /** A route that changes the plan in a way that leaves it as usable for the next caller: the shared plan. */
    private void write(Map<String, Call> routes, String route, Writing writing) {
        routes.put(route, target -> writing.request(target.plan(), calls.incrementAndGet()));
    }

    /**
     * A removal: a caller who may remove gets an element added for it, so that the shared plan keeps the one the others
     * aim at; a caller who may not aims at that one.
     */
    private void removal(Map<String, Call> routes, String route, Function<PlanScenario, String> kept,
                         Function<PlanScenario, String> addedForTheCall, BiFunction<PlanScenario, String, String> path) {
        routes.put(route, target -> {
            PlanScenario plan = target.plan();
            String element = target.succeeds() ? addedForTheCall.apply(plan) : kept.apply(plan);
            return new Request("DELETE", path.apply(plan, element), null, null);
        });
    }

    /**
     * A record of monitoring, which the others change (a completion ends the states of progress, a correction needs a
     * completion first): a caller who may make it gets an adopted plan of its own; the others aim at the shared plan of
     * the row's status.
     */
    private void monitoring(Map<String, Call> routes, String route, Writing writing) {
        routes.put(route, target -> writing.request(target.succeeds()
                ? PlanScenario.inStatus(port, target.status()) : target.plan(), calls.incrementAndGet()));
    }

    /** A verifica intermedia of the plan, recorded once by the Segretario; a number nobody recorded where it is refused. */
    private int midYearCheckOf(PlanScenario scenario) {
        return midYearChecks.computeIfAbsent(scenario.planId, planId -> {
            Api.Response recorded = segretario().post(path(scenario) + "/mid-year-checks", """
                    {"asOf": "2026-07-15", "notes": "Verifica della matrice"}""");
            return recorded.status() == 201 ? recorded.body().path("number").asInt() : 99;
        });
    }

    /** A supporting document of the plan, stored once by the Segretario; an id nobody stored where the plan refuses it. */
    private String evidenceOf(PlanScenario scenario) {
        return evidence.computeIfAbsent(scenario.planId, planId -> {
            Api.Response stored = segretario().postFile(path(scenario) + "/evidence", "verbale.pdf",
                    "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII));
            return stored.status() == 201 ? stored.id() : "00000000-0000-0000-0000-000000000000";
        });
    }

    private static Request multipart(String path, String fileName, byte[] content) {
        String boundary = "matrice-" + System.nanoTime();
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/pdf\r\n\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return new Request("POST", path, "multipart/form-data; boundary=" + boundary, body);
    }

    /** Common objective 2 of the real draft, which has no phases: each structure completes it for itself. */
    private static String commonObjectiveWithoutPhases(PlanScenario scenario) {
        JsonNode common = Api.as(scenario.port, "segretario").get("/api/plans/" + scenario.planId).body()
                .path("commonObjectives");
        for (JsonNode objective : common) {
            if (objective.path("number").asText().equals("2") && objective.path("phases").isEmpty()) {
                return objective.path("id").asText();
            }
        }
        throw new AssertionError("The real draft has no common objective 2 without phases: " + common);
    }

    private static String forSegreteria(String body, PlanScenario scenario) {
        return body.replace("}", ", \"structureId\": \"" + scenario.segreteriaId + "\"}");
    }

    private static String progress(int n, String structureId) {
        return """
                {"asOf": "2026-06-%02d", "achievement": "%d", "note": "Stato di avanzamento"%s}""".formatted(1 + n % 28,
                n % 100, structureId == null ? "" : ", \"structureId\": \"" + structureId + "\"");
    }

    /** A step of the approval route: one that succeeds moves the plan on, so it gets a plan of its own. */
    private void lifecycle(Map<String, Call> routes, String route, Function<PlanScenario, Request> request) {
        routes.put(route, target -> request.apply(target.succeeds()
                ? PlanScenario.inStatus(port, target.status()) : target.plan()));
    }

    private PlanScenario sharedPlan(String status) {
        return shared.computeIfAbsent(status, name -> PlanScenario.inStatus(port, name));
    }

    private String path(PlanScenario scenario) {
        return "/api/plans/" + scenario.planId;
    }

    private String created(String path, String body) {
        Api.Response created = segretario().post(path, body);
        assertThat(created.status()).as(created.body().toString()).isEqualTo(201);
        return created.id();
    }

    private String removableMember(String ente) {
        if (removableMember == null) {
            removableMember = "membro-stabile";
            grant(ente, removableMember, "NDV");
        }
        return removableMember;
    }

    private void awaitTheRebuild() {
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(100)).until(() -> {
            JsonNode progress = as("admin").get("/api/admin/read-models/rebuild").body();
            return "DONE".equals(progress.path("status").asText());
        });
    }

    private String register(String name) {
        Api.Response registered = as("admin").post("/api/organisations", """
                {"name": "%s", "province": "Cremona"}""".formatted(name));
        assertThat(registered.status()).as(registered.body().toString()).isEqualTo(201);
        return registered.id();
    }

    private void grant(String ente, String user, String role) {
        Api.Response granted = as("admin").put("/api/organisations/" + ente + "/members/" + user, """
                {"roles": ["%s"], "reason": "Prova delle autorizzazioni"}""".formatted(role));
        assertThat(granted.status()).as(granted.body().toString()).isEqualTo(200);
    }

    private static final String COMPLETION = """
            {"completedOn": "2026-06-20", "achievement": "100", "note": "Completata nei tempi"}""";
    private static final String CORRECTION = """
            {"completedOn": "2026-06-20", "achievement": "90", "note": "Un allegato mancava",
             "reason": "Verifica del Segretario"}""";

    private static String objective(int n) {
        return """
                {"number": "%d", "kind": "DEVELOPMENT", "description": "Obiettivo di prova", "weight": "5",
                 "indicators": "Atti", "targets": "100%%", "deadline": "2026-12-31"}""".formatted(100 + n % 800);
    }

    private static String phase(int n) {
        return """
                {"number": "1.%d", "description": "Fase di prova", "weight": "5", "indicator": "Atto", "target": "Sì",
                 "deadline": "2026-04-30"}""".formatted(10 + n % 800);
    }

    private static String weight(int n) {
        return """
                {"weight": "%s", "reason": "Riequilibrio %d"}""".formatted(n % 2 == 0 ? "10" : "10.5", n);
    }

    private static Request get(String path) {
        return new Request("GET", path, null, null);
    }

    private static Request post(String path, String json) {
        return new Request("POST", path, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    private static Request put(String path, String json) {
        return new Request("PUT", path, JSON, json.getBytes(StandardCharsets.UTF_8));
    }

    /** One row of the table. */
    private record Row(String route, String status, Map<String, Integer> expected) {
    }

    /** What a call aims at: the plan status of its row, and whether the caller is expected to succeed. */
    private final class Target {

        private final String status;
        private final boolean succeeds;

        Target(String status, boolean succeeds) {
            this.status = status;
            this.succeeds = succeeds;
        }

        String status() {
            return status;
        }

        boolean succeeds() {
            return succeeds;
        }

        /** The shared plan of the row's status (the draft's, for a route that names no plan). */
        PlanScenario plan() {
            return sharedPlan(status.equals("—") ? "draft" : status);
        }
    }

    /** How to build the request of one route for a target. */
    @FunctionalInterface
    private interface Call {
        Request prepare(Target target);
    }

    /** A write on the shared plan, numbered so that what it creates never collides with an earlier call's. */
    @FunctionalInterface
    private interface Writing {
        Request request(PlanScenario plan, int n);
    }

    /** One HTTP request, and what to wait for once it is answered. */
    private record Request(String method, String path, String contentType, byte[] body, Runnable afterwards) {

        Request(String method, String path, String contentType, byte[] body) {
            this(method, path, contentType, body, () -> {
            });
        }
    }
}
