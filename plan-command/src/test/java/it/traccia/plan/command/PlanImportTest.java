package it.traccia.plan.command;

import static it.traccia.plan.command.PlanFixtures.MONTE_CREMASCO;
import static it.traccia.plan.command.PlanFixtures.MONTE_CREMASCO_ID;
import static it.traccia.plan.command.PlanFixtures.PLAN;
import static it.traccia.plan.command.PlanFixtures.aFixture;
import static it.traccia.plan.command.PlanFixtures.actingAs;
import static it.traccia.plan.command.PlanFixtures.segretario;
import static it.traccia.plan.command.PlanFixtures.violation;
import static org.assertj.core.api.Assertions.assertThat;

import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.Role;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.CommonStrategicContextSet;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.plan.importing.ImportedObjective;
import it.traccia.kernel.plan.importing.ImportedPhase;
import it.traccia.kernel.plan.importing.ImportedPlan;
import it.traccia.kernel.plan.importing.ImportedStructure;
import it.traccia.kernel.rule.DuplicateId;
import it.traccia.kernel.rule.DuplicateNumber;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.NotAllowed;
import it.traccia.plan.command.importing.PlanDocumentReader;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Importing a whole draft in one command (importazione): all of it through the rules of the single commands, or nothing. */
class PlanImportTest {

    private static final String FILE = "monte-cremasco-2026-bozza.docx";

    private FixtureConfiguration<Plan> fixture;

    @BeforeEach
    void setUp() {
        fixture = aFixture();
    }

    @Test
    void recordsTheRealDraftThroughTheCommandsOfEachElement() {
        // given the real draft as read from its .docx
        ImportResult result = realDraft();
        ImportSource source = PlanDocumentReader.sourceOf(FILE, realDraftBytes());
        List<EventMessage<?>> events = new ArrayList<>();

        // when the Segretario imports it
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, result.plan(), source, result.findings(), segretario()))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(recordedInto(events));

        // then the plan, the import, Segreteria and the common objectives are recorded in the document's order
        List<Object> payloads = events.stream().<Object>map(EventMessage::getPayload).toList();
        assertThat(payloads).extracting(payload -> payload.getClass().getSimpleName()).containsExactly(
                expectedSequence().toArray(String[]::new));
        assertThat(payloads.get(0)).isEqualTo(new PlanDefined(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, "Cremona", 2026, 2028, 2026, segretario()));
        assertThat(payloads.get(1)).isEqualTo(new PlanImported(PLAN, source, result.findings(), segretario()));
        assertThat(((PlanImported) payloads.get(1)).findings()).hasSize(3);
        StructureAdded segreteria = (StructureAdded) payloads.get(2);
        assertThat(segreteria.name()).isEqualTo("Segreteria");
        assertThat(segreteria.head()).isEqualTo("Avv. Marco Gregoli");
        assertThat(segreteria.headTitle()).isEqualTo("Segretario Generale");
        assertThat(((StrategicContextSet) payloads.get(3)).missionCode().value()).isEqualTo("01");
        assertThat(payloads).filteredOn(ObjectiveDefined.class::isInstance).hasSize(7);
        assertThat(payloads).filteredOn(CommonObjectiveDefined.class::isInstance).hasSize(5);
        assertThat(payloads).filteredOn(PhaseDefined.class::isInstance).hasSize(13 + 8);
        CommonStrategicContextSet common = (CommonStrategicContextSet) payloads.stream()
                .filter(CommonStrategicContextSet.class::isInstance).findFirst().orElseThrow();
        assertThat(common.missionCode()).isNull();
        assertThat(events).allSatisfy(event ->
                assertThat(event.getMetaData()).containsEntry(PlanMetaData.ORGANISATION, MONTE_CREMASCO));
    }

    @Test
    void keepsWhatTheDraftSaysOfObjectiveSixAndItsPhases() {
        // given the real draft
        ImportResult result = realDraft();
        List<EventMessage<?>> events = new ArrayList<>();

        // when it is imported
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, result.plan(), source(), result.findings(), segretario()))
                .expectEventsMatching(recordedInto(events));

        // then objective 6 and phase 6.1 carry the draft's values and the ids of their position
        String structureKey = PLAN.value() + "/structure/1";
        ObjectiveDefined objective6 = events.stream().map(EventMessage::getPayload)
                .filter(ObjectiveDefined.class::isInstance).map(ObjectiveDefined.class::cast)
                .filter(objective -> objective.number().equals("6")).findFirst().orElseThrow();
        assertThat(objective6.structureId().value()).isEqualTo(uuidOf(structureKey));
        assertThat(objective6.objectiveId().value()).isEqualTo(uuidOf(structureKey + "/objective/6"));
        assertThat(objective6.kind()).isEqualTo(ObjectiveKind.DEVELOPMENT);
        assertThat(objective6.weight()).isEqualTo(Weight.of("30"));
        assertThat(objective6.deadline()).isEqualTo(LocalDate.of(2026, 1, 31));
        PhaseDefined phase61 = events.stream().map(EventMessage::getPayload).filter(PhaseDefined.class::isInstance)
                .map(PhaseDefined.class::cast).filter(phase -> phase.objectiveId().equals(objective6.objectiveId())
                        && phase.number().equals("6.1")).findFirst().orElseThrow();
        assertThat(phase61.phaseId().value()).isEqualTo(uuidOf(structureKey + "/objective/6/phase/6.1"));
        assertThat(phase61.deadline()).as("recorded as written, reported as a finding").isEqualTo(LocalDate.of(2026, 12, 31));
        CommonObjectiveDefined common4 = events.stream().map(EventMessage::getPayload)
                .filter(CommonObjectiveDefined.class::isInstance).map(CommonObjectiveDefined.class::cast)
                .filter(objective -> objective.number().equals("4")).findFirst().orElseThrow();
        assertThat(common4.objectiveId().value()).isEqualTo(uuidOf(PLAN.value() + "/common/objective/4"));
    }

    @Test
    void givesTheSameIdsEachTimeTheSameDraftIsImported() {
        // given two imports of the same draft
        ImportResult result = realDraft();
        List<EventMessage<?>> first = new ArrayList<>();
        List<EventMessage<?>> second = new ArrayList<>();
        ImportPlan command = new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, result.plan(), source(), result.findings(), segretario());

        // when each is handled by a fresh plan
        aFixture().givenNoPriorActivity().when(command).expectEventsMatching(recordedInto(first));
        aFixture().givenNoPriorActivity().when(command).expectEventsMatching(recordedInto(second));

        // then they record the same events, ids included
        assertThat(first.stream().map(EventMessage::getPayload).toList())
                .isEqualTo(second.stream().map(EventMessage::getPayload).toList());
    }

    @ParameterizedTest
    @EnumSource(value = Role.class, names = {"RESPONSABILE", "GIUNTA", "NDV", "SYSTEM"})
    void rejectsAnImportByAnyoneButTheSegretario(Role role) {
        ImportResult result = realDraft();
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, result.plan(), source(), result.findings(), actingAs(role)))
                .expectException(NotAllowed.class)
                .expectNoEvents();
    }

    @Test
    void rejectsAnImportWithoutPlan() {
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, null, source(), List.of(), segretario()))
                .expectException(violation(MissingField.class, "plan"))
                .expectNoEvents();
    }

    @Test
    void storesNothingWhenOneElementBreaksARule() {
        // given a plan whose last phase repeats the number of the one before
        ImportedPhase phase = new ImportedPhase("1.1", "Fase: prima", Weight.of("50"), "indicatore", "valore",
                LocalDate.of(2026, 6, 30), 3);
        ImportedObjective objective = new ImportedObjective("1", ObjectiveKind.DEVELOPMENT, "Obiettivo di sviluppo: uno",
                Weight.HUNDRED, "indicatori", "valori", LocalDate.of(2026, 12, 31), 2, List.of(phase, phase));
        ImportedPlan plan = new ImportedPlan(MONTE_CREMASCO, null, 2026, 2028, 2026,
                List.of(new ImportedStructure("Segreteria", "Avv. Marco Gregoli", null, null, List.of(objective))),
                null, List.of());

        // when it is imported, then nothing at all is recorded
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, plan, source(), List.of(), segretario()))
                .expectException(violation(DuplicateId.class, "phaseId"))
                .expectNoEvents();
    }

    @Test
    void rejectsAnObjectiveWithoutDescriptionAsTheSingleCommandDoes() {
        ImportedObjective objective = new ImportedObjective("1", ObjectiveKind.DEVELOPMENT, " ", Weight.HUNDRED, null, null,
                null, 2, List.of());
        ImportedPlan plan = new ImportedPlan(MONTE_CREMASCO, null, 2026, 2028, 2026,
                List.of(new ImportedStructure("Segreteria", "Avv. Marco Gregoli", null, null, List.of(objective))),
                null, List.of());
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, plan, source(), List.of(), segretario()))
                .expectException(violation(MissingField.class, "description"))
                .expectNoEvents();
    }

    @Test
    void rejectsTwoObjectivesWithTheSameNumber() {
        ImportedObjective objective = new ImportedObjective("1", ObjectiveKind.DEVELOPMENT, "Obiettivo di sviluppo: uno",
                Weight.of("50"), null, null, null, 2, List.of());
        ImportedObjective again = new ImportedObjective("01", ObjectiveKind.DEVELOPMENT, "Obiettivo di sviluppo: due",
                Weight.of("50"), null, null, null, 3, List.of());
        ImportedPlan plan = new ImportedPlan(MONTE_CREMASCO, null, 2026, 2028, 2026, List.of(),
                null, List.of(objective, again));
        fixture.givenNoPriorActivity()
                .when(new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, plan, source(), List.of(), segretario()))
                .expectException(violation(DuplicateNumber.class, "number"))
                .expectNoEvents();
    }

    private static List<String> expectedSequence() {
        List<String> sequence = new ArrayList<>(List.of("PlanDefined", "PlanImported", "StructureAdded", "StrategicContextSet"));
        int[] segreteriaPhases = {2, 2, 2, 2, 1, 2, 2};
        for (int phases : segreteriaPhases) {
            sequence.add("ObjectiveDefined");
            sequence.addAll(Collections.nCopies(phases, "PhaseDefined"));
        }
        sequence.add("CommonStrategicContextSet");
        int[] commonPhases = {3, 0, 2, 1, 2};
        for (int phases : commonPhases) {
            sequence.add("CommonObjectiveDefined");
            sequence.addAll(Collections.nCopies(phases, "PhaseDefined"));
        }
        return sequence;
    }

    private static String uuidOf(String position) {
        return UUID.nameUUIDFromBytes(position.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static ImportSource source() {
        return new ImportSource(FILE, "0".repeat(64), 1);
    }

    private static ImportResult realDraft() {
        return new PlanDocumentReader().read(FILE, realDraftBytes());
    }

    private static byte[] realDraftBytes() {
        try (InputStream in = PlanImportTest.class.getResourceAsStream("/imports/" + FILE)) {
            return in.readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    /** Matches any list of events and keeps them, so that the test can look at each. */
    private static Matcher<List<EventMessage<?>>> recordedInto(List<EventMessage<?>> sink) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(List<EventMessage<?>> events) {
                sink.addAll(events);
                return true;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("any events");
            }
        };
    }
}
