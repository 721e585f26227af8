package it.traccia.app.web.plan;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.kernel.ObjectiveId;
import it.traccia.kernel.PhaseId;
import it.traccia.kernel.Role;
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
        ObjectiveId objectiveId = ObjectiveId.random();
        commands.send(request.forStructure(planId, structureId, objectiveId, actor.onPlan(planId)));
        return PlanController.created("/api/plans/" + planId + "/objectives/" + objectiveId, objectiveId.value());
    }

    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/common-objectives", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> defineCommonObjective(@PathVariable String planId,
                                                          @RequestBody DefineObjectiveRequest request) {
        ObjectiveId objectiveId = ObjectiveId.random();
        commands.send(request.forCommon(planId, objectiveId, actor.onPlan(planId)));
        return PlanController.created("/api/plans/" + planId + "/objectives/" + objectiveId, objectiveId.value());
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PutMapping(path = "/objectives/{objectiveId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> reviseObjective(@PathVariable String planId, @PathVariable String objectiveId,
                                         @RequestBody ReviseObjectiveRequest request) {
        commands.send(request.toCommand(planId, objectiveId, actor.onPlan(planId)));
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
        commands.send(new RemovalRequest(reason, revision).forObjective(planId, objectiveId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(path = "/objectives/{objectiveId}/phases", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> definePhase(@PathVariable String planId, @PathVariable String objectiveId,
                                                @RequestBody DefinePhaseRequest request) {
        PhaseId phaseId = PhaseId.random();
        commands.send(request.toCommand(planId, objectiveId, phaseId, actor.onPlan(planId)));
        return PlanController.created("/api/plans/" + planId + "/phases/" + phaseId, phaseId.value());
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PutMapping(path = "/phases/{phaseId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> revisePhase(@PathVariable String planId, @PathVariable String phaseId,
                                     @RequestBody RevisePhaseRequest request) {
        commands.send(request.toCommand(planId, phaseId, actor.onPlan(planId)));
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
        commands.send(new RemovalRequest(reason, revision).forPhase(planId, phaseId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }
}
