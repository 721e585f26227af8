package it.traccia.plan.query.monitoring;

import it.traccia.kernel.Achievement;
import it.traccia.kernel.Actor;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.WeightSum;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.MonitoringId;
import it.traccia.kernel.monitoring.ProgressState;
import it.traccia.kernel.monitoring.event.CompletionCorrected;
import it.traccia.kernel.monitoring.event.MonitoringEvent;
import it.traccia.kernel.monitoring.event.ObjectiveCompleted;
import it.traccia.kernel.monitoring.event.PhaseCompleted;
import it.traccia.kernel.monitoring.event.ProgressRecorded;
import it.traccia.kernel.monitoring.query.ElementProgressView;
import it.traccia.kernel.monitoring.query.FindMonitoringRecordsQuery;
import it.traccia.kernel.monitoring.query.MonitoringRecordsView;
import it.traccia.kernel.monitoring.query.ProgressView;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StructureView;
import it.traccia.plan.query.InMemoryMongo;
import it.traccia.plan.query.MonteCremasco;
import it.traccia.plan.query.PlanHistory;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.messaging.MetaData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The monitoring records and the progress they give: completions, corrections and states of progress kept per
 * element and structure with their history, redelivery changing nothing, and the weighted achievement of the version
 * in force computed exactly, leaving out the records of elements the version no longer has.
 */
class MonitoringProjectionTest {

    private static final PlanId PLAN = new PlanId("monte-cremasco-2026");
    private static final StructureId SEGRETERIA = new StructureId("segreteria");
    private static final Actor RESPONSABILE = new Actor("resp-segreteria", Role.RESPONSABILE);
    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final LocalDate JUNE_20 = LocalDate.of(2026, 6, 20);

    private InMemoryMongo mongo;
    private MonitoringProjection projection;
    private final List<DomainEventMessage<MonitoringEvent>> stream = new ArrayList<>();

    @BeforeEach
    void startMongo() {
        mongo = new InMemoryMongo();
        projection = new MonitoringProjection(mongo.template(), MonteCremasco.readers());
    }

    @AfterEach
    void stopMongo() {
        mongo.close();
    }

    @Test
    void keepsTheCompletionInForceAndEveryEntryOfItsHistory() {
        Completion first = completion("100");
        Completion corrected = completion("90");
        recorded(new PhaseCompleted(PLAN, 1, new ObjectiveId("o1"), new PhaseId("p1"), SEGRETERIA, first, RESPONSABILE),
                new CompletionCorrected(PLAN, ElementKind.PHASE, "p1", SEGRETERIA, first, corrected, "Verifica",
                        SEGRETARIO));

        MonitoringRecordsView records = records("segretario");

        assertThat(records.records()).singleElement().satisfies(record -> {
            assertThat(record.completion().achievement()).isEqualByComparingTo("90");
            assertThat(record.completion().recordedBy()).isEqualTo("segretario");
            assertThat(record.history()).extracting(entry -> entry.action() + " " + entry.achievement())
                    .containsExactly("COMPLETED 100", "CORRECTED 90");
            assertThat(record.history().get(1).reason()).isEqualTo("Verifica");
            assertThat(record.history().get(0).recordedAt()).isEqualTo(PlanHistory.occurredAt(0));
        });
    }

    @Test
    void changesNothingWhenAnEventIsDeliveredAgain() {
        recorded(new PhaseCompleted(PLAN, 1, new ObjectiveId("o1"), new PhaseId("p1"), SEGRETERIA, completion("100"),
                RESPONSABILE));
        MonitoringRecordsView once = records("segretario");

        PlanHistory.deliver(projection, stream);

        assertThat(records("segretario")).isEqualTo(once);
        assertThat(once.records().get(0).history()).hasSize(1);
    }

    @Test
    void answersNobodyOutsideTheEnteAndNothingBeforeTheFirstRecord() {
        assertThat(records("segretario").records()).isEmpty();
        recorded(new PhaseCompleted(PLAN, 1, new ObjectiveId("o1"), new PhaseId("p1"), SEGRETERIA, completion("100"),
                RESPONSABILE));

        assertThat(projection.handle(new FindMonitoringRecordsQuery(PLAN, "segretario.vailate"))).isNull();
    }

    @Test
    void weighsPhasesAndObjectivesExactlyAndLeavesOutWhatTheVersionNoLongerHas() {
        recorded(new PhaseCompleted(PLAN, 1, new ObjectiveId("o1"), new PhaseId("p1"), SEGRETERIA, completion("100"),
                        RESPONSABILE),
                new ProgressRecorded(PLAN, ElementKind.PHASE, "p2", SEGRETERIA,
                        new ProgressState(JUNE_20, Achievement.of("50"), "A metà"), RESPONSABILE),
                new ObjectiveCompleted(PLAN, 1, new ObjectiveId("o2"), SEGRETERIA, completion("80"), RESPONSABILE),
                new PhaseCompleted(PLAN, 1, new ObjectiveId("o1"), new PhaseId("removed"), SEGRETERIA,
                        completion("0"), RESPONSABILE));
        PlanView inForce = planWith(
                objective("o1", "1", "70", List.of(phase("p1", "1.1", "25"), phase("p2", "1.2", "50"))),
                objective("o2", "2", "30", List.of()));

        ProgressView progress = ProgressViews.of(inForce, inForce, records("segretario"));

        ElementProgressView one = progress.structures().get(0).objectives().get(0);
        assertThat(one.phases()).extracting(ElementProgressView::number).containsExactly("1.1", "1.2");
        assertThat(one.phases()).extracting(ElementProgressView::achievement)
                .containsExactly(new BigDecimal("100.00"), new BigDecimal("50.00"));
        // (25·100 + 50·50) / 75 = 200/3, kept exact: 66.67 shown; the structure (70·200/3 + 30·80) / 100 = 212/3
        assertThat(one.achievement()).isEqualTo(new BigDecimal("66.67"));
        assertThat(progress.structures().get(0).objectives().get(1).achievement()).isEqualTo(new BigDecimal("80.00"));
        assertThat(progress.structures().get(0).achievement()).isEqualTo(new BigDecimal("70.67"));
        assertThat(progress.structures().get(0).commonAchievement()).isNull();
    }

    private void recorded(MonitoringEvent... events) {
        List<DomainEventMessage<MonitoringEvent>> delivered = new ArrayList<>();
        for (MonitoringEvent event : events) {
            long sequence = stream.size();
            DomainEventMessage<MonitoringEvent> message = new GenericDomainEventMessage<>("PlanMonitoring",
                    MonitoringId.of(PLAN).value(), sequence, event,
                    MetaData.with(PlanMetaData.ORGANISATION, MonteCremasco.ORGANISATION)
                            .and(PlanMetaData.ORGANISATION_ID,
                                    OrganisationId.forName(MonteCremasco.ORGANISATION).value()),
                    "monitoring-" + sequence, PlanHistory.occurredAt(sequence));
            stream.add(message);
            delivered.add(message);
        }
        PlanHistory.deliver(projection, delivered);
    }

    private MonitoringRecordsView records(String userId) {
        return projection.handle(new FindMonitoringRecordsQuery(PLAN, userId));
    }

    private static Completion completion(String achievement) {
        return new Completion(JUNE_20, Achievement.of(achievement), null, List.of());
    }

    private static PlanView planWith(ObjectiveView... objectives) {
        StructureView segreteria = new StructureView(SEGRETERIA.value(), "Segreteria", "Marco Gregoli",
                "Segretario Generale", "resp-segreteria", null, List.of(objectives), WeightSum.of(List.of()));
        return new PlanView(PLAN.value(), "org", MonteCremasco.ORGANISATION, "Cremona", 2026, 2028, 2026,
                PlanStatus.ADOPTED, 1, List.of(segreteria), null, List.of(), WeightSum.of(List.of()), true, 1,
                Instant.parse("2026-02-10T13:03:00Z"), null, null);
    }

    private static ObjectiveView objective(String id, String number, String weight, List<PhaseView> phases) {
        return new ObjectiveView(id, number, ObjectiveKind.DEVELOPMENT, "Obiettivo " + number, new BigDecimal(weight),
                "Indicatore", "Valore", List.of(), LocalDate.of(2026, 12, 31), 1, phases, WeightSum.of(List.of()));
    }

    private static PhaseView phase(String id, String number, String weight) {
        return new PhaseView(id, number, "Fase " + number, new BigDecimal(weight), "Atto", "Sì", List.of(),
                LocalDate.of(2026, 12, 31), 1);
    }
}
