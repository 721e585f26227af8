package it.traccia.kernel.plan.importing;

import java.util.List;

/** A structure (struttura) as read from the draft: name, head and head's title, context (may be null), objectives. */
public record ImportedStructure(
        String name,
        String head,
        String headTitle,
        ImportedStrategicContext context,
        List<ImportedObjective> objectives) {

    public ImportedStructure {
        objectives = List.copyOf(objectives);
    }
}
