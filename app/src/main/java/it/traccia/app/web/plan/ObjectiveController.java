package it.traccia.app.web.plan;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.RequestFields;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.ObjectiveKind;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.Weight;
import it.traccia.kernel.plan.command.ChangeObjectiveWeight;
import it.traccia.kernel.plan.command.ChangePhaseWeight;
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
 * remove. Every change may carry the revision its author saw; a stale one is refused with 409.
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

    @PostMapping(path = "/structures/{structureId}/objectives", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> defineObjective(@PathVariable String planId, @PathVariable String structureId,
                                                    @RequestBody DefineObjectiveRequest request) {
        ObjectiveFields objective = ObjectiveFields.read(request);
        ObjectiveId objectiveId = ObjectiveId.random();
        commands.send(new DefineObjective(new PlanId(planId), new StructureId(structureId), objectiveId,
                objective.number(), objective.kind(), objective.description(), objective.weight(),
                objective.indicators(), objective.targets(), objective.deadline(), actor.get()));
        return PlanController.created("/api/plans/" + planId + "/objectives/" + objectiveId, objectiveId.value());
    }

    @PostMapping(path = "/common-objectives", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> defineCommonObjective(@PathVariable String planId,
                                                          @RequestBody DefineObjectiveRequest request) {
        ObjectiveFields objective = ObjectiveFields.read(request);
        ObjectiveId objectiveId = ObjectiveId.random();
        commands.send(new DefineCommonObjective(new PlanId(planId), objectiveId, objective.number(), objective.kind(),
                objective.description(), objective.weight(), objective.indicators(), objective.targets(),
                objective.deadline(), actor.get()));
        return PlanController.created("/api/plans/" + planId + "/objectives/" + objectiveId, objectiveId.value());
    }

    @PutMapping(path = "/objectives/{objectiveId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> reviseObjective(@PathVariable String planId, @PathVariable String objectiveId,
                                         @RequestBody ReviseObjectiveRequest request) {
        RequestFields fields = new RequestFields();
        ObjectiveKind kind = fields.choice("kind", request.kind(), ObjectiveKind.class);
        String description = fields.required("description", request.description());
        LocalDate deadline = fields.optionalDate("deadline", request.deadline());
        fields.done();
        commands.send(new ReviseObjective(new PlanId(planId), new ObjectiveId(objectiveId), kind, description,
                fields.optional(request.indicators()), fields.optional(request.targets()), deadline,
                fields.optional(request.reason()), request.revision(), actor.get()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/objectives/{objectiveId}/weight", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changeObjectiveWeight(@PathVariable String planId, @PathVariable String objectiveId,
                                               @RequestBody ChangeWeightRequest request) {
        WeightChange change = WeightChange.read(request);
        commands.send(new ChangeObjectiveWeight(new PlanId(planId), new ObjectiveId(objectiveId), change.weight(),
                change.reason(), request.revision(), actor.get()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/objectives/{objectiveId}")
    ResponseEntity<Void> removeObjective(@PathVariable String planId, @PathVariable String objectiveId,
                                         @RequestParam(required = false) String reason,
                                         @RequestParam(required = false) Long revision) {
        commands.send(new RemoveObjective(new PlanId(planId), new ObjectiveId(objectiveId), reason, revision, actor.get()));
        return ResponseEntity.noContent().build();
    }

    @PostMapping(path = "/objectives/{objectiveId}/phases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> definePhase(@PathVariable String planId, @PathVariable String objectiveId,
                                                @RequestBody DefinePhaseRequest request) {
        RequestFields fields = new RequestFields();
        String number = fields.required("number", request.number());
        String description = fields.required("description", request.description());
        Weight weight = fields.weight("weight", request.weight());
        LocalDate deadline = fields.optionalDate("deadline", request.deadline());
        fields.done();
        PhaseId phaseId = PhaseId.random();
        commands.send(new DefinePhase(new PlanId(planId), new ObjectiveId(objectiveId), phaseId, number, description,
                weight, fields.optional(request.indicator()), fields.optional(request.target()), deadline, actor.get()));
        return PlanController.created("/api/plans/" + planId + "/phases/" + phaseId, phaseId.value());
    }

    @PutMapping(path = "/phases/{phaseId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> revisePhase(@PathVariable String planId, @PathVariable String phaseId,
                                     @RequestBody RevisePhaseRequest request) {
        RequestFields fields = new RequestFields();
        String description = fields.required("description", request.description());
        LocalDate deadline = fields.optionalDate("deadline", request.deadline());
        fields.done();
        commands.send(new RevisePhase(new PlanId(planId), new PhaseId(phaseId), description,
                fields.optional(request.indicator()), fields.optional(request.target()), deadline,
                fields.optional(request.reason()), request.revision(), actor.get()));
        return ResponseEntity.noContent().build();
    }

    @PutMapping(path = "/phases/{phaseId}/weight", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> changePhaseWeight(@PathVariable String planId, @PathVariable String phaseId,
                                           @RequestBody ChangeWeightRequest request) {
        WeightChange change = WeightChange.read(request);
        commands.send(new ChangePhaseWeight(new PlanId(planId), new PhaseId(phaseId), change.weight(), change.reason(),
                request.revision(), actor.get()));
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/phases/{phaseId}")
    ResponseEntity<Void> removePhase(@PathVariable String planId, @PathVariable String phaseId,
                                     @RequestParam(required = false) String reason,
                                     @RequestParam(required = false) Long revision) {
        commands.send(new RemovePhase(new PlanId(planId), new PhaseId(phaseId), reason, revision, actor.get()));
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
                    fields.optional(request.indicators()),
                    fields.optional(request.targets()),
                    fields.optionalDate("deadline", request.deadline()));
            fields.done();
            return objective;
        }
    }

    /** The checked fields of a weight change: the reason is required (it explains the change to the NdV). */
    private record WeightChange(Weight weight, String reason) {

        static WeightChange read(ChangeWeightRequest request) {
            RequestFields fields = new RequestFields();
            WeightChange change = new WeightChange(fields.weight("weight", request.weight()),
                    fields.reason("reason", request.reason()));
            fields.done();
            return change;
        }
    }
}
