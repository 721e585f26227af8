package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.organisation.command.RegisterOrganisation;
import it.traccia.kernel.organisation.command.SetMemberRoles;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.DefinePlan;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.event.StructureAdded;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A projection that fails on an event is retried from that very event by its tracking processor: it never skips it
 * and never goes past it, so a read model has no holes (stack notes, trap 4); while it fails, the application's health
 * is DOWN and names it. Runs on stores of its own, because it
 * adds a deliberately failing projection to the application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ProjectionFailureIT.FailingProjection.class)
class ProjectionFailureIT {

    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN);

    @LocalServerPort
    int port;

    @Autowired
    CommandGateway commands;

    @Autowired
    FailingProjection projection;

    @DynamicPropertySource
    static void storesOfItsOwn(DynamicPropertyRegistry registry) {
        try {
            Path directory = Files.createTempDirectory("traccia-failing-projection-");
            registry.add("traccia.data-dir", directory::toString);
            registry.add("traccia.demo.plan", () -> "false");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void retriesAFailingProjectionFromTheFailedEventWithoutSkippingIt() {
        PlanId plan = PlanId.random();
        OrganisationId organisation = OrganisationId.forName("Comune di Prova Errori");
        commands.sendAndWait(new RegisterOrganisation(organisation, "Comune di Prova Errori", null, ADMIN));
        commands.sendAndWait(new SetMemberRoles(organisation, SEGRETARIO.userId(), Set.of(Role.SEGRETARIO), "Prova", ADMIN));

        commands.sendAndWait(new DefinePlan(plan, organisation, "Comune di Prova Errori", null, 2026, 2028, 2026, SEGRETARIO));
        commands.sendAndWait(new AddStructure(plan, StructureId.random(), FailingProjection.FAILS_ON, "Avv. Rossi", null, SEGRETARIO));
        commands.sendAndWait(new AddStructure(plan, StructureId.random(), "Ragioneria", "Dott.ssa Bianchi", null, SEGRETARIO));

        await().atMost(Duration.ofSeconds(30)).until(() -> "DOWN".equals(health().path("status").asText()));
        JsonNode failing = health().path("components").path("readModels").path("details").path("failing-test-projection");
        assertThat(failing.toString()).as("the failing processor and its failure in the health details")
                .contains("Archivio dei read model non raggiungibile");
        await().atMost(Duration.ofSeconds(60)).until(() -> projection.applied(plan).size() == 3);
        assertThat(projection.applied(plan)).containsExactly(
                Map.entry(0L, "PlanDefined"), Map.entry(1L, "StructureAdded " + FailingProjection.FAILS_ON),
                Map.entry(2L, "StructureAdded Ragioneria"));
        assertThat(projection.attemptsOnTheFailingEvent()).as("failed three times, then applied on the retry")
                .isEqualTo(FailingProjection.FAILURES + 1);
        assertThat(projection.order(plan)).containsExactly(0L, 1L, 2L);
        await().atMost(Duration.ofSeconds(10)).until(() -> "UP".equals(health().path("status").asText()));
    }

    /** The application's health as an administrator sees it, with the details of every read model. */
    private JsonNode health() {
        return Api.as(port, "admin").get("/actuator/health").body();
    }

    /** A read model whose store fails three times on one event, the way a MongoDB outage would, then recovers. */
    @ProcessingGroup("failing-test-projection")
    static class FailingProjection {

        static final String FAILS_ON = "Segreteria";
        static final int FAILURES = 3;

        private final AtomicInteger attemptsOnTheFailingEvent = new AtomicInteger();
        private final Map<PlanId, SortedMap<Long, String>> applied = new ConcurrentHashMap<>();
        private final Map<PlanId, List<Long>> order = new ConcurrentHashMap<>();

        @EventHandler
        void on(PlanEvent event, @SequenceNumber long sequence) {
            if (event instanceof StructureAdded added && added.name().equals(FAILS_ON)
                    && attemptsOnTheFailingEvent.getAndIncrement() < FAILURES) {
                throw new IllegalStateException("Archivio dei read model non raggiungibile (simulato)");
            }
            String label = event instanceof StructureAdded added ? "StructureAdded " + added.name()
                    : event instanceof PlanDefined ? "PlanDefined" : event.getClass().getSimpleName();
            applied.computeIfAbsent(event.planId(), id -> new TreeMap<>()).put(sequence, label);
            order.computeIfAbsent(event.planId(), id -> new ArrayList<>()).add(sequence);
        }

        SortedMap<Long, String> applied(PlanId plan) {
            return applied.getOrDefault(plan, new TreeMap<>());
        }

        List<Long> order(PlanId plan) {
            return order.getOrDefault(plan, List.of());
        }

        int attemptsOnTheFailingEvent() {
            return attemptsOnTheFailingEvent.get();
        }
    }
}
