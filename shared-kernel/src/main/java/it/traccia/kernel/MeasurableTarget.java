package it.traccia.kernel;

import java.math.BigDecimal;

/**
 * A measurable part of a target (valore atteso misurabile): a comparison, an exact number and its unit ("giorni",
 * "ore", "%" …, or null when the text names none), with the words it was read from.
 */
public record MeasurableTarget(Comparison comparison, BigDecimal value, String unit, String text) {
}
