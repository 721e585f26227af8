package it.traccia.kernel.rule;

/** A measured value that is not a number written with a decimal point (valore non numerico). */
public final class InvalidMeasurement extends RuleViolation {

    public InvalidMeasurement(String field, Object value) {
        super(Refusal.INVALID, field, "Il valore misurato deve essere un numero, con il punto per i decimali "
                + "(fino a 15 cifre intere e 6 decimali), non '" + Echo.of(value) + "'");
    }
}
