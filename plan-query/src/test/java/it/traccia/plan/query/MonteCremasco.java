package it.traccia.plan.query;

import it.traccia.kernel.Actor;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.event.CommonObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveDefined;
import it.traccia.kernel.plan.event.ObjectiveRemoved;
import it.traccia.kernel.plan.event.ObjectiveRevised;
import it.traccia.kernel.plan.event.ObjectiveWeightChanged;
import it.traccia.kernel.plan.event.PhaseDefined;
import it.traccia.kernel.plan.event.PhaseRemoved;
import it.traccia.kernel.plan.event.PhaseRevised;
import it.traccia.kernel.plan.event.PhaseWeightChanged;
import it.traccia.kernel.plan.event.PlanDefined;
import it.traccia.kernel.plan.event.PlanEvent;
import it.traccia.kernel.plan.event.StrategicContextSet;
import it.traccia.kernel.plan.event.StructureAdded;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The draft plan 2026 of the Comune di Monte Cremasco, from its real bozza: the Segreteria headed by Avv. Marco Gregoli with
 * objectives 1–7 (10+10+10+10+10+30+20) and the five common objectives (5 × 20), as events.
 */
public final class MonteCremasco {

    public static final String ORGANISATION = "Comune di Monte Cremasco";
    public static final PlanId PLAN = new PlanId("monte-cremasco-2026");
    public static final Actor SEGRETARIO = new Actor("segretario", Role.SEGRETARIO);
    public static final StructureId SEGRETERIA = new StructureId("segreteria");
    public static final String SEGRETERIA_HEAD = "Segretario Generale: Avv. Marco Gregoli";
    public static final String REWEIGHING_REASON = "Il PIAO è redatto con il supporto di un servizio esterno";

    private static final String[] SEGRETERIA_WEIGHTS = {"10", "10", "10", "10", "10", "30", "20"};

    private MonteCremasco() {
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

    public static PlanDefined planDefined() {
        return new PlanDefined(PLAN, ORGANISATION, 2026, 2028, 2026, SEGRETARIO);
    }

    public static StructureAdded segreteriaAdded() {
        return new StructureAdded(PLAN, SEGRETERIA, "Segreteria", SEGRETERIA_HEAD, SEGRETARIO);
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

    /** The Segretario lowers objective 6 from 30% to 25%, saying why. */
    public static ObjectiveWeightChanged objective6WeightChangedTo25() {
        return new ObjectiveWeightChanged(PLAN, segreteriaObjective("6"), Weight.of("30"), Weight.of("25"),
                REWEIGHING_REASON, 2, SEGRETARIO);
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
}
