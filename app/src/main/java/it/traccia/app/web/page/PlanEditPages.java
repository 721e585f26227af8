package it.traccia.app.web.page;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.organisation.Directory;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.ProblemDetailsAdvice;
import it.traccia.app.web.plan.AddStructureRequest;
import it.traccia.app.web.plan.DefineObjectiveRequest;
import it.traccia.app.web.plan.DefinePhaseRequest;
import it.traccia.app.web.plan.HeadRequest;
import it.traccia.app.web.plan.RemovalRequest;
import it.traccia.app.web.plan.ReviseObjectiveRequest;
import it.traccia.app.web.plan.RevisePhaseRequest;
import it.traccia.app.web.plan.SetStrategicContextRequest;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.query.AuditEntryView;
import it.traccia.kernel.plan.query.AuditTrailView;
import it.traccia.kernel.plan.query.FindAuditTrailQuery;
import it.traccia.kernel.plan.query.ObjectiveView;
import it.traccia.kernel.plan.query.PhaseView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.plan.query.StrategicContextView;
import it.traccia.kernel.plan.query.StructureView;
import it.traccia.kernel.rule.RuleViolation;
import it.traccia.kernel.rule.StaleRevision;
import it.traccia.kernel.rule.UnknownObjective;
import it.traccia.kernel.rule.UnknownPhase;
import it.traccia.kernel.rule.UnknownStructure;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The plan's parts edited from their pages (modifiche della bozza): an objective's or a phase's texts and deadline,
 * new structures, objectives and phases, removals with their reason, a structure's head and strategic context. Each
 * form sends the same command as the JSON API through the same request records, so a rule is written once and its
 * refusal is shown beside the field it names; a change made meanwhile by someone else is shown with who made it.
 */
@Controller
class PlanEditPages {

    private static final String OBJECTIVE = "/piani/{planId}/obiettivi/{objectiveId}";
    private static final String PHASE = "/piani/{planId}/fasi/{phaseId}";
    private static final String STRUCTURE = "/piani/{planId}/strutture/{structureId}";
    private static final List<FieldSpec> REMOVAL = List.of(FieldSpec.textarea("reason", "label.reason.removal", true),
            FieldSpec.hidden("revision"));

    private final PlanCommands commands;
    private final ReadablePlans plans;
    private final QueryGateway queries;
    private final CurrentActor actor;
    private final Forms forms;
    private final PageFormat format;
    private final Directory directory;

    PlanEditPages(PlanCommands commands, ReadablePlans plans, QueryGateway queries, CurrentActor actor, Forms forms,
                  PageFormat format, Directory directory) {
        this.format = format;
        this.directory = directory;
        this.commands = commands;
        this.plans = plans;
        this.queries = queries;
        this.actor = actor;
        this.forms = forms;
    }

    // Objectives

    @GetMapping(OBJECTIVE + "/modifica")
    String reviseObjectiveForm(@PathVariable String planId, @PathVariable String objectiveId, Model model) {
        PlanView plan = plans.plan(planId);
        return show(model, plan, reviseObjective(plan, objectiveId, valuesOf(objective(plan, objectiveId)),
                FormErrors.none(), null));
    }

    @PostMapping(OBJECTIVE + "/modifica")
    String reviseObjective(@PathVariable String planId, @PathVariable String objectiveId,
                           @RequestParam Map<String, String> values, @RequestParam(required = false) Long revision,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) {
        ReviseObjectiveRequest request = new ReviseObjectiveRequest(values.get("kind"), values.get("description"),
                values.get("indicators"), values.get("targets"), values.get("deadline"), values.get("reason"), revision);
        return submit(planId, values, model, response, redirect,
                () -> commands.send(request.toCommand(planId, objectiveId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> reviseObjective(plan, objectiveId, typed, errors, meanwhile),
                new Edited(objectiveId, objectiveId, "obiettivo-" + objectiveId, "edit.done.revised"));
    }

    @GetMapping(OBJECTIVE + "/rimozione")
    String removeObjectiveForm(@PathVariable String planId, @PathVariable String objectiveId, Model model) {
        PlanView plan = plans.plan(planId);
        ObjectiveView objective = objective(plan, objectiveId);
        return show(model, plan, removeObjective(plan, objectiveId, Map.of("revision", revisionOf(objective.revision())),
                FormErrors.none(), null));
    }

    @PostMapping(OBJECTIVE + "/rimozione")
    String removeObjective(@PathVariable String planId, @PathVariable String objectiveId,
                           @RequestParam Map<String, String> values, @RequestParam(required = false) Long revision,
                           Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RemovalRequest request = new RemovalRequest(values.get("reason"), revision);
        StructureView structure = locate(plans.plan(planId), objectiveId).structure();
        return submit(planId, values, model, response, redirect,
                () -> commands.send(request.forObjective(planId, objectiveId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> removeObjective(plan, objectiveId, typed, errors, meanwhile),
                new Edited(objectiveId, objectiveId, sectionOf(structure), "edit.done.removed"));
    }

    @GetMapping(STRUCTURE + "/obiettivi/nuovo")
    String defineObjectiveForm(@PathVariable String planId, @PathVariable String structureId, Model model) {
        PlanView plan = plans.plan(planId);
        return show(model, plan, defineObjective(plan, structure(plan, structureId), Map.of(), FormErrors.none()));
    }

    @PostMapping(STRUCTURE + "/obiettivi/nuovo")
    String defineObjective(@PathVariable String planId, @PathVariable String structureId,
                           @RequestParam Map<String, String> values, Model model, HttpServletResponse response,
                           RedirectAttributes redirect) {
        ObjectiveId objectiveId = ObjectiveId.random();
        return submit(planId, values, model, response, redirect,
                () -> commands.send(objectiveRequest(values).forStructure(planId, structureId, objectiveId,
                        actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> defineObjective(plan, structure(plan, structureId), typed, errors),
                new Edited(null, null, "obiettivo-" + objectiveId, "edit.done.added"));
    }

    @GetMapping("/piani/{planId}/obiettivi-comuni/nuovo")
    String defineCommonObjectiveForm(@PathVariable String planId, Model model) {
        PlanView plan = plans.plan(planId);
        return show(model, plan, defineObjective(plan, null, Map.of(), FormErrors.none()));
    }

    @PostMapping("/piani/{planId}/obiettivi-comuni/nuovo")
    String defineCommonObjective(@PathVariable String planId, @RequestParam Map<String, String> values, Model model,
                                 HttpServletResponse response, RedirectAttributes redirect) {
        ObjectiveId objectiveId = ObjectiveId.random();
        return submit(planId, values, model, response, redirect,
                () -> commands.send(objectiveRequest(values).forCommon(planId, objectiveId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> defineObjective(plan, null, typed, errors),
                new Edited(null, null, "obiettivo-" + objectiveId, "edit.done.added"));
    }

    // Phases

    @GetMapping(OBJECTIVE + "/fasi/nuova")
    String definePhaseForm(@PathVariable String planId, @PathVariable String objectiveId, Model model) {
        PlanView plan = plans.plan(planId);
        return show(model, plan, definePhase(plan, objectiveId, Map.of(), FormErrors.none()));
    }

    @PostMapping(OBJECTIVE + "/fasi/nuova")
    String definePhase(@PathVariable String planId, @PathVariable String objectiveId,
                       @RequestParam Map<String, String> values, Model model, HttpServletResponse response,
                       RedirectAttributes redirect) {
        PhaseId phaseId = PhaseId.random();
        DefinePhaseRequest request = new DefinePhaseRequest(values.get("number"), values.get("description"),
                values.get("weight"), values.get("indicator"), values.get("target"), values.get("deadline"));
        return submit(planId, values, model, response, redirect,
                () -> commands.send(request.toCommand(planId, objectiveId, phaseId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> definePhase(plan, objectiveId, typed, errors),
                new Edited(null, null, "fase-" + phaseId, "edit.done.added"));
    }

    @GetMapping(PHASE + "/modifica")
    String revisePhaseForm(@PathVariable String planId, @PathVariable String phaseId, Model model) {
        PlanView plan = plans.plan(planId);
        return show(model, plan, revisePhase(plan, phaseId, valuesOf(phase(plan, phaseId).phase()), FormErrors.none(),
                null));
    }

    @PostMapping(PHASE + "/modifica")
    String revisePhase(@PathVariable String planId, @PathVariable String phaseId,
                       @RequestParam Map<String, String> values, @RequestParam(required = false) Long revision,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RevisePhaseRequest request = new RevisePhaseRequest(values.get("description"), values.get("indicator"),
                values.get("target"), values.get("deadline"), values.get("reason"), revision);
        String objectiveId = phase(plans.plan(planId), phaseId).objective().id();
        return submit(planId, values, model, response, redirect,
                () -> commands.send(request.toCommand(planId, phaseId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> revisePhase(plan, phaseId, typed, errors, meanwhile),
                new Edited(objectiveId, phaseId, "fase-" + phaseId, "edit.done.revised"));
    }

    @GetMapping(PHASE + "/rimozione")
    String removePhaseForm(@PathVariable String planId, @PathVariable String phaseId, Model model) {
        PlanView plan = plans.plan(planId);
        PhaseView phase = phase(plan, phaseId).phase();
        return show(model, plan, removePhase(plan, phaseId, Map.of("revision", revisionOf(phase.revision())),
                FormErrors.none(), null));
    }

    @PostMapping(PHASE + "/rimozione")
    String removePhase(@PathVariable String planId, @PathVariable String phaseId,
                       @RequestParam Map<String, String> values, @RequestParam(required = false) Long revision,
                       Model model, HttpServletResponse response, RedirectAttributes redirect) {
        RemovalRequest request = new RemovalRequest(values.get("reason"), revision);
        String objectiveId = phase(plans.plan(planId), phaseId).objective().id();
        return submit(planId, values, model, response, redirect,
                () -> commands.send(request.forPhase(planId, phaseId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> removePhase(plan, phaseId, typed, errors, meanwhile),
                new Edited(objectiveId, phaseId, "obiettivo-" + objectiveId, "edit.done.removed"));
    }

    // Structures

    @GetMapping("/piani/{planId}/strutture/nuova")
    String addStructureForm(@PathVariable String planId, Model model) {
        PlanView plan = plans.plan(planId);
        return show(model, plan, addStructure(plan, Map.of(), FormErrors.none()));
    }

    @PostMapping("/piani/{planId}/strutture/nuova")
    String addStructure(@PathVariable String planId, @RequestParam Map<String, String> values, Model model,
                        HttpServletResponse response, RedirectAttributes redirect) {
        StructureId structureId = StructureId.random();
        AddStructureRequest request = new AddStructureRequest(values.get("name"), values.get("head"),
                values.get("headTitle"));
        return submit(planId, values, model, response, redirect,
                () -> commands.send(request.toCommand(planId, structureId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> addStructure(plan, typed, errors),
                new Edited(null, null, "struttura-" + structureId, "edit.done.added"));
    }

    @GetMapping(STRUCTURE + "/rimozione")
    String removeStructureForm(@PathVariable String planId, @PathVariable String structureId, Model model) {
        PlanView plan = plans.plan(planId);
        return show(model, plan, removeStructure(plan, structure(plan, structureId), Map.of(), FormErrors.none()));
    }

    @PostMapping(STRUCTURE + "/rimozione")
    String removeStructure(@PathVariable String planId, @PathVariable String structureId,
                           @RequestParam Map<String, String> values, Model model, HttpServletResponse response,
                           RedirectAttributes redirect) {
        RemovalRequest request = new RemovalRequest(values.get("reason"), null);
        return submit(planId, values, model, response, redirect,
                () -> commands.send(request.forStructure(planId, structureId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> removeStructure(plan, structure(plan, structureId), typed, errors),
                new Edited(null, null, "contenuto", "edit.done.removed"));
    }

    @GetMapping(STRUCTURE + "/responsabile")
    String headForm(@PathVariable String planId, @PathVariable String structureId, Model model) {
        PlanView plan = plans.plan(planId);
        StructureView structure = structure(plan, structureId);
        Map<String, String> values = new HashMap<>();
        values.put("userId", structure.headUserId());
        values.put("name", structure.head());
        values.put("title", structure.headTitle());
        return show(model, plan, head(plan, structure, values, FormErrors.none()));
    }

    @PostMapping(STRUCTURE + "/responsabile")
    String assignHead(@PathVariable String planId, @PathVariable String structureId,
                      @RequestParam Map<String, String> values, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        HeadRequest request = new HeadRequest(values.get("userId"), values.get("name"), values.get("title"),
                values.get("reason"));
        return submit(planId, values, model, response, redirect,
                () -> commands.send(request.toCommand(planId, structureId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> head(plan, structure(plan, structureId), typed, errors),
                new Edited(null, null, "struttura-" + structureId, "edit.done.head"));
    }

    @GetMapping(STRUCTURE + "/contesto")
    String contextForm(@PathVariable String planId, @PathVariable String structureId, Model model) {
        PlanView plan = plans.plan(planId);
        StructureView structure = structure(plan, structureId);
        return show(model, plan, context(plan, structure, valuesOf(structure.context()), FormErrors.none()));
    }

    @PostMapping(STRUCTURE + "/contesto")
    String setContext(@PathVariable String planId, @PathVariable String structureId,
                      @RequestParam Map<String, String> values, Model model, HttpServletResponse response,
                      RedirectAttributes redirect) {
        return submit(planId, values, model, response, redirect,
                () -> commands.send(contextRequest(values).forStructure(planId, structureId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> context(plan, structure(plan, structureId), typed, errors),
                new Edited(null, null, "struttura-" + structureId, "edit.done.revised"));
    }

    @GetMapping("/piani/{planId}/contesto-comune")
    String commonContextForm(@PathVariable String planId, Model model) {
        PlanView plan = plans.plan(planId);
        return show(model, plan, context(plan, null, valuesOf(plan.commonContext()), FormErrors.none()));
    }

    @PostMapping("/piani/{planId}/contesto-comune")
    String setCommonContext(@PathVariable String planId, @RequestParam Map<String, String> values, Model model,
                            HttpServletResponse response, RedirectAttributes redirect) {
        return submit(planId, values, model, response, redirect,
                () -> commands.send(contextRequest(values).forCommon(planId, actor.onPlan(planId))),
                (plan, typed, errors, meanwhile) -> context(plan, null, typed, errors),
                new Edited(null, null, "obiettivi-comuni", "edit.done.revised"));
    }

    // The forms

    private EditForm reviseObjective(PlanView plan, String objectiveId, Map<String, String> values, FormErrors errors,
                                     String meanwhile) {
        ObjectiveView objective = objective(plan, objectiveId);
        List<FieldSpec> fields = List.of(kindField(), FieldSpec.textarea("description", "label.description", true),
                FieldSpec.textarea("indicators", "label.indicators", false),
                FieldSpec.textarea("targets", "label.targets", false), FieldSpec.date("deadline", "label.deadline"),
                FieldSpec.textarea("reason", "label.reason.optional", false), FieldSpec.hidden("revision"));
        List<FormField> current = meanwhile == null ? List.of()
                : forms.drawn(valuesOnly(fields), valuesOf(objective), FormErrors.none());
        return forms.form(forms.text("edit.objective.title", labelOf(plan, objectiveId)), null,
                objectiveAddress(plan, objectiveId) + "/modifica", fields, values, errors, meanwhile, current,
                "edit.save", false, planAddress(plan));
    }

    private EditForm removeObjective(PlanView plan, String objectiveId, Map<String, String> values, FormErrors errors,
                                     String meanwhile) {
        ObjectiveView objective = objective(plan, objectiveId);
        String lead = objective.phases().isEmpty() ? forms.text("edit.remove.objective.lead", objective.description())
                : forms.text("edit.remove.objectiveWithPhases.lead", objective.description(), objective.phases().size());
        return forms.form(forms.text("edit.remove.title", labelOf(plan, objectiveId)), lead,
                objectiveAddress(plan, objectiveId) + "/rimozione", REMOVAL, values, errors, meanwhile, List.of(),
                "edit.remove", true, planAddress(plan));
    }

    private EditForm defineObjective(PlanView plan, StructureView structure, Map<String, String> values,
                                     FormErrors errors) {
        String title = structure == null ? forms.text("edit.common.add.title")
                : forms.text("edit.objective.add.title", structure.name());
        String action = structure == null ? planAddress(plan) + "/obiettivi-comuni/nuovo"
                : planAddress(plan) + "/strutture/" + structure.id() + "/obiettivi/nuovo";
        List<FieldSpec> fields = List.of(FieldSpec.text("number", "label.number", true), kindField(),
                FieldSpec.textarea("description", "label.description", true),
                FieldSpec.text("weight", "label.weight", true),
                FieldSpec.textarea("indicators", "label.indicators", false),
                FieldSpec.textarea("targets", "label.targets", false), FieldSpec.date("deadline", "label.deadline"));
        return forms.form(title, null, action, fields, values, errors, null, List.of(), "edit.add", false,
                planAddress(plan));
    }

    private EditForm definePhase(PlanView plan, String objectiveId, Map<String, String> values, FormErrors errors) {
        objective(plan, objectiveId);
        List<FieldSpec> fields = List.of(FieldSpec.text("number", "label.phaseNumber", true),
                FieldSpec.textarea("description", "label.description", true),
                FieldSpec.text("weight", "label.weight", true),
                FieldSpec.textarea("indicator", "label.indicator", false),
                FieldSpec.textarea("target", "label.target", false), FieldSpec.date("deadline", "label.deadline"));
        return forms.form(forms.text("edit.phase.add.title", labelOf(plan, objectiveId)), null,
                objectiveAddress(plan, objectiveId) + "/fasi/nuova", fields, values, errors, null, List.of(),
                "edit.add", false, planAddress(plan));
    }

    private EditForm revisePhase(PlanView plan, String phaseId, Map<String, String> values, FormErrors errors,
                                 String meanwhile) {
        PhaseView phase = phase(plan, phaseId).phase();
        List<FieldSpec> fields = List.of(FieldSpec.textarea("description", "label.description", true),
                FieldSpec.textarea("indicator", "label.indicator", false),
                FieldSpec.textarea("target", "label.target", false), FieldSpec.date("deadline", "label.deadline"),
                FieldSpec.textarea("reason", "label.reason.optional", false), FieldSpec.hidden("revision"));
        List<FormField> current = meanwhile == null ? List.of()
                : forms.drawn(valuesOnly(fields), valuesOf(phase), FormErrors.none());
        return forms.form(forms.text("edit.phase.title", labelOf(plan, phaseId)), null,
                phaseAddress(plan, phaseId) + "/modifica", fields, values, errors, meanwhile, current, "edit.save",
                false, planAddress(plan));
    }

    private EditForm removePhase(PlanView plan, String phaseId, Map<String, String> values, FormErrors errors,
                                 String meanwhile) {
        PhaseView phase = phase(plan, phaseId).phase();
        return forms.form(forms.text("edit.remove.title", labelOf(plan, phaseId)),
                forms.text("edit.remove.phase.lead", phase.description()), phaseAddress(plan, phaseId) + "/rimozione",
                REMOVAL, values, errors, meanwhile, List.of(), "edit.remove", true, planAddress(plan));
    }

    private EditForm addStructure(PlanView plan, Map<String, String> values, FormErrors errors) {
        List<FieldSpec> fields = List.of(FieldSpec.text("name", "label.structureName", true),
                FieldSpec.text("head", "label.head", true), FieldSpec.text("headTitle", "label.headTitle", false));
        return forms.form(forms.text("edit.structure.add.title"), null, planAddress(plan) + "/strutture/nuova", fields,
                values, errors, null, List.of(), "edit.add", false, planAddress(plan));
    }

    private EditForm removeStructure(PlanView plan, StructureView structure, Map<String, String> values,
                                     FormErrors errors) {
        return forms.form(forms.text("edit.remove.title", structure.name()),
                forms.text("edit.remove.structure.lead", structure.name(), structure.objectives().size()),
                planAddress(plan) + "/strutture/" + structure.id() + "/rimozione",
                List.of(FieldSpec.textarea("reason", "label.reason.removal", true)), values, errors, null, List.of(),
                "edit.remove", true, planAddress(plan));
    }

    private EditForm head(PlanView plan, StructureView structure, Map<String, String> values, FormErrors errors) {
        List<FormField.Choice> heads = directory.membersOf(new OrganisationId(plan.organisationId())).entrySet()
                .stream()
                .filter(member -> member.getValue().contains(Role.RESPONSABILE)
                        || member.getValue().contains(Role.SEGRETARIO))
                .map(member -> new FormField.Choice(member.getKey(), member.getKey())).toList();
        List<FieldSpec> fields = List.of(FieldSpec.choice("userId", "label.userId", heads),
                FieldSpec.text("name", "label.headName", true), FieldSpec.text("title", "label.headTitle", false),
                FieldSpec.textarea("reason", "label.reason.head", true));
        return forms.form(forms.text("edit.head.title", structure.name()), forms.text("edit.head.lead"),
                planAddress(plan) + "/strutture/" + structure.id() + "/responsabile", fields, values, errors, null,
                List.of(), "edit.save", false, planAddress(plan));
    }

    private EditForm context(PlanView plan, StructureView structure, Map<String, String> values, FormErrors errors) {
        String title = structure == null ? forms.text("edit.commonContext.title")
                : forms.text("edit.context.title", structure.name());
        String action = structure == null ? planAddress(plan) + "/contesto-comune"
                : planAddress(plan) + "/strutture/" + structure.id() + "/contesto";
        List<FieldSpec> fields = List.of(FieldSpec.textarea("strategicLine", "plan.context.strategicLine", true),
                FieldSpec.textarea("strategicObjective", "plan.context.strategicObjective", true),
                FieldSpec.text("missionCode", "label.missionCode", structure != null),
                FieldSpec.textarea("operationalObjective", "plan.context.operationalObjective", true));
        return forms.form(title, null, action, fields, values, errors, null, List.of(), "edit.save", false,
                planAddress(plan));
    }

    /** The fields that hold the element's own values: not the reason of the change, nor the revision. */
    private static List<FieldSpec> valuesOnly(List<FieldSpec> fields) {
        return fields.stream().filter(field -> !field.name().equals("reason") && field.kind() != FormField.Kind.HIDDEN)
                .toList();
    }

    private static String labelOf(PlanView plan, String elementId) {
        return PlanElement.find(plan, elementId).map(PlanElement::label).orElse(elementId);
    }

    private static String planAddress(PlanView plan) {
        return "/piani/" + plan.id();
    }

    private static String objectiveAddress(PlanView plan, String objectiveId) {
        return planAddress(plan) + "/obiettivi/" + objectiveId;
    }

    private static String phaseAddress(PlanView plan, String phaseId) {
        return planAddress(plan) + "/fasi/" + phaseId;
    }

    private FieldSpec kindField() {
        return FieldSpec.choice("kind", "label.kind", Arrays.stream(ObjectiveKind.values())
                .map(kind -> new FormField.Choice(kind.name(), forms.text("kind." + kind.name()))).toList());
    }

    // Drawing and sending

    private static String show(Model model, PlanView plan, EditForm form) {
        model.addAttribute("form", form);
        model.addAttribute("steps", List.of(BreadcrumbStep.plan(plan)));
        return "modulo";
    }

    /**
     * Sends the form's command; back to the plan at the element on success, else the same form with the refusals
     * beside their fields (422), or, when the element changed meanwhile (409), with who changed it and its values now.
     */
    private String submit(String planId, Map<String, String> values, Model model, HttpServletResponse response,
                          RedirectAttributes redirect, Runnable send, FormPage page, Edited edited) {
        PlanView before = plans.plan(planId);
        try {
            send.run();
        } catch (StaleRevision stale) {
            PlanView now = plans.plan(planId);
            Map<String, String> again = new HashMap<>(values);
            again.put("revision", currentRevision(now, edited.elementId()));
            response.setStatus(HttpStatus.CONFLICT.value());
            return show(model, now, page.draw(now, again, FormErrors.none(), changedMeanwhile(now, edited)));
        } catch (RuleViolation refused) {
            response.setStatus(ProblemDetailsAdvice.statusOf(refused.refusal()).value());
            return show(model, before, page.draw(before, values, FormErrors.of(refused, values.keySet()), null));
        }
        redirect.addFlashAttribute("notice", edited.notice());
        return "redirect:/piani/" + planId + "#" + edited.anchor();
    }

    /** Who last changed the element, as the audit trail tells it: the sentence above a form whose revision is stale. */
    private String changedMeanwhile(PlanView plan, Edited edited) {
        String label = labelOf(plan, edited.elementId());
        AuditTrailView trail = queries.query(new FindAuditTrailQuery(new PlanId(plan.id()), edited.objectiveId(),
                actor.userId()), AuditTrailView.class).join();
        Optional<AuditEntryView> last = trail == null ? Optional.empty() : trail.entries().stream()
                .filter(entry -> edited.elementId().equals(
                        entry.phaseId() != null ? entry.phaseId() : entry.objectiveId()))
                .reduce((first, second) -> second);
        return last.map(entry -> forms.text("edit.changedMeanwhile", entry.user(), forms.text("role." + entry.role()),
                        label, format.dateTime(entry.occurredAt())))
                .orElseGet(() -> forms.text("edit.changedMeanwhile.unknown", label));
    }

    private static String currentRevision(PlanView plan, String elementId) {
        return PlanElement.find(plan, elementId).map(element -> revisionOf(element.revision())).orElse(null);
    }

    // Reading the plan

    private static Map<String, String> valuesOf(ObjectiveView objective) {
        Map<String, String> values = new HashMap<>();
        values.put("kind", objective.kind() == null ? null : objective.kind().name());
        values.put("description", objective.description());
        values.put("indicators", objective.indicators());
        values.put("targets", objective.targets());
        values.put("deadline", isoOrNull(objective.deadline()));
        values.put("revision", revisionOf(objective.revision()));
        return values;
    }

    private static Map<String, String> valuesOf(PhaseView phase) {
        Map<String, String> values = new HashMap<>();
        values.put("description", phase.description());
        values.put("indicator", phase.indicator());
        values.put("target", phase.target());
        values.put("deadline", isoOrNull(phase.deadline()));
        values.put("revision", revisionOf(phase.revision()));
        return values;
    }

    private static Map<String, String> valuesOf(StrategicContextView context) {
        Map<String, String> values = new HashMap<>();
        if (context != null) {
            values.put("strategicLine", context.strategicLine());
            values.put("strategicObjective", context.strategicObjective());
            values.put("missionCode", context.missionCode());
            values.put("operationalObjective", context.operationalObjective());
        }
        return values;
    }

    private static DefineObjectiveRequest objectiveRequest(Map<String, String> values) {
        return new DefineObjectiveRequest(values.get("number"), values.get("kind"), values.get("description"),
                values.get("weight"), values.get("indicators"), values.get("targets"), values.get("deadline"));
    }

    private static SetStrategicContextRequest contextRequest(Map<String, String> values) {
        return new SetStrategicContextRequest(values.get("strategicLine"), values.get("strategicObjective"),
                values.get("missionCode"), values.get("operationalObjective"));
    }

    private static String isoOrNull(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String revisionOf(long revision) {
        return Long.toString(revision);
    }

    private static String sectionOf(StructureView structure) {
        return structure == null ? "obiettivi-comuni" : "struttura-" + structure.id();
    }

    private static StructureView structure(PlanView plan, String structureId) {
        return plan.structures().stream().filter(structure -> structure.id().equals(structureId)).findFirst()
                .orElseThrow(() -> new UnknownStructure(structureId));
    }

    private static ObjectiveView objective(PlanView plan, String objectiveId) {
        return locate(plan, objectiveId).objective();
    }

    private static Located locate(PlanView plan, String objectiveId) {
        for (StructureView structure : plan.structures()) {
            for (ObjectiveView objective : structure.objectives()) {
                if (objective.id().equals(objectiveId)) {
                    return new Located(structure, objective);
                }
            }
        }
        return plan.commonObjectives().stream().filter(objective -> objective.id().equals(objectiveId)).findFirst()
                .map(objective -> new Located(null, objective))
                .orElseThrow(() -> new UnknownObjective(objectiveId));
    }

    private static LocatedPhase phase(PlanView plan, String phaseId) {
        List<ObjectiveView> objectives = new ArrayList<>(plan.commonObjectives());
        plan.structures().forEach(structure -> objectives.addAll(structure.objectives()));
        for (ObjectiveView objective : objectives) {
            for (PhaseView phase : objective.phases()) {
                if (phase.id().equals(phaseId)) {
                    return new LocatedPhase(objective, phase);
                }
            }
        }
        throw new UnknownPhase(phaseId);
    }

    /** Draws a page's form again with what the user typed, the refusals, and who changed the element meanwhile. */
    private interface FormPage {
        EditForm draw(PlanView plan, Map<String, String> values, FormErrors errors, String changedMeanwhile);
    }

    /**
     * What a form changes: the element whose revision it carries (null for additions) with the objective whose trail
     * tells who changed it, where on the plan page to go back to, and the notice shown there.
     */
    private record Edited(String objectiveId, String elementId, String anchor, String notice) {
    }

    private record Located(StructureView structure, ObjectiveView objective) {
    }

    private record LocatedPhase(ObjectiveView objective, PhaseView phase) {
    }
}
