package it.traccia.app.web.plan;

import it.traccia.app.infrastructure.PlanCommands;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.RequestFields;
import it.traccia.kernel.MissionCode;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.StructureId;
import it.traccia.kernel.plan.command.AddStructure;
import it.traccia.kernel.plan.command.DefinePlan;
import it.traccia.kernel.plan.command.SetCommonStrategicContext;
import it.traccia.kernel.plan.command.SetStrategicContext;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.PlanView;
import it.traccia.kernel.rule.PlanAlreadyExists;
import it.traccia.kernel.rule.UnknownPlan;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.queryhandling.QueryGateway;
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

/**
 * The plan (piano) resource: define a plan, add its structures, their strategic context and that of the common
 * objectives, read it as a tree.
 */
@RestController
@RequestMapping(path = "/api/plans", produces = MediaType.APPLICATION_JSON_VALUE)
public class PlanController {

    private final PlanCommands commands;
    private final QueryGateway queries;
    private final CurrentActor actor;

    PlanController(PlanCommands commands, QueryGateway queries, CurrentActor actor) {
        this.commands = commands;
        this.queries = queries;
        this.actor = actor;
    }

    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> definePlan(@RequestBody DefinePlanRequest request) {
        RequestFields fields = new RequestFields();
        String organisation = fields.required("organisation", request.organisation());
        int firstYear = fields.requiredInt("firstYear", request.firstYear());
        int lastYear = fields.requiredInt("lastYear", request.lastYear());
        int year = fields.requiredInt("year", request.year());
        fields.done();
        PlanId planId = PlanIds.forOrganisationAndYear(organisation, year);
        try {
            commands.send(new DefinePlan(planId, organisation, fields.optional(request.province()), firstYear, lastYear,
                    year, actor.get()));
        } catch (AggregateStreamCreationException alreadyThere) {
            throw new PlanAlreadyExists(organisation, year);
        }
        return created("/api/plans/" + planId, planId.value());
    }

    @GetMapping("/{planId}")
    PlanView plan(@PathVariable String planId) {
        PlanView plan = queries.query(new FindPlanQuery(new PlanId(planId)), PlanView.class).join();
        if (plan == null) {
            throw new UnknownPlan(planId);
        }
        return plan;
    }

    @PostMapping(path = "/{planId}/structures", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> addStructure(@PathVariable String planId, @RequestBody AddStructureRequest request) {
        RequestFields fields = new RequestFields();
        String name = fields.required("name", request.name());
        String head = fields.required("head", request.head());
        fields.done();
        StructureId structureId = StructureId.random();
        commands.send(new AddStructure(new PlanId(planId), structureId, name, head, fields.optional(request.headTitle()),
                actor.get()));
        return created("/api/plans/" + planId + "/structures/" + structureId, structureId.value());
    }

    @PutMapping(path = "/{planId}/structures/{structureId}/context", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> setContext(@PathVariable String planId, @PathVariable String structureId,
                                    @RequestBody SetStrategicContextRequest request) {
        ContextFields context = ContextFields.read(request, true);
        commands.send(new SetStrategicContext(new PlanId(planId), new StructureId(structureId), context.strategicLine(),
                context.strategicObjective(), context.missionCode(), context.operationalObjective(), actor.get()));
        return ResponseEntity.noContent().build();
    }

    /** The strategic context printed above the common objectives; their mission may be left out. */
    @PutMapping(path = "/{planId}/common-context", consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<Void> setCommonContext(@PathVariable String planId, @RequestBody SetStrategicContextRequest request) {
        ContextFields context = ContextFields.read(request, false);
        commands.send(new SetCommonStrategicContext(new PlanId(planId), context.strategicLine(),
                context.strategicObjective(), context.missionCode(), context.operationalObjective(), actor.get()));
        return ResponseEntity.noContent().build();
    }

    static ResponseEntity<CreatedResponse> created(String location, String id) {
        return ResponseEntity.created(URI.create(location)).body(new CreatedResponse(id));
    }

    /** The checked fields of a strategic context; a structure's names its mission, the common objectives' may not. */
    private record ContextFields(String strategicLine, String strategicObjective, MissionCode missionCode,
                                 String operationalObjective) {

        static ContextFields read(SetStrategicContextRequest request, boolean missionRequired) {
            RequestFields fields = new RequestFields();
            ContextFields context = new ContextFields(
                    fields.required("strategicLine", request.strategicLine()),
                    fields.required("strategicObjective", request.strategicObjective()),
                    missionRequired || fields.optional(request.missionCode()) != null
                            ? fields.missionCode("missionCode", request.missionCode()) : null,
                    fields.required("operationalObjective", request.operationalObjective()));
            fields.done();
            return context;
        }
    }
}
