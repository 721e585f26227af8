package it.traccia.workflow.approval;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.MonthDay;
import java.time.Period;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The legal deadline of a plan's year and the moments its timers fire. */
class ApprovalDeadlinePropertiesTest {

    @Test
    void setsTheDeadlineOnTheLastOfJanuaryOfThePlanYearWithAFortnightsWarning() {
        ApprovalDeadline deadline = bind(Map.of()).forYear(2027);

        assertThat(deadline.deadline()).isEqualTo(LocalDate.of(2027, 1, 31));
        assertThat(deadline.warningAt()).isEqualTo(LocalDateTime.of(2027, 1, 16, 0, 0));
        assertThat(deadline.missedAt()).isEqualTo(LocalDateTime.of(2027, 2, 1, 0, 0));
    }

    @Test
    void readsTheDeadlineAndTheWarningPeriodFromTheConfiguration() {
        ApprovalDeadline deadline = bind(Map.of(
                "traccia.approval.deadline", "--03-15",
                "traccia.approval.warning-period", "P1M")).forYear(2028);

        assertThat(deadline.deadline()).isEqualTo(LocalDate.of(2028, 3, 15));
        assertThat(deadline.warningAt()).isEqualTo(LocalDateTime.of(2028, 2, 15, 0, 0));
        assertThat(deadline.missedAt()).isEqualTo(LocalDateTime.of(2028, 3, 16, 0, 0));
    }

    @Test
    void givesTheProcessIsoDatesAndDateTimes() {
        Map<String, Object> variables = bind(Map.of()).forYear(2027).variables();

        assertThat(variables).containsExactlyInAnyOrderEntriesOf(Map.of(
                PlanApprovalProcess.APPROVAL_DEADLINE, "2027-01-31",
                PlanApprovalProcess.DEADLINE_WARNING_AT, "2027-01-16T00:00:00",
                PlanApprovalProcess.DEADLINE_MISSED_AT, "2027-02-01T00:00:00"));
    }

    @Test
    void movesTheTwentyNinthOfFebruaryToTheTwentyEighthInACommonYear() {
        ApprovalDeadlineProperties properties = new ApprovalDeadlineProperties(MonthDay.of(2, 29), Period.ofDays(15));

        assertThat(properties.forYear(2027).deadline()).isEqualTo(LocalDate.of(2027, 2, 28));
        assertThat(properties.forYear(2028).deadline()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void rejectsANegativeWarningPeriod() {
        assertThatThrownBy(() -> new ApprovalDeadlineProperties(MonthDay.of(1, 31), Period.ofDays(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static ApprovalDeadlineProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("traccia.approval", ApprovalDeadlineProperties.class);
    }
}
