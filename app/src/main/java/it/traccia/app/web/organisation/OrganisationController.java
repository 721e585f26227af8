package it.traccia.app.web.organisation;

import it.traccia.app.organisation.Directory;
import it.traccia.app.organisation.OrganisationHistory;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.app.web.RequestFields;
import it.traccia.app.web.plan.CreatedResponse;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.command.RegisterOrganisation;
import it.traccia.kernel.organisation.command.RemoveMember;
import it.traccia.kernel.organisation.command.SetMemberRoles;
import it.traccia.kernel.rule.InvalidRole;
import it.traccia.kernel.rule.MissingField;
import it.traccia.kernel.rule.OrganisationAlreadyExists;
import it.traccia.kernel.rule.RuleViolations;
import it.traccia.kernel.rule.Violation;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.modelling.command.AggregateStreamCreationException;
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
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Organisations (enti) and who belongs to them: an administrator registers a comune and gives or withdraws each
 * member's roles, with a reason; everyone sees the organisations they belong to, and the members of an organisation
 * read its record of memberships. Changes go to the organisation through commands and are checked there again.
 */
@RestController
@RequestMapping(path = "/api/organisations", produces = MediaType.APPLICATION_JSON_VALUE)
public class OrganisationController {

    private static final int MAX_ROLES = Role.values().length;

    private final CommandGateway commands;
    private final Directory directory;
    private final OrganisationHistory history;
    private final CurrentActor actor;

    OrganisationController(CommandGateway commands, Directory directory, OrganisationHistory history, CurrentActor actor) {
        this.commands = commands;
        this.directory = directory;
        this.history = history;
        this.actor = actor;
    }

    @Allowed(Role.ADMIN)
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<CreatedResponse> register(@RequestBody OrganisationRequest request) {
        RequestFields fields = new RequestFields();
        String name = fields.required("name", request.name());
        String province = fields.optional("province", request.province());
        fields.done();
        OrganisationId organisationId = OrganisationId.forName(name);
        try {
            commands.sendAndWait(new RegisterOrganisation(organisationId, name, province,
                    actor.asAdministrator("registrare un ente")));
        } catch (AggregateStreamCreationException alreadyThere) {
            throw new OrganisationAlreadyExists(name);
        }
        return ResponseEntity.created(URI.create("/api/organisations/" + organisationId))
                .body(new CreatedResponse(organisationId.value()));
    }

    /** Every organisation for an administrator, with its members; the caller's own organisations for anyone else. */
    @GetMapping
    List<OrganisationResponse> organisations() {
        String userId = actor.userId();
        boolean administrator = directory.isAdministrator(userId);
        Set<OrganisationId> own = directory.organisationsOf(userId);
        return directory.organisations().stream()
                .filter(organisation -> administrator || own.contains(new OrganisationId(organisation.id())))
                .map(organisation -> response(organisation, userId, administrator))
                .toList();
    }

    @GetMapping("/{organisationId}/history")
    List<OrganisationHistory.Entry> history(@PathVariable String organisationId) {
        return history.of(new OrganisationId(organisationId));
    }

    /** Gives the user exactly these roles in the organisation, saying why: 200 with the roles now held. */
    @Allowed(Role.ADMIN)
    @PutMapping(path = "/{organisationId}/members/{userId}", consumes = MediaType.APPLICATION_JSON_VALUE)
    MembershipResponse setRoles(@PathVariable String organisationId, @PathVariable String userId,
                                @RequestBody MembershipRequest request) {
        RequestFields fields = new RequestFields();
        String reason = fields.reason("reason", request.reason());
        fields.done();
        Set<Role> roles = roles(request.roles());
        OrganisationId organisation = new OrganisationId(organisationId);
        commands.sendAndWait(new SetMemberRoles(organisation, userId, roles, reason,
                actor.asAdministrator("assegnare i ruoli di un ente")));
        return new MembershipResponse(organisationId, userId, sorted(directory.rolesIn(organisation, userId)));
    }

    /** Withdraws every role of the user in the organisation, saying why ({@code ?reason=}). */
    @Allowed(Role.ADMIN)
    @DeleteMapping("/{organisationId}/members/{userId}")
    ResponseEntity<Void> removeMember(@PathVariable String organisationId, @PathVariable String userId,
                                      @RequestParam(required = false) String reason) {
        RequestFields fields = new RequestFields();
        String why = fields.reason("reason", reason);
        fields.done();
        commands.sendAndWait(new RemoveMember(new OrganisationId(organisationId), userId, why,
                actor.asAdministrator("revocare i ruoli di un ente")));
        return ResponseEntity.noContent().build();
    }

    private OrganisationResponse response(Directory.RegisteredOrganisation organisation, String userId,
                                          boolean administrator) {
        OrganisationId id = new OrganisationId(organisation.id());
        List<OrganisationResponse.Member> members = null;
        if (administrator) {
            members = new ArrayList<>();
            for (Map.Entry<String, Set<Role>> member : directory.membersOf(id).entrySet()) {
                members.add(new OrganisationResponse.Member(member.getKey(), sorted(member.getValue())));
            }
        }
        return new OrganisationResponse(organisation.id(), organisation.name(), organisation.province(),
                sorted(directory.rolesIn(id, userId)), members);
    }

    /** The roles of a body, each one of the four an organisation gives; every wrong one is reported. */
    private static Set<Role> roles(List<String> written) {
        if (written == null || written.isEmpty()) {
            throw new MissingField("roles");
        }
        if (written.size() > MAX_ROLES) {
            throw new InvalidRole("roles", written.size() + " ruoli");
        }
        Set<Role> roles = EnumSet.noneOf(Role.class);
        List<Violation> wrong = new ArrayList<>();
        for (String role : written) {
            Role read = role == null ? null : roleNamed(role.strip());
            if (read == null || !read.isHeldInAnOrganisation()) {
                wrong.addAll(new InvalidRole("roles", role).violations());
            } else {
                roles.add(read);
            }
        }
        if (!wrong.isEmpty()) {
            throw new RuleViolations(wrong);
        }
        return roles;
    }

    private static Role roleNamed(String name) {
        try {
            return Role.valueOf(name.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notARole) {
            return null;
        }
    }

    private static List<Role> sorted(Set<Role> roles) {
        return roles.stream().sorted().toList();
    }
}
