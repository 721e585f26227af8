package it.traccia.app.web.monitoring;

import it.traccia.app.web.RequestFields;
import it.traccia.kernel.Actor;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.monitoring.Measurement;
import it.traccia.kernel.monitoring.command.RecordIndicatorValue;
import it.traccia.kernel.rule.RuleViolation;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Body of {@code POST …/indicator-values} (valore dell'indicatore): the objective or phase, for a common one the
 * structure measuring, the value as a decimal text ({@code "28"}), its unit, the day measured and the source.
 */
public record IndicatorValueRequest(String elementId, String structureId, String value, String unit,
                                    String measuredOn, String source) {

    public RecordIndicatorValue toCommand(String planId, Actor actor) {
        RequestFields fields = new RequestFields();
        String element = fields.required("elementId", elementId);
        String structure = fields.optional("structureId", structureId);
        BigDecimal number = null;
        if (fields.required("value", value) != null) {
            try {
                number = Measurement.parse("value", value);
            } catch (RuleViolation notANumber) {
                fields.add(notANumber);
            }
        }
        String checkedUnit = fields.optional("unit", unit);
        LocalDate day = fields.requiredDate("measuredOn", measuredOn);
        String checkedSource = fields.optional("source", source);
        fields.done();
        return new RecordIndicatorValue(new PlanId(planId), element, structure == null ? null : new StructureId(structure),
                new Measurement(number, checkedUnit, day, checkedSource), actor);
    }
}
