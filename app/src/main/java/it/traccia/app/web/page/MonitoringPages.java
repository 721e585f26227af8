package it.traccia.app.web.page;

import it.traccia.app.evidence.PlanEvidence;
import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.reminders.Notifications;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.ProblemDetailsAdvice;
import it.traccia.app.web.monitoring.CompletionRequest;
import it.traccia.app.web.monitoring.MidYearCheckRequest;
import it.traccia.app.web.monitoring.MidYearChecks;
import it.traccia.app.web.monitoring.PlanDeadlines;
import it.traccia.app.web.monitoring.PlanProgress;
import it.traccia.kernel.Actor;
import it.traccia.kernel.Role;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.query.ElementProgressView;
import it.traccia.kernel.monitoring.query.EvidenceView;
import it.traccia.kernel.monitoring.query.ProgressView;
import it.traccia.kernel.monitoring.query.StructureProgressView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.UnknownPhase;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The pages of monitoring (monitoraggio): <em>Le mie scadenze</em>, the notifications, the progress of the plan in
 * force with its bars, the completion form with the upload of a supporting document, and the verifiche intermedie.
 * Each form sends the API's own request record and command, and shows each refusal beside its field.
 */
@Controller
class MonitoringPages {

    private static final Set<String> COMPLETION_FIELDS = Set.of("completedOn", "achievement", "note",
            "file", "evidenceIds");
    private static final Set<String> CHECK_FIELDS = Set.of("asOf", "notes");

    private final ReadablePlans plans;
    private final PlanProgress progress;
    private final PlanDeadlines deadlines;
    private final MidYearChecks checks;
    private final Notifications notifications;
    private final PlanEvidence evidence;
    private final PlanCommands commands;
    private final CurrentActor actor;

    MonitoringPages(ReadablePlans plans, PlanProgress progress, PlanDeadlines deadlines, MidYearChecks checks,
                    Notifications notifications, PlanEvidence evidence, PlanCommands commands, CurrentActor actor) {
        this.plans = plans;
        this.progress = progress;
        this.deadlines = deadlines;
        this.checks = checks;
        this.notifications = notifications;
        this.evidence = evidence;
        this.commands = commands;
        this.actor = actor;
    }

    @GetMapping("/scadenze")
    String deadlines(@RequestParam(required = false) String entro, Model model) {
        model.addAttribute("deadlines", deadlines.ofCaller(entro == null || entro.isBlank() ? "P30D" : "P" + entro + "D"));
        model.addAttribute("days", entro == null || entro.isBlank() ? "30" : entro);
        model.addAttribute("steps", List.of());
        return "scadenze";
    }

    @GetMapping("/notifiche")
    String notifications(Model model) {
        model.addAttribute("notifications", notifications.of(actor.userId(), 200));
        model.addAttribute("steps", List.of());
        return "notifiche";
    }

    @PostMapping("/notifiche/{id}/letta")
    String read(@PathVariable String id, RedirectAttributes redirect) {
        notifications.markRead(actor.userId(), id);
        redirect.addFlashAttribute("notice", "notifications.marked");
        return "redirect:/notifiche";
    }

    @GetMapping("/piani/{planId}/avanzamento")
    String progress(@PathVariable String planId, Model model) {
        return showProgress(plans.plan(planId), "", "", FormErrors.none(), model);
    }

    @PostMapping("/piani/{planId}/verifiche-intermedie")
    String recordCheck(@PathVariable String planId, @RequestParam(required = false) String asOf,
                       @RequestParam(required = false) String notes, Model model, HttpServletResponse response) {
        try {
            int number = checks.record(planId, new MidYearCheckRequest(asOf, notes));
            return "redirect:/piani/" + planId + "/verifiche-intermedie/" + number;
        } catch (RuleViolation refused) {
            response.setStatus(ProblemDetailsAdvice.statusOf(refused.refusal()).value());
            return showProgress(plans.plan(planId), asOf, notes, FormErrors.of(refused, CHECK_FIELDS), model);
        }
    }

    @GetMapping("/piani/{planId}/verifiche-intermedie/{number}")
    String check(@PathVariable String planId, @PathVariable int number, Model model) {
        PlanView plan = plans.plan(planId);
        MidYearChecks.MidYearCheck check = checks.check(planId, number);
        model.addAttribute("plan", plan);
        model.addAttribute("check", check);
        model.addAttribute("progress", check.progress());
        model.addAttribute("progressPlanId", plan.id());
        model.addAttribute("recordable", Set.of());
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan), progressStep(plan)));
        return "verifica";
    }

    /** A supporting document, byte for byte, for the members of the plan's ente signed in on the pages. */
    @GetMapping("/piani/{planId}/documenti/{evidenceId}")
    ResponseEntity<byte[]> document(@PathVariable String planId, @PathVariable String evidenceId) {
        plans.plan(planId);
        EvidenceView stored = evidence.evidence(planId, evidenceId, actor.userId());
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(stored.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(stored.name(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .eTag("\"" + stored.sha256() + "\"")
                .body(evidence.content(stored));
    }

    @GetMapping({"/piani/{planId}/fasi/{elementId}/completamento", "/piani/{planId}/obiettivi/{elementId}/completamento"})
    String completionForm(@PathVariable String planId, @PathVariable String elementId,
                          @RequestParam(name = "struttura", required = false) String structureId, Model model) {
        return showCompletion(planId, elementId, structureId, Map.of(), FormErrors.none(), model);
    }

    @PostMapping({"/piani/{planId}/fasi/{elementId}/completamento", "/piani/{planId}/obiettivi/{elementId}/completamento"})
    String complete(@PathVariable String planId, @PathVariable String elementId,
                    @RequestParam(required = false) String structureId, @RequestParam(required = false) String completedOn,
                    @RequestParam(required = false) String achievement, @RequestParam(required = false) String note,
                    @RequestPart(name = "file", required = false) MultipartFile file, Model model,
                    HttpServletResponse response, RedirectAttributes redirect) throws IOException {
        Located located = locate(progress.of(planId), elementId, structureId);
        Actor acting = actor.onPlan(planId);
        Map<String, String> typed = Map.of("completedOn", orEmpty(completedOn), "achievement", orEmpty(achievement),
                "note", orEmpty(note));
        try {
            String structure = located.common() ? located.structure().id() : null;
            // The fields are checked before a document is stored, so that a form refused for them stores nothing.
            new CompletionRequest(completedOn, achievement, note, List.of(), structure, null)
                    .forPhase(planId, elementId, acting);
            List<String> cited = new ArrayList<>();
            if (file != null && !file.isEmpty()) {
                byte[] content;
                try (InputStream in = file.getInputStream()) {
                    content = PlanEvidence.readBounded(in, file.getSize());
                }
                EvidenceView stored = evidence.store(planId, file.getOriginalFilename(), content, acting);
                cited.add(stored.id());
            }
            CompletionRequest request = new CompletionRequest(completedOn, achievement, note, cited, structure, null);
            commands.send(located.element().kind() == ElementKind.PHASE
                    ? request.forPhase(planId, elementId, acting) : request.forObjective(planId, elementId, acting));
        } catch (RuleViolation refused) {
            response.setStatus(ProblemDetailsAdvice.statusOf(refused.refusal()).value());
            return showCompletion(planId, elementId, structureId, typed, FormErrors.of(refused, COMPLETION_FIELDS),
                    model);
        }
        redirect.addFlashAttribute("notice", "completion.recorded");
        return "redirect:/piani/" + planId + "/avanzamento#elemento-" + located.structure().id() + "-" + elementId;
    }

    private String showProgress(PlanView plan, String asOf, String notes, FormErrors errors, Model model) {
        ProgressView view = progress.of(plan.id());
        Actor acting = actor.onPlan(plan.id());
        model.addAttribute("plan", plan);
        model.addAttribute("progressPlanId", plan.id());
        model.addAttribute("progress", view);
        model.addAttribute("recordable", recordable(view, acting));
        model.addAttribute("mayCheck", acting.role() == Role.SEGRETARIO);
        model.addAttribute("typedAsOf", asOf);
        model.addAttribute("typedNotes", notes);
        model.addAttribute("errors", errors);
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan)));
        return "avanzamento";
    }

    private String showCompletion(String planId, String elementId, String structureId, Map<String, String> typed,
                                  FormErrors errors, Model model) {
        PlanView plan = plans.plan(planId);
        Located located = locate(progress.of(planId), elementId, structureId);
        model.addAttribute("plan", plan);
        model.addAttribute("located", located);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan), progressStep(plan)));
        return "completamento";
    }

    /** The structures whose records the user may make: every one for the Segretario, those they head for a Responsabile. */
    private static Set<String> recordable(ProgressView view, Actor acting) {
        return view.structures().stream()
                .filter(structure -> acting.role() == Role.SEGRETARIO || acting.role() == Role.RESPONSABILE
                        && acting.userId().equals(structure.headUserId()))
                .map(StructureProgressView::id).collect(Collectors.toSet());
    }

    /**
     * The element of the version in force a completion page concerns, as the structure it is for carries it out: a
     * common element for the structure named ({@code struttura}), any other for its own.
     */
    private static Located locate(ProgressView view, String elementId, String structureId) {
        for (StructureProgressView structure : view.structures()) {
            Optional<ElementProgressView> own = find(structure.objectives(), elementId);
            if (own.isPresent()) {
                return new Located(structure, own.get(), false);
            }
            if (structure.id().equals(structureId)) {
                Optional<ElementProgressView> common = find(structure.commonObjectives(), elementId);
                if (common.isPresent()) {
                    return new Located(structure, common.get(), true);
                }
            }
        }
        throw new UnknownPhase(elementId);
    }

    private static Optional<ElementProgressView> find(List<ElementProgressView> objectives, String elementId) {
        for (ElementProgressView objective : objectives) {
            if (objective.id().equals(elementId) && objective.phases().isEmpty()) {
                return Optional.of(objective);
            }
            for (ElementProgressView phase : objective.phases()) {
                if (phase.id().equals(elementId)) {
                    return Optional.of(phase);
                }
            }
        }
        return Optional.empty();
    }

    private static BreadcrumbStep progressStep(PlanView plan) {
        return new BreadcrumbStep("progress.heading", new Object[0], "/piani/" + plan.id() + "/avanzamento");
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** An element with the structure carrying it out, and whether it is a common one. */
    record Located(StructureProgressView structure, ElementProgressView element, boolean common) {
    }
}
