package it.traccia.app.organisation;

import it.traccia.kernel.OrganisationNames;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.event.OrganisationRegistered;
import it.traccia.kernel.organisation.event.RolesGranted;
import it.traccia.kernel.organisation.event.RolesWithdrawn;
import it.traccia.kernel.plan.event.PlanDefined;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps the directory (elenco degli enti, dei loro membri e dei loro piani) in PostgreSQL. It runs in a subscribing
 * processor, inside the transaction that appends the events, so the directory and the events commit together or not
 * at all: a role withdrawn is withdrawn for the very next command (docs/adr/0010). Every write is idempotent.
 */
@Component
@ProcessingGroup(DirectoryProjection.PROCESSING_GROUP)
public class DirectoryProjection {

    /** The subscribing event processor that feeds the directory, in the events' own transaction. */
    public static final String PROCESSING_GROUP = "directory";

    private final JdbcTemplate jdbc;

    public DirectoryProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(OrganisationRegistered event) {
        jdbc.update("""
                insert into directory_organisation (organisation_id, name, normalised_name, province) values (?, ?, ?, ?)
                on conflict (organisation_id) do nothing""",
                event.organisationId().value(), event.name(), OrganisationNames.normalised(event.name()), event.province());
    }

    @EventHandler
    void on(RolesGranted event) {
        for (Role role : event.roles()) {
            jdbc.update("""
                    insert into directory_member (organisation_id, user_id, role) values (?, ?, ?)
                    on conflict do nothing""", event.organisationId().value(), event.userId(), role.name());
        }
    }

    @EventHandler
    void on(RolesWithdrawn event) {
        for (Role role : event.roles()) {
            jdbc.update("delete from directory_member where organisation_id = ? and user_id = ? and role = ?",
                    event.organisationId().value(), event.userId(), role.name());
        }
    }

    @EventHandler
    void on(PlanDefined event) {
        jdbc.update("""
                insert into directory_plan (plan_id, organisation_id, year) values (?, ?, ?)
                on conflict (plan_id) do nothing""", event.planId().value(), event.organisationId().value(), event.year());
    }
}
