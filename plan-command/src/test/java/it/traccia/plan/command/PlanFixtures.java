package it.traccia.plan.command;

import it.traccia.kernel.Actor;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanMetaData;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ImportPlan;
import it.traccia.kernel.plan.command.SubmissionCheck;
import it.traccia.kernel.plan.event.ApprovalDeadlineMissed;
import it.traccia.kernel.plan.event.ApprovalDeadlineNear;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PlanAdopted;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanSubmitted;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.event.StructureHeadAssigned;
import it.traccia.kernel.plan.event.VariationOpened;
import it.traccia.kernel.plan.importing.ImportResult;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.Violation;
import it.traccia.plan.command.importing.PlanDocumentReader;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Named test data from the real draft of the Comune di Monte Cremasco, 2026, and helpers to check what the plan did. */
final class PlanFixtures {

    static final PlanId PLAN = new PlanId("monte-cremasco-2026");
    static final String MONTE_CREMASCO = "Comune di Monte Cremasco";
    static final OrganisationId MONTE_CREMASCO_ID = OrganisationId.forName(MONTE_CREMASCO);
    static final String CREMONA = "Cremona";

    static final StructureId SEGRETERIA = new StructureId("segreteria");
    static final String SEGRETERIA_NAME = "Segreteria";
    static final String SEGRETERIA_HEAD = "Avv. Marco Gregoli";
    static final String SEGRETERIA_HEAD_TITLE = "Segretario Generale";
    static final StructureId AREA_FINANZIARIA = new StructureId("area-finanziaria");

    static final ObjectiveId OBJECTIVE_6 = new ObjectiveId("segreteria-6");
    static final String OBJECTIVE_6_TEXT = "Redazione del Piano Integrato Attività e Organizzazione, con i relativi allegati.";
    static final String OBJECTIVE_6_INDICATORS = "Redazione del Piano Integrato Attività e Organizzazione, con i relativi allegati "
            + "secondo la normativa aggiornata e i modelli del Dipartimento della Funzione Pubblica.";
    static final String OBJECTIVE_6_TARGETS = "Presentazione del PIAO con i relativi allegati alla Giunta ai fini "
            + "dell'approvazione entro la data prevista per legge.";
    static final LocalDate OBJECTIVE_6_DEADLINE = LocalDate.of(2026, 1, 31);

    static final PhaseId PHASE_6_1 = new PhaseId("segreteria-6.1");
    static final String PHASE_6_1_TEXT = "Ricognizione presso gli uffici competenti della documentazione da inserire nel piano "
            + "in relazione alle diverse sezioni.";
    static final String PHASE_6_1_TARGET = "Acquisizione di tutte le informazioni e dati necessari in relazione alle diverse sezioni.";
    static final LocalDate PHASE_6_1_DEADLINE_ON_TIME = LocalDate.of(2026, 1, 15);
    static final PhaseId PHASE_6_2 = new PhaseId("segreteria-6.2");
    static final String PHASE_6_2_TEXT = "Compilazione del piano e acquisizione dei pareri necessari.";
    static final String PHASE_6_2_TARGET = "Trasmissione alla Giunta per l'approvazione.";

    static final ObjectiveId OBJECTIVE_7 = new ObjectiveId("segreteria-7");
    static final String OBJECTIVE_7_TEXT = "Gestione e coordinamento della contrattazione decentrata integrativa.";
    static final LocalDate OBJECTIVE_7_DEADLINE = LocalDate.of(2026, 5, 31);

    static final ObjectiveId COMMON_4 = new ObjectiveId("comune-4");
    static final String COMMON_4_TEXT = "Rispetto dei tempi medi di pagamento dei fornitori previsti dalla legge, ai sensi del dl 13/2023.";
    static final PhaseId COMMON_PHASE_4_1 = new PhaseId("comune-4.1");
    static final String COMMON_PHASE_4_1_TEXT = "Rispetto dei tempi medi di pagamento.";

    static final Weight TWENTY = Weight.of("20");
    static final Weight TWENTY_FIVE = Weight.of("25");
    static final Weight THIRTY = Weight.of("30");
    static final Weight FIFTY = Weight.of("50");
    static final Weight HUNDRED = Weight.HUNDRED;
    static final Weight SEVENTY = Weight.of("70");
    static final LocalDate END_OF_2026 = LocalDate.of(2026, 12, 31);

    /** The legal deadline for adopting the plan (PIAO): 31 January. */
    static final LocalDate APPROVAL_DEADLINE = LocalDate.of(2026, 1, 31);
    /** The day of the Giunta's delibera in the approval tests, and "today" on their clock. */
    static final LocalDate RESOLUTION_DATE = LocalDate.of(2026, 1, 27);
    static final String RESOLUTION_NUMBER = "12";
    static final ZoneId ROME = ZoneId.of("Europe/Rome");
    static final String REAL_DRAFT = "monte-cremasco-2026-bozza.txt";

    private PlanFixtures() {
    }

    /**
     * A fixture whose organisation knows the people of these tests: the Segretario, two Responsabili (the first heads
     * Segreteria in the plans below, the second nothing), the Giunta, and one user in each role, {@link #actingAs}.
     */
    static FixtureConfiguration<Plan> aFixture() {
        FixtureConfiguration<Plan> fixture = new AggregateTestFixture<>(Plan.class);
        fixture.registerInjectableResource(theMembershipsOfMonteCremasco());
        return fixture;
    }

    /** The members of Monte Cremasco in these tests, with their roles. */
    static TestMemberships theMembershipsOfMonteCremasco() {
        TestMemberships memberships = new TestMemberships()
                .grant(MONTE_CREMASCO_ID, segretario().userId(), Role.SEGRETARIO)
                .grant(MONTE_CREMASCO_ID, responsabile().userId(), Role.RESPONSABILE)
                .grant(MONTE_CREMASCO_ID, responsabileTecnica().userId(), Role.RESPONSABILE)
                .grant(MONTE_CREMASCO_ID, giunta().userId(), Role.GIUNTA);
        for (Role role : Role.values()) {
            if (role.isHeldInAnOrganisation()) {
                memberships.grant(MONTE_CREMASCO_ID, actingAs(role).userId(), role);
            }
        }
        return memberships;
    }

    static Actor segretario() {
        return new Actor("marco.gregoli", Role.SEGRETARIO);
    }

    /** The Responsabile who heads Segreteria in the plans of these fixtures. */
    static Actor responsabile() {
        return new Actor("responsabile.segreteria", Role.RESPONSABILE);
    }

    /** A Responsabile of Monte Cremasco who heads no structure of the plan. */
    static Actor responsabileTecnica() {
        return new Actor("responsabile.tecnica", Role.RESPONSABILE);
    }

    /** A Segretario of another comune, with no role at Monte Cremasco. */
    static Actor segretarioElsewhere() {
        return new Actor("segretario.vailate", Role.SEGRETARIO);
    }

    static Actor giunta() {
        return new Actor("sindaco.monte-cremasco", Role.GIUNTA);
    }

    /** Traccia itself, which records the facts no person decides, such as a deadline passing. */
    static Actor traccia() {
        return new Actor("traccia", Role.SYSTEM);
    }

    static Actor actingAs(Role role) {
        return new Actor("utente." + role.name().toLowerCase(), role);
    }

    static PlanDefined planDefined() {
        return new PlanDefined(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, CREMONA, 2026, 2028, 2026, segretario());
    }

    static StructureAdded segreteriaAdded() {
        return new StructureAdded(PLAN, SEGRETERIA, SEGRETERIA_NAME, SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, segretario());
    }

    /** The Responsabile of {@link #responsabile()} named head of Segreteria. */
    static StructureHeadAssigned segreteriaHeadAssigned() {
        return new StructureHeadAssigned(PLAN, SEGRETERIA, responsabile().userId(), SEGRETERIA_HEAD,
                SEGRETERIA_HEAD_TITLE, "Incarico di responsabile della Segreteria", segretario());
    }

    static StructureAdded areaFinanziariaAdded() {
        return new StructureAdded(PLAN, AREA_FINANZIARIA, "Area Finanziaria", "Rag. Laura Ferrari", null, segretario());
    }

    static StrategicContextSet segreteriaContextSet() {
        return new StrategicContextSet(PLAN, SEGRETERIA,
                "Promuovere la crescita della Città valorizzando le risorse presenti",
                "Gestire e migliorare l'Amministrazione e il funzionamento dei servizi generali",
                new MissionCode("01"),
                "Mantenere e sviluppare gli standard qualitativi e quantitativi dei servizi erogati",
                segretario());
    }

    static ObjectiveDefined objective6Defined() {
        return new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_6, "6", ObjectiveKind.DEVELOPMENT, OBJECTIVE_6_TEXT, THIRTY,
                OBJECTIVE_6_INDICATORS, OBJECTIVE_6_TARGETS, OBJECTIVE_6_DEADLINE, segretario());
    }

    static PhaseDefined phase61Defined() {
        return new PhaseDefined(PLAN, OBJECTIVE_6, PHASE_6_1, "6.1", PHASE_6_1_TEXT, FIFTY, PHASE_6_1_TEXT,
                PHASE_6_1_TARGET, END_OF_2026, segretario());
    }

    static PhaseDefined phase62Defined() {
        return new PhaseDefined(PLAN, OBJECTIVE_6, PHASE_6_2, "6.2", PHASE_6_2_TEXT, FIFTY, PHASE_6_2_TEXT,
                PHASE_6_2_TARGET, OBJECTIVE_6_DEADLINE, segretario());
    }

    /** Phase 6.1 due in time for its objective (15.01.2026), unlike in the real draft. */
    static PhaseDefined phase61DefinedOnTime() {
        return new PhaseDefined(PLAN, OBJECTIVE_6, PHASE_6_1, "6.1", PHASE_6_1_TEXT, FIFTY, PHASE_6_1_TEXT,
                PHASE_6_1_TARGET, PHASE_6_1_DEADLINE_ON_TIME, segretario());
    }

    /** Objective 7 (contrattazione decentrata), weighted 70 so that with objective 6 the Segreteria sums to 100. */
    static ObjectiveDefined objective7Defined() {
        return new ObjectiveDefined(PLAN, SEGRETERIA, OBJECTIVE_7, "7", ObjectiveKind.DEVELOPMENT, OBJECTIVE_7_TEXT,
                SEVENTY, "Implementazione del nuovo contratto decentrato integrativo.",
                "Corretta chiusura del processo di sottoscrizione definitiva.", OBJECTIVE_7_DEADLINE, segretario());
    }

    static CommonObjectiveDefined common4Defined() {
        return new CommonObjectiveDefined(PLAN, COMMON_4, "4", ObjectiveKind.LEGAL_OBLIGATION, COMMON_4_TEXT, TWENTY,
                "Tempi medi di pagamento dell'ente.", "Tempi medi di pagamento entro i 30 gg.", END_OF_2026, segretario());
    }

    static PhaseDefined commonPhase41Defined() {
        return new PhaseDefined(PLAN, COMMON_4, COMMON_PHASE_4_1, "4.1", COMMON_PHASE_4_1_TEXT, HUNDRED,
                "Verifica dell'indicatore trimestrale di rispetto dei tempi medi di pagamento.",
                "Rispetto del limite temporale di pagamento entro 30 gg.", END_OF_2026, segretario());
    }

    /** A draft plan 2026–2028 of Monte Cremasco, without structures yet. */
    static List<Object> aDraftPlan() {
        return List.of(planDefined());
    }

    /** Segreteria, headed by {@link #responsabile()}. */
    static List<Object> aPlanWithSegreteria() {
        return List.of(planDefined(), segreteriaAdded(), segreteriaHeadAssigned());
    }

    /** Segreteria with objective 6 (PIAO), weight 30, and no phases. */
    static List<Object> aPlanWithObjective6() {
        return List.of(planDefined(), segreteriaAdded(), segreteriaHeadAssigned(), objective6Defined());
    }

    /** Segreteria with objective 6 (PIAO), weight 30, and its phases 6.1 and 6.2, 50% each. */
    static List<Object> aPlanWithPhases6_1And6_2() {
        return List.of(planDefined(), segreteriaAdded(), segreteriaHeadAssigned(), objective6Defined(), phase61Defined(),
                phase62Defined());
    }

    /** Segreteria and the common objective 4 (tempi medi di pagamento), weight 20, with its phase 4.1. */
    static List<Object> aPlanWithCommonObjective4() {
        return List.of(planDefined(), segreteriaAdded(), segreteriaHeadAssigned(), common4Defined(), commonPhase41Defined());
    }

    /**
     * A draft that meets every submission rule: Segreteria with objective 6 (30, phases 6.1 and 6.2 at 50% each, both
     * due by 31.01.2026) and objective 7 (70, no phases), and no common objectives.
     */
    static List<Object> aBalancedPlan() {
        return List.of(planDefined(), segreteriaAdded(), segreteriaHeadAssigned(), objective6Defined(),
                phase61DefinedOnTime(), phase62Defined(), objective7Defined());
    }

    /** The balanced plan, version 1, sent to the Giunta. */
    static List<Object> aSubmittedPlan() {
        return plus(aBalancedPlan(), planSubmitted(1));
    }

    /** The balanced plan, version 1, adopted with delibera n. 12 of 27.01.2026. */
    static List<Object> anAdoptedPlan() {
        return plus(aSubmittedPlan(), planAdopted(1));
    }

    /** The adopted plan with a variation open: the draft of version 2. */
    static List<Object> aVariationOfTheAdoptedPlan() {
        return plus(anAdoptedPlan(), variationOpened());
    }

    static PlanSubmitted planSubmitted(int version) {
        return new PlanSubmitted(PLAN, version, segretario());
    }

    static PlanAdopted planAdopted(int version) {
        return new PlanAdopted(PLAN, version, RESOLUTION_NUMBER, RESOLUTION_DATE, giunta());
    }

    static VariationOpened variationOpened() {
        return new VariationOpened(PLAN, 1, 2, "Verifica intermedia: nuovo obiettivo sul PNRR", segretario());
    }

    static ApprovalDeadlineNear deadlineNear(int version) {
        return new ApprovalDeadlineNear(PLAN, version, APPROVAL_DEADLINE, traccia());
    }

    static ApprovalDeadlineMissed deadlineMissed(int version) {
        return new ApprovalDeadlineMissed(PLAN, version, APPROVAL_DEADLINE, traccia());
    }

    /** A clock that reads the given day, at noon in Rome. */
    static Clock aClockOn(LocalDate today) {
        return Clock.fixed(today.atTime(12, 0).atZone(ROME).toInstant(), ROME);
    }

    /** The real draft of Monte Cremasco as read from its text export: plan and findings. */
    static ImportResult theRealDraft() {
        return new PlanDocumentReader().read(REAL_DRAFT, realDraftBytes());
    }

    /** The Segretario's import of the real draft, with its three findings. */
    static ImportPlan importOfTheRealDraft() {
        ImportResult draft = theRealDraft();
        ImportSource source = PlanDocumentReader.sourceOf(REAL_DRAFT, realDraftBytes());
        return new ImportPlan(PLAN, MONTE_CREMASCO_ID, MONTE_CREMASCO, draft.plan(), source, draft.findings(), segretario());
    }

    /** The id the import gives to the element at a position, e.g. {@code structure/1/objective/6/phase/6.1}. */
    static String importedId(String position) {
        String key = PLAN.value() + "/" + position;
        return UUID.nameUUIDFromBytes(key.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static byte[] realDraftBytes() {
        try (InputStream in = PlanFixtures.class.getResourceAsStream("/imports/" + REAL_DRAFT)) {
            return Objects.requireNonNull(in, REAL_DRAFT).readAllBytes();
        } catch (IOException failed) {
            throw new UncheckedIOException(failed);
        }
    }

    static List<Object> plus(List<Object> given, Object... more) {
        List<Object> events = new ArrayList<>(given);
        events.addAll(List.of(more));
        return events;
    }

    /** The event as the plan must apply it: with the organisation's name and id in its metadata. */
    static EventMessage<?> withOrganisation(Object event) {
        return GenericEventMessage.asEventMessage(event).withMetaData(Map.of(PlanMetaData.ORGANISATION, MONTE_CREMASCO,
                PlanMetaData.ORGANISATION_ID, MONTE_CREMASCO_ID.value()));
    }

    /** Each violation as {@code code field}, to compare whole lists at a glance. */
    static List<String> codesAndFields(List<Violation> violations) {
        return violations.stream().map(violation -> violation.code() + " " + violation.field()).toList();
    }

    /** A refusal reporting exactly these violations, each as {@code code field}, in this order. */
    static Matcher<Throwable> violations(String... codesAndFields) {
        List<String> expected = List.of(codesAndFields);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return thrown instanceof RuleViolation rule && codesAndFields(rule.violations()).equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("violations " + expected);
            }

            @Override
            protected void describeMismatchSafely(Throwable thrown, Description mismatch) {
                mismatch.appendText(thrown instanceof RuleViolation rule
                        ? thrown.getClass().getSimpleName() + " " + codesAndFields(rule.violations())
                        : thrown.toString());
            }
        };
    }

    /** The answer of a submission check listing exactly these violations, each as {@code code field}, in this order. */
    static Matcher<Object> aCheckListing(String... codesAndFields) {
        List<String> expected = List.of(codesAndFields);
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object answer) {
                return answer instanceof SubmissionCheck check && codesAndFields(check.violations()).equals(expected);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a submission check listing " + expected);
            }

            @Override
            protected void describeMismatchSafely(Object answer, Description mismatch) {
                mismatch.appendText(answer instanceof SubmissionCheck check
                        ? "a check listing " + codesAndFields(check.violations())
                        : String.valueOf(answer));
            }
        };
    }

    /** A rule violation of the given type, reported for the given field. */
    static Matcher<Throwable> violation(Class<? extends RuleViolation> type, String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable thrown) {
                return type.isInstance(thrown) && Objects.equals(((RuleViolation) thrown).field(), field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText(type.getSimpleName() + " on field '" + field + "'");
            }

            @Override
            protected void describeMismatchSafely(Throwable thrown, Description mismatch) {
                String field = thrown instanceof RuleViolation rule ? rule.field() : "-";
                mismatch.appendText(thrown.getClass().getSimpleName() + " on field '" + field + "': " + thrown.getMessage());
            }
        };
    }
}
