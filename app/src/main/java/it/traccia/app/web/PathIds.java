package it.traccia.app.web;

import it.traccia.kernel.UserIds;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.UnknownMember;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownOrganisation;
import it.traccia.kernel.rule.UnknownPhase;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.kernel.rule.UnknownStructure;
import it.traccia.kernel.rule.UnknownTask;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * The ids a route names in its path (identificativi nel percorso): every one Traccia makes is a UUID or a name of at
 * most {@value #MAX_LENGTH} letters, digits and {@code . _ : -}, and a user id has the shape of {@link UserIds}. A blank or malformed id names nothing, so it is answered
 * as unknown (404) before anything is looked up.
 */
public final class PathIds {

    public static final int MAX_LENGTH = 100;

    private static final String USER_ID = "userId";
    private static final Pattern SHAPE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private static final Map<String, Function<String, RuleViolation>> UNKNOWN = Map.of(
            "planId", UnknownPlan::new,
            "structureId", UnknownStructure::new,
            "objectiveId", UnknownObjective::new,
            "phaseId", UnknownPhase::new,
            "taskId", UnknownTask::new,
            "organisationId", UnknownOrganisation::withId,
            USER_ID, UnknownMember::new);

    private PathIds() {
    }

    public static boolean isWellFormed(String id) {
        return id != null && id.length() <= MAX_LENGTH && SHAPE.matcher(id).matches();
    }

    /**
     * Refuses the first malformed id among the path's variables, as unknown. A user id is not one Traccia makes: it has
     * the shape of {@link UserIds}, which an e-mail address or an OIDC subject may take.
     */
    static void requireWellFormed(Map<String, String> pathVariables) {
        pathVariables.forEach((name, value) -> {
            Function<String, RuleViolation> unknown = UNKNOWN.get(name);
            boolean wellFormed = USER_ID.equals(name) ? UserIds.isWellFormed(value) : isWellFormed(value);
            if (unknown != null && !wellFormed) {
                throw unknown.apply(value);
            }
        });
    }
}
