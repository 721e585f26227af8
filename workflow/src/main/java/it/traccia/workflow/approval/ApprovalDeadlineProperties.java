package it.traccia.workflow.approval;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Objects;

/**
 * The configured deadline for adopting a plan (termine di approvazione, {@code traccia.approval.*}): the day of the
 * plan's year, 31 January unless configured, and how long before it Traccia warns, 15 days unless configured.
 */
@ConfigurationProperties("traccia.approval")
public record ApprovalDeadlineProperties(
        @DefaultValue("--01-31") MonthDay deadline,
        @DefaultValue("P15D") Period warningPeriod) {

    public ApprovalDeadlineProperties {
        Objects.requireNonNull(deadline, "traccia.approval.deadline");
        Objects.requireNonNull(warningPeriod, "traccia.approval.warning-period");
        if (warningPeriod.isNegative()) {
            throw new IllegalArgumentException("traccia.approval.warning-period must not be negative: " + warningPeriod);
        }
    }

    /** The deadline of the plan of {@code year}; 29 February becomes 28 February in a common year. */
    public ApprovalDeadline forYear(int year) {
        LocalDate day = deadline.atYear(year);
        return new ApprovalDeadline(day, day.minus(warningPeriod).atStartOfDay(), day.plusDays(1).atStartOfDay());
    }
}
