package it.traccia.plan.query.diff;

import it.traccia.kernel.plan.query.ElementDifferenceView;
import it.traccia.kernel.plan.query.FieldChange;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanDifferenceView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StrategicContextView;
import it.traccia.kernel.plan.query.StructureView;
import it.traccia.plan.query.subject.Subjects;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Computes the difference between two versions of a plan (confronto fra versioni), element by element: structures,
 * objectives, common objectives and phases are matched by their id, which a variation keeps, so that a renumbered
 * objective is one changed element and not one removed and one added. A pure function of the two views.
 */
public final class PlanDiff {

    private PlanDiff() {
    }

    public static PlanDifferenceView between(PlanView from, PlanView to) {
        Map<String, Element> before = elementsOf(from);
        Map<String, Element> after = elementsOf(to);
        List<ElementDifferenceView> added = new ArrayList<>();
        List<ElementDifferenceView> removed = new ArrayList<>();
        List<ElementDifferenceView> changed = new ArrayList<>();
        for (Element element : after.values()) {
            Element old = before.get(element.id());
            if (old == null) {
                added.add(element.difference(element.subject(), Element.EMPTY, element.fields()));
            } else {
                ElementDifferenceView difference = element.difference(element.subject(), old.fields(), element.fields());
                if (!difference.changes().isEmpty()) {
                    changed.add(difference);
                }
            }
        }
        for (Element element : before.values()) {
            if (!after.containsKey(element.id())) {
                removed.add(element.difference(element.subject(), element.fields(), Element.EMPTY));
            }
        }
        List<ElementDifferenceView> weightsFirst = new ArrayList<>(changed);
        weightsFirst.sort(Comparator.comparing(difference -> !difference.weightChanged()));
        return new PlanDifferenceView(to.id(), from.version(), to.version(), added, removed, weightsFirst);
    }

    /** Every element of the plan in the order it prints them, each with its fields as text. */
    private static Map<String, Element> elementsOf(PlanView plan) {
        Map<String, Element> elements = new LinkedHashMap<>();
        for (StructureView structure : plan.structures()) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("name", structure.name());
            fields.put("head", structure.head());
            fields.put("headTitle", structure.headTitle());
            context(fields, structure.context());
            String label = Subjects.structure(structure.name());
            elements.put(structure.id(), new Element("STRUCTURE", structure.id(), label, fields));
            objectives(elements, structure.objectives(), number -> Subjects.objective(label, number), "OBJECTIVE");
        }
        objectives(elements, plan.commonObjectives(), Subjects::commonObjective, "COMMON_OBJECTIVE");
        return elements;
    }

    private static void objectives(Map<String, Element> elements, List<ObjectiveView> objectives,
                                   Function<String, String> label, String kind) {
        for (ObjectiveView objective : objectives) {
            Map<String, String> fields = new LinkedHashMap<>();
            fields.put("weight", text(objective.weight()));
            fields.put("number", objective.number());
            fields.put("kind", objective.kind() == null ? null : objective.kind().name());
            fields.put("description", objective.description());
            fields.put("indicators", objective.indicators());
            fields.put("targets", objective.targets());
            fields.put("deadline", text(objective.deadline()));
            String objectiveLabel = label.apply(objective.number());
            elements.put(objective.id(), new Element(kind, objective.id(), objectiveLabel, fields));
            for (PhaseView phase : objective.phases()) {
                Map<String, String> phaseFields = new LinkedHashMap<>();
                phaseFields.put("weight", text(phase.weight()));
                phaseFields.put("number", phase.number());
                phaseFields.put("description", phase.description());
                phaseFields.put("indicator", phase.indicator());
                phaseFields.put("target", phase.target());
                phaseFields.put("deadline", text(phase.deadline()));
                elements.put(phase.id(), new Element("PHASE", phase.id(), Subjects.phase(objectiveLabel, phase.number()),
                        phaseFields));
            }
        }
    }

    private static void context(Map<String, String> fields, StrategicContextView context) {
        fields.put("strategicLine", context == null ? null : context.strategicLine());
        fields.put("strategicObjective", context == null ? null : context.strategicObjective());
        fields.put("missionCode", context == null ? null : context.missionCode());
        fields.put("operationalObjective", context == null ? null : context.operationalObjective());
    }

    /** A weight as people write it: {@code 40}, {@code 33.33}, never {@code 4E+1}. */
    private static String text(BigDecimal weight) {
        if (weight == null) {
            return null;
        }
        BigDecimal plain = weight.stripTrailingZeros();
        return (plain.scale() < 0 ? plain.setScale(0) : plain).toPlainString();
    }

    private static String text(LocalDate date) {
        return date == null ? null : date.toString();
    }

    /** One element as a version holds it: its kind, id, label and fields in the order they are shown. */
    private record Element(String kind, String id, String subject, Map<String, String> fields) {

        static final Map<String, String> EMPTY = Map.of();

        /** The fields whose text differs, in this element's order (the weight first). */
        ElementDifferenceView difference(String label, Map<String, String> before, Map<String, String> after) {
            List<FieldChange> changes = new ArrayList<>();
            for (String field : fields.keySet()) {
                String old = before.get(field);
                String now = after.get(field);
                if (!Objects.equals(old, now)) {
                    changes.add(new FieldChange(field, old, now));
                }
            }
            return new ElementDifferenceView(kind, id, label, changes);
        }
    }
}
