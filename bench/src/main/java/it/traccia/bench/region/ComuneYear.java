package it.traccia.bench.region;

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
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.DefinePlan;
import it.traccia.kernel.plan.command.OpenVariation;
import it.traccia.kernel.plan.command.PlanCommand;
import it.traccia.kernel.plan.command.RecordGiuntaApproval;
import it.traccia.kernel.plan.command.RecordGiuntaReturn;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.command.RevisePhase;
import it.traccia.kernel.plan.command.SetCommonStrategicContext;
import it.traccia.kernel.plan.command.SetStrategicContext;
import it.traccia.kernel.plan.command.SubmitPlan;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * One comune's plan and its year (l'anno di un comune), as the commands its Segretario and Giunta send: the plan shaped
 * like the real draft (3–8 structures of 5–10 objectives, 1–3 phases each, common objectives), then a year of weight
 * changes and revisions, a submission (now and then returned once), the delibera, and variations, the last of which may
 * still be in draft. Every weight set sums to 100 whenever the plan is submitted, so every submission passes the check.
 * The same index and seed always give the same commands, ids included.
 */
public final class ComuneYear {

    static final int YEAR = 2026;
    private static final String[] PLACES = {"Agnadello", "Bagnolo", "Capergnanica", "Casaletto", "Chieve", "Credera",
        "Cremosano", "Dovera", "Izano", "Madignano", "Moscazzano", "Offanengo", "Palazzo", "Pianengo", "Quintano",
        "Ricengo", "Romanengo", "Salvirola", "Sergnano", "Ticengo", "Torlino", "Trescore", "Vaiano", "Vailate"};
    private static final String[] PROVINCES = {"Cremona", "Lodi", "Bergamo", "Brescia", "Mantova", "Pavia"};
    private static final String[] STRUCTURES = {"Segreteria", "Area Amministrativa", "Area Finanziaria", "Area Tecnica",
        "Polizia Locale", "Servizi Sociali", "Servizi Demografici", "Cultura e Sport"};
    private static final String[] MISSIONS = {"01", "03", "04", "05", "06", "08", "09", "10", "12", "14"};
    private static final String[] HEADS = {"Dott.ssa Anna Ferrari", "Geom. Luca Bianchi", "Rag. Paola Rossi",
        "Dott. Marco Colombo", "Arch. Sara Galli", "Comm. Enrico Villa"};
    private static final String[] TOPICS = {"Digitalizzazione degli atti", "Riduzione dei tempi di pagamento",
        "Aggiornamento del regolamento", "Sportello al cittadino", "Manutenzione del patrimonio",
        "Controllo di gestione", "Trasparenza e anticorruzione", "Riscossione dei tributi", "Servizi scolastici",
        "Gestione documentale"};

    private final int index;
    private final Random random;
    private final PlanId planId;
    private final String organisation;
    private final Actor segretario;
    private final Actor giunta;
    private final List<PlanCommand> commands = new ArrayList<>();
    private final List<WeightSet> weightSets = new ArrayList<>();
    private final List<Element> objectives = new ArrayList<>();
    private final List<Element> phases = new ArrayList<>();
    private int version = 1;
    private int changes;

    private ComuneYear(int index, long seed) {
        this.index = index;
        this.random = new Random(seed * 1_000_003L + index);
        this.planId = new PlanId(new UUID(seed, index).toString());
        this.organisation = "Comune di " + PLACES[index % PLACES.length] + " " + (index / PLACES.length + 1);
        this.segretario = new Actor(segretarioOf(index), Role.SEGRETARIO);
        this.giunta = new Actor(giuntaOf(index), Role.GIUNTA);
    }

    /** The commands of comune {@code index}: about {@code events} of them, each recording one event. */
    public static ComuneYear generate(int index, long seed, int events) {
        ComuneYear year = new ComuneYear(index, seed);
        year.define();
        year.liveTheYear(events);
        return year;
    }

    /** The user id of the comune's Segretario. */
    public static String segretarioOf(int index) {
        return "segretario-r" + index;
    }

    /** The user id of the comune's Giunta. */
    public static String giuntaOf(int index) {
        return "giunta-r" + index;
    }

    /** The comune's place in the region, from 0. */
    public int index() {
        return index;
    }

    public String organisation() {
        return organisation;
    }

    public OrganisationId organisationId() {
        return OrganisationId.forName(organisation);
    }

    public String province() {
        return PROVINCES[index % PROVINCES.length];
    }

    public PlanId planId() {
        return planId;
    }

    public List<PlanCommand> commands() {
        return commands;
    }

    /** Whether the year ends with a variation still in draft, so that the plan still takes edits. */
    public boolean endsInDraft() {
        return !(commands.get(commands.size() - 1) instanceof RecordGiuntaApproval);
    }

    /** An objective of the plan with its weight, for a caller that edits it further. */
    public ObjectiveId anObjective() {
        return new ObjectiveId(objectives.get(0).id);
    }

    private void define() {
        commands.add(new DefinePlan(planId, organisationId(), organisation, province(), YEAR, YEAR + 2, YEAR, segretario));
        int structures = between(3, 8);
        for (int s = 0; s < structures; s++) {
            StructureId structure = new StructureId(id("structure/" + s));
            commands.add(new AddStructure(planId, structure, STRUCTURES[s], pick(HEADS), "Responsabile di Area", segretario));
            commands.add(new SetStrategicContext(planId, structure, "Linea strategica " + (s + 1),
                    "Obiettivo strategico " + (s + 1) + ": " + pick(TOPICS), new MissionCode(pick(MISSIONS)),
                    "Obiettivo operativo della " + STRUCTURES[s], segretario));
            defineObjectives(structure, "structure/" + s, between(5, 10));
        }
        commands.add(new SetCommonStrategicContext(planId, "Amministrazione trasparente ed efficiente",
                "Obiettivi trasversali a tutte le strutture", null, "Performance organizzativa dell'ente", segretario));
        defineObjectives(null, "common", between(2, 4));
    }

    private void defineObjectives(StructureId structure, String key, int count) {
        WeightSet objectiveWeights = new WeightSet(true, split(count));
        weightSets.add(objectiveWeights);
        for (int o = 0; o < count; o++) {
            String number = String.valueOf(o + 1);
            ObjectiveId objective = new ObjectiveId(id(key + "/objective/" + o));
            LocalDate deadline = YearMonth.of(YEAR, between(4, 12)).atEndOfMonth();
            Element element = new Element(objective.value(), pick(TOPICS) + " (" + number + ")", deadline);
            objectives.add(element);
            objectiveWeights.elements.add(element);
            Weight weight = Weight.of(String.valueOf(objectiveWeights.weights[o]));
            ObjectiveKind kind = random.nextInt(4) == 0 ? ObjectiveKind.LEGAL_OBLIGATION : ObjectiveKind.DEVELOPMENT;
            if (structure == null) {
                commands.add(new DefineCommonObjective(planId, objective, number, kind, element.description, weight,
                        "Rispetto dei tempi", "entro il " + deadline, deadline, segretario));
            } else {
                commands.add(new DefineObjective(planId, structure, objective, number, kind, element.description, weight,
                        "Pratiche concluse nei termini", "≥ 90% entro il " + deadline, deadline, segretario));
            }
            int phaseCount = between(1, 3);
            WeightSet phaseWeights = new WeightSet(false, split(phaseCount));
            weightSets.add(phaseWeights);
            for (int p = 0; p < phaseCount; p++) {
                PhaseId phase = new PhaseId(id(key + "/objective/" + o + "/phase/" + p));
                LocalDate phaseDeadline = YearMonth.of(YEAR, between(1, deadline.getMonthValue())).atEndOfMonth();
                Element phaseElement = new Element(phase.value(), "Fase " + (p + 1) + " di " + element.description,
                        phaseDeadline);
                phases.add(phaseElement);
                phaseWeights.elements.add(phaseElement);
                commands.add(new DefinePhase(planId, objective, phase, number + "." + (p + 1), phaseElement.description,
                        Weight.of(String.valueOf(phaseWeights.weights[p])), "Atti adottati", "entro il " + phaseDeadline,
                        phaseDeadline, segretario));
            }
        }
    }

    /** Edits, submissions, the delibera and variations, until about {@code events} commands in all. */
    private void liveTheYear(int events) {
        int variations = between(1, 3);
        boolean lastStaysDraft = random.nextInt(3) == 0;
        int rounds = variations + 1;
        int approvals = 3 * rounds;
        int editsPerRound = Math.max(4, (events - commands.size() - approvals) / rounds);
        for (int round = 1; round <= rounds; round++) {
            if (round > 1) {
                commands.add(new OpenVariation(planId, version, "Variazione n. " + (round - 1)
                        + " dopo la verifica intermedia", segretario));
                version++;
            }
            boolean returned = round == 1 && random.nextInt(4) == 0;
            edit(returned ? editsPerRound - 12 : editsPerRound);
            if (round == rounds && lastStaysDraft) {
                return;
            }
            commands.add(new SubmitPlan(planId, version, segretario));
            if (returned) {
                commands.add(new RecordGiuntaReturn(planId, version, "Rivedere i pesi dell'area tecnica", giunta));
                edit(10);
                commands.add(new SubmitPlan(planId, version, segretario));
            }
            LocalDate resolution = round == 1 ? LocalDate.of(YEAR, 1, between(10, 30))
                    : LocalDate.of(YEAR, Math.min(11, 2 + round * 3), between(1, 28));
            commands.add(new RecordGiuntaApproval(planId, version, String.valueOf(between(1, 150)), resolution, giunta));
        }
    }

    private void edit(int count) {
        int done = 0;
        while (done < count) {
            int choice = random.nextInt(10);
            if (choice < 5 && done + 2 <= count && rebalance()) {
                done += 2;
            } else if (choice < 8) {
                Element objective = objectives.get(random.nextInt(objectives.size()));
                objective.revision++;
                commands.add(new ReviseObjective(planId, new ObjectiveId(objective.id), ObjectiveKind.DEVELOPMENT,
                        objective.description, "Pratiche concluse nei termini (rev. " + objective.revision + ")",
                        "≥ " + between(80, 99) + "% entro il " + objective.deadline, objective.deadline,
                        "Aggiornamento " + (++changes), null, segretario));
                done++;
            } else {
                Element phase = phases.get(random.nextInt(phases.size()));
                phase.revision++;
                commands.add(new RevisePhase(planId, new PhaseId(phase.id), phase.description,
                        "Atti adottati (rev. " + phase.revision + ")", "entro il " + phase.deadline, phase.deadline,
                        "Aggiornamento " + (++changes), null, segretario));
                done++;
            }
        }
    }

    /** Moves a few points of weight from one element of a set to another: two changes, the sum stays 100. */
    private boolean rebalance() {
        WeightSet set = weightSets.get(random.nextInt(weightSets.size()));
        if (set.weights.length < 2) {
            return false;
        }
        int from = random.nextInt(set.weights.length);
        int to = (from + 1 + random.nextInt(set.weights.length - 1)) % set.weights.length;
        int points = Math.min(set.weights[from] - 1, between(1, 5));
        if (points < 1) {
            return false;
        }
        set.weights[from] -= points;
        set.weights[to] += points;
        String reason = "Riequilibrio dei pesi n. " + (++changes);
        changeWeight(set, from, reason);
        changeWeight(set, to, reason);
        return true;
    }

    private void changeWeight(WeightSet set, int position, String reason) {
        Element element = set.elements.get(position);
        Weight weight = Weight.of(String.valueOf(set.weights[position]));
        if (set.objectives) {
            commands.add(new ChangeObjectiveWeight(planId, new ObjectiveId(element.id), weight, reason, null, segretario));
        } else {
            commands.add(new ChangePhaseWeight(planId, new PhaseId(element.id), weight, reason, null, segretario));
        }
    }

    /** Whole weights, at least 1 each, summing to 100. */
    private int[] split(int count) {
        int[] weights = new int[count];
        int left = 100;
        for (int i = 0; i < count - 1; i++) {
            int fair = left / (count - i);
            int varied = Math.max(1, fair + random.nextInt(Math.max(1, fair / 2)) - fair / 4);
            weights[i] = Math.min(varied, left - (count - i - 1));
            left -= weights[i];
        }
        weights[count - 1] = left;
        return weights;
    }

    private String id(String key) {
        return UUID.nameUUIDFromBytes((planId.value() + "/" + key).getBytes(StandardCharsets.UTF_8))
                .toString();
    }

    private int between(int least, int most) {
        return least + random.nextInt(most - least + 1);
    }

    private String pick(String[] choices) {
        return choices[random.nextInt(choices.length)];
    }

    /** An objective or phase as the generator remembers it. */
    private static final class Element {
        final String id;
        final String description;
        final LocalDate deadline;
        int revision = 1;

        Element(String id, String description, LocalDate deadline) {
            this.id = id;
            this.description = description;
            this.deadline = deadline;
        }
    }

    /** The objectives of one structure (or the common ones), or the phases of one objective, and their weights. */
    private static final class WeightSet {
        final boolean objectives;
        final int[] weights;
        final List<Element> elements = new ArrayList<>();

        WeightSet(boolean objectives, int[] weights) {
            this.objectives = objectives;
            this.weights = weights;
        }
    }
}
