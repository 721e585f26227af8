package it.traccia.app.web.approval;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.infrastructure.ReadModelConsistency;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.app.web.RequestFields;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.PlanStatus;
import it.traccia.kernel.Role;
import it.traccia.kernel.plan.command.ResolveImportFinding;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindPlanVersionQuery;
import it.traccia.kernel.plan.query.FindPlanVersionsQuery;
import it.traccia.kernel.plan.query.PlanVersionsView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.UnknownPlan;
import it.traccia.workflow.submission.PlanSubmissions;
import it.traccia.workflow.variation.PlanVariations;
import org.axonframework.queryhandling.QueryGateway;
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
    private final QueryGateway queries;
    private final CurrentActor actor;

    ApprovalController(PlanSubmissions submissions, PlanVariations variations, PlanCommands commands,
                       ReadModelConsistency readModels, QueryGateway queries, CurrentActor actor) {
        this.submissions = submissions;
        this.variations = variations;
        this.commands = commands;
        this.readModels = readModels;
        this.queries = queries;
        this.actor = actor;
    }

    /** Sends the draft to the Giunta: 202 once it waits for the Giunta, 422 with every rule the plan still breaks. */
    @Allowed(Role.SEGRETARIO)
    @PostMapping("/submit")
    ResponseEntity<SubmissionResponse> submit(@PathVariable String planId) {
        submissions.submit(new PlanId(planId), actor.onPlan(planId));
        readModels.awaitOwnWrites();
        PlanView plan = plan(planId);
        return ResponseEntity.status(HttpStatus.ACCEPTED)
                .body(new SubmissionResponse(plan.id(), plan.status(), plan.version()));
    }

    /** Opens a variation of the adopted plan: 201 with the new version, a draft. */
    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/variations", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<SubmissionResponse> openVariation(@PathVariable String planId,
                                                     @RequestBody OpenVariationRequest request) {
        RequestFields fields = new RequestFields();
        String reason = fields.reason("reason", request.reason());
        fields.done();
        int version = variations.open(new PlanId(planId), reason, actor.onPlan(planId));
        readModels.awaitOwnWrites();
        return ResponseEntity.created(URI.create("/api/plans/" + planId))
                .body(new SubmissionResponse(planId, PlanStatus.DRAFT, version));
    }

    @GetMapping("/versions")
    PlanVersionsView versions(@PathVariable String planId) {
        PlanVersionsView versions = queries.query(new FindPlanVersionsQuery(new PlanId(planId), actor.userId()),
                PlanVersionsView.class).join();
        if (versions == null) {
            throw new UnknownPlan(planId);
        }
        return versions;
    }

    /** One adopted version exactly as the Giunta adopted it, with its delibera. */
    @GetMapping("/versions/{version}")
    PlanView version(@PathVariable String planId, @PathVariable int version) {
        PlanView adopted = queries.query(new FindPlanVersionQuery(new PlanId(planId), version, actor.userId()),
                PlanView.class).join();
        if (adopted == null) {
            plan(planId);
            throw new UnknownVersion(planId, version);
        }
        return adopted;
    }

    /** Marks one finding of the import as resolved, saying how; the errors must all be resolved before submitting. */
    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/import-findings/{number}/resolve", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> resolveFinding(@PathVariable String planId, @PathVariable int number,
                                        @RequestBody ResolveFindingRequest request) {
        RequestFields fields = new RequestFields();
        String note = fields.required("note", request.note());
        fields.done();
        commands.send(new ResolveImportFinding(new PlanId(planId), number, note, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    private PlanView plan(String planId) {
        PlanView plan = queries.query(new FindPlanQuery(new PlanId(planId), actor.userId()), PlanView.class).join();
        if (plan == null) {
            throw new UnknownPlan(planId);
        }
        return plan;
    }
}
