package it.traccia.kernel.plan.importing;

import java.util.List;

/**
 * A whole draft plan as read from a document (bozza importata): organisation, provincia, triennio and annual year, its
 * structures, and the common objectives with their context (null when the draft has no such section).
 */
public record ImportedPlan(
        String organisation,
        String province,
        int firstYear,
        int lastYear,
        int year,
        List<ImportedStructure> structures,
        ImportedStrategicContext commonContext,
        List<ImportedObjective> commonObjectives) {

    public ImportedPlan {
        structures = List.copyOf(structures);
        commonObjectives = List.copyOf(commonObjectives);
    }
}
