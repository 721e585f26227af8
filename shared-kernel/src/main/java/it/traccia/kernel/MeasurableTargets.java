package it.traccia.kernel;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the measurable targets written in a target's prose (valori attesi): "entro i 30 gg" is at most 30 days,
 * "almeno il 98%" at least 98 %, "uguale a 0 o negativo" at most 0. The text itself is never changed.
 */
public final class MeasurableTargets {

    private static final String NUMBER = "(\\d+(?:[.,]\\d+)?)";
    private static final String UNIT = "\\s*(%|gg\\.?|giorni|giorno|ore|ora|mesi|mese|settimane|euro|€)?";
    private static final String ARTICLE = "(?:(?:i|il|le|gli|l'|lo)\\s*)?";

    private static final List<Rule> RULES = List.of(
            new Rule(Pattern.compile("uguale\\s+a\\s+" + NUMBER + UNIT + "\\s+o\\s+(?:negativo|inferiore|minore)", Pattern.CASE_INSENSITIVE), Comparison.AT_MOST),
            new Rule(Pattern.compile("uguale\\s+a\\s+" + NUMBER + UNIT + "\\s+o\\s+(?:positivo|superiore|maggiore)", Pattern.CASE_INSENSITIVE), Comparison.AT_LEAST),
            new Rule(Pattern.compile("(?:uguale|pari)\\s+a\\s+" + ARTICLE + NUMBER + UNIT, Pattern.CASE_INSENSITIVE), Comparison.EQUAL),
            new Rule(Pattern.compile("(?:entro|non\\s+oltre|fino\\s+a|massimo|al\\s+massimo|non\\s+superiore\\s+a)\\s+" + ARTICLE + NUMBER + UNIT, Pattern.CASE_INSENSITIVE), Comparison.AT_MOST),
            new Rule(Pattern.compile("(?:almeno|minimo|non\\s+inferiore\\s+a)\\s+" + ARTICLE + NUMBER + UNIT, Pattern.CASE_INSENSITIVE), Comparison.AT_LEAST),
            new Rule(Pattern.compile("(?:superiore\\s+a|maggiore\\s+di|oltre)\\s+" + ARTICLE + NUMBER + UNIT, Pattern.CASE_INSENSITIVE), Comparison.MORE_THAN),
            new Rule(Pattern.compile("(?:inferiore\\s+a|minore\\s+di|meno\\s+di)\\s+" + ARTICLE + NUMBER + UNIT, Pattern.CASE_INSENSITIVE), Comparison.LESS_THAN));

    private MeasurableTargets() {
    }

    /** Every measurable target in the text, in the order written; none for a null or purely descriptive text. */
    public static List<MeasurableTarget> readFrom(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Found> found = new ArrayList<>();
        for (Rule rule : RULES) {
            Matcher matcher = rule.pattern().matcher(text);
            while (matcher.find()) {
                int start = matcher.start();
                int end = matcher.end();
                if (found.stream().noneMatch(earlier -> earlier.overlaps(start, end))) {
                    found.add(new Found(start, end, new MeasurableTarget(rule.comparison(),
                            new BigDecimal(matcher.group(1).replace(',', '.')), unit(matcher.group(2)), matcher.group().strip())));
                }
            }
        }
        found.sort((left, right) -> Integer.compare(left.start(), right.start()));
        return found.stream().map(Found::target).toList();
    }

    private static String unit(String written) {
        return Units.known(written);
    }

    private record Rule(Pattern pattern, Comparison comparison) {
    }

    private record Found(int start, int end, MeasurableTarget target) {

        boolean overlaps(int otherStart, int otherEnd) {
            return otherStart < end && start < otherEnd;
        }
    }
}
