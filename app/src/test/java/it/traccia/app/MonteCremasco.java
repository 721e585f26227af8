package it.traccia.app;

/**
 * Request bodies drawn from the real draft plan of the Comune di Monte Cremasco (2026–2028); each test names a comune
 * of its own ({@link Enti#aComune}) so that tests sharing one application never meet each other's plans.
 */
final class MonteCremasco {

    static final String SEGRETERIA = """
            {"name": "Segreteria", "head": "Avv. Marco Gregoli"}""";

    static final String CONTEXT = """
            {"strategicLine": "Un Comune efficiente e trasparente",
             "strategicObjective": "Migliorare l'organizzazione dell'ente",
             "missionCode": "01",
             "operationalObjective": "Garantire il buon andamento amministrativo"}""";

    private MonteCremasco() {
    }

    static String plan(String organisation) {
        return """
                {"organisation": "%s", "firstYear": 2026, "lastYear": 2028, "year": 2026}""".formatted(organisation);
    }

    static String objective(String number, String weight) {
        return """
                {"number": "%s", "kind": "DEVELOPMENT", "description": "Obiettivo %s del piano",
                 "weight": "%s", "indicators": "Rispetto delle scadenze", "targets": "100%%", "deadline": "2026-12-31"}"""
                .formatted(number, number, weight);
    }

    static String phase(String number, String weight, String deadline) {
        return """
                {"number": "%s", "description": "Fase %s", "weight": "%s", "indicator": "Atto adottato",
                 "target": "Sì", "deadline": "%s"}""".formatted(number, number, weight, deadline);
    }

    static String weightChange(String weight, String reason) {
        return """
                {"weight": "%s", "reason": "%s"}""".formatted(weight, reason);
    }

    static String objectiveRevision(String description) {
        return """
                {"kind": "DEVELOPMENT", "description": "%s", "indicators": "Pubblicazioni", "targets": "100%%",
                 "deadline": "2026-12-31"}""".formatted(description);
    }
}
