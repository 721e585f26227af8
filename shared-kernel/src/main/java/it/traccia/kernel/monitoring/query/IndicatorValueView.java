package it.traccia.kernel.monitoring.query;

import it.traccia.kernel.Role;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A value of an indicator as measured (valore dell'indicatore), who recorded it and when, and whether it meets the
 * element's measurable targets ("≤ 30 giorni"): {@code null} when the element has none it can be compared with.
 */
public record IndicatorValueView(BigDecimal value, String unit, LocalDate measuredOn, String source, String recordedBy,
                                 Role role, Instant recordedAt, Boolean meetsTargets) {

    /** The same value, judged against the element's targets. */
    public IndicatorValueView judged(Boolean meets) {
        return new IndicatorValueView(value, unit, measuredOn, source, recordedBy, role, recordedAt, meets);
    }
}
