package it.traccia.app.web.page;

import it.traccia.app.organisation.Directory;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.ProblemDetailsAdvice;
import it.traccia.app.web.plan.DefinePlanRequest;
import it.traccia.app.web.plan.PlanDrafts;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.rule.RuleViolation;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * A new draft plan defined from scratch (nuovo piano): the organisation the user is Segretario of, the triennio and the
 * annual year, through the same {@link PlanDrafts} as {@code POST /api/plans}. The years offered run from last year to
 * three years ahead, so that nothing but a year can be sent.
 */
@Controller
class NewPlanPage {

    private static final Set<String> FIELDS = Set.of("organisation", "province", "firstYear", "lastYear", "year");

    private final PlanDrafts drafts;
    private final Directory directory;
    private final CurrentActor actor;
    private final Forms forms;
    private final Clock clock;

    NewPlanPage(PlanDrafts drafts, Directory directory, CurrentActor actor, Forms forms, Clock clock) {
        this.drafts = drafts;
        this.directory = directory;
        this.actor = actor;
        this.forms = forms;
        this.clock = clock;
    }

    @GetMapping("/piani/nuovo")
    String form(Model model) {
        String year = Integer.toString(LocalDate.now(clock).getYear() + 1);
        return show(Map.of("firstYear", year, "lastYear", Integer.toString(Integer.parseInt(year) + 2), "year", year),
                FormErrors.none(), model);
    }

    @PostMapping("/piani/nuovo")
    String define(@RequestParam Map<String, String> values, Model model, HttpServletResponse response,
                  RedirectAttributes redirect) {
        PlanId planId;
        try {
            planId = drafts.open(new DefinePlanRequest(values.get("organisation"), values.get("province"),
                    year(values.get("firstYear")), year(values.get("lastYear")), year(values.get("year"))));
        } catch (RuleViolation refused) {
            response.setStatus(ProblemDetailsAdvice.statusOf(refused.refusal()).value());
            return show(values, FormErrors.of(refused, FIELDS), model);
        }
        redirect.addFlashAttribute("notice", "newPlan.done");
        return "redirect:/piani/" + planId;
    }

    private String show(Map<String, String> values, FormErrors errors, Model model) {
        List<FormField.Choice> organisations = directory.organisationsWhere(actor.userId(), Role.SEGRETARIO).stream()
                .map(directory::organisation).flatMap(Optional::stream)
                .map(organisation -> new FormField.Choice(organisation.name(), organisation.name()))
                .sorted(Comparator.comparing(FormField.Choice::label)).toList();
        int now = LocalDate.now(clock).getYear();
        List<FormField.Choice> years = IntStream.rangeClosed(now - 1, now + 3)
                .mapToObj(year -> new FormField.Choice(Integer.toString(year), Integer.toString(year))).toList();
        List<FieldSpec> fields = List.of(FieldSpec.choice("organisation", "label.organisation", organisations),
                FieldSpec.text("province", "label.province", false),
                FieldSpec.choice("firstYear", "label.firstYear", years),
                FieldSpec.choice("lastYear", "label.lastYear", years), FieldSpec.choice("year", "label.year", years));
        model.addAttribute("form", forms.form(forms.text("newPlan.title"), forms.text("newPlan.lead"), "/piani/nuovo",
                fields, values, errors, null, List.of(), "newPlan.submit", false, "/"));
        model.addAttribute("steps", List.of());
        return "modulo";
    }

    /** A year as the form sends it; anything else is no year, which the plan's rules then refuse as missing. */
    private static Integer year(String text) {
        return text != null && text.matches("\\d{4}") ? Integer.valueOf(text) : null;
    }
}
