package it.traccia.app.organisation;

import it.traccia.app.security.Administrators;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.OrganisationNames;
import it.traccia.kernel.PlanId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.Memberships;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The directory (elenco) as Traccia asks it on every command and query: the roles of each user in each organisation
 * (ente), the organisations by name and id, and the organisation of each plan, read from the tables that
 * {@link DirectoryProjection} keeps in step with the events; the administrators come from the configuration.
 */
@Component
public class Directory implements Memberships {

    private static final RowMapper<RegisteredOrganisation> ORGANISATION = (row, number) -> new RegisteredOrganisation(
            row.getString("organisation_id"), row.getString("name"), row.getString("province"));

    private final JdbcTemplate jdbc;
    private final Administrators administrators;

    public Directory(JdbcTemplate jdbc, Administrators administrators) {
        this.jdbc = jdbc;
        this.administrators = administrators;
    }

    @Override
    public Set<Role> rolesIn(OrganisationId organisation, String userId) {
        if (organisation == null || userId == null) {
            return Set.of();
        }
        List<String> roles = jdbc.queryForList("select role from directory_member where organisation_id = ? and user_id = ?",
                String.class, organisation.value(), userId);
        Set<Role> held = EnumSet.noneOf(Role.class);
        roles.forEach(role -> held.add(Role.valueOf(role)));
        return held;
    }

    @Override
    public Set<OrganisationId> organisationsOf(String userId) {
        if (userId == null) {
            return Set.of();
        }
        return jdbc.queryForList("select distinct organisation_id from directory_member where user_id = ?", String.class,
                userId).stream().map(OrganisationId::new).collect(Collectors.toSet());
    }

    @Override
    public Set<OrganisationId> organisationsWhere(String userId, Role role) {
        if (userId == null || role == null) {
            return Set.of();
        }
        return jdbc.queryForList("select organisation_id from directory_member where user_id = ? and role = ?",
                String.class, userId, role.name()).stream().map(OrganisationId::new).collect(Collectors.toSet());
    }

    @Override
    public boolean isAdministrator(String userId) {
        return administrators.includes(userId);
    }

    /** The registered organisation with this name, compared as {@link OrganisationNames} compares names. */
    public Optional<RegisteredOrganisation> organisationNamed(String name) {
        return jdbc.query("select * from directory_organisation where normalised_name = ?", ORGANISATION,
                OrganisationNames.normalised(name)).stream().findFirst();
    }

    public Optional<RegisteredOrganisation> organisation(OrganisationId organisationId) {
        return jdbc.query("select * from directory_organisation where organisation_id = ?", ORGANISATION,
                organisationId.value()).stream().findFirst();
    }

    /** Every registered organisation, by name. */
    public List<RegisteredOrganisation> organisations() {
        return jdbc.query("select * from directory_organisation order by normalised_name", ORGANISATION);
    }

    /** The roles the user holds in the organisation of the plan; empty for a plan that does not exist. */
    public Set<Role> rolesOnPlan(PlanId planId, String userId) {
        Set<Role> held = EnumSet.noneOf(Role.class);
        jdbc.queryForList("""
                select member.role from directory_plan plan
                join directory_member member on member.organisation_id = plan.organisation_id
                where plan.plan_id = ? and member.user_id = ?""", String.class, planId.value(), userId)
                .forEach(role -> held.add(Role.valueOf(role)));
        return held;
    }

    /** The members of an organisation and their roles, by user id. */
    public Map<String, Set<Role>> membersOf(OrganisationId organisationId) {
        Map<String, Set<Role>> members = new LinkedHashMap<>();
        jdbc.query("select user_id, role from directory_member where organisation_id = ? order by user_id, role",
                row -> {
                    members.computeIfAbsent(row.getString("user_id"), user -> EnumSet.noneOf(Role.class))
                            .add(Role.valueOf(row.getString("role")));
                }, organisationId.value());
        return members;
    }

    /** An organisation (ente) as registered: its id, name and provincia (null when not given). */
    public record RegisteredOrganisation(String id, String name, String province) {
    }
}
