package it.traccia.kernel.monitoring.query;

import java.math.BigDecimal;
import java.util.List;

/**
 * A structure's progress: its own objectives with their weighted achievement ({@code achievement}, Σ weight ×
 * achievement / Σ weights, to two decimals; null with no weight), and the common objectives as this structure
 * carries them out, with theirs ({@code commonAchievement}).
 */
public record StructureProgressView(String id, String name, String head, String headUserId,
                                    List<ElementProgressView> objectives, BigDecimal achievement,
                                    List<ElementProgressView> commonObjectives, BigDecimal commonAchievement) {

    public StructureProgressView {
        objectives = List.copyOf(objectives);
        commonObjectives = List.copyOf(commonObjectives);
    }
}
