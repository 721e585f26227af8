package it.traccia.app.web.page;

import java.util.List;

/**
 * A page's form that changes the plan (modulo di modifica): what it does, its fields, the refusals that belong to no
 * field, and, when someone changed the element meanwhile, who did and what it holds now. Drawn by {@code modulo.html}.
 *
 * @param changedMeanwhile the sentence saying who changed the element after the user read it, or null
 * @param current          the element's values as they stand now, shown beside a change made meanwhile
 */
public record EditForm(String title, String lead, String action, List<FormField> fields, List<String> generalErrors,
                       String changedMeanwhile, List<FormField> current, String submit, boolean removal,
                       String cancel) {
}
