package it.traccia.app.web.plan;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.app.web.RequestFields;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.DefineCommonObjective;
import it.traccia.kernel.plan.command.DefineObjective;
import it.traccia.kernel.plan.command.DefinePhase;
import it.traccia.kernel.plan.command.RemoveObjective;
import it.traccia.kernel.plan.command.RemovePhase;
import it.traccia.kernel.plan.command.ReviseObjective;
import it.traccia.kernel.plan.command.RevisePhase;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;

/**
 * Objectives (obiettivi gestionali e comuni) and their phases (fasi): define, revise, change weight with a reason,
 * remove with a reason. Every change may carry the revision its author saw; a stale one is refused with 409. Only the
 * Segretario and the Responsabili reach these routes; the plan then admits a Responsabile only on the structures they
 * head, and only the Segretario on the common objectives.
 */
@RestController
@RequestMapping(path = "/api/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class ObjectiveController {

    private final PlanCommands commands;
    private final CurrentActor actor;

    ObjectiveController(PlanCommands commands, CurrentActor actor) {
        this.commands = commands;
        this.actor = actor;
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(path = "/structures/{structureId}/objectives", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> defineObjective(@PathVariable String planId, @PathVariable String structureId,
                                                    @RequestBody DefineObjectiveRequest request) {
        ObjectiveFields objective = ObjectiveFields.read(request);
        ObjectiveId objectiveId = ObjectiveId.random();
        commands.send(new DefineObjective(new PlanId(planId), new StructureId(structureId), objectiveId,
                objective.number(), objective.kind(), objective.description(), objective.weight(),
                objective.indicators(), objective.targets(), objective.deadline(), actor.onPlan(planId)));
        return PlanController.created("/api/plans/" + planId + "/objectives/" + objectiveId, objectiveId.value());
    }

    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/common-objectives", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> defineCommonObjective(@PathVariable String planId,
                                                          @RequestBody DefineObjectiveRequest request) {
        ObjectiveFields objective = ObjectiveFields.read(request);
        ObjectiveId objectiveId = ObjectiveId.random();
        commands.send(new DefineCommonObjective(new PlanId(planId), objectiveId, objective.number(), objective.kind(),
                objective.description(), objective.weight(), objective.indicators(), objective.targets(),
                objective.deadline(), actor.onPlan(planId)));
        return PlanController.created("/api/plans/" + planId + "/objectives/" + objectiveId, objectiveId.value());
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PutMapping(path = "/objectives/{objectiveId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> reviseObjective(@PathVariable String planId, @PathVariable String objectiveId,
                                         @RequestBody ReviseObjectiveRequest request) {
        RequestFields fields = new RequestFields();
        ObjectiveKind kind = fields.choice("kind", request.kind(), ObjectiveKind.class);
        String description = fields.required("description", request.description());
        String indicators = fields.optional("indicators", request.indicators());
        String targets = fields.optional("targets", request.targets());
        LocalDate deadline = fields.optionalDate("deadline", request.deadline());
        String reason = fields.optional("reason", request.reason());
        fields.done();
        commands.send(new ReviseObjective(new PlanId(planId), new ObjectiveId(objectiveId), kind, description,
                indicators, targets, deadline, reason, request.revision(), actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PutMapping(path = "/objectives/{objectiveId}/weight", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changeObjectiveWeight(@PathVariable String planId, @PathVariable String objectiveId,
                                               @RequestBody ChangeWeightRequest request) {
        commands.send(request.forObjective(planId, objectiveId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    /** Removes an objective and its phases, saying why ({@code reason} is required, like a weight change). */
    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @DeleteMapping("/objectives/{objectiveId}")
    ResponseEntity<Void> removeObjective(@PathVariable String planId, @PathVariable String objectiveId,
                                         @RequestParam(required = false) String reason,
                                         @RequestParam(required = false) Long revision) {
        String why = Removal.reason(reason);
        commands.send(new RemoveObjective(new PlanId(planId), new ObjectiveId(objectiveId), why, revision,
                actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(path = "/objectives/{objectiveId}/phases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> definePhase(@PathVariable String planId, @PathVariable String objectiveId,
                                                @RequestBody DefinePhaseRequest request) {
        RequestFields fields = new RequestFields();
        String number = fields.required("number", request.number());
        String description = fields.required("description", request.description());
        Weight weight = fields.weight("weight", request.weight());
        String indicator = fields.optional("indicator", request.indicator());
        String target = fields.optional("target", request.target());
        LocalDate deadline = fields.optionalDate("deadline", request.deadline());
        fields.done();
        PhaseId phaseId = PhaseId.random();
        commands.send(new DefinePhase(new PlanId(planId), new ObjectiveId(objectiveId), phaseId, number, description,
                weight, indicator, target, deadline, actor.onPlan(planId)));
        return PlanController.created("/api/plans/" + planId + "/phases/" + phaseId, phaseId.value());
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PutMapping(path = "/phases/{phaseId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> revisePhase(@PathVariable String planId, @PathVariable String phaseId,
                                     @RequestBody RevisePhaseRequest request) {
        RequestFields fields = new RequestFields();
        String description = fields.required("description", request.description());
        String indicator = fields.optional("indicator", request.indicator());
        String target = fields.optional("target", request.target());
        LocalDate deadline = fields.optionalDate("deadline", request.deadline());
        String reason = fields.optional("reason", request.reason());
        fields.done();
        commands.send(new RevisePhase(new PlanId(planId), new PhaseId(phaseId), description, indicator, target, deadline,
                reason, request.revision(), actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PutMapping(path = "/phases/{phaseId}/weight", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changePhaseWeight(@PathVariable String planId, @PathVariable String phaseId,
                                           @RequestBody ChangeWeightRequest request) {
        commands.send(request.forPhase(planId, phaseId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    /** Removes a phase, saying why ({@code reason} is required). */
    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @DeleteMapping("/phases/{phaseId}")
    ResponseEntity<Void> removePhase(@PathVariable String planId, @PathVariable String phaseId,
                                     @RequestParam(required = false) String reason,
                                     @RequestParam(required = false) Long revision) {
        String why = Removal.reason(reason);
        commands.send(new RemovePhase(new PlanId(planId), new PhaseId(phaseId), why, revision, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    /** The checked fields of an objective body, shared by structure and common objectives. */
    private record ObjectiveFields(String number, ObjectiveKind kind, String description, Weight weight,
                                   String indicators, String targets, LocalDate deadline) {

        static ObjectiveFields read(DefineObjectiveRequest request) {
            RequestFields fields = new RequestFields();
            ObjectiveFields objective = new ObjectiveFields(
                    fields.required("number", request.number()),
                    fields.choice("kind", request.kind(), ObjectiveKind.class),
                    fields.required("description", request.description()),
                    fields.weight("weight", request.weight()),
                    fields.optional("indicators", request.indicators()),
                    fields.optional("targets", request.targets()),
                    fields.optionalDate("deadline", request.deadline()));
            fields.done();
            return objective;
        }
    }

    /** The reason of a removal, required as the reason of a weight change is. */
    private static final class Removal {

        private Removal() {
        }

        static String reason(String reason) {
            RequestFields fields = new RequestFields();
            String why = fields.reason("reason", reason);
            fields.done();
            return why;
        }
    }
}
