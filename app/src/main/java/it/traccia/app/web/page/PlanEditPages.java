package it.traccia.app.web.page;

import it.traccia.app.infrastructure.PlanCommands;
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
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
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
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
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

    private final PlanCommands commands;
    private final ReadablePlans plans;
    private final QueryGateway queries;
    private final CurrentActor actor;
    private final MessageSource messages;
    private final PageFormat format;

    PlanEditPages(PlanCommands commands, ReadablePlans plans, QueryGateway queries, CurrentActor actor,
                  MessageSource messages, PageFormat format) {
        this.format = format;
        this.commands = commands;
        this.plans = plans;
        this.queries = queries;
        this.actor = actor;
        this.messages = messages;
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
        Located located = locate(plan, objectiveId);
        String label = PlanElement.find(plan, objectiveId).orElseThrow().label();
        List<Field> fields = List.of(kindField(), Field.textarea("description", "label.description", true),
                Field.textarea("indicators", "label.indicators", false), Field.textarea("targets", "label.targets", false),
                Field.date("deadline", "label.deadline"), Field.textarea("reason", "label.reason.optional", false),
                Field.hidden("revision"));
        return form(text("edit.objective.title", label), null, "/piani/" + plan.id() + "/obiettivi/" + objectiveId
                + "/modifica", fields, values, errors, meanwhile, meanwhile == null ? List.of()
                : drawn(fields, valuesOf(located.objective()), FormErrors.none()), "edit.save", false, plan);
    }

    private EditForm removeObjective(PlanView plan, String objectiveId, Map<String, String> values, FormErrors errors,
                                     String meanwhile) {
        ObjectiveView objective = objective(plan, objectiveId);
        String label = PlanElement.find(plan, objectiveId).orElseThrow().label();
        return form(text("edit.remove.title", label), text(objective.phases().isEmpty() ? "edit.remove.objective.lead"
                        : "edit.remove.objectiveWithPhases.lead", objective.description(), objective.phases().size()),
                "/piani/" + plan.id() + "/obiettivi/" + objectiveId + "/rimozione",
                List.of(Field.textarea("reason", "label.reason.removal", true), Field.hidden("revision")), values,
                errors, meanwhile, List.of(), "edit.remove", true, plan);
    }

    private EditForm defineObjective(PlanView plan, StructureView structure, Map<String, String> values,
                                     FormErrors errors) {
        String title = structure == null ? text("edit.common.add.title") : text("edit.objective.add.title",
                structure.name());
        String action = structure == null ? "/piani/" + plan.id() + "/obiettivi-comuni/nuovo"
                : "/piani/" + plan.id() + "/strutture/" + structure.id() + "/obiettivi/nuovo";
        return form(title, null, action, List.of(Field.text("number", "label.number", true), kindField(),
                        Field.textarea("description", "label.description", true), Field.text("weight", "label.weight", true),
                        Field.textarea("indicators", "label.indicators", false),
                        Field.textarea("targets", "label.targets", false), Field.date("deadline", "label.deadline")),
                values, errors, null, List.of(), "edit.add", false, plan);
    }

    private EditForm definePhase(PlanView plan, String objectiveId, Map<String, String> values, FormErrors errors) {
        objective(plan, objectiveId);
        String label = PlanElement.find(plan, objectiveId).orElseThrow().label();
        return form(text("edit.phase.add.title", label), null,
                "/piani/" + plan.id() + "/obiettivi/" + objectiveId + "/fasi/nuova",
                List.of(Field.text("number", "label.phaseNumber", true),
                        Field.textarea("description", "label.description", true), Field.text("weight", "label.weight", true),
                        Field.textarea("indicator", "label.indicator", false),
                        Field.textarea("target", "label.target", false), Field.date("deadline", "label.deadline")),
                values, errors, null, List.of(), "edit.add", false, plan);
    }

    private EditForm revisePhase(PlanView plan, String phaseId, Map<String, String> values, FormErrors errors,
                                 String meanwhile) {
        PhaseView phase = phase(plan, phaseId).phase();
        String label = PlanElement.find(plan, phaseId).orElseThrow().label();
        List<Field> fields = List.of(Field.textarea("description", "label.description", true),
                Field.textarea("indicator", "label.indicator", false), Field.textarea("target", "label.target", false),
                Field.date("deadline", "label.deadline"), Field.textarea("reason", "label.reason.optional", false),
                Field.hidden("revision"));
        return form(text("edit.phase.title", label), null, "/piani/" + plan.id() + "/fasi/" + phaseId + "/modifica",
                fields, values, errors, meanwhile,
                meanwhile == null ? List.of() : drawn(fields, valuesOf(phase), FormErrors.none()), "edit.save", false,
                plan);
    }

    private EditForm removePhase(PlanView plan, String phaseId, Map<String, String> values, FormErrors errors,
                                 String meanwhile) {
        PhaseView phase = phase(plan, phaseId).phase();
        String label = PlanElement.find(plan, phaseId).orElseThrow().label();
        return form(text("edit.remove.title", label), text("edit.remove.phase.lead", phase.description()),
                "/piani/" + plan.id() + "/fasi/" + phaseId + "/rimozione",
                List.of(Field.textarea("reason", "label.reason.removal", true), Field.hidden("revision")), values,
                errors, meanwhile, List.of(), "edit.remove", true, plan);
    }

    private EditForm addStructure(PlanView plan, Map<String, String> values, FormErrors errors) {
        return form(text("edit.structure.add.title"), null, "/piani/" + plan.id() + "/strutture/nuova",
                List.of(Field.text("name", "label.structureName", true), Field.text("head", "label.head", true),
                        Field.text("headTitle", "label.headTitle", false)),
                values, errors, null, List.of(), "edit.add", false, plan);
    }

    private EditForm head(PlanView plan, StructureView structure, Map<String, String> values, FormErrors errors) {
        return form(text("edit.head.title", structure.name()), text("edit.head.lead"),
                "/piani/" + plan.id() + "/strutture/" + structure.id() + "/responsabile",
                List.of(Field.text("userId", "label.userId", true), Field.text("name", "label.headName", true),
                        Field.text("title", "label.headTitle", false),
                        Field.textarea("reason", "label.reason.head", true)),
                values, errors, null, List.of(), "edit.save", false, plan);
    }

    private EditForm context(PlanView plan, StructureView structure, Map<String, String> values, FormErrors errors) {
        String title = structure == null ? text("edit.commonContext.title") : text("edit.context.title", structure.name());
        String action = structure == null ? "/piani/" + plan.id() + "/contesto-comune"
                : "/piani/" + plan.id() + "/strutture/" + structure.id() + "/contesto";
        return form(title, null, action, List.of(Field.textarea("strategicLine", "plan.context.strategicLine", true),
                        Field.textarea("strategicObjective", "plan.context.strategicObjective", true),
                        Field.text("missionCode", "label.missionCode", structure != null),
                        Field.textarea("operationalObjective", "plan.context.operationalObjective", true)),
                values, errors, null, List.of(), "edit.save", false, plan);
    }

    private Field kindField() {
        return Field.choice("kind", "label.kind", Arrays.stream(ObjectiveKind.values())
                .map(kind -> new FormField.Choice(kind.name(), text("kind." + kind.name()))).toList());
    }

    // Drawing and sending

    /** Draws one form of this page: the title, its fields with what they hold and the refusals beside them. */
    private EditForm form(String title, String lead, String action, List<Field> fields, Map<String, String> values,
                          FormErrors errors, String meanwhile, List<FormField> current, String submitKey,
                          boolean removal, PlanView plan) {
        return new EditForm(title, lead, action, drawn(fields, values, errors), errors.general(), meanwhile, current,
                text(submitKey), removal, "/piani/" + plan.id());
    }

    private List<FormField> drawn(List<Field> fields, Map<String, String> values, FormErrors errors) {
        List<FormField> drawn = new ArrayList<>();
        for (Field field : fields) {
            String hint = messages.getMessage(field.labelKey() + ".hint", null, null, LocaleContextHolder.getLocale());
            drawn.add(new FormField(field.name(), field.kind() == FormField.Kind.HIDDEN ? null : text(field.labelKey()),
                    field.kind(), field.required(), hint, values.get(field.name()), field.choices(),
                    errors.of(field.name())));
        }
        return drawn;
    }

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
        String label = PlanElement.find(plan, edited.elementId()).map(PlanElement::label).orElse("");
        AuditTrailView trail = queries.query(new FindAuditTrailQuery(new PlanId(plan.id()), edited.objectiveId(),
                actor.userId()), AuditTrailView.class).join();
        Optional<AuditEntryView> last = trail == null ? Optional.empty() : trail.entries().stream()
                .filter(entry -> edited.elementId().equals(entry.phaseId() != null ? entry.phaseId() : entry.objectiveId()))
                .reduce((first, second) -> second);
        return last.map(entry -> text("edit.changedMeanwhile", entry.user(), text("role." + entry.role()), label,
                        format.dateTime(entry.occurredAt())))
                .orElseGet(() -> text("edit.changedMeanwhile.unknown", label));
    }

    private static String currentRevision(PlanView plan, String elementId) {
        return PlanElement.find(plan, elementId).map(element -> revisionOf(element.revision())).orElse(null);
    }

    private String text(String key, Object... arguments) {
        return messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
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

    /** One field of a form as the page declares it, before it is drawn with its value and refusal. */
    private record Field(String name, String labelKey, FormField.Kind kind, boolean required,
                         List<FormField.Choice> choices) {

        static Field text(String name, String labelKey, boolean required) {
            return new Field(name, labelKey, FormField.Kind.TEXT, required, List.of());
        }

        static Field textarea(String name, String labelKey, boolean required) {
            return new Field(name, labelKey, FormField.Kind.TEXTAREA, required, List.of());
        }

        static Field date(String name, String labelKey) {
            return new Field(name, labelKey, FormField.Kind.DATE, false, List.of());
        }

        static Field choice(String name, String labelKey, List<FormField.Choice> choices) {
            return new Field(name, labelKey, FormField.Kind.CHOICE, true, choices);
        }

        static Field hidden(String name) {
            return new Field(name, null, FormField.Kind.HIDDEN, false, List.of());
        }
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
