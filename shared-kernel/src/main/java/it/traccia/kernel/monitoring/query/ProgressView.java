package it.traccia.kernel.monitoring.query;

import java.util.List;

/**
 * How far the plan in force has come (stato di avanzamento del piano): the version in force, and per structure its
 * objectives and the common objectives as that structure carries them out, each with its records and its weighted
 * achievement so far.
 */
public record ProgressView(String planId, String organisationId, String organisation, int year, int version,
                           List<StructureProgressView> structures) {

    public ProgressView {
        structures = List.copyOf(structures);
    }
}
