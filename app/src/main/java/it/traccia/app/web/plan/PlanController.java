package it.traccia.app.web.plan;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.FindReadablePlansQuery;
import it.traccia.kernel.plan.query.PlanSummariesView;
import it.traccia.kernel.plan.query.PlanSummaryView;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.UnknownPlan;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.List;

/**
 * The plan (piano) resource: the plans a user may read, define a plan of a registered organisation, add its
 * structures and name their heads, their strategic context and that of the common objectives, read it as a tree.
 */
@RestController
@RequestMapping(path = "/api/plans", produces = MediaType.APPLICATION_JSON_VALUE)
public class PlanController {

    private final PlanCommands commands;
    private final QueryGateway queries;
    private final CurrentActor actor;
    private final PlanDrafts drafts;

    PlanController(PlanCommands commands, QueryGateway queries, CurrentActor actor, PlanDrafts drafts) {
        this.commands = commands;
        this.queries = queries;
        this.actor = actor;
        this.drafts = drafts;
    }

    /** The plans of every organisation in which the caller holds a role, by organisation and year. */
    @GetMapping
    List<PlanSummaryView> plans() {
        return queries.query(new FindReadablePlansQuery(actor.userId()), PlanSummariesView.class).join().plans();
    }

    /**
     * Opens the draft plan of a registered organisation, found by its name however it is spelt ({@code 422
     * UnknownOrganisation} otherwise); only its Segretario may.
     */
    @Allowed(Role.SEGRETARIO)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> definePlan(@RequestBody DefinePlanRequest request) {
        PlanId planId = drafts.open(request);
        return created("/api/plans/" + planId, planId.value());
    }

    @GetMapping("/{planId}")
    PlanView plan(@PathVariable String planId) {
        PlanView plan = queries.query(new FindPlanQuery(new PlanId(planId), actor.userId()), PlanView.class).join();
        if (plan == null) {
            throw new UnknownPlan(planId);
        }
        return plan;
    }

    @Allowed(Role.SEGRETARIO)
    @PostMapping(path = "/{planId}/structures", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> addStructure(@PathVariable String planId, @RequestBody AddStructureRequest request) {
        StructureId structureId = StructureId.random();
        commands.send(request.toCommand(planId, structureId, actor.onPlan(planId)));
        return created("/api/plans/" + planId + "/structures/" + structureId, structureId.value());
    }

    /** Removes a structure with its objectives and their phases, saying why ({@code reason} is required). */
    @Allowed(Role.SEGRETARIO)
    @DeleteMapping("/{planId}/structures/{structureId}")
    ResponseEntity<Void> removeStructure(@PathVariable String planId, @PathVariable String structureId,
                                         @RequestParam(required = false) String reason) {
        commands.send(new RemovalRequest(reason, null).forStructure(planId, structureId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    /**
     * Names the user who heads a structure, with the name and title the plan prints and why; the Segretario may do it
     * in any status of the plan, since people change during the year.
     */
    @Allowed(Role.SEGRETARIO)
    @PutMapping(path = "/{planId}/structures/{structureId}/head", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> assignHead(@PathVariable String planId, @PathVariable String structureId,
                                    @RequestBody HeadRequest request) {
        commands.send(request.toCommand(planId, structureId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    @Allowed(Role.SEGRETARIO)
    @PutMapping(path = "/{planId}/structures/{structureId}/context", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> setContext(@PathVariable String planId, @PathVariable String structureId,
                                    @RequestBody SetStrategicContextRequest request) {
        commands.send(request.forStructure(planId, structureId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    /** The strategic context printed above the common objectives; their mission may be left out. */
    @Allowed(Role.SEGRETARIO)
    @PutMapping(path = "/{planId}/common-context", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> setCommonContext(@PathVariable String planId, @RequestBody SetStrategicContextRequest request) {
        commands.send(request.forCommon(planId, actor.onPlan(planId)));
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<CreatedResponse> created(String location, String id) {
        return ResponseEntity.created(URI.create(location)).body(new CreatedResponse(id));
    }
}
