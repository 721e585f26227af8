package it.traccia.plan.command;

import it.traccia.kernel.rule.InvalidNumber;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbering (numerazione) of objectives ({@code 6}) and of their phases ({@code 6.1}). Numbers compare by value,
 * so {@code 06} and {@code 6} are the same number.
 */
final class Numbering {

    private static final Pattern OBJECTIVE = Pattern.compile("\\d{1,3}");
    private static final Pattern PHASE = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})");
    private static final String OBJECTIVE_EXPECTED = "un numero intero, come 6";
    private static final String PHASE_EXPECTED = "il numero dell'obiettivo, un punto e il numero della fase, come 6.1";

    /** Objective numbers by value: 2 before 10. */
    static final Comparator<String> OBJECTIVE_ORDER = Comparator.comparingInt(Integer::parseInt);
    /** Phase numbers by objective, then by phase: 6.2 before 6.10. */
    static final Comparator<String> PHASE_ORDER = Comparator
            .<String>comparingInt(number -> Integer.parseInt(phaseParts("number", number).group(1)))
            .thenComparingInt(number -> Integer.parseInt(phaseParts("number", number).group(2)));

    private Numbering() {
    }

    static void requireObjectiveNumber(String field, String number) {
        if (!OBJECTIVE.matcher(number).matches()) {
            throw new InvalidNumber(field, number, OBJECTIVE_EXPECTED);
        }
    }

    static void requirePhaseNumber(String field, String number) {
        phaseParts(field, number);
    }

    static boolean sameObjectiveNumber(String one, String other) {
        return Integer.parseInt(one) == Integer.parseInt(other);
    }

    static boolean samePhaseNumber(String one, String other) {
        Matcher first = phaseParts("number", one);
        Matcher second = phaseParts("number", other);
        return sameObjectiveNumber(first.group(1), second.group(1)) && sameObjectiveNumber(first.group(2), second.group(2));
    }

    /** Whether a phase number starts with the number of the objective, as {@code 6.1} does with {@code 6}. */
    static boolean isPhaseOf(String phaseNumber, String objectiveNumber) {
        return sameObjectiveNumber(phaseParts("number", phaseNumber).group(1), objectiveNumber);
    }

    private static Matcher phaseParts(String field, String number) {
        Matcher matcher = PHASE.matcher(number);
        if (!matcher.matches()) {
            throw new InvalidNumber(field, number, PHASE_EXPECTED);
        }
        return matcher;
    }
}
