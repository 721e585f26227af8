package it.traccia.app.web.approval;

import it.traccia.app.web.RequestFields;

/**
 * Body of {@code POST /api/plans/{planId}/variations}, and the field of the page {@code /piani/{planId}/variazione}:
 * why the adopted plan must change (motivazione).
 */
public record OpenVariationRequest(String reason) {

    /** The reason, required as every change of an adopted plan's is; throws its violation otherwise. */
    public String checkedReason() {
        RequestFields fields = new RequestFields();
        String why = fields.reason("reason", reason);
        fields.done();
        return why;
    }
}
