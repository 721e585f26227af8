package it.traccia.plan.command.importing;

import it.traccia.kernel.MissionCode;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.Weight;
import it.traccia.kernel.rule.InvalidMissionCode;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reading of the values in the table's cells (valori delle celle): numbers, weights, dates, the kind of an objective and
 * the mission. Each reader says "cannot read" by an empty result and never corrects a value.
 */
final class CellValues {

    private static final Pattern OBJECTIVE_NUMBER = Pattern.compile("(\\d{1,3})\\.?");
    private static final Pattern PHASE_NUMBER = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.?");
    private static final Pattern WEIGHT = Pattern.compile("\\(?\\s*(\\d{1,3}(?:[.,]\\d{1,2})?)\\s*%?\\s*\\)?");
    private static final Pattern DATE = Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})");
    private static final DateTimeFormatter DAY_MONTH_YEAR =
            DateTimeFormatter.ofPattern("d.M.uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern LEGAL = Pattern.compile("obiettivo\\s+obbligatorio(?:\\s+di\\s+legge)?\\s*:.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern DEVELOPMENT = Pattern.compile("obiettivo\\s+di\\s+sviluppo\\s*:.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MAINTENANCE = Pattern.compile("obiettivo\\s+di\\s+mantenimento\\s*:.*",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern MISSION_WITH_CODE = Pattern.compile("(?:missione\\s*)?(\\d{1,2})(?:\\s*[-–:.]\\s*|\\s+).*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern TRAILING_SEMICOLONS = Pattern.compile("[;\\s]+$");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private CellValues() {
    }

    /** The objective number as written without a trailing dot ("1." → "1"), if the cell is one. */
    static Optional<String> objectiveNumber(String cell) {
        Matcher matcher = OBJECTIVE_NUMBER.matcher(cell);
        return matcher.matches() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    /** The phase number without a trailing dot ("1.1." → "1.1"), if the cell is one. */
    static Optional<String> phaseNumber(String cell) {
        Matcher matcher = PHASE_NUMBER.matcher(cell);
        return matcher.matches() ? Optional.of(matcher.group(1) + "." + matcher.group(2)) : Optional.empty();
    }

    /** The objective part of a phase number: "6" for "6.1". */
    static String objectiveOf(String phaseNumber) {
        return phaseNumber.substring(0, phaseNumber.indexOf('.'));
    }

    /** Whether two numbers are the same by value, as the plan compares them ("06" and "6", "6.01" and "6.1"). */
    static boolean sameNumber(String one, String other) {
        String[] left = one.split("\\.");
        String[] right = other.split("\\.");
        if (left.length != right.length) {
            return false;
        }
        for (int part = 0; part < left.length; part++) {
            if (Integer.parseInt(left[part]) != Integer.parseInt(right[part])) {
                return false;
            }
        }
        return true;
    }

    /** "10%", "(50%)", "33,33%" or "25" as a weight from 0 to 100 with at most two decimals. */
    static Optional<Weight> weight(String cell) {
        Matcher matcher = WEIGHT.matcher(cell);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        BigDecimal value = new BigDecimal(matcher.group(1).replace(',', '.'));
        return value.compareTo(HUNDRED) > 0 ? Optional.empty() : Optional.of(new Weight(value));
    }

    /** "30.04.2026" or "30/04/2026" as a date that exists (strict: 31.06.2026 is not one). */
    static Optional<LocalDate> date(String cell) {
        Matcher matcher = DATE.matcher(cell);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(matcher.group(1) + "." + matcher.group(2) + "." + matcher.group(3),
                    DAY_MONTH_YEAR));
        } catch (DateTimeParseException notADate) {
            return Optional.empty();
        }
    }

    /** Whether the cell is written as a date, whether or not that day exists. */
    static boolean looksLikeDate(String cell) {
        return DATE.matcher(cell).matches();
    }

    /** The kind the description starts with: "Obiettivo obbligatorio di legge:", "di sviluppo:", "di mantenimento:". */
    static Optional<ObjectiveKind> kind(String description) {
        if (LEGAL.matcher(description).matches()) {
            return Optional.of(ObjectiveKind.LEGAL_OBLIGATION);
        }
        if (DEVELOPMENT.matcher(description).matches()) {
            return Optional.of(ObjectiveKind.DEVELOPMENT);
        }
        if (MAINTENANCE.matcher(description).matches()) {
            return Optional.of(ObjectiveKind.MAINTENANCE);
        }
        return Optional.empty();
    }

    /** The mission title without the trailing ';' and blanks the drafts often leave. */
    static String missionTitle(String cell) {
        return TRAILING_SEMICOLONS.matcher(cell).replaceAll("");
    }

    /** The mission named by its official title (any case), or by its code written first ("Missione 10 - …"). */
    static Optional<MissionCode> mission(String title) {
        Optional<MissionCode> byTitle = MissionCode.fromTitle(title);
        if (byTitle.isPresent()) {
            return byTitle;
        }
        Matcher withCode = MISSION_WITH_CODE.matcher(title);
        if (withCode.matches()) {
            try {
                return Optional.of(MissionCode.parse("missionCode", withCode.group(1)));
            } catch (InvalidMissionCode notAMission) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }
}
