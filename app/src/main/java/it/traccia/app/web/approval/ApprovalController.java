package it.traccia.app.web.approval;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.infrastructure.ReadModelConsistency;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.query.PlanDifferenceView;
import it.traccia.kernel.plan.query.PlanVersionsView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.workflow.submission.PlanSubmissions;
import it.traccia.workflow.variation.PlanVariations;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;

/**
 * The plan's way through the Giunta: submission (trasmissione), variations (variazioni), the adopted versions, and the
 * resolution of import findings that must precede a submission.
 */
@RestController
@RequestMapping(path = "/api/plans/{planId}", produces = MediaType.APPLICATION_JSON_VALUE)
public class ApprovalController {

    private final PlanSubmissions submissions;
    private final PlanVariations variations;
    private final PlanCommands commands;
    private final ReadModelConsistency readModels;
    private final CurrentActor actor;
    private final PlanVersions versions;

    ApprovalController(PlanSubmissions submissions, PlanVariations variations, PlanCommands commands,
                       ReadModelConsistency readModels, CurrentActor actor, PlanVersions versions) {
        this.versions = versions;
        this.submissions = submissions;
        this.variations = variations;
        this.commands = commands;
        this.readModels = readModels;
        this.actor = actor;
    }

    /** Sends the draft to the Giunta: 202 once it waits for the Giunta, 422 with every rule the plan still breaks. */
    @Allowed(Role.SEGRETARIO)
    @PostMapping("/submit")
    ResponseEntity<SubmissionResponse> submit(@PathVariable String planId) {
        submissions.submit(new PlanId(planId), actor.onPlan(planId));
        readModels.awaitOwnWrites();
        PlanView plan = versions.current(planId);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new SubmissionResponse(plan.id(), plan.status(), plan.version()));
    }

    /** Opens a variation of the adopted plan: 201 with the new version, a draft. */
    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/variations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionResponse> openVariation(@PathVariable String planId,
                                                     @RequestBody OpenVariationRequest request) {
        int version = variations.open(new PlanId(planId), request.checkedReason(), actor.onPlan(planId));
        readModels.awaitOwnWrites();
        return ResponseEntity.created(URI.create("/api/plans/" + planId))
                .body(new SubmissionResponse(planId, PlanStatus.DRAFT, version));
    }

    @GetMapping("/versions")
    PlanVersionsView versions(@PathVariable String planId) {
        return versions.adopted(planId);
    }

    /** One adopted version exactly as the Giunta adopted it, with its delibera. */
    @GetMapping("/versions/{version}")
    PlanView version(@PathVariable String planId, @PathVariable int version) {
        return versions.adopted(planId, version);
    }

    /**
     * The difference between two versions: elements added, removed and changed (field, before, after), weights first.
     * Either version may be adopted, or be the one in preparation (the draft of a variation, say).
     */
    @GetMapping("/versions/{from}/diff/{to}")
    PlanDifferenceView difference(@PathVariable String planId, @PathVariable int from, @PathVariable int to) {
        return versions.difference(planId, from, to);
    }

    /** Marks one finding of the import as resolved, saying how; the errors must all be resolved before submitting. */
    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/import-findings/{number}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> resolveFinding(@PathVariable String planId, @PathVariable int number,
                                        @RequestBody ResolveFindingRequest request) {
        commands.send(request.toCommand(planId, number, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }
}
