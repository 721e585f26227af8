package it.traccia.kernel.plan.command;

import it.traccia.kernel.rule.Violation;

import java.util.List;

/** The answer to {@link CheckPlanSubmission}: every submission rule the plan breaks, none when it may go to the Giunta. */
public record SubmissionCheck(List<Violation> violations) {

    public SubmissionCheck {
        violations = List.copyOf(violations);
    }

    /** Whether the plan breaks no submission rule. */
    public boolean passed() {
        return violations.isEmpty();
    }
}
