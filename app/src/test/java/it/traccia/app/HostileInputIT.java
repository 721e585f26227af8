package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import it.traccia.kernel.OrganisationId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;

import static it.traccia.app.MonteCremasco.CONTEXT;
import static it.traccia.app.MonteCremasco.SEGRETERIA;
import static it.traccia.app.MonteCremasco.objective;
import static it.traccia.app.MonteCremasco.phase;
import static it.traccia.app.MonteCremasco.plan;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.SoftAssertions.assertSoftly;
import static org.awaitility.Awaitility.await;

/**
 * Hostile input over HTTP (fuzz): at least a thousand bad requests generated from a seed, across every write route of
 * the API, each aimed at real ids; every one must be refused with a 4xx problem detail and leave no event behind.
 * {@code -Dtraccia.fuzz.seed=} replays a run, {@code -Dtraccia.fuzz.requests=} sends more.
 */
class HostileInputIT extends EmbeddedStoresIT {

    private static final long SEED = Long.getLong("traccia.fuzz.seed", new SecureRandom().nextLong());
    private static final int REQUESTS = Integer.getInteger("traccia.fuzz.requests", 1000);
    private static final String ANONYMOUS = "(anonimo)";
    private static final String PROBLEM_JSON = "application/problem+json";
    private static final ObjectMapper JSON = new ObjectMapper();

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void rejectsEveryGeneratedBadRequestWithAProblemDetailAndWritesNoEvent() {
        // given
        Targets targets = aPlanOfEveryKind();
        Generator generator = new Generator(Routes.aimedAt(targets), new Random(SEED));
        List<Generator.Slot> slots = generator.slots(REQUESTS);
        System.out.printf("HostileInputIT: seed %d (replay with -Dtraccia.fuzz.seed=%d), %d requests on %d routes%n",
                SEED, SEED, slots.size(), generator.routeNames().size());
        awaitQuietEventStore();
        long eventsBefore = eventCount();

        // when
        long started = System.nanoTime();
        List<Outcome> outcomes = new ArrayList<>();
        for (Generator.Slot slot : slots) {
            outcomes.add(send(generator.make(slot)));
        }
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        // then
        report(outcomes, elapsedMillis);
        assertSoftly(softly -> {
            softly.assertThat(outcomes).hasSizeGreaterThanOrEqualTo(1000);
            softly.assertThat(outcomes.stream().map(Outcome::route).distinct().toList())
                    .as("every write route").containsExactlyInAnyOrderElementsOf(generator.routeNames());
            softly.assertThat(failing(outcomes, outcome -> outcome.status() >= 500)).as("answers with status 5xx")
                    .isEmpty();
            softly.assertThat(failing(outcomes, outcome -> outcome.status() < 400)).as("bad requests accepted").isEmpty();
            softly.assertThat(failing(outcomes, outcome -> outcome.status() >= 400 && outcome.status() < 500
                    && !outcome.isProblemDetail()))
                    .as("answers that are not 4xx problem details").isEmpty();
            softly.assertThat(failing(outcomes, outcome -> outcome.eventsWritten() != 0)).as("requests that wrote events")
                    .isEmpty();
            softly.assertThat(failing(outcomes, outcome -> outcome.status() >= 400 && outcome.status() < 500
                    && !outcome.expect().metBy(outcome.status(), outcome.code()))).as("refusals other than the rule broken")
                    .isEmpty();
            softly.assertThat(eventCount()).as("events in the store after the whole run").isEqualTo(eventsBefore);
        });
    }

    // ------------------------------------------------------------------------------------------------------------
    // The targets: one plan of every kind, so that every route has real ids to aim at

    /**
     * The ids the routes aim at: a draft plan with a structure headed by {@code resp-segreteria}, objectives, phases
     * and a common objective (and an objective and a phase kept only for the removals); an imported draft with its
     * findings; a submitted plan with its Giunta task; a registered comune without a plan.
     */
    record Targets(String comune, String organisationId, String freshComune, String planId, String structureId,
                   String objectiveId, String victimObjectiveId, String phaseId, String victimPhaseId,
                   String commonObjectiveId, String importedPlanId, byte[] importedDraft, String submittedPlanId,
                   String submittedStructureId, String submittedObjectiveId, String submittedPhaseId, String taskId) {
    }

    private Targets aPlanOfEveryKind() {
        Api segretario = segretario();
        String comune = aComune();
        String freshComune = aComune();
        String planId = created(segretario.post("/api/plans", plan(comune)));
        String plan = "/api/plans/" + planId;
        String structureId = created(segretario.post(plan + "/structures", SEGRETERIA));
        Enti.headedByRespSegreteria(port, planId, structureId);
        done(segretario.put(plan + "/structures/" + structureId + "/context", CONTEXT));
        done(segretario.put(plan + "/common-context", CONTEXT));
        String objectives = plan + "/structures/" + structureId + "/objectives";
        String objectiveId = created(segretario.post(objectives, objective("6", "30")));
        String victimObjectiveId = created(segretario.post(objectives, objective("7", "20")));
        String phases = plan + "/objectives/" + objectiveId + "/phases";
        String phaseId = created(segretario.post(phases, phase("6.1", "50", "2026-06-30")));
        String victimPhaseId = created(segretario.post(phases, phase("6.2", "50", "2026-09-30")));
        String commonObjectiveId = created(segretario.post(plan + "/common-objectives", objective("1", "20")));

        PlanScenario imported = PlanScenario.anImportedDraft(port);
        PlanScenario submitted = PlanScenario.aSubmittedPlan(port);
        JsonNode segreteria = planView(submitted.planId).path("structures").get(0);
        JsonNode submittedObjective = numbered(segreteria.path("objectives"), "6");

        // A refused submission starts the approval process, whose deadline timers record their events at once: let them
        // come before the run, so that the run can count events.
        Api.Response incomplete = segretario.post(plan + "/submit", "{}");
        assertThat(incomplete.status()).as(incomplete.body().toString()).isEqualTo(422);
        awaitMissedDeadline(planId);
        awaitMissedDeadline(submitted.planId);

        return new Targets(comune, OrganisationId.forName(comune).value(), freshComune, planId, structureId, objectiveId,
                victimObjectiveId, phaseId, victimPhaseId, commonObjectiveId, imported.planId, imported.draft,
                submitted.planId, submitted.segreteriaId, submittedObjective.path("id").asText(),
                numbered(submittedObjective.path("phases"), "6.1").path("id").asText(), submitted.taskId);
    }

    private void awaitMissedDeadline(String planId) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(
                planView(planId).path("approvalDeadline").path("state").asText()).isEqualTo("MISSED"));
    }

    /** Waits until no event has been written for half a second: nothing but the run writes from then on. */
    private void awaitQuietEventStore() {
        AtomicLong last = new AtomicLong(-1);
        await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(500))
                .until(() -> last.getAndSet(eventCount()) == last.get());
    }

    private JsonNode planView(String planId) {
        return segretario().get("/api/plans/" + planId).body();
    }

    private static JsonNode numbered(JsonNode items, String number) {
        return StreamSupport.stream(items.spliterator(), false)
                .filter(item -> item.path("number").asText().equals(number))
                .findFirst().orElseThrow(() -> new AssertionError("no item numbered " + number + " in " + items));
    }

    private static String created(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isEqualTo(201);
        return response.id();
    }

    private static void done(Api.Response response) {
        assertThat(response.status()).as(response.body().toString()).isIn(200, 204);
    }

    private long eventCount() {
        return jdbc.queryForObject("select count(*) from domain_event_entry", Long.class);
    }

    // ------------------------------------------------------------------------------------------------------------
    // Sending and judging

    private Outcome send(Hostile hostile) {
        Api api = ANONYMOUS.equals(hostile.user()) ? Api.anonymous(port) : Api.as(port, hostile.user());
        long eventsBefore = eventCount();
        long start = System.nanoTime();
        Api.Exchange answer = api.exchange(hostile.method(), hostile.path(), hostile.contentType(), hostile.body(),
                hostile.chunked());
        long micros = (System.nanoTime() - start) / 1000;
        long written = eventCount() - eventsBefore;
        JsonNode problem = problemOf(answer);
        return new Outcome(hostile.route(), hostile.describe(), hostile.expect(), answer.status(), answer.contentType(),
                problem.path("code").asText(""), problem.path("detail").asText(""), preview(answer.body(), 300),
                micros, written);
    }

    private static JsonNode problemOf(Api.Exchange answer) {
        if (!answer.contentType().startsWith(PROBLEM_JSON) || answer.body() == null || answer.body().isBlank()) {
            return JSON.nullNode();
        }
        try {
            return JSON.readTree(answer.body());
        } catch (IOException notJson) {
            return JSON.nullNode();
        }
    }

    /** What one bad request got: its answer, how long it took and how many events it left. */
    record Outcome(String route, String request, Expect expect, int status, String contentType, String code,
                   String detail, String answer, long micros, long eventsWritten) {

        boolean isProblemDetail() {
            return status >= 400 && status < 500 && contentType.startsWith(PROBLEM_JSON) && !code.isBlank()
                    && !detail.isBlank();
        }

        @Override
        public String toString() {
            return request + "\n      → " + status + " " + contentType + " " + answer + " (expected " + expect
                    + (eventsWritten == 0 ? "" : "; wrote " + eventsWritten + " events") + ")";
        }
    }

    private static List<String> failing(List<Outcome> outcomes, Predicate<Outcome> failure) {
        return outcomes.stream().filter(failure).map(Outcome::toString).toList();
    }

    private static void report(List<Outcome> outcomes, long elapsedMillis) {
        List<Outcome> refused = outcomes.stream().filter(outcome -> outcome.status() >= 400 && outcome.status() < 500)
                .sorted((one, other) -> Long.compare(one.micros(), other.micros())).toList();
        StringBuilder out = new StringBuilder();
        out.append("HostileInputIT: seed ").append(SEED).append(", ").append(outcomes.size())
                .append(" requests in ").append(elapsedMillis).append(" ms\n");
        Map<String, Long> perRoute = outcomes.stream()
                .collect(Collectors.groupingBy(Outcome::route, TreeMap::new, Collectors.counting()));
        perRoute.forEach((route, count) -> out.append(String.format("  %5d  %s%n", count, route)));
        Map<Integer, Long> perStatus = outcomes.stream()
                .collect(Collectors.groupingBy(Outcome::status, TreeMap::new, Collectors.counting()));
        out.append("  statuses: ").append(perStatus).append('\n');
        if (!refused.isEmpty()) {
            Outcome median = refused.get(refused.size() / 2);
            Outcome slowest = refused.get(refused.size() - 1);
            out.append(String.format("  median refused request: %.1f ms%n", median.micros() / 1000.0));
            out.append(String.format("  slowest refused request: %.1f ms: %s → %d %s%n", slowest.micros() / 1000.0,
                    slowest.request(), slowest.status(), slowest.code()));
        }
        System.out.print(out);
    }

    // ------------------------------------------------------------------------------------------------------------
    // The generated requests

    /** What a refusal must look like: one of these statuses (any 4xx when none is named) and, when named, this code. */
    record Expect(Set<Integer> statuses, String code) {

        static Expect of(int status) {
            return new Expect(Set.of(status), null);
        }

        static Expect of(int status, String code) {
            return new Expect(Set.of(status), code);
        }

        static Expect oneOf(Integer... statuses) {
            return new Expect(Set.of(statuses), null);
        }

        static Expect refusal() {
            return new Expect(Set.of(), null);
        }

        boolean metBy(int status, String actualCode) {
            boolean statusMet = statuses.isEmpty() ? status >= 400 && status < 500 : statuses.contains(status);
            return statusMet && (code == null || code.equals(actualCode));
        }

        @Override
        public String toString() {
            return (statuses.isEmpty() ? "4xx" : statuses.stream().sorted().map(String::valueOf)
                    .collect(Collectors.joining("/"))) + (code == null ? "" : " " + code);
        }
    }

    /** One bad request, exactly as it goes on the wire, with the refusal it must meet. */
    record Hostile(String route, String mutation, String user, String method, String path, String contentType,
                   byte[] body, boolean chunked, Expect expect) {

        String describe() {
            String sent = body == null ? "(no body)" : preview(new String(body, StandardCharsets.UTF_8), 160)
                    + " (" + body.length + " bytes" + (chunked ? ", chunked" : "") + ")";
            return route + " [" + mutation + "] as " + user + ": " + method + " " + preview(path, 200)
                    + (contentType == null ? "" : " Content-Type: " + contentType) + " " + sent;
        }
    }

    /** One way of spoiling a route's request; it draws its values from the run's random source. */
    record Mutator(String name, Function<Random, Hostile> make) {
    }

    /** Orders the mutators of every route: each once, then random draws up to the count asked, shuffled by the seed. */
    static final class Generator {

        private final List<Route> routes;
        private final Random random;

        Generator(List<Route> routes, Random random) {
            this.routes = routes;
            this.random = random;
        }

        /** One mutator of one route, made into a request only when it is sent. */
        record Slot(int route, int mutator) {
        }

        List<Slot> slots(int requests) {
            List<Slot> slots = new ArrayList<>();
            for (int route = 0; route < routes.size(); route++) {
                for (int mutator = 0; mutator < routes.get(route).mutators.size(); mutator++) {
                    slots.add(new Slot(route, mutator));
                }
            }
            while (slots.size() < requests) {
                int route = random.nextInt(routes.size());
                slots.add(new Slot(route, random.nextInt(routes.get(route).mutators.size())));
            }
            Collections.shuffle(slots, random);
            return slots;
        }

        Hostile make(Slot slot) {
            return routes.get(slot.route()).mutators.get(slot.mutator()).make().apply(random);
        }

        List<String> routeNames() {
            return routes.stream().map(route -> route.name).distinct().toList();
        }
    }

    /**
     * A write route aimed at real ids: its method and path, the users who may call it, a JSON body it would accept
     * (raw JSON value per field), and the mutators that spoil that request.
     */
    static final class Route {

        final String name;
        final String method;
        final String template;
        final List<String> callers;
        final Map<String, String> ids = new LinkedHashMap<>();
        final Map<String, String> body = new LinkedHashMap<>();
        final List<Mutator> mutators = new ArrayList<>();
        String query = "";
        String contentType = "application/json";
        /** The refusal of a text too long: 422, unless the route's target refuses first (a plan not adopted, say). */
        Expect tooLong = Expect.of(422);

        Route(String name, String method, String template, String... callers) {
            this.name = name;
            this.method = method;
            this.template = template;
            this.callers = List.of(callers);
        }

        Route id(String variable, String value) {
            ids.put(variable, value);
            return this;
        }

        Route field(String field, String rawJson) {
            body.put(field, rawJson);
            return this;
        }

        Route query(String query) {
            this.query = query;
            return this;
        }

        void add(String mutation, Function<Random, Hostile> make) {
            mutators.add(new Mutator(mutation, make));
        }

        boolean hasJsonBody() {
            return !body.isEmpty();
        }

        String path() {
            return pathWith(null, null, query);
        }

        String pathWith(String variable, String value, String query) {
            String path = template;
            for (Map.Entry<String, String> id : ids.entrySet()) {
                path = path.replace("{" + id.getKey() + "}", id.getKey().equals(variable) ? value : id.getValue());
            }
            return path + query;
        }

        String bodyText() {
            return Values.json(body);
        }

        String bodyWith(String field, String rawJson) {
            Map<String, String> changed = new LinkedHashMap<>(body);
            changed.put(field, rawJson);
            return Values.json(changed);
        }

        String bodyWithout(String field) {
            Map<String, String> changed = new LinkedHashMap<>(body);
            changed.remove(field);
            return Values.json(changed);
        }

        /** The text of a field of the accepted body, or a text of its kind when the body leaves it out. */
        String textOf(String field) {
            String raw = body.get(field);
            if (raw == null) {
                return "Testo di prova";
            }
            try {
                JsonNode value = JSON.readTree(raw);
                return value.isTextual() ? value.asText() : "Testo di prova";
            } catch (IOException notJson) {
                throw new UncheckedIOException(notJson);
            }
        }

        String caller(Random random) {
            return pick(random, callers);
        }

        Hostile json(Random random, String mutation, String json, Expect expect) {
            return bytes(random, mutation, json.getBytes(StandardCharsets.UTF_8), expect);
        }

        Hostile bytes(Random random, String mutation, byte[] content, Expect expect) {
            return new Hostile(name, mutation, caller(random), method, path(), contentType, content, false, expect);
        }

        Hostile request(String mutation, String user, String method, String path, String contentType, byte[] content,
                        boolean chunked, Expect expect) {
            return new Hostile(name, mutation, user, method, path, contentType, content, chunked, expect);
        }
    }

    /** The kinds of field a request body holds, each with the bad values that its rule refuses. */
    enum Kind {
        TEXT, REASON, WEIGHT, DEADLINE, RESOLUTION_DATE, YEAR, REVISION, OBJECTIVE_KIND, DECISION, USER_ID, MISSION,
        ROLES, OBJECTIVE_NUMBER, PHASE_NUMBER;

        boolean isString() {
            return this != YEAR && this != REVISION && this != ROLES;
        }
    }

    // ------------------------------------------------------------------------------------------------------------
    // Values that no route accepts

    /** Pools of bad values (raw JSON where so named), and the helpers that build bodies from them. */
    static final class Values {

        static final List<String> BLANKS = List.of("\"\"", "\"   \"", "\"\\t\\n\\r\\n \"", "null", "\"\\u2003\"");
        static final List<String> INVISIBLE = List.of("\"\\u00a0\"", "\"\\u200b\"", "\"\\u2007\"", "\"\\u202f\"",
                "\"\\ufeff\"", "\"\\u00a0\\u00a0\"");
        static final List<String> NOT_SCALARS = List.of("{}", "[]", "[\"Testo\"]", "{\"value\": \"Testo\"}", "[[]]");
        static final List<String> BOOLEANS = List.of("true", "false");
        /** JSON escapes of characters no text may hold: controls, halves of surrogate pairs. */
        static final List<String> REFUSED_ESCAPES = List.of("\\u0000", "\\u0007", "\\u001b", "\\u007f", "\\u0085",
                "\\r", "\\u0008", "\\u000c", "\\u009b");
        static final List<String> LONE_SURROGATES = List.of("\\ud800", "\\udfff", "\\udc00\\ud800", "\\ud83d",
                "\\ud83dx");
        static final List<String> BIDI_OVERRIDES = List.of("\\u202e", "\\u202a", "\\u202d", "\\u2066", "\\u2069",
                String.valueOf((char) 0x202E), String.valueOf((char) 0x2067));
        static final List<byte[]> INVALID_UTF8 = List.of(new byte[]{(byte) 0xFF}, new byte[]{(byte) 0xC3, 0x28},
                new byte[]{(byte) 0xC0, (byte) 0xAF}, new byte[]{(byte) 0xE2, (byte) 0x82},
                new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[]{(byte) 0x80},
                new byte[]{(byte) 0xF8, (byte) 0x88, (byte) 0x80, (byte) 0x80, (byte) 0x80},
                new byte[]{(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80});
        static final List<String> WEIGHT_TEXTS = List.of("-1", "100.001", "101", "1000", "abc", "1e2", "NaN",
                "Infinity", "-0", "0x1A", "30%", "30,5", "+30", "３０", "٣٠", "30.", ".5", "00030", "30.123", "99.999",
                " 3 0", "100.01", "1_0", "½");
        static final List<String> WEIGHT_NUMBERS = List.of("-1", "100.001", "101", "1e2", "-0.5", "1E+400", "100.5",
                "1e-400", "-0", "9223372036854775808", "0.001");
        static final List<String> NON_NUMBERS = List.of("NaN", "Infinity", "-Infinity", "+1", "0x10", "01.5.2", ".5");
        static final List<String> BAD_DATES = List.of("2026-02-30", "2026-02-29", "2026-13-01", "2026-00-10",
                "2026-06-31", "26-12-31", "2026/12/31", "31.12.2026", "2026-12-31T00:00:00Z", "+99999-12-31",
                "-2026-12-31", "２０２６-１２-３１", "2026-12-3١", "2026-1-1", "20261231", "2026-12-31x", "oggi",
                "2026-W52-1", "9999999999-01-01");
        static final List<String> DEADLINES_OUTSIDE_THE_TRIENNIO = List.of("0000-01-01", "2025-12-31", "2029-01-01",
                "9999-12-31", "1970-01-01");
        static final List<String> FRACTIONS = List.of("2026.9", "2026.0", "2.0265e3", "2026.5e0", "1e3", "-0.0");
        static final List<String> OUT_OF_INT_RANGE = List.of("99999999999", "-99999999999", "2147483648",
                "1" + "0".repeat(40));
        static final List<String> NOT_INTEGERS = List.of("\"abc\"", "\"duemilaventisei\"", "true", "{}", "[2026]",
                "\"2026-01-01\"");
        static final List<Integer> YEARS = List.of(-1, 0, 1, 1999, 2000, 2025, 2029, 2030, 2100, 2101, 9999,
                Integer.MAX_VALUE, Integer.MIN_VALUE, -2026, 20260, 2027, 2026, 2028);
        static final List<String> REVISION_NOT_LONG = List.of("1.5", "\"abc\"", "true", "{}", "[]", "1e3",
                "99999999999999999999", "-1.0", "[1]");
        static final List<String> STALE_REVISIONS = List.of("999", "-1", "9223372036854775807",
                "-9223372036854775808", "1000000");
        static final List<String> OBJECTIVE_KINDS = List.of("STRATEGIC", "development", "Development",
                "DEVELOPMENT_X", "0", "1", "ＤＥＶＥＬＯＰＭＥＮＴ", "DEVELOP\u200bMENT", "DEVELOPMENT,MAINTENANCE",
                "LEGAL OBLIGATION", "*");
        static final List<String> DECISIONS = List.of("MAYBE", "approve", "APPROVED", "REJECT", "0", "RETURN\u200b",
                "APPROVE RETURN", "Approva");
        static final List<String> MALFORMED_USER_IDS = List.of("resp segreteria", "resp/segreteria", "résp",
                "a".repeat(129), "<script>", "resp-segreteria;drop", "\"", "a\u00a0b", "resp\\segreteria", "user#1",
                "用户", "..", "resp-segreteria\u200b");
        static final List<String> NOT_RESPONSABILI = List.of("giunta", "ndv", "segretario-2", "admin", "nessuno.qui",
                "TINIT-RSSMRA80A01H501U");
        static final List<String> MISSIONS = List.of("21", "00", "100", "abc", "1.0", "٠١", "0x1", "-1", "1e0", "0",
                "51", "98", "01a", "１");
        static final List<String> BAD_ROLES = List.of("[\"ADMIN\"]", "[\"SYSTEM\"]", "[\"SINDACO\"]", "[\"\"]",
                "[null]", "[\"N\\u0000DV\"]", "[\"NDV\", \"ADMIN\"]", "[\"N D V\"]", "[\"RESPONSABILE\", 1]",
                "[" + String.join(",", Collections.nCopies(10, "\"NDV\"")) + "]", "[\"\\u202eNDV\"]");
        static final List<String> ROLES_NOT_A_LIST = List.of("\"NDV\"", "[{}]", "[true]", "[\"NDV\", false]", "[[\"NDV\"]]", "{}",
                "{\"role\": \"NDV\"}", "1");
        static final List<String> OBJECTIVE_NUMBERS = List.of("abc", "6.1", "-1", "1000", "1 2", "６", "1e2", "0x1",
                "+1", "1.", "01.0", "", "IV");
        static final List<String> PHASE_NUMBERS = List.of("6", "6.", ".1", "6..1", "6.1.1", "6,1", "abc", "6.1000",
                "6.-1", "six.one", "6. 1", "6.１");
        static final List<String> NOT_OBJECTS = List.of("[]", "\"Testo\"", "42", "true", "[{}]", "-0");
        static final List<String> UNKNOWN_FIELDS = List.of("budget", "id", "planId", "__proto__", "constructor", "",
                "nome", "@class", String.valueOf((char) 0), "a".repeat(1000), "Weight", "REASON", "weight ", "ùnicode", "$where");
        static final List<String> WRONG_CONTENT_TYPES = List.of("text/plain", "application/xml",
                "application/x-www-form-urlencoded", "text/json", "multipart/form-data; boundary=x",
                "application/octet-stream", "image/png", "text/html; charset=UTF-8");
        /** Path ids answered as unknown: blank, too long, or with characters no id holds. */
        static final List<String> MALFORMED_IDS = List.of("%20", "%20%20%20", "a".repeat(200), "%C3%A9t%C3%A0",
                "%E2%80%AE", "%3Cscript%3E", "%27%20OR%201%3D1", "%F0%9F%98%80", "id%20con%20spazi", "%09");
        /** Path ids that the firewall or the URL decoder may refuse before the route: any 4xx. */
        static final List<String> HOSTILE_IDS = List.of("%00", "%FF", "..", "%2E%2E", "%2F", "%5C", ";x", "%25",
                "a%0Ab", "%C0%AF", "%ED%A0%80", ".");

        private Values() {
        }

        static String str(String text) {
            return "\"" + escaped(text) + "\"";
        }

        /** A JSON string of {@code head}, then a raw piece of JSON string (an escape, say), then {@code tail}. */
        static String strWith(String head, String rawPiece, String tail) {
            return "\"" + escaped(head) + rawPiece + escaped(tail) + "\"";
        }

        static String escaped(String text) {
            StringBuilder out = new StringBuilder();
            for (char character : text.toCharArray()) {
                if (character == '"') {
                    out.append("\\\"");
                } else if (character == '\\') {
                    out.append("\\\\");
                } else if (character < 0x20) {
                    out.append(String.format("\\u%04x", (int) character));
                } else {
                    out.append(character);
                }
            }
            return out.toString();
        }

        static String json(Map<String, String> fields) {
            return fields.entrySet().stream()
                    .map(field -> str(field.getKey()) + ": " + field.getValue())
                    .collect(Collectors.joining(", ", "{", "}"));
        }

        static byte[] replaced(byte[] content, String marker, byte[] replacement) {
            byte[] wanted = marker.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + replacement.length);
            for (int index = 0; index < content.length; index++) {
                if (regionMatches(content, index, wanted)) {
                    out.writeBytes(replacement);
                    index += wanted.length - 1;
                } else {
                    out.write(content[index]);
                }
            }
            return out.toByteArray();
        }

        static byte[] inserted(byte[] content, int at, byte[] piece) {
            byte[] out = new byte[content.length + piece.length];
            System.arraycopy(content, 0, out, 0, at);
            System.arraycopy(piece, 0, out, at, piece.length);
            System.arraycopy(content, at, out, at + piece.length, content.length - at);
            return out;
        }

        static int indexOf(byte[] content, String text) {
            byte[] wanted = text.getBytes(StandardCharsets.UTF_8);
            for (int index = 0; index <= content.length - wanted.length; index++) {
                if (regionMatches(content, index, wanted)) {
                    return index;
                }
            }
            throw new AssertionError("'" + text + "' not found");
        }

        private static boolean regionMatches(byte[] content, int at, byte[] wanted) {
            if (at + wanted.length > content.length) {
                return false;
            }
            for (int offset = 0; offset < wanted.length; offset++) {
                if (content[at + offset] != wanted[offset]) {
                    return false;
                }
            }
            return true;
        }

        static byte[] multipart(String boundary, String part, String fileName, byte[] content) {
            ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
            out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + part + "\"; filename=\""
                    + fileName + "\"\r\nContent-Type: application/octet-stream\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            out.writeBytes(content);
            out.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
            return out.toByteArray();
        }

        static byte[] noise(Random random, int size) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            return bytes;
        }

        static String uuid(Random random) {
            return new UUID(random.nextLong(), random.nextLong()).toString();
        }

        static String letters(Random random, int count) {
            StringBuilder out = new StringBuilder();
            for (int index = 0; index < count; index++) {
                out.append((char) ('a' + random.nextInt(26)));
            }
            return out.toString();
        }
    }

    static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    static String json(Map<String, String> fields) {
        return Values.json(fields);
    }

    static String preview(String text, int length) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (int index = 0; index < Math.min(length, text.length()); index++) {
            char character = text.charAt(index);
            out.append(character < 0x20 || character == 0x7F || (character >= 0x80 && character < 0xA0)
                    || Character.isSurrogate(character) || (character >= 0x202A && character <= 0x202E)
                    || (character >= 0x2066 && character <= 0x2069)
                    ? String.format("\\u%04x", (int) character) : String.valueOf(character));
        }
        return text.length() > length ? out + "…" : out.toString();
    }

    // ------------------------------------------------------------------------------------------------------------
    // The routes and their mutators

    /** Every write route of the API, aimed at the targets, each with the mutators its fields and rules call for. */
    static final class Routes {

        private static final String SEGRETARIO = "segretario";
        private static final String HEAD = "resp-segreteria";

        private final Targets targets;
        private final List<Route> routes = new ArrayList<>();

        private Routes(Targets targets) {
            this.targets = targets;
        }

        static List<Route> aimedAt(Targets targets) {
            Routes routes = new Routes(targets);
            routes.planRoutes();
            routes.objectiveRoutes();
            routes.approvalRoutes();
            routes.taskRoutes();
            routes.importRoutes();
            routes.organisationRoutes();
            routes.adminRoutes();
            return routes.routes;
        }

        private static Map<String, Expect> segretarioOnlyOnAPlan() {
            return users("resp-segreteria", 403, "resp-tecnica", 403, "giunta", 403, "ndv", 403, "segretario-2", 404,
                    "admin", 404, ANONYMOUS, 401);
        }

        private static Map<String, Expect> editorsOnAPlan() {
            return users("resp-tecnica", 403, "giunta", 403, "ndv", 403, "segretario-2", 404, "admin", 404,
                    ANONYMOUS, 401);
        }

        private static Map<String, Expect> segretarioAnywhere() {
            Map<String, Expect> users = users("resp-segreteria", 403, "giunta", 403, "ndv", 403, "admin", 403,
                    ANONYMOUS, 401);
            users.put("segretario-2", Expect.oneOf(403, 404));
            return users;
        }

        private static Map<String, Expect> users(Object... userAndStatus) {
            Map<String, Expect> users = new LinkedHashMap<>();
            for (int index = 0; index < userAndStatus.length; index += 2) {
                users.put((String) userAndStatus[index], Expect.of((Integer) userAndStatus[index + 1]));
            }
            return users;
        }

        // -------- plans

        private void planRoutes() {
            Route definePlan = new Route("POST /api/plans", "POST", "/api/plans", SEGRETARIO)
                    .field("organisation", Values.str(targets.freshComune()))
                    .field("firstYear", "2026").field("lastYear", "2028").field("year", "2026");
            jsonRoute(definePlan, segretarioAnywhere());
            text(definePlan, "organisation", true);
            text(definePlan, "province", false);
            year(definePlan, "firstYear", Set.of(2026));
            year(definePlan, "lastYear", Set.of(2028));
            year(definePlan, "year", Set.of(2026, 2027, 2028));
            definePlan.add("organisation not registered", random -> definePlan.json(random, "organisation not registered",
                    definePlan.bodyWith("organisation", Values.str("Comune di Nessundove " + Values.letters(random, 8))),
                    Expect.of(422, "UnknownOrganisation")));
            definePlan.add("plan of the year already defined", random -> definePlan.json(random,
                    "plan of the year already defined", definePlan.bodyWith("organisation", Values.str(
                            pick(random, List.of(targets.comune(), "  " + targets.comune().toUpperCase().replace(" ", "  "),
                                    targets.comune().toLowerCase().replace(' ', '\u00a0'))))),
                    Expect.of(409, "PlanAlreadyExists")));
            definePlan.add("organisation spelt in another script", random -> definePlan.json(random,
                    "organisation spelt in another script", definePlan.bodyWith("organisation",
                            Values.str(targets.freshComune().replace('o', 'о').replace('e', 'е'))),
                    Expect.of(422, "UnknownOrganisation")));

            String plan = "/api/plans/{planId}";
            Route addStructure = new Route("POST /api/plans/{planId}/structures", "POST", plan + "/structures", SEGRETARIO)
                    .id("planId", targets.planId())
                    .field("name", Values.str("Ragioneria")).field("head", Values.str("Dott.ssa Anna Rossi"))
                    .field("headTitle", Values.str("Responsabile del servizio finanziario"));
            jsonRoute(addStructure, segretarioOnlyOnAPlan());
            text(addStructure, "name", true);
            text(addStructure, "head", true);
            text(addStructure, "headTitle", false);
            addStructure.add("structure already in the plan", random -> addStructure.json(random,
                    "structure already in the plan", addStructure.bodyWith("name", Values.str("Segreteria")),
                    Expect.of(422, "DuplicateStructure")));
            submitted(addStructure, "planId", targets.submittedPlanId());

            Route context = new Route("PUT /api/plans/{planId}/structures/{structureId}/context", "PUT",
                    plan + "/structures/{structureId}/context", SEGRETARIO)
                    .id("planId", targets.planId()).id("structureId", targets.structureId());
            contextFields(context);
            jsonRoute(context, segretarioOnlyOnAPlan());
            contextMutators(context, true);
            submitted(context, "planId", targets.submittedPlanId(), "structureId", targets.submittedStructureId());

            Route head = new Route("PUT /api/plans/{planId}/structures/{structureId}/head", "PUT",
                    plan + "/structures/{structureId}/head", SEGRETARIO)
                    .id("planId", targets.planId()).id("structureId", targets.structureId())
                    .field("userId", Values.str("resp-segreteria")).field("name", Values.str("Avv. Marco Gregoli"))
                    .field("title", Values.str("Segretario Generale"))
                    .field("reason", Values.str("Responsabile della Segreteria"));
            jsonRoute(head, segretarioOnlyOnAPlan());
            field(head, "userId", Kind.USER_ID, true);
            text(head, "name", true);
            text(head, "title", false);
            field(head, "reason", Kind.REASON, true);

            Route commonContext = new Route("PUT /api/plans/{planId}/common-context", "PUT", plan + "/common-context",
                    SEGRETARIO).id("planId", targets.planId());
            contextFields(commonContext);
            jsonRoute(commonContext, segretarioOnlyOnAPlan());
            contextMutators(commonContext, false);
            submitted(commonContext, "planId", targets.submittedPlanId());
        }

        private static void contextFields(Route route) {
            route.field("strategicLine", Values.str("Un Comune efficiente e trasparente"))
                    .field("strategicObjective", Values.str("Migliorare l'organizzazione dell'ente"))
                    .field("missionCode", Values.str("01"))
                    .field("operationalObjective", Values.str("Garantire il buon andamento amministrativo"));
        }

        private void contextMutators(Route route, boolean missionRequired) {
            text(route, "strategicLine", true);
            text(route, "strategicObjective", true);
            field(route, "missionCode", Kind.MISSION, missionRequired);
            text(route, "operationalObjective", true);
        }

        // -------- objectives and phases

        private void objectiveRoutes() {
            String plan = "/api/plans/{planId}";
            Route define = new Route("POST /api/plans/{planId}/structures/{structureId}/objectives", "POST",
                    plan + "/structures/{structureId}/objectives", SEGRETARIO, HEAD)
                    .id("planId", targets.planId()).id("structureId", targets.structureId());
            objectiveFields(define, "8");
            jsonRoute(define, editorsOnAPlan());
            objectiveMutators(define, List.of("6", "06", "7", "006"));
            submitted(define, "planId", targets.submittedPlanId(), "structureId", targets.submittedStructureId());
            define.add("structure of another plan", random -> define.request("structure of another plan",
                    define.caller(random), "POST", define.pathWith("structureId", targets.submittedStructureId(), ""),
                    define.contentType, bytes(define.bodyText()), false, Expect.of(404, "UnknownStructure")));

            Route common = new Route("POST /api/plans/{planId}/common-objectives", "POST", plan + "/common-objectives",
                    SEGRETARIO).id("planId", targets.planId());
            objectiveFields(common, "2");
            Map<String, Expect> commonOutsiders = editorsOnAPlan();
            commonOutsiders.put("resp-segreteria", Expect.of(403));
            jsonRoute(common, commonOutsiders);
            objectiveMutators(common, List.of("1", "01"));
            submitted(common, "planId", targets.submittedPlanId());

            Route revise = new Route("PUT /api/plans/{planId}/objectives/{objectiveId}", "PUT",
                    plan + "/objectives/{objectiveId}", SEGRETARIO, HEAD)
                    .id("planId", targets.planId()).id("objectiveId", targets.objectiveId())
                    .field("kind", Values.str("DEVELOPMENT")).field("description", Values.str("Obiettivo 6 rivisto"))
                    .field("indicators", Values.str("Rispetto delle scadenze")).field("targets", Values.str("100%"))
                    .field("deadline", Values.str("2026-11-30")).field("reason", Values.str("Revisione del testo"));
            jsonRoute(revise, editorsOnAPlan());
            field(revise, "kind", Kind.OBJECTIVE_KIND, true);
            text(revise, "description", true);
            text(revise, "indicators", false);
            text(revise, "targets", false);
            field(revise, "deadline", Kind.DEADLINE, false);
            text(revise, "reason", false);
            field(revise, "revision", Kind.REVISION, false);
            submitted(revise, "planId", targets.submittedPlanId(), "objectiveId", targets.submittedObjectiveId());
            anotherPlans(revise, "objectiveId", targets.submittedObjectiveId(), "UnknownObjective");
            commonByAResponsabile(revise);

            Route weight = new Route("PUT /api/plans/{planId}/objectives/{objectiveId}/weight", "PUT",
                    plan + "/objectives/{objectiveId}/weight", SEGRETARIO, HEAD)
                    .id("planId", targets.planId()).id("objectiveId", targets.objectiveId())
                    .field("weight", Values.str("35")).field("reason", Values.str("Riequilibrio dei pesi"));
            weightRoute(weight);
            submitted(weight, "planId", targets.submittedPlanId(), "objectiveId", targets.submittedObjectiveId());
            anotherPlans(weight, "objectiveId", targets.submittedObjectiveId(), "UnknownObjective");
            commonByAResponsabile(weight);

            Route remove = new Route("DELETE /api/plans/{planId}/objectives/{objectiveId}", "DELETE",
                    plan + "/objectives/{objectiveId}", SEGRETARIO, HEAD)
                    .id("planId", targets.planId()).id("objectiveId", targets.victimObjectiveId())
                    .query("?reason=Obiettivo%20superato");
            removal(remove, editorsOnAPlan(), true);
            submitted(remove, "planId", targets.submittedPlanId(), "objectiveId", targets.submittedObjectiveId());

            Route definePhase = new Route("POST /api/plans/{planId}/objectives/{objectiveId}/phases", "POST",
                    plan + "/objectives/{objectiveId}/phases", SEGRETARIO, HEAD)
                    .id("planId", targets.planId()).id("objectiveId", targets.objectiveId())
                    .field("number", Values.str("6.3")).field("description", Values.str("Fase 6.3"))
                    .field("weight", Values.str("20")).field("indicator", Values.str("Atto adottato"))
                    .field("target", Values.str("Sì")).field("deadline", Values.str("2026-10-31"));
            jsonRoute(definePhase, editorsOnAPlan());
            field(definePhase, "number", Kind.PHASE_NUMBER, true);
            text(definePhase, "description", true);
            field(definePhase, "weight", Kind.WEIGHT, true);
            text(definePhase, "indicator", false);
            text(definePhase, "target", false);
            field(definePhase, "deadline", Kind.DEADLINE, false);
            definePhase.add("phase numbered after another objective", random -> definePhase.json(random,
                    "phase numbered after another objective", definePhase.bodyWith("number",
                            Values.str(pick(random, List.of("7.1", "1.1", "60.1", "5.3")))),
                    Expect.of(422, "PhaseNumberOutsideObjective")));
            definePhase.add("phase number already used", random -> definePhase.json(random, "phase number already used",
                    definePhase.bodyWith("number", Values.str(pick(random, List.of("6.1", "6.01", "06.1", "6.2")))),
                    Expect.of(422, "DuplicateNumber")));
            submitted(definePhase, "planId", targets.submittedPlanId(), "objectiveId", targets.submittedObjectiveId());
            anotherPlans(definePhase, "objectiveId", targets.submittedObjectiveId(), "UnknownObjective");

            Route revisePhase = new Route("PUT /api/plans/{planId}/phases/{phaseId}", "PUT", plan + "/phases/{phaseId}",
                    SEGRETARIO, HEAD)
                    .id("planId", targets.planId()).id("phaseId", targets.phaseId())
                    .field("description", Values.str("Fase 6.1 rivista")).field("indicator", Values.str("Atto"))
                    .field("target", Values.str("Sì")).field("deadline", Values.str("2026-10-31"))
                    .field("reason", Values.str("Revisione della fase"));
            jsonRoute(revisePhase, editorsOnAPlan());
            text(revisePhase, "description", true);
            text(revisePhase, "indicator", false);
            text(revisePhase, "target", false);
            field(revisePhase, "deadline", Kind.DEADLINE, false);
            text(revisePhase, "reason", false);
            field(revisePhase, "revision", Kind.REVISION, false);
            submitted(revisePhase, "planId", targets.submittedPlanId(), "phaseId", targets.submittedPhaseId());
            anotherPlans(revisePhase, "phaseId", targets.submittedPhaseId(), "UnknownPhase");

            Route phaseWeight = new Route("PUT /api/plans/{planId}/phases/{phaseId}/weight", "PUT",
                    plan + "/phases/{phaseId}/weight", SEGRETARIO, HEAD)
                    .id("planId", targets.planId()).id("phaseId", targets.phaseId())
                    .field("weight", Values.str("60")).field("reason", Values.str("Riequilibrio delle fasi"));
            weightRoute(phaseWeight);
            submitted(phaseWeight, "planId", targets.submittedPlanId(), "phaseId", targets.submittedPhaseId());
            anotherPlans(phaseWeight, "phaseId", targets.submittedPhaseId(), "UnknownPhase");

            Route removePhase = new Route("DELETE /api/plans/{planId}/phases/{phaseId}", "DELETE",
                    plan + "/phases/{phaseId}", SEGRETARIO, HEAD)
                    .id("planId", targets.planId()).id("phaseId", targets.victimPhaseId())
                    .query("?reason=Fase%20superata");
            removal(removePhase, editorsOnAPlan(), true);
            submitted(removePhase, "planId", targets.submittedPlanId(), "phaseId", targets.submittedPhaseId());
        }

        private static void objectiveFields(Route route, String number) {
            route.field("number", Values.str(number)).field("kind", Values.str("DEVELOPMENT"))
                    .field("description", Values.str("Obiettivo " + number + " del piano"))
                    .field("weight", Values.str("10")).field("indicators", Values.str("Rispetto delle scadenze"))
                    .field("targets", Values.str("100%")).field("deadline", Values.str("2026-12-31"));
        }

        private static void objectiveMutators(Route route, List<String> usedNumbers) {
            field(route, "number", Kind.OBJECTIVE_NUMBER, true);
            field(route, "kind", Kind.OBJECTIVE_KIND, true);
            text(route, "description", true);
            field(route, "weight", Kind.WEIGHT, true);
            text(route, "indicators", false);
            text(route, "targets", false);
            field(route, "deadline", Kind.DEADLINE, false);
            route.add("objective number already used", random -> route.json(random, "objective number already used",
                    route.bodyWith("number", Values.str(pick(random, usedNumbers))), Expect.of(422, "DuplicateNumber")));
        }

        private void weightRoute(Route route) {
            jsonRoute(route, editorsOnAPlan());
            field(route, "weight", Kind.WEIGHT, true);
            field(route, "reason", Kind.REASON, true);
            field(route, "revision", Kind.REVISION, false);
        }

        private void commonByAResponsabile(Route route) {
            route.add("common objective by a Responsabile", random -> route.request("common objective by a Responsabile",
                    HEAD, route.method, route.pathWith("objectiveId", targets.commonObjectiveId(), ""), route.contentType,
                    bytes(route.bodyText()), false, Expect.of(403)));
        }

        private static void anotherPlans(Route route, String variable, String idOfAnotherPlan, String code) {
            route.add(variable + " of another plan", random -> route.request(variable + " of another plan",
                    route.caller(random), route.method, route.pathWith(variable, idOfAnotherPlan, route.query),
                    route.hasJsonBody() ? route.contentType : null, route.hasJsonBody() ? bytes(route.bodyText()) : null,
                    false, Expect.of(404, code)));
        }

        // -------- approval

        private void approvalRoutes() {
            String plan = "/api/plans/{planId}";
            Route resolve = new Route("POST /api/plans/{planId}/import-findings/{n}/resolve", "POST",
                    plan + "/import-findings/{n}/resolve", SEGRETARIO)
                    .id("planId", targets.importedPlanId()).id("n", "2")
                    .field("note", Values.str("Scadenza corretta dopo verifica con il Responsabile"));
            jsonRoute(resolve, segretarioOnlyOnAPlan());
            text(resolve, "note", true);
            resolve.add("finding that does not exist", random -> resolve.request("finding that does not exist",
                    SEGRETARIO, "POST", resolve.pathWith("n", pick(random, List.of("0", "4", "99", "-1", "2147483647")), ""),
                    resolve.contentType, bytes(resolve.bodyText()), false, Expect.of(404, "UnknownFinding")));
            resolve.add("finding number that is not a number", random -> resolve.request(
                    "finding number that is not a number", SEGRETARIO, "POST", resolve.pathWith("n", pick(random,
                            List.of("abc", "1.5", "1e1", "99999999999", "0x1", "%C3%A9", "uno", "2%20", "%231", "1%202",
                            "%2B1", "0X2", "-0x1")), ""),
                    resolve.contentType, bytes(resolve.bodyText()), false, Expect.of(400, "InvalidParameter")));
            resolve.add("blank finding number", random -> resolve.request("blank finding number", SEGRETARIO, "POST",
                    resolve.pathWith("n", pick(random, List.of("%20", "%20%20", "%09")), ""), resolve.contentType,
                    bytes(resolve.bodyText()), false, Expect.of(400, "InvalidParameter")));
            resolve.add("plan that was not imported", random -> resolve.request("plan that was not imported", SEGRETARIO,
                    "POST", resolve.pathWith("planId", targets.planId(), ""), resolve.contentType,
                    bytes(resolve.bodyText()), false, Expect.of(404, "UnknownFinding")));
            submitted(resolve, "planId", targets.submittedPlanId());

            Route submit = new Route("POST /api/plans/{planId}/submit", "POST", plan + "/submit", SEGRETARIO)
                    .id("planId", targets.submittedPlanId());
            noBodyRoute(submit, segretarioOnlyOnAPlan(), Expect.of(409, "PlanNotInDraft"));
            submit.add("incomplete draft", random -> submit.request("incomplete draft", SEGRETARIO, "POST",
                    submit.pathWith("planId", targets.planId(), ""), null, null, false, Expect.of(422)));
            submit.add("incomplete draft by someone else", random -> {
                Map.Entry<String, Expect> outsider = pick(random, List.copyOf(segretarioOnlyOnAPlan().entrySet()));
                return submit.request("incomplete draft by someone else", outsider.getKey(), "POST",
                        submit.pathWith("planId", targets.planId(), ""), null, null, false, outsider.getValue());
            });

            Route variation = new Route("POST /api/plans/{planId}/variations", "POST", plan + "/variations", SEGRETARIO)
                    .id("planId", targets.planId())
                    .field("reason", Values.str("Nuova priorità della Giunta sulla contrattazione decentrata"));
            variation.tooLong = Expect.of(409, "PlanNotAdopted");
            jsonRoute(variation, segretarioOnlyOnAPlan());
            field(variation, "reason", Kind.REASON, true);
            variation.add("draft that was never adopted", random -> variation.json(random, "draft that was never adopted",
                    variation.bodyText(), Expect.of(409, "PlanNotAdopted")));
            variation.add("submitted plan", random -> variation.request("submitted plan", SEGRETARIO, "POST",
                    variation.pathWith("planId", targets.submittedPlanId(), ""), variation.contentType,
                    bytes(variation.bodyText()), false, Expect.of(409, "PlanNotAdopted")));
        }

        // -------- the Giunta's tasks

        private void taskRoutes() {
            Map<String, Expect> outsiders = users("segretario", 403, "resp-segreteria", 403, "ndv", 403,
                    "segretario-2", 403, "admin", 403, ANONYMOUS, 401);
            String today = LocalDate.now(ZoneId.of("Europe/Rome")).toString();
            Route approve = new Route("POST /api/tasks/{taskId}/complete (APPROVE)", "POST", "/api/tasks/{taskId}/complete",
                    "giunta").id("taskId", targets.taskId())
                    .field("decision", Values.str("APPROVE")).field("resolutionNumber", Values.str("12"))
                    .field("resolutionDate", Values.str(today.compareTo("2026-11-30") > 0 ? "2026-11-30" : today));
            jsonRoute(approve, outsiders);
            field(approve, "decision", Kind.DECISION, true);
            text(approve, "resolutionNumber", true);
            field(approve, "resolutionDate", Kind.RESOLUTION_DATE, true);

            Route giveBack = new Route("POST /api/tasks/{taskId}/complete (RETURN)", "POST", "/api/tasks/{taskId}/complete",
                    "giunta").id("taskId", targets.taskId())
                    .field("decision", Values.str("RETURN"))
                    .field("remarks", Values.str("Riequilibrare i pesi fra gli obiettivi 6 e 7"));
            jsonRoute(giveBack, outsiders);
            field(giveBack, "decision", Kind.DECISION, true);
            text(giveBack, "remarks", true);
        }

        // -------- imports

        private void importRoutes() {
            Map<String, Expect> outsiders = users("giunta", 403, "ndv", 403, "resp-segreteria", 403, "admin", 403,
                    "segretario-2", 403, ANONYMOUS, 401);
            byte[] draft = targets.importedDraft();
            Route raw = new Route("POST /api/imports (raw body)", "POST", "/api/imports", SEGRETARIO)
                    .query("?fileName=bozza.txt");
            raw.contentType = "text/plain";
            String rawPath = "/api/imports?fileName=bozza.txt";
            raw.add("draft already imported", random -> raw.bytes(random, "draft already imported", draft,
                    Expect.of(409, "PlanAlreadyExists")));
            raw.add("empty document", random -> raw.bytes(random, "empty document", new byte[0],
                    Expect.of(422, "UnreadableDocument")));
            raw.add("binary noise", random -> raw.bytes(random, "binary noise", Values.noise(random, 64 + random.nextInt(8192)),
                    Expect.of(422, "UnreadableDocument")));
            raw.add("zip that is not a Word document", random -> raw.bytes(random, "zip that is not a Word document",
                    Values.inserted(Values.noise(random, 2048), 0, new byte[]{'P', 'K', 3, 4}),
                    Expect.of(422, "UnreadableDocument")));
            raw.add("broken Word document", random -> {
                byte[] broken = Values.inserted(Values.noise(random, 4096), 0, new byte[]{'P', 'K', 3, 4});
                broken = Values.inserted(broken, 100 + random.nextInt(3000), "word/document.xml".getBytes(StandardCharsets.UTF_8));
                return raw.bytes(random, "broken Word document", broken, Expect.of(422));
            });
            raw.add("text without a plan", random -> raw.bytes(random, "text without a plan",
                    ("Verbale della seduta " + Values.letters(random, 40) + "\nN°\tDescrizione\n1\tNiente\n")
                            .getBytes(StandardCharsets.UTF_8), Expect.of(422, "UnreadableDocument")));
            raw.add("draft of a comune not registered", random -> raw.bytes(random, "draft of a comune not registered",
                    new String(draft, StandardCharsets.UTF_8).replaceFirst("COMUNE DI MONTE CREMASCO [A-Z]+",
                            "COMUNE DI NESSUNDOVE " + Values.letters(random, 10).toUpperCase()).getBytes(StandardCharsets.UTF_8),
                    Expect.of(422, "UnknownOrganisation")));
            raw.add("draft with hostile bytes after its heading", random -> {
                int after = Values.indexOf(draft, "STRUTTURA:");
                byte[] piece = pick(random, List.of(new byte[]{0, 7, 27}, "\u202e\u2066".getBytes(StandardCharsets.UTF_8),
                        new byte[]{(byte) 0xFF, (byte) 0xFE}, new byte[]{(byte) 0xED, (byte) 0xA0, (byte) 0x80},
                        "\t\t\t\t\t\t\t\t\t\t".getBytes(StandardCharsets.UTF_8)));
                return raw.bytes(random, "draft with hostile bytes after its heading",
                        Values.inserted(draft, after + random.nextInt(draft.length - after), piece), Expect.refusal());
            });
            raw.add("draft cut after its heading", random -> {
                int after = Values.indexOf(draft, "STRUTTURA:");
                return raw.bytes(random, "draft cut after its heading",
                        Arrays.copyOf(draft, after + random.nextInt(draft.length - after)), Expect.refusal());
            });
            raw.add("document over 10 MiB", random -> raw.bytes(random, "document over 10 MiB",
                    new byte[10 * 1024 * 1024 + 1 + random.nextInt(1024)], Expect.of(413, "DocumentTooLarge")));
            raw.add("document over 10 MiB, chunked", random -> raw.request("document over 10 MiB, chunked", SEGRETARIO,
                    "POST", rawPath, "text/plain", new byte[10 * 1024 * 1024 + 1 + random.nextInt(1024)], true,
                    Expect.of(413, "DocumentTooLarge")));
            raw.add("dryRun that is not a boolean", random -> raw.request("dryRun that is not a boolean", SEGRETARIO,
                    "POST", rawPath + "&dryRun=" + pick(random, List.of("forse", "2", "s%C3%AC", "%00", "yes%20no")),
                    "text/plain", draft, false, Expect.of(400)));
            raw.add("dry run of noise", random -> raw.request("dry run of noise", SEGRETARIO, "POST",
                    rawPath + "&dryRun=true", "text/plain", Values.noise(random, 512), false,
                    Expect.of(422, "UnreadableDocument")));
            raw.add("hostile file name", random -> raw.request("hostile file name", SEGRETARIO, "POST",
                    "/api/imports?fileName=" + pick(random, List.of("..%2F..%2Fetc%2Fpasswd", "%00.txt",
                            "%E2%80%AEtxt.exe", "a".repeat(2000), "%0D%0AX-Injected:%201", "%20")),
                    "text/plain", draft, false, Expect.of(409, "PlanAlreadyExists")));
            raw.add("no file name", random -> raw.request("no file name",
                    SEGRETARIO, "POST", "/api/imports", "text/plain", draft, false, Expect.of(409, "PlanAlreadyExists")));
            raw.add("draft sent as JSON", random -> raw.request("draft sent as JSON", SEGRETARIO, "POST", rawPath,
                    "application/json", draft, false, Expect.of(409, "PlanAlreadyExists")));
            raw.add("multipart content type on a raw body", random -> raw.request("multipart content type on a raw body",
                    SEGRETARIO, "POST", "/api/imports", pick(random, List.of("multipart/form-data; boundary=traccia",
                            "multipart/form-data", "multipart/mixed; boundary=x")), draft, false, Expect.refusal()));
            raw.add("parameter given twice", random -> raw.request("parameter given twice", SEGRETARIO, "POST",
                    "/api/imports?" + pick(random, List.of("fileName=a.txt&fileName=b.txt", "dryRun=true&dryRun=false",
                            "dryRun=false&dryRun=false")), "text/plain", draft, false, Expect.of(400, "DuplicateParameter")));
            raw.add("invalid UTF-8 in a parameter", random -> raw.request("invalid UTF-8 in a parameter", SEGRETARIO,
                    "POST", "/api/imports?fileName=" + pick(random, List.of("%FF.txt", "%C0%AF.txt", "bozza%ED%A0%80.txt")),
                    "text/plain", draft, false, Expect.of(400, "InvalidEncoding")));
            raw.add("PATCH", random -> raw.request("PATCH", SEGRETARIO, "PATCH", rawPath, "text/plain", draft, false,
                    Expect.of(405)));
            wrongUsers(raw, outsiders, () -> draft);

            Route multipart = new Route("POST /api/imports (multipart)", "POST", "/api/imports", SEGRETARIO);
            String boundary = "traccia-fuzz";
            String form = "multipart/form-data; boundary=" + boundary;
            multipart.add("draft already imported", random -> multipart.request("draft already imported", SEGRETARIO,
                    "POST", "/api/imports", form, Values.multipart(boundary, "file", "bozza.txt", draft), false,
                    Expect.of(409, "PlanAlreadyExists")));
            multipart.add("part not named file", random -> multipart.request("part not named file", SEGRETARIO, "POST",
                    "/api/imports", form, Values.multipart(boundary, pick(random, List.of("document", "File", "", "files")),
                            "bozza.txt", draft), false, Expect.of(400)));
            multipart.add("empty file", random -> multipart.request("empty file", SEGRETARIO, "POST", "/api/imports", form,
                    Values.multipart(boundary, "file", "vuoto.txt", new byte[0]), false, Expect.of(422, "UnreadableDocument")));
            multipart.add("noise file", random -> multipart.request("noise file", SEGRETARIO, "POST", "/api/imports",
                    form, Values.multipart(boundary, "file", "foto.jpg", Values.noise(random, 4096)), false,
                    Expect.of(422, "UnreadableDocument")));
            multipart.add("body that is not multipart", random -> multipart.request("body that is not multipart",
                    SEGRETARIO, "POST", "/api/imports", form, pick(random, List.of(draft, new byte[0],
                            "--traccia-fuzz\r\n".getBytes(StandardCharsets.UTF_8))), false, Expect.refusal()));
            multipart.add("multipart without its closing boundary", random -> {
                byte[] whole = Values.multipart(boundary, "file", "bozza.txt", draft);
                return multipart.request("multipart without its closing boundary", SEGRETARIO, "POST", "/api/imports",
                        form, Arrays.copyOf(whole, whole.length - boundary.length() - 8), false, Expect.refusal());
            });
            multipart.add("boundary other than declared", random -> multipart.request("boundary other than declared",
                    SEGRETARIO, "POST", "/api/imports", "multipart/form-data; boundary=altro",
                    Values.multipart(boundary, "file", "bozza.txt", draft), false, Expect.refusal()));
            multipart.add("hostile file name", random -> multipart.request("hostile file name", SEGRETARIO, "POST",
                    "/api/imports", form, Values.multipart(boundary, "file", pick(random, List.of("../../etc/passwd",
                            "bozza\u202etxt.exe", "a".repeat(300), "C:\\Windows\\system.ini", "%00.txt")), draft), false,
                    Expect.of(409, "PlanAlreadyExists")));
            multipart.add("part header longer than the container reads", random -> multipart.request(
                    "part header longer than the container reads", SEGRETARIO, "POST", "/api/imports", form,
                    Values.multipart(boundary, "file", "a".repeat(1000 + random.nextInt(8000)), draft), false,
                    Expect.of(413)));
            multipart.add("dryRun that is not a boolean", random -> multipart.request("dryRun that is not a boolean",
                    SEGRETARIO, "POST", "/api/imports?dryRun=forse", form,
                    Values.multipart(boundary, "file", "bozza.txt", draft), false, Expect.of(400)));
            multipart.add("file over 10 MiB", random -> multipart.request("file over 10 MiB", SEGRETARIO, "POST",
                    "/api/imports", form, Values.multipart(boundary, "file", "enorme.txt",
                            new byte[10 * 1024 * 1024 + 1 + random.nextInt(1024)]), false, Expect.of(413, "DocumentTooLarge")));
            multipart.add("upload over the servlet's limit", random -> multipart.request("upload over the servlet's limit",
                    SEGRETARIO, "POST", "/api/imports", form, Values.multipart(boundary, "file", "enorme.txt",
                            new byte[13 * 1024 * 1024]), false, Expect.of(413)));
            for (Map.Entry<String, Expect> outsider : outsiders.entrySet()) {
                multipart.add("as " + outsider.getKey(), random -> multipart.request("as " + outsider.getKey(),
                        outsider.getKey(), "POST", "/api/imports", form,
                        Values.multipart(boundary, "file", "bozza.txt", draft), false, outsider.getValue()));
            }
            routes.add(raw);
            routes.add(multipart);
        }

        // -------- organisations

        private void organisationRoutes() {
            Map<String, Expect> nonAdministrators = users("segretario", 403, "giunta", 403, "ndv", 403,
                    "segretario-2", 403, "resp-tecnica", 403, ANONYMOUS, 401);
            Route register = new Route("POST /api/organisations", "POST", "/api/organisations", "admin")
                    .field("name", Values.str(targets.comune())).field("province", Values.str("Cremona"));
            jsonRoute(register, nonAdministrators);
            text(register, "name", true);
            text(register, "province", false);
            register.add("organisation already registered", random -> register.json(random,
                    "organisation already registered", register.bodyWith("name", Values.str(pick(random, List.of(
                            targets.comune(), targets.comune().toUpperCase(), " " + targets.comune().replace(" ", "   "),
                            targets.comune().replace(' ', '\u00a0'), targets.comune().replace("C", "Ｃ"))))),
                    Expect.of(409, "OrganisationAlreadyExists")));
            register.add("name in another script", random -> register.json(random, "name in another script",
                    register.bodyWith("name", Values.str("Comune di " + pick(random, List.of("Моntе Сrеmаsсо", "Κρέμα",
                            "Monte Cremasco ا", "蒙特")) + " " + Values.letters(random, 6))),
                    Expect.of(422, "NonLatinLetters")));

            Map<String, Expect> outsiders = users("segretario", 403, "giunta", 403, "resp-tecnica", 403, "ndv", 403,
                    "segretario-2", 404, ANONYMOUS, 401);
            String members = "/api/organisations/{organisationId}/members/{userId}";
            Route setRoles = new Route("PUT /api/organisations/{organisationId}/members/{userId}", "PUT", members, "admin")
                    .id("organisationId", targets.organisationId()).id("userId", "resp-tecnica")
                    .field("roles", "[\"RESPONSABILE\", \"NDV\"]").field("reason", Values.str("Nuovo incarico"));
            jsonRoute(setRoles, outsiders);
            field(setRoles, "roles", Kind.ROLES, true);
            field(setRoles, "reason", Kind.REASON, true);

            Route removeMember = new Route("DELETE /api/organisations/{organisationId}/members/{userId}", "DELETE",
                    members, "admin").id("organisationId", targets.organisationId()).id("userId", "resp-tecnica")
                    .query("?reason=Fine%20incarico");
            removal(removeMember, outsiders, false);
            removeMember.add("not a member", random -> removeMember.request("not a member", "admin", "DELETE",
                    removeMember.pathWith("userId", pick(random, List.of("segretario-2", "nessuno", "admin",
                            "TINIT-RSSMRA80A01H501U")), removeMember.query), null, null, false,
                    Expect.of(404, "UnknownMember")));
        }

        // -------- administration

        private void adminRoutes() {
            Route rebuild = new Route("POST /api/admin/read-models/rebuild", "POST", "/api/admin/read-models/rebuild",
                    "segretario", "giunta", "ndv", "resp-segreteria", "resp-tecnica", "segretario-2");
            rebuild.add("by someone who is not an administrator", random -> rebuild.request(
                    "by someone who is not an administrator", rebuild.caller(random), "POST", rebuild.path(), null, null,
                    false, Expect.of(403, "NotAllowed")));
            rebuild.add("with a body, by someone who is not an administrator", random -> rebuild.request(
                    "with a body, by someone who is not an administrator", rebuild.caller(random), "POST", rebuild.path(),
                    pick(random, List.of("application/json", "text/plain")),
                    pick(random, List.of("{}", "{\"force\": true}", "null", "{")).getBytes(StandardCharsets.UTF_8),
                    false, Expect.of(403, "NotAllowed")));
            rebuild.add("with parameters, by someone who is not an administrator", random -> rebuild.request(
                    "with parameters, by someone who is not an administrator", rebuild.caller(random), "POST",
                    rebuild.path() + pick(random, List.of("?force=true", "?projection=plans", "?all")), null, null,
                    false, Expect.of(403, "NotAllowed")));
            rebuild.add("anonymous", random -> rebuild.request("anonymous", ANONYMOUS, "POST", rebuild.path(), null, null,
                    false, Expect.of(401, "NotAuthenticated")));
            rebuild.add("other method, by the administrator", random -> rebuild.request("other method, by the administrator",
                    "admin", pick(random, List.of("PATCH", "PUT", "DELETE")), rebuild.path(), null, null, false,
                    Expect.of(405)));
            rebuild.add("body over 2 MiB", random -> rebuild.request("body over 2 MiB", rebuild.caller(random), "POST",
                    rebuild.path(), "application/json", hugeJson("force", 2 * 1024 * 1024 + 1), false,
                    Expect.of(413, "RequestTooLarge")));
            routes.add(rebuild);
        }

        // -------- shared mutators

        /** The route's request was accepted once, on the draft; on the submitted plan it must be refused (409). */
        private static void submitted(Route route, String... variablesAndIds) {
            route.add("plan no longer a draft", random -> {
                Map<String, String> ids = new LinkedHashMap<>(route.ids);
                for (int index = 0; index < variablesAndIds.length; index += 2) {
                    ids.put(variablesAndIds[index], variablesAndIds[index + 1]);
                }
                String path = route.template;
                for (Map.Entry<String, String> id : ids.entrySet()) {
                    path = path.replace("{" + id.getKey() + "}", id.getValue());
                }
                return route.request("plan no longer a draft", SEGRETARIO, route.method, path + route.query,
                        route.hasJsonBody() ? route.contentType : null, route.hasJsonBody() ? bytes(route.bodyText()) : null,
                        false, Expect.of(409, "PlanNotInDraft"));
            });
        }

        /** The mutators of every route with a JSON body: its whole body spoilt, its callers, its path ids. */
        private void jsonRoute(Route route, Map<String, Expect> outsiders) {
            routes.add(route);
            route.add("empty body", random -> route.json(random, "empty body", "", Expect.of(400, "MissingBody")));
            route.add("JSON null", random -> route.json(random, "JSON null", "null", Expect.of(400, "MissingBody")));
            route.add("not an object", random -> route.json(random, "not an object", pick(random, Values.NOT_OBJECTS),
                    Expect.of(400)));
            route.add("truncated JSON", random -> {
                String body = route.bodyText();
                return route.json(random, "truncated JSON", body.substring(0, 1 + random.nextInt(body.length() - 1)),
                        Expect.of(400, "MalformedJson"));
            });
            route.add("malformed JSON", random -> route.json(random, "malformed JSON", malformed(random, route.bodyText()),
                    Expect.of(400, "MalformedJson")));
            route.add("trailing garbage", random -> route.json(random, "trailing garbage", route.bodyText()
                    + pick(random, List.of(" x", "}", "{}", ",", " " + route.bodyText(), "]", " null")), Expect.of(400)));
            route.add("unknown field", random -> {
                String field = pick(random, Values.UNKNOWN_FIELDS);
                Map<String, String> body = new LinkedHashMap<>(route.body);
                body.put(field, pick(random, List.of("1000", "\"x\"", "null", "{}", "[]", "true")));
                return route.json(random, "unknown field", json(body),
                        Expect.of(400, "UnknownField"));
            });
            route.add("repeated key", random -> {
                String field = pick(random, List.copyOf(route.body.keySet()));
                // The first value is one the field takes, so that the repetition is all that is wrong.
                String again = Values.str(field) + ": " + pick(random, List.of(route.body.get(field), "null"));
                String body = route.bodyText();
                String repeated = random.nextBoolean() ? "{" + again + ", " + body.substring(1)
                        : body.substring(0, body.length() - 1) + ", " + again + "}";
                return route.json(random, "repeated key", repeated, Expect.of(400, "DuplicateField"));
            });
            route.add("wrong content type", random -> route.request("wrong content type", route.caller(random),
                    route.method, route.path(), pick(random, Values.WRONG_CONTENT_TYPES), bytes(route.bodyText()), false,
                    Expect.of(415)));
            route.add("no content type", random -> route.request("no content type", route.caller(random), route.method,
                    route.path(), null, bytes(route.bodyText()), false, Expect.of(415)));
            route.add("invalid UTF-8", random -> {
                String field = stringField(random, route);
                byte[] body = bytes(route.bodyWith(field, Values.str("Te@@BAD@@sto")));
                return route.bytes(random, "invalid UTF-8 in " + field,
                        Values.replaced(body, "@@BAD@@", pick(random, Values.INVALID_UTF8)),
                        Expect.of(400, "InvalidEncoding"));
            });
            route.add("unescaped control character", random -> {
                String field = stringField(random, route);
                char control = (char) pick(random, List.of(0, 7, 8, 10, 13, 27, 31)).intValue();
                return route.json(random, "unescaped control character in " + field,
                        route.bodyWith(field, "\"Te" + control + "sto\""), Expect.of(400, "MalformedJson"));
            });
            route.add("deep nesting", random -> {
                int depth = 2_000 + random.nextInt(100_000);
                String nested = random.nextBoolean() ? "[".repeat(depth) + "]".repeat(depth)
                        : "{\"a\":".repeat(depth) + "1" + "}".repeat(depth);
                String body = switch (random.nextInt(3)) {
                    case 0 -> route.bodyWith(stringField(random, route), nested);
                    case 1 -> route.bodyWith("nested", nested);
                    default -> nested;
                };
                return route.json(random, "deep nesting", body, Expect.oneOf(400, 422));
            });
            route.add("body over 2 MiB", random -> route.bytes(random, "body over 2 MiB",
                    bytes(route.bodyWith(stringField(random, route), Values.str(hugeString(random, 2 * 1024 * 1024 + 1)))),
                    Expect.of(413, "RequestTooLarge")));
            route.add("body over 2 MiB, chunked", random -> route.request("body over 2 MiB, chunked",
                    route.caller(random), route.method, route.path(), route.contentType,
                    bytes(route.bodyWith(stringField(random, route), Values.str(hugeString(random, 2 * 1024 * 1024 + 1)))), true,
                    Expect.of(413, "RequestTooLarge")));
            route.add("PATCH", random -> route.request("PATCH", route.caller(random), "PATCH", route.path(),
                    route.contentType, bytes(route.bodyText()), false, Expect.of(405)));
            wrongUsers(route, outsiders, () -> bytes(route.bodyText()));
            pathIds(route);
        }

        /** The mutators of a route without a body: its callers, its path ids, a body it must ignore or refuse. */
        private void noBodyRoute(Route route, Map<String, Expect> outsiders, Expect natural) {
            routes.add(route);
            route.add("as the caller, on a plan it must refuse", random -> route.request("as the caller",
                    route.caller(random), route.method, route.path(), null, null, false, natural));
            route.add("with a body it ignores", random -> route.request("with a body it ignores", route.caller(random),
                    route.method, route.path(), pick(random, List.of("application/json", "text/plain", "application/xml")),
                    pick(random, List.of("{}", "{\"version\": 99}", "{", "\u0000", "<x/>")).getBytes(StandardCharsets.UTF_8),
                    false, natural));
            route.add("body over 2 MiB", random -> route.request("body over 2 MiB", route.caller(random), route.method,
                    route.path(), "application/json", hugeJson("x", 2 * 1024 * 1024 + 1), false,
                    Expect.of(413, "RequestTooLarge")));
            route.add("PATCH", random -> route.request("PATCH", route.caller(random), "PATCH", route.path(), null, null,
                    false, Expect.of(405)));
            wrongUsers(route, outsiders, () -> null);
            pathIds(route);
        }

        /** A removal ({@code DELETE …?reason=}): every way of giving no reason, or a bad one, or a stale revision. */
        private void removal(Route route, Map<String, Expect> outsiders, boolean revisioned) {
            routes.add(route);
            String bare = route.pathWith(null, null, "");
            String missingCode = "ReasonRequired";
            route.add("no reason", random -> route.request("no reason", route.caller(random), "DELETE",
                    bare + pick(random, List.of("", "?", "?motivo=Superato", "?Reason=Superato", "?reason")), null, null,
                    false, Expect.of(422, missingCode)));
            route.add("blank reason", random -> route.request("blank reason", route.caller(random), "DELETE",
                    bare + "?reason=" + pick(random, List.of("", "%20", "%20%20%20", "%09%0A", "%0D%0A", "+++",
                            "%E2%80%83")), null, null, false, Expect.of(422, missingCode)));
            route.add("invisible reason", random -> route.request("invisible reason", route.caller(random), "DELETE",
                    bare + "?reason=" + pick(random, List.of("%C2%A0", "%E2%80%8B", "%EF%BB%BF", "%E2%80%AF")), null,
                    null, false, Expect.of(422, missingCode)));
            route.add("reason given twice", random -> route.request("reason given twice", route.caller(random), "DELETE",
                    bare + pick(random, List.of("?reason=&reason=", "?reason=Uno&reason=Due", "?reason=Uno&reason=",
                            "?reason=Superato&reason=Superato")), null, null, false, Expect.of(400, "DuplicateParameter")));
            route.add("reason with refused characters", random -> route.request("reason with refused characters",
                    route.caller(random), "DELETE", bare + "?reason=Mo" + pick(random, List.of("%00", "%07", "%1B",
                            "%7F", "%C2%85", "%0D", "%E2%80%AE", "%E2%81%A6")) + "tivo", null, null, false,
                    Expect.of(422, "InvalidCharacters")));
            route.add("reason too long", random -> route.request("reason too long", route.caller(random), "DELETE",
                    bare + "?reason=" + "m".repeat(2001 + random.nextInt(4000)), null, null, false,
                    Expect.of(422, "TextTooLong")));
            route.add("reason in a JSON body instead of the query", random -> route.request(
                    "reason in a JSON body instead of the query", route.caller(random), "DELETE", bare, "application/json",
                    "{\"reason\": \"Superato\"}".getBytes(StandardCharsets.UTF_8), false, Expect.of(422, missingCode)));
            if (revisioned) {
                String reason = route.query.substring(1);
                route.add("stale revision", random -> route.request("stale revision", route.caller(random), "DELETE",
                        bare + "?" + reason + "&revision=" + pick(random, Values.STALE_REVISIONS), null, null, false,
                        Expect.of(409, "StaleRevision")));
                route.add("revision that is not a number", random -> route.request("revision that is not a number",
                        route.caller(random), "DELETE", bare + "?" + reason + "&revision=" + pick(random, List.of("abc",
                                "1.5", "99999999999999999999", "1e3", "0x1", "%00", "uno", "%231", "1%202", "%2B1",
                                "%20")), null, null, false,
                        Expect.of(400, "InvalidParameter")));
            }
            route.add("invalid UTF-8 in the reason", random -> route.request("invalid UTF-8 in the reason",
                    route.caller(random), "DELETE", bare + "?reason=Mo" + pick(random, List.of("%FF", "%C3%28",
                            "%ED%A0%80", "%C0%AF", "%E0%80%AF", "%F4%90%80%80", "%E2%82")) + "tivo", null, null,
                    false, Expect.of(400, "InvalidEncoding")));
            route.add("body over 2 MiB", random -> route.request("body over 2 MiB", route.caller(random), "DELETE",
                    bare, "application/json", hugeJson("reason", 2 * 1024 * 1024 + 1), false,
                    Expect.of(413, "RequestTooLarge")));
            route.add("PATCH", random -> route.request("PATCH", route.caller(random), "PATCH", route.path(), null, null,
                    false, Expect.of(405)));
            wrongUsers(route, outsiders, () -> null);
            pathIds(route);
        }

        /** The route's accepted request, sent by each user who may not call it. */
        private static void wrongUsers(Route route, Map<String, Expect> outsiders, Supplier<byte[]> body) {
            for (Map.Entry<String, Expect> outsider : outsiders.entrySet()) {
                route.add("as " + outsider.getKey(), random -> {
                    byte[] content = body.get();
                    return route.request("as " + outsider.getKey(), outsider.getKey(), route.method, route.path(),
                            content == null ? null : route.contentType, content, false, outsider.getValue());
                });
            }
        }

        /** The route's accepted request, with one path id malformed, or well-formed and unknown. */
        private static void pathIds(Route route) {
            for (String variable : route.ids.keySet()) {
                if (variable.equals("n")) {
                    continue;
                }
                byte[] body = route.hasJsonBody() ? bytes(route.bodyText()) : null;
                String contentType = route.hasJsonBody() ? route.contentType : null;
                route.add("malformed " + variable, random -> route.request("malformed " + variable, route.caller(random),
                        route.method, route.pathWith(variable, pick(random, Values.MALFORMED_IDS), route.query),
                        contentType, body, false, Expect.of(404)));
                route.add("hostile " + variable, random -> route.request("hostile " + variable, route.caller(random),
                        route.method, route.pathWith(variable, pick(random, Values.HOSTILE_IDS), route.query),
                        contentType, body, false, Expect.refusal()));
                boolean grantsToAnyone = variable.equals("userId") && route.method.equals("PUT");
                if (!grantsToAnyone) {
                    route.add("unknown " + variable, random -> route.request("unknown " + variable, route.caller(random),
                            route.method, route.pathWith(variable, Values.uuid(random), route.query), contentType, body,
                            false, Expect.of(404)));
                }
            }
        }

        // -------- fields

        private static void text(Route route, String field, boolean required) {
            field(route, field, Kind.TEXT, required);
        }

        private static void year(Route route, String field, Set<Integer> valid) {
            field(route, field, Kind.YEAR, true);
            route.add(field + " outside the triennio", random -> {
                List<Integer> invalid = Values.YEARS.stream().filter(year -> !valid.contains(year)).toList();
                return route.json(random, field + " outside the triennio",
                        route.bodyWith(field, String.valueOf(pick(random, invalid))), Expect.of(422, "InvalidTriennio"));
            });
        }

        /** The mutators of one field, by its kind; a required field may also be left out or blank. */
        private static void field(Route route, String field, Kind kind, boolean required) {
            String missing = kind == Kind.REASON ? "ReasonRequired" : "MissingField";
            if (required) {
                route.add("missing " + field, random -> route.json(random, "missing " + field, route.bodyWithout(field),
                        Expect.of(422, missing)));
                route.add("blank " + field, random -> route.json(random, "blank " + field,
                        route.bodyWith(field, kind == Kind.ROLES ? pick(random, List.of("[]", "null"))
                                : pick(random, Values.BLANKS)),
                        kind == Kind.YEAR ? Expect.oneOf(400, 422) : Expect.of(422, missing)));
            }
            if (required && kind.isString()) {
                route.add("invisible " + field, random -> route.json(random, "invisible " + field,
                        route.bodyWith(field, pick(random, Values.INVISIBLE)), Expect.of(422, missing)));
            }
            if (kind == Kind.ROLES) {
                route.add(field + " not a list of texts", random -> route.json(random, field + " not a list of texts",
                        route.bodyWith(field, pick(random, Values.ROLES_NOT_A_LIST)), Expect.of(400, "InvalidFieldType")));
                route.add("invalid " + field, random -> route.json(random, "invalid " + field,
                        route.bodyWith(field, pick(random, Values.BAD_ROLES)), Expect.of(422, "InvalidRole")));
                return;
            }
            if (kind == Kind.YEAR) {
                route.add(field + " with a fraction", random -> route.json(random, field + " with a fraction",
                        route.bodyWith(field, pick(random, Values.FRACTIONS)), Expect.of(400, "InvalidFieldType")));
                route.add(field + " out of the integers", random -> route.json(random, field + " out of the integers",
                        route.bodyWith(field, pick(random, Values.OUT_OF_INT_RANGE)), Expect.of(400, "InvalidFieldType")));
                route.add(field + " not a number", random -> route.json(random, field + " not a number",
                        route.bodyWith(field, pick(random, Values.NOT_INTEGERS)), Expect.of(400, "InvalidFieldType")));
                route.add(field + " as a string of digits", random -> route.json(random, field + " as a string of digits",
                        route.bodyWith(field, "\"" + route.body.get(field) + "\""), Expect.of(400, "InvalidFieldType")));
                route.add(field + " NaN-like", random -> route.json(random, field + " NaN-like",
                        route.bodyWith(field, pick(random, Values.NON_NUMBERS)), Expect.of(400, "MalformedJson")));
                return;
            }
            if (kind == Kind.REVISION) {
                route.add(field + " not a whole number", random -> route.json(random, field + " not a whole number",
                        route.bodyWith(field, pick(random, Values.REVISION_NOT_LONG)), Expect.of(400, "InvalidFieldType")));
                route.add("stale " + field, random -> route.json(random, "stale " + field,
                        route.bodyWith(field, pick(random, Values.STALE_REVISIONS)), Expect.of(409, "StaleRevision")));
                route.add(field + " NaN-like", random -> route.json(random, field + " NaN-like",
                        route.bodyWith(field, pick(random, Values.NON_NUMBERS)), Expect.of(400, "MalformedJson")));
                return;
            }
            route.add(field + " of a wrong JSON type", random -> route.json(random, field + " of a wrong JSON type",
                    route.bodyWith(field, pick(random, Values.NOT_SCALARS)), Expect.of(400, "InvalidFieldType")));
            route.add(field + " as a boolean", random -> route.json(random, field + " as a boolean",
                    route.bodyWith(field, pick(random, Values.BOOLEANS)), Expect.of(400, "InvalidFieldType")));
            String characters = kind == Kind.DEADLINE ? "InvalidDate" : "InvalidCharacters";
            route.add("control character in " + field, random -> route.json(random, "control character in " + field,
                    spoilt(route, field, pick(random, Values.REFUSED_ESCAPES)), Expect.of(422, characters)));
            route.add("lone surrogate in " + field, random -> route.json(random, "lone surrogate in " + field,
                    spoilt(route, field, pick(random, Values.LONE_SURROGATES)), Expect.of(422, characters)));
            route.add("bidirectional override in " + field, random -> route.json(random,
                    "bidirectional override in " + field, spoilt(route, field, pick(random, Values.BIDI_OVERRIDES)),
                    Expect.of(422, characters)));
            route.add("100 KB " + field, random -> route.json(random, "100 KB " + field,
                    route.bodyWith(field, Values.str(route.textOf(field) + hugeString(random, 100 * 1024))),
                    route.tooLong));
            switch (kind) {
                case WEIGHT -> {
                    route.add(field + " not a percentage with two decimals", random -> route.json(random,
                            field + " not a percentage with two decimals",
                            route.bodyWith(field, Values.str(pick(random, Values.WEIGHT_TEXTS))), Expect.of(422, "InvalidWeight")));
                    route.add(field + " as a JSON number out of range", random -> route.json(random,
                            field + " as a JSON number out of range", route.bodyWith(field, pick(random, Values.WEIGHT_NUMBERS)),
                            Expect.of(422, "InvalidWeight")));
                    route.add(field + " of 1 MiB of digits", random -> route.json(random, field + " of 1 MiB of digits",
                            route.bodyWith(field, "\"" + digits(random, 1024 * 1024) + "\""), Expect.of(422, "InvalidWeight")));
                    route.add(field + " as a JSON number of 1 MiB of digits", random -> route.json(random,
                            field + " as a JSON number of 1 MiB of digits", route.bodyWith(field, digits(random, 1024 * 1024)),
                            Expect.of(422, "InvalidWeight")));
                    route.add(field + " NaN-like", random -> route.json(random, field + " NaN-like",
                            route.bodyWith(field, pick(random, Values.NON_NUMBERS)), Expect.of(400, "MalformedJson")));
                }
                case DEADLINE -> {
                    route.add(field + " that is not a date", random -> route.json(random, field + " that is not a date",
                            route.bodyWith(field, Values.str(pick(random, Values.BAD_DATES))), Expect.of(422, "InvalidDate")));
                    route.add(field + " outside the triennio", random -> route.json(random, field + " outside the triennio",
                            route.bodyWith(field, Values.str(pick(random, Values.DEADLINES_OUTSIDE_THE_TRIENNIO))),
                            Expect.of(422, "DeadlineOutsideTriennio")));
                }
                case RESOLUTION_DATE -> {
                    route.add(field + " that is not a date", random -> route.json(random, field + " that is not a date",
                            route.bodyWith(field, Values.str(pick(random, Values.BAD_DATES))), Expect.of(422, "InvalidDate")));
                    route.add(field + " too early", random -> route.json(random, field + " too early",
                            route.bodyWith(field, Values.str(pick(random, List.of("0000-01-01", "2024-12-31", "1900-01-01")))),
                            Expect.of(422, "ResolutionDateOutOfRange")));
                    route.add(field + " in the future", random -> route.json(random, field + " in the future",
                            route.bodyWith(field, Values.str(pick(random, List.of(
                                    LocalDate.now(ZoneId.of("Europe/Rome")).plusDays(2).toString(), "2099-12-31",
                                    "9999-12-31")))), Expect.of(422, "ResolutionDateInFuture")));
                }
                case OBJECTIVE_KIND, DECISION -> route.add(field + " not one of the choices", random -> route.json(random,
                        field + " not one of the choices", route.bodyWith(field, Values.str(pick(random,
                                kind == Kind.DECISION ? Values.DECISIONS : Values.OBJECTIVE_KINDS))),
                        Expect.of(422, "InvalidChoice")));
                case USER_ID -> {
                    route.add("malformed " + field, random -> route.json(random, "malformed " + field,
                            route.bodyWith(field, Values.str(pick(random, Values.MALFORMED_USER_IDS))), Expect.of(422)));
                    route.add(field + " of a user who may not head it", random -> route.json(random,
                            field + " of a user who may not head it",
                            route.bodyWith(field, Values.str(pick(random, Values.NOT_RESPONSABILI))),
                            Expect.of(422, "HeadNotResponsabile")));
                }
                case MISSION -> route.add(field + " not a mission", random -> route.json(random, field + " not a mission",
                        route.bodyWith(field, Values.str(pick(random, Values.MISSIONS))), Expect.of(422, "InvalidMissionCode")));
                case OBJECTIVE_NUMBER -> route.add(field + " not an objective number", random -> route.json(random,
                        field + " not an objective number", route.bodyWith(field, Values.str(pick(random,
                                Values.OBJECTIVE_NUMBERS.stream().filter(number -> !number.isEmpty()).toList()))),
                        Expect.of(422, "InvalidNumber")));
                case PHASE_NUMBER -> route.add(field + " not a phase number", random -> route.json(random,
                        field + " not a phase number", route.bodyWith(field, Values.str(pick(random, Values.PHASE_NUMBERS))),
                        Expect.of(422, "InvalidNumber")));
                default -> {
                }
            }
        }

        /** The field's accepted text with a raw piece of JSON string (an escape, a character) in its middle. */
        private static String spoilt(Route route, String field, String rawPiece) {
            String accepted = route.textOf(field);
            String text = accepted.length() < 2 ? accepted + accepted : accepted;
            int middle = Math.max(1, text.length() / 2);
            return route.bodyWith(field, Values.strWith(text.substring(0, middle), rawPiece, text.substring(middle)));
        }

        private static String stringField(Random random, Route route) {
            List<String> strings = route.body.entrySet().stream()
                    .filter(field -> field.getValue().startsWith("\""))
                    .map(Map.Entry::getKey)
                    .toList();
            return strings.isEmpty() ? pick(random, List.copyOf(route.body.keySet())) : pick(random, strings);
        }

        private static String malformed(Random random, String body) {
            String spoilt = switch (random.nextInt(8)) {
                case 0 -> body.substring(0, body.length() - 1) + ",}";
                case 1 -> body.replace('"', '\'');
                case 2 -> "/* commento */ " + body;
                case 3 -> body.replaceFirst("\"([A-Za-z]+)\":", "$1:");
                case 4 -> body.replaceFirst(":", "=");
                case 5 -> body.replaceFirst(", ", " ");
                case 6 -> body.replaceFirst("\"", "");
                default -> "{" + body;
            };
            return spoilt.equals(body) ? "{" + body : spoilt;
        }

        private static String hugeString(Random random, int length) {
            String words = pick(random, List.of("Obiettivo ", "peso ", "à", "€", "x"));
            StringBuilder out = new StringBuilder(length + words.length());
            while (out.length() < length) {
                out.append(words);
            }
            return out.toString();
        }

        private static String digits(Random random, int length) {
            StringBuilder out = new StringBuilder(length);
            out.append((char) ('1' + random.nextInt(9)));
            while (out.length() < length) {
                out.append((char) ('0' + random.nextInt(10)));
            }
            return out.toString();
        }

        private static byte[] hugeJson(String field, int length) {
            return ("{\"" + field + "\": \"" + "x".repeat(length) + "\"}").getBytes(StandardCharsets.UTF_8);
        }

        private static byte[] bytes(String text) {
            return text.getBytes(StandardCharsets.UTF_8);
        }
    }
}
