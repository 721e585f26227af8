package it.traccia.plan.query.plan;

import java.math.BigInteger;
import java.util.Comparator;

/** Orders the numbers (numerazione) of objectives and phases as people count them: 1, 2, …, 10 and 1.1, 1.2, …, 1.10. */
final class ElementNumbers {

    /** Compares dotted numbers part by part, numerically where both parts are digits, as text otherwise. */
    static final Comparator<String> ORDER = ElementNumbers::compare;

    private ElementNumbers() {
    }

    private static int compare(String left, String right) {
        String[] leftParts = left.strip().split("\\.");
        String[] rightParts = right.strip().split("\\.");
        for (int index = 0; index < Math.min(leftParts.length, rightParts.length); index++) {
            int order = compareParts(leftParts[index], rightParts[index]);
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(leftParts.length, rightParts.length);
    }

    private static int compareParts(String left, String right) {
        if (isDigits(left) && isDigits(right)) {
            return new BigInteger(left).compareTo(new BigInteger(right));
        }
        return left.compareTo(right);
    }

    private static boolean isDigits(String part) {
        return !part.isEmpty() && part.chars().allMatch(Character::isDigit);
    }
}
