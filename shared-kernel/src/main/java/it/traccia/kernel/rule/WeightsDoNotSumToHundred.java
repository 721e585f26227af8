package it.traccia.kernel.rule;

import java.math.BigDecimal;

/** A weight set (insieme di pesi), e.g. "gli obiettivi di Segreteria", whose weights do not add up to 100. */
public final class WeightsDoNotSumToHundred extends SubmissionRule {

    public WeightsDoNotSumToHundred(String field, String weightSet, BigDecimal sum) {
        super(field, "La somma dei pesi per " + weightSet + " è " + sum.toPlainString() + ", non 100");
    }
}
