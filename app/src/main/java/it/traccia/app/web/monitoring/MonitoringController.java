package it.traccia.app.web.monitoring;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.kernel.Role;
import it.traccia.kernel.monitoring.ElementKind;
import it.traccia.kernel.monitoring.query.ProgressView;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.Map;

/**
 * Monitoring of the adopted plan (monitoraggio): completions of phases and of objectives without phases, their
 * corrections with a reason, states of progress, values of the indicators, and the verifiche intermedie. The Segretario and the Responsabili reach these routes; the plan's
 * version in force then admits a Responsabile only on the structures they head. Each record answers 201 with the
 * progress view as its location; a correction answers 204. Every member of the ente reads the progress.
 */
@RestController
@RequestMapping(path = "/api/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class MonitoringController {

    private final PlanCommands commands;
    private final CurrentActor actor;
    private final PlanProgress progress;
    private final MidYearChecks checks;

    MonitoringController(PlanCommands commands, CurrentActor actor, PlanProgress progress, MidYearChecks checks) {
        this.commands = commands;
        this.actor = actor;
        this.progress = progress;
        this.checks = checks;
    }

    /**
     * The progress of the version in force: per structure, its objectives and the common ones, each with its phases,
     * records and weighted achievement so far. Every member of the ente reads it; 409 for a plan never adopted.
     */
    @GetMapping("/progress")
    ProgressView progress(@PathVariable String planId) {
        return progress.of(planId);
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(path = "/phases/{phaseId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> completePhase(@PathVariable String planId, @PathVariable String phaseId,
                                       @RequestBody CompletionRequest request) {
        commands.send(request.forPhase(planId, phaseId, actor.onPlan(planId)));
        return recorded(planId);
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PutMapping(path = "/phases/{phaseId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> correctPhaseCompletion(@PathVariable String planId, @PathVariable String phaseId,
                                                @RequestBody CompletionRequest request) {
        commands.send(request.correction(ElementKind.PHASE, planId, phaseId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(path = "/phases/{phaseId}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> recordPhaseProgress(@PathVariable String planId, @PathVariable String phaseId,
                                             @RequestBody ProgressRequest request) {
        commands.send(request.toCommand(ElementKind.PHASE, planId, phaseId, actor.onPlan(planId)));
        return recorded(planId);
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(path = "/objectives/{objectiveId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> completeObjective(@PathVariable String planId, @PathVariable String objectiveId,
                                           @RequestBody CompletionRequest request) {
        commands.send(request.forObjective(planId, objectiveId, actor.onPlan(planId)));
        return recorded(planId);
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PutMapping(path = "/objectives/{objectiveId}/completion", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> correctObjectiveCompletion(@PathVariable String planId, @PathVariable String objectiveId,
                                                    @RequestBody CompletionRequest request) {
        commands.send(request.correction(ElementKind.OBJECTIVE, planId, objectiveId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(path = "/objectives/{objectiveId}/progress", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> recordObjectiveProgress(@PathVariable String planId, @PathVariable String objectiveId,
                                                 @RequestBody ProgressRequest request) {
        commands.send(request.toCommand(ElementKind.OBJECTIVE, planId, objectiveId, actor.onPlan(planId)));
        return recorded(planId);
    }

    @Allowed({Role.SEGRETARIO, Role.RESPONSABILE})
    @PostMapping(path = "/indicator-values", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> recordIndicatorValue(@PathVariable String planId, @RequestBody IndicatorValueRequest request) {
        commands.send(request.toCommand(planId, actor.onPlan(planId)));
        return recorded(planId);
    }

    /** Records a verifica intermedia (Segretario), freezing the progress recorded until now → 201 {@code {"number"}}. */
    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/mid-year-checks", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Map<String, Integer>> recordMidYearCheck(@PathVariable String planId,
                                                            @RequestBody MidYearCheckRequest request) {
        int number = checks.record(planId, request);
        return ResponseEntity.created(URI.create("/api/plans/" + planId + "/mid-year-checks/" + number))
                .body(Map.of("number", number));
    }

    /** A verifica intermedia with the progress exactly as it stood when recorded. */
    @GetMapping("/mid-year-checks/{number}")
    MidYearChecks.MidYearCheck midYearCheck(@PathVariable String planId, @PathVariable int number) {
        return checks.check(planId, number);
    }

    private static ResponseEntity<Void> recorded(String planId) {
        return ResponseEntity.created(URI.create("/api/plans/" + planId + "/progress")).build();
    }
}
