package it.traccia.app.security;

import java.util.List;

/**
 * The demo users of the embedded set-up (utenti dimostrativi), all with the password {@code demo}. Their memberships
 * are recorded as events by the demo data at the first start (see {@code it.traccia.app.demo}), never assumed here.
 */
public final class DemoUsers {

    public static final String PASSWORD = "demo";
    public static final String SEGRETARIO = "segretario";
    public static final String RESPONSABILE_SEGRETERIA = "resp-segreteria";
    public static final String RESPONSABILE_TECNICA = "resp-tecnica";
    public static final String GIUNTA = "giunta";
    public static final String NDV = "ndv";
    public static final String ADMIN = "admin";
    /** The Segretario of the second demo comune, with no role at Monte Cremasco. */
    public static final String SEGRETARIO_2 = "segretario-2";

    /** Every demo user, in the order the README lists them. */
    public static final List<String> ALL = List.of(SEGRETARIO, RESPONSABILE_SEGRETERIA, RESPONSABILE_TECNICA, GIUNTA, NDV,
            ADMIN, SEGRETARIO_2);

    private DemoUsers() {
    }
}
