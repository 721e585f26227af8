package it.traccia.app.web.organisation;

import it.traccia.app.organisation.Directory;
import it.traccia.app.security.CurrentActor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.plan.query.FindHeadedStructuresQuery;
import it.traccia.kernel.plan.query.HeadedStructureView;
import it.traccia.kernel.plan.query.HeadedStructuresView;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Comparator;
import java.util.List;

/** The signed-in user (utente collegato): who they are, where they belong, which structures they head. */
@RestController
public class MeController {

    private final Directory directory;
    private final QueryGateway queries;
    private final CurrentActor actor;

    MeController(Directory directory, QueryGateway queries, CurrentActor actor) {
        this.directory = directory;
        this.queries = queries;
        this.actor = actor;
    }

    @GetMapping(path = "/api/me", produces = MediaType.APPLICATION_JSON_VALUE)
    MeResponse me() {
        String userId = actor.userId();
        List<HeadedStructureView> headed = queries.query(new FindHeadedStructuresQuery(userId), HeadedStructuresView.class)
                .join().structures();
        List<MeResponse.Membership> memberships = directory.organisationsOf(userId).stream()
                .map(organisation -> membership(organisation, userId, headed))
                .sorted(Comparator.comparing(MeResponse.Membership::organisation))
                .toList();
        return new MeResponse(userId, directory.isAdministrator(userId), memberships);
    }

    private MeResponse.Membership membership(OrganisationId organisation, String userId, List<HeadedStructureView> headed) {
        String name = directory.organisation(organisation).map(Directory.RegisteredOrganisation::name).orElse(null);
        List<MeResponse.Structure> structures = headed.stream()
                .filter(structure -> structure.organisationId().equals(organisation.value()))
                .map(structure -> new MeResponse.Structure(structure.planId(), structure.structureId(), structure.name()))
                .toList();
        return new MeResponse.Membership(organisation.value(), name,
                directory.rolesIn(organisation, userId).stream().sorted().toList(), structures);
    }
}
