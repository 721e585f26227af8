package it.traccia.app;

import it.traccia.kernel.Achievement;
import it.traccia.kernel.Actor;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.monitoring.Completion;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.EvidenceId;
import it.traccia.kernel.monitoring.Measurement;
import it.traccia.kernel.monitoring.ProgressState;
import it.traccia.kernel.monitoring.event.CompletionCorrected;
import it.traccia.kernel.monitoring.event.EvidenceStored;
import it.traccia.kernel.monitoring.event.IndicatorValueRecorded;
import it.traccia.kernel.monitoring.event.MidYearCheckRecorded;
import it.traccia.kernel.monitoring.event.ObjectiveCompleted;
import it.traccia.kernel.monitoring.event.PhaseCompleted;
import it.traccia.kernel.monitoring.event.ProgressRecorded;
import it.traccia.kernel.organisation.event.OrganisationRegistered;
import it.traccia.kernel.organisation.event.RolesGranted;
import it.traccia.kernel.organisation.event.RolesWithdrawn;
import it.traccia.kernel.plan.event.ApprovalDeadlineMissed;
import it.traccia.kernel.plan.event.ApprovalDeadlineNear;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.CommonStrategicContextSet;
import it.traccia.kernel.plan.event.ImportFindingResolved;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.ObjectiveRevised;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.plan.event.PhaseRevised;
import it.traccia.kernel.plan.event.PhaseWeightChanged;
import it.traccia.kernel.plan.event.PlanAdopted;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.event.PlanReturned;
import it.traccia.kernel.plan.event.PlanSubmitted;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.plan.event.StructureRemoved;
import it.traccia.kernel.plan.event.VariationOpened;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportSource;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every event of the plan, of its monitoring and of the organisation goes through the application's own event serializer and comes back equal, with weights as
 * exact decimals and dates as ISO strings: what the event store keeps for years must read back unchanged.
 */
class EventSerializationIT extends EmbeddedStoresIT {

    private static final PlanId PLAN = new PlanId("plan-1");
    private static final StructureId SEGRETERIA = new StructureId("structure-1");
    private static final ObjectiveId OBJECTIVE = new ObjectiveId("objective-6");
    private static final PhaseId PHASE = new PhaseId("phase-6-1");
    private static final OrganisationId ORGANISATION = OrganisationId.forName("Comune di Monte Cremasco");
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN);
    private static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    private static final Actor GIUNTA = new Actor("giunta", Role.GIUNTA);
    private static final Actor TRACCIA = new Actor("traccia", Role.SYSTEM);
    private static final LocalDate DEADLINE = LocalDate.of(2026, 1, 31);
    private static final Completion COMPLETION = new Completion(LocalDate.of(2026, 6, 20), Achievement.of("62.50"),
            "Completata in parte", List.of(new EvidenceId("evidence-1")));

    @Autowired
    @Qualifier("eventSerializer")
    Serializer eventSerializer;

    static Stream<Object> everyEvent() {
        return Stream.of(
                new OrganisationRegistered(ORGANISATION, "Comune di Monte Cremasco", "Cremona", ADMIN),
                new RolesGranted(ORGANISATION, "resp-segreteria", Set.of(Role.RESPONSABILE, Role.NDV), "Decreto n. 3", ADMIN),
                new RolesWithdrawn(ORGANISATION, "resp-segreteria", Set.of(Role.NDV), "Fine incarico", ADMIN),
                new PlanDefined(PLAN, ORGANISATION, "Comune di Monte Cremasco", "Cremona", 2026, 2028, 2026, SEGRETARIO),
                new StructureHeadAssigned(PLAN, SEGRETERIA, "resp-segreteria", "Avv. Marco Gregoli", "Segretario Generale",
                        "Nomina", SEGRETARIO),
                new PlanImported(PLAN, new ImportSource("monte-cremasco-2026-bozza.txt", "ab12", 16688), List.of(
                        new ImportFinding(FindingSeverity.ERROR, "InvalidDate", 21, "Segreteria", "1", "1.1", "Data inesistente")),
                        SEGRETARIO),
                new StructureAdded(PLAN, SEGRETERIA, "Segreteria", "Avv. Marco Gregoli", "Segretario Generale", SEGRETARIO),
                new StructureRemoved(PLAN, SEGRETERIA, "Servizio trasferito all'Unione", SEGRETARIO),
                new CommonStrategicContextSet(PLAN, "Linea", "Obiettivo strategico", null, "Operativo", SEGRETARIO),
                new StrategicContextSet(PLAN, SEGRETERIA, "Linea", "Obiettivo strategico", new MissionCode("01"), "Operativo", SEGRETARIO),
                new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE, "6", ObjectiveKind.DEVELOPMENT, "Digitalizzazione",
                        Weight.of("33.33"), "Atti", "100%", DEADLINE, SEGRETARIO),
                new CommonObjectiveDefined(PLAN, OBJECTIVE, "1", ObjectiveKind.LEGAL_OBLIGATION, "Trasparenza",
                        Weight.of("20"), null, null, null, SEGRETARIO),
                new ObjectiveRevised(PLAN, OBJECTIVE, ObjectiveKind.MAINTENANCE, "Nuovo testo", "Indicatori", "Valori",
                        DEADLINE, "Refuso", 2, SEGRETARIO),
                new ObjectiveWeightChanged(PLAN, OBJECTIVE, Weight.of("30"), Weight.of("25"), "Riequilibrio", 3, SEGRETARIO),
                new ObjectiveRemoved(PLAN, OBJECTIVE, "Duplicato", SEGRETARIO),
                new PhaseDefined(PLAN, OBJECTIVE, PHASE, "6.1", "Ricognizione", Weight.of("50"), "Report", "Sì", DEADLINE, SEGRETARIO),
                new PhaseRevised(PLAN, OBJECTIVE, PHASE, "Ricognizione atti", "Report", "Sì", DEADLINE, null, 2, SEGRETARIO),
                new PhaseWeightChanged(PLAN, OBJECTIVE, PHASE, Weight.of("50"), Weight.of("0.5"), "Fase minore", 3, SEGRETARIO),
                new PhaseRemoved(PLAN, OBJECTIVE, PHASE, null, SEGRETARIO),
                new ImportFindingResolved(PLAN, 1, "InvalidDate", "Scadenza corretta al 30.04.2026", SEGRETARIO),
                new PlanSubmitted(PLAN, 1, SEGRETARIO),
                new PlanReturned(PLAN, 1, "Rivedere i pesi dell'obiettivo 6", GIUNTA),
                new PlanAdopted(PLAN, 1, "12", LocalDate.of(2026, 2, 10), GIUNTA),
                new VariationOpened(PLAN, 1, 2, "Nuova assunzione in Segreteria", SEGRETARIO),
                new ApprovalDeadlineNear(PLAN, 1, DEADLINE, TRACCIA),
                new ApprovalDeadlineMissed(PLAN, 1, DEADLINE, TRACCIA),
                new PhaseCompleted(PLAN, 1, OBJECTIVE, PHASE, SEGRETERIA, COMPLETION, SEGRETARIO),
                new ObjectiveCompleted(PLAN, 1, OBJECTIVE, SEGRETERIA, COMPLETION, SEGRETARIO),
                new CompletionCorrected(PLAN, ElementKind.PHASE, PHASE.value(), SEGRETERIA, COMPLETION,
                        new Completion(LocalDate.of(2026, 6, 21), Achievement.of("100"), null, List.of()),
                        "Verifica del Segretario", SEGRETARIO),
                new ProgressRecorded(PLAN, ElementKind.OBJECTIVE, OBJECTIVE.value(), SEGRETERIA,
                        new ProgressState(LocalDate.of(2026, 5, 31), Achievement.of("0.5"), "Avviata"), SEGRETARIO),
                new IndicatorValueRecorded(PLAN, ElementKind.PHASE, PHASE.value(), SEGRETERIA,
                        new Measurement(new BigDecimal("-28.125"), "giorni", LocalDate.of(2026, 9, 30), "PCC"), SEGRETARIO),
                new EvidenceStored(PLAN, new EvidenceId("evidence-1"), "0".repeat(64), 1200, "verbale.pdf",
                        "application/pdf", SEGRETARIO),
                new MidYearCheckRecorded(PLAN, 1, 2, LocalDate.of(2026, 7, 15), "Fase 1.2 in ritardo", SEGRETARIO));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyEvent")
    void readsBackEveryEventEqualToWhatItWrote(Object event) {
        SerializedObject<byte[]> stored = eventSerializer.serialize(event, byte[].class);

        Object readBack = eventSerializer.deserialize(stored);

        assertThat(readBack).isEqualTo(event);
        assertThat(stored.getType().getRevision()).isEqualTo("1");
        assertThat(new String(stored.getData(), StandardCharsets.UTF_8)).doesNotContain("E+", "e+");
    }
}
