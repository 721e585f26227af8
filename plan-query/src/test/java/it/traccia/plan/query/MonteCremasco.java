package it.traccia.plan.query;

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
import it.traccia.kernel.organisation.Memberships;
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
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.event.PlanImported;
import it.traccia.kernel.plan.event.PlanReturned;
import it.traccia.kernel.plan.event.PlanSubmitted;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;
import it.traccia.kernel.plan.event.VariationOpened;
import it.traccia.kernel.plan.importing.FindingSeverity;
import it.traccia.kernel.plan.importing.ImportFinding;
import it.traccia.kernel.plan.importing.ImportSource;
import it.traccia.plan.query.access.PlanReaders;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The draft plan 2026 of the Comune di Monte Cremasco (Provincia di Cremona), from its real bozza: the Segreteria headed by
 * the Segretario Generale Avv. Marco Gregoli with objectives 1–7 (10+10+10+10+10+30+20) and the five common objectives
 * (5 × 20), as events; the same plan's import from the Word bozza, with its findings; and its way through the Giunta:
 * submission, return with remarks, adoption with delibera n. 12 of 10 February 2026, the deadline warnings, and the
 * variation that leads to version 2, adopted with delibera n. 48 of 15 July 2026.
 */
public final class MonteCremasco {

    public static final String ORGANISATION = "Comune di Monte Cremasco";
    public static final OrganisationId ORGANISATION_ID = OrganisationId.forName(ORGANISATION);
    /** A member of the Nucleo di Valutazione of Monte Cremasco, who reads everything of its plans. */
    public static final String READER = "ndv";
    /** The Segretario of another comune, with no role at Monte Cremasco. */
    public static final String OUTSIDER = "segretario-2";
    public static final PlanId PLAN = new PlanId("monte-cremasco-2026");
    public static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    public static final Actor GIUNTA = new Actor("giunta", Role.GIUNTA);
    public static final Actor TRACCIA = new Actor("traccia", Role.SYSTEM);
    public static final StructureId SEGRETERIA = new StructureId("segreteria");
    public static final String PROVINCE = "Cremona";
    public static final String SEGRETERIA_HEAD = "Avv. Marco Gregoli";
    public static final String SEGRETERIA_HEAD_TITLE = "Segretario Generale";
    public static final String COMMON_STRATEGIC_LINE =
            "Promuovere la crescita della Città valorizzando le risorse presenti e creando nuove opportunità";
    public static final String IMPORTED_FILE = "monte-cremasco-2026-bozza.docx";
    public static final String IMPORTED_SHA256 = "9f2c4e1d0b7a6c5e3f18d2a4b6c8e0f1a3c5e7f9b1d3f5a7c9e1b3d5f7a9c1e3";
    public static final String REWEIGHING_REASON = "Il PIAO è redatto con il supporto di un servizio esterno";
    public static final String GIUNTA_REMARKS = "Precisare i valori attesi degli obiettivi comuni";
    public static final String VARIATION_REASON = "Verifica intermedia: il PIAO richiede meno impegno del previsto";
    public static final LocalDate APPROVAL_DEADLINE = LocalDate.of(2026, 1, 31);
    public static final String RESOLUTION_NOTE = "Data corretta in 30.06.2026";

    private static final String[] SEGRETERIA_WEIGHTS = {"10", "10", "10", "10", "10", "30", "20"};

    private MonteCremasco() {
    }

    /** Who may read the plans of these tests: the members of Monte Cremasco, {@link #READER} and the Segretario among them. */
    public static PlanReaders readers() {
        return new PlanReaders(new Memberships() {
            @Override
            public Set<Role> rolesIn(OrganisationId organisation, String userId) {
                if (!ORGANISATION_ID.equals(organisation)) {
                    return Set.of();
                }
                return switch (userId) {
                    case READER -> Set.of(Role.NDV);
                    case "segretario" -> Set.of(Role.SEGRETARIO);
                    case "giunta" -> Set.of(Role.GIUNTA);
                    default -> Set.of();
                };
            }

            @Override
            public Set<OrganisationId> organisationsOf(String userId) {
                return rolesIn(ORGANISATION_ID, userId).isEmpty() ? Set.of() : Set.of(ORGANISATION_ID);
            }

            @Override
            public boolean isAdministrator(String userId) {
                return false;
            }
        });
    }

    /** The events of the whole balanced draft: Segreteria with its context, objectives and phases, and the common objectives. */
    public static List<PlanEvent> aBalancedPlan() {
        List<PlanEvent> events = new ArrayList<>(segreteriaDraft());
        for (int number = 1; number <= 5; number++) {
            events.add(commonObjectiveDefined(String.valueOf(number), "20"));
            events.add(commonPhaseDefined(number + ".1", "100"));
        }
        return events;
    }

    /** The plan, the Segreteria, its context and objectives 1–7, each with balanced phases (6.1 and 6.2 at 50% each). */
    public static List<PlanEvent> segreteriaDraft() {
        List<PlanEvent> events = new ArrayList<>(List.of(planDefined(), segreteriaAdded(), segreteriaContextSet()));
        for (int number = 1; number <= 7; number++) {
            events.add(segreteriaObjectiveDefined(String.valueOf(number), SEGRETERIA_WEIGHTS[number - 1]));
            if (number == 6) {
                events.add(segreteriaPhaseDefined("6.1", "50"));
                events.add(segreteriaPhaseDefined("6.2", "50"));
            } else {
                events.add(segreteriaPhaseDefined(number + ".1", "100"));
            }
        }
        return events;
    }

    /**
     * The events of importing the bozza: the plan, its import with the findings, then the Segreteria draft, the common
     * context and the common objectives, all by the importing Segretario.
     */
    public static List<PlanEvent> anImportedPlan() {
        List<PlanEvent> events = new ArrayList<>(List.of(planDefined(), planImported()));
        events.addAll(segreteriaDraft().subList(1, segreteriaDraft().size()));
        events.add(commonContextSet());
        for (int number = 1; number <= 5; number++) {
            events.add(commonObjectiveDefined(String.valueOf(number), "20"));
            events.add(commonPhaseDefined(number + ".1", "100"));
        }
        return events;
    }

    public static PlanDefined planDefined() {
        return new PlanDefined(PLAN, ORGANISATION_ID, ORGANISATION, PROVINCE, 2026, 2028, 2026, SEGRETARIO);
    }

    public static StructureAdded segreteriaAdded() {
        return new StructureAdded(PLAN, SEGRETERIA, "Segreteria", SEGRETERIA_HEAD, SEGRETERIA_HEAD_TITLE, SEGRETARIO);
    }

    /** The plan opened without a province, as a draft that names none would open it. */
    public static PlanDefined planDefinedWithoutProvince() {
        return new PlanDefined(PLAN, ORGANISATION_ID, ORGANISATION, null, 2026, 2028, 2026, SEGRETARIO);
    }

    /** The Segreteria added with its head only, no title. */
    public static StructureAdded segreteriaAddedWithoutHeadTitle() {
        return new StructureAdded(PLAN, SEGRETERIA, "Segreteria", SEGRETERIA_HEAD, null, SEGRETARIO);
    }

    /** The strategic context of the common objectives (obiettivi comuni a tutte le aree): the draft names no mission. */
    public static CommonStrategicContextSet commonContextSet() {
        return new CommonStrategicContextSet(PLAN, COMMON_STRATEGIC_LINE,
                "Gestire e migliorare l'Amministrazione e il funzionamento dei servizi generali",
                null,
                "Mantenere e sviluppare gli standard qualitativi e quantitativi dei servizi erogati",
                SEGRETARIO);
    }

    /** The common context set again, now under mission 01 with a new operational objective. */
    public static CommonStrategicContextSet commonContextSetWithMission() {
        return new CommonStrategicContextSet(PLAN, COMMON_STRATEGIC_LINE,
                "Gestire e migliorare l'Amministrazione e il funzionamento dei servizi generali",
                new MissionCode("01"),
                "Migliorare gli standard dei servizi erogati",
                SEGRETARIO);
    }

    /** The two findings of reading the real bozza: an impossible date (31.06.2026) and an unbalanced common objective. */
    public static List<ImportFinding> importFindings() {
        return List.of(
                new ImportFinding(FindingSeverity.ERROR, "INVALID_DATE", 21, "Segreteria", "1", "1.1",
                        "La data di fine attesa \"31.06.2026\" della fase 1.1 non esiste"),
                new ImportFinding(FindingSeverity.WARNING, "PHASE_WEIGHTS_NOT_100", 52, null, "1", null,
                        "I pesi delle fasi dell'obiettivo comune 1 sommano a 80%, non a 100%"));
    }

    /** The plan imported by the Segretario from the Word bozza, with its findings. */
    public static PlanImported planImported() {
        return new PlanImported(PLAN, new ImportSource(IMPORTED_FILE, IMPORTED_SHA256, 48_213), importFindings(), SEGRETARIO);
    }

    public static StrategicContextSet segreteriaContextSet() {
        return new StrategicContextSet(PLAN, SEGRETERIA,
                "Promuovere la crescita della Città valorizzando le risorse presenti",
                "Gestire e migliorare l'Amministrazione e il funzionamento dei servizi generali",
                new MissionCode("01"),
                "Mantenere e sviluppare gli standard qualitativi e quantitativi dei servizi erogati",
                SEGRETARIO);
    }

    public static ObjectiveId segreteriaObjective(String number) {
        return new ObjectiveId("segreteria-" + number);
    }

    public static PhaseId segreteriaPhase(String number) {
        return new PhaseId("segreteria-" + number);
    }

    public static ObjectiveId commonObjective(String number) {
        return new ObjectiveId("comune-" + number);
    }

    public static PhaseId commonPhase(String number) {
        return new PhaseId("comune-" + number);
    }

    public static ObjectiveDefined segreteriaObjectiveDefined(String number, String weight) {
        return new ObjectiveDefined(PLAN, SEGRETERIA, segreteriaObjective(number), number,
                number.equals("6") || number.equals("7") ? ObjectiveKind.DEVELOPMENT : ObjectiveKind.LEGAL_OBLIGATION,
                number.equals("6") ? "Redazione del Piano Integrato Attività e Organizzazione, con i relativi allegati."
                        : "Obiettivo " + number + " della Segreteria",
                Weight.of(weight),
                "Redazione del PIAO secondo i modelli del Dipartimento della Funzione Pubblica",
                "Presentazione del PIAO alla Giunta entro la data prevista per legge",
                LocalDate.of(2026, 1, 31), SEGRETARIO);
    }

    /** Defines a phase of a Segreteria objective; the objective is the part of the number before the dot. */
    public static PhaseDefined segreteriaPhaseDefined(String number, String weight) {
        String objective = number.substring(0, number.indexOf('.'));
        return new PhaseDefined(PLAN, segreteriaObjective(objective), segreteriaPhase(number), number,
                "Fase " + number + " della Segreteria", Weight.of(weight), "Verifica della fase " + number,
                "Completamento della fase " + number, LocalDate.of(2026, 12, 31), SEGRETARIO);
    }

    public static CommonObjectiveDefined commonObjectiveDefined(String number, String weight) {
        return new CommonObjectiveDefined(PLAN, commonObjective(number), number, ObjectiveKind.LEGAL_OBLIGATION,
                "Obiettivo comune " + number, Weight.of(weight), "Indicatore comune " + number, "Valore atteso comune " + number,
                LocalDate.of(2026, 12, 31), SEGRETARIO);
    }

    public static PhaseDefined commonPhaseDefined(String number, String weight) {
        String objective = number.substring(0, number.indexOf('.'));
        return new PhaseDefined(PLAN, commonObjective(objective), commonPhase(number), number,
                "Fase comune " + number, Weight.of(weight), "Verifica comune " + number, "Completamento comune " + number,
                LocalDate.of(2026, 12, 31), SEGRETARIO);
    }

    /** Objective 8 of the Segreteria, on payment times, with the bozza's measurable targets (valori attesi). */
    public static ObjectiveDefined paymentTimesObjectiveDefined() {
        return new ObjectiveDefined(PLAN, SEGRETERIA, segreteriaObjective("8"), "8", ObjectiveKind.LEGAL_OBLIGATION,
                "Monitoraggio del rispetto dei tempi medi di pagamento dei fornitori previsti dalla legge", Weight.of("10"),
                "Tempi medi di pagamento dell'ente.",
                "Tempi medi di pagamento entro i 30 gg. Valore indicatore annuale pubblicato sul sito uguale a 0 o negativo.",
                LocalDate.of(2026, 12, 31), SEGRETARIO);
    }

    /** Phase 8.1 of the payment-times objective, with the bozza's target of phase 4.1. */
    public static PhaseDefined paymentTimesPhaseDefined() {
        return new PhaseDefined(PLAN, segreteriaObjective("8"), segreteriaPhase("8.1"), "8.1",
                "Fase: monitoraggio trimestrale sul rispetto dei tempi medi di pagamento.", Weight.of("100"),
                "Verifica dell'indicatore trimestrale di rispetto dei tempi medi di pagamento.",
                "Rispetto del limite temporale di pagamento entro 30 gg.", LocalDate.of(2026, 6, 30), SEGRETARIO);
    }

    /** Phase 8.1 revised to a target that measures nothing. */
    public static PhaseRevised paymentTimesPhaseRevisedToProse() {
        PhaseDefined defined = paymentTimesPhaseDefined();
        return new PhaseRevised(PLAN, defined.objectiveId(), defined.phaseId(), defined.description(), defined.indicator(),
                "Pubblicazione tempestiva dell'indicatore", defined.deadline(), "Il limite è già nell'obiettivo", 2, SEGRETARIO);
    }

    /** The Segretario lowers objective 6 from 30% to 25%, saying why. */
    public static ObjectiveWeightChanged objective6WeightChangedTo25() {
        return new ObjectiveWeightChanged(PLAN, segreteriaObjective("6"), Weight.of("30"), Weight.of("25"),
                REWEIGHING_REASON, 2, SEGRETARIO);
    }

    /** Objective 6 reweighed from revision {@code from} to revision {@code to}, between 30 and 25 and back. */
    public static List<ObjectiveWeightChanged> objective6Reweighed(int from, int to) {
        List<ObjectiveWeightChanged> changes = new ArrayList<>();
        for (int revision = from; revision <= to; revision++) {
            boolean down = revision % 2 == 0;
            changes.add(new ObjectiveWeightChanged(PLAN, segreteriaObjective("6"), Weight.of(down ? "30" : "25"),
                    Weight.of(down ? "25" : "30"), REWEIGHING_REASON, revision, SEGRETARIO));
        }
        return changes;
    }

    /** The Segretario moves weight within objective 6: phase 6.1 from 50% to 60%. */
    public static PhaseWeightChanged phase61WeightChangedTo60() {
        return new PhaseWeightChanged(PLAN, segreteriaObjective("6"), segreteriaPhase("6.1"), Weight.of("50"),
                Weight.of("60"), "La ricognizione richiede più lavoro della compilazione", 2, SEGRETARIO);
    }

    /** Objective 6 revised: a new description and deadline, the rest as it was. */
    public static ObjectiveRevised objective6Revised() {
        ObjectiveDefined defined = segreteriaObjectiveDefined("6", "30");
        return new ObjectiveRevised(PLAN, defined.objectiveId(), defined.kind(),
                "Redazione del PIAO 2026–2028, con i relativi allegati.", defined.indicators(), defined.targets(),
                LocalDate.of(2026, 1, 30), "Termine anticipato per la seduta di Giunta", 2, SEGRETARIO);
    }

    /** Phase 6.2 revised: a new target only. */
    public static PhaseRevised phase62Revised() {
        PhaseDefined defined = segreteriaPhaseDefined("6.2", "50");
        return new PhaseRevised(PLAN, defined.objectiveId(), defined.phaseId(), defined.description(), defined.indicator(),
                "Trasmissione alla Giunta entro il 20 gennaio", defined.deadline(), "Calendario della Giunta", 2, SEGRETARIO);
    }

    public static PhaseRemoved phase62Removed() {
        return new PhaseRemoved(PLAN, segreteriaObjective("6"), segreteriaPhase("6.2"), "Accorpata nella fase 6.1", SEGRETARIO);
    }

    public static ObjectiveRemoved objective7Removed() {
        return new ObjectiveRemoved(PLAN, segreteriaObjective("7"), "La contrattazione passa all'area Personale", SEGRETARIO);
    }

    /** The balanced draft of version 1, sent to the Giunta and adopted with delibera n. 12 of 10 February 2026. */
    public static List<PlanEvent> anAdoptedPlan() {
        List<PlanEvent> events = new ArrayList<>(aBalancedPlan());
        events.add(planSubmitted(1));
        events.add(firstAdoption());
        return events;
    }

    /** The Segretario sends the draft of {@code version} to the Giunta. */
    public static PlanSubmitted planSubmitted(int version) {
        return new PlanSubmitted(PLAN, version, SEGRETARIO);
    }

    /** The Giunta returns {@code version} with its remarks. */
    public static PlanReturned planReturned(int version) {
        return new PlanReturned(PLAN, version, GIUNTA_REMARKS, GIUNTA);
    }

    /** The Giunta adopts version 1 with delibera n. 12 of 10 February 2026. */
    public static PlanAdopted firstAdoption() {
        return new PlanAdopted(PLAN, 1, "12", LocalDate.of(2026, 2, 10), GIUNTA);
    }

    /** The Giunta adopts version 2, the variation, with delibera n. 48 of 15 July 2026. */
    public static PlanAdopted secondAdoption() {
        return new PlanAdopted(PLAN, 2, "48", LocalDate.of(2026, 7, 15), GIUNTA);
    }

    /** The Segretario opens the variation of the adopted version 1: the plan is the draft of version 2. */
    public static VariationOpened variationOpened() {
        return new VariationOpened(PLAN, 1, 2, VARIATION_REASON, SEGRETARIO);
    }

    /** The Segretario opens a variation of the adopted version 2: the plan is the draft of version 3. */
    public static VariationOpened secondVariationOpened() {
        return new VariationOpened(PLAN, 2, 3, "Seconda variazione dopo il riordino degli uffici", SEGRETARIO);
    }

    /** Traccia warns that the deadline for adopting {@code version}, 31 January, is near. */
    public static ApprovalDeadlineNear approvalDeadlineNear(int version) {
        return new ApprovalDeadlineNear(PLAN, version, APPROVAL_DEADLINE, TRACCIA);
    }

    /** Traccia records that the deadline for adopting {@code version}, 31 January, passed without adoption. */
    public static ApprovalDeadlineMissed approvalDeadlineMissed(int version) {
        return new ApprovalDeadlineMissed(PLAN, version, APPROVAL_DEADLINE, TRACCIA);
    }

    /** The Segretario resolves finding 1 of the import, the impossible date 31.06.2026. */
    public static ImportFindingResolved invalidDateResolved() {
        return new ImportFindingResolved(PLAN, 1, "INVALID_DATE", RESOLUTION_NOTE, SEGRETARIO);
    }
}
