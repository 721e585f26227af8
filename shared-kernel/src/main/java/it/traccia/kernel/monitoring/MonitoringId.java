package it.traccia.kernel.monitoring;

import it.traccia.kernel.PlanId;

import java.util.Objects;

/** Identifier of a plan's monitoring (monitoraggio del piano): one per plan, named after it. */
public record MonitoringId(String value) {

    private static final String PREFIX = "monitoraggio-";

    public MonitoringId {
        Objects.requireNonNull(value, "monitoringId");
    }

    public static MonitoringId of(PlanId planId) {
        return new MonitoringId(PREFIX + planId.value());
    }

    @Override
    public String toString() {
        return value;
    }
}
