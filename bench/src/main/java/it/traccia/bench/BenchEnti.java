package it.traccia.bench;

import it.traccia.kernel.Actor;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.command.RegisterOrganisation;
import it.traccia.kernel.organisation.command.SetMemberRoles;
import org.axonframework.commandhandling.gateway.CommandGateway;

import java.util.Set;

/**
 * The organisations (enti) the benchmarks work on, registered by the demo administrator with the demo Segretario and
 * Giunta as members, before and outside every timed call.
 */
final class BenchEnti {

    private static final Actor ADMIN = new Actor("admin", Role.ADMIN);

    private BenchEnti() {
    }

    /** Registers the ente with {@code segretario} as its Segretario and {@code giunta} in its Giunta; returns its id. */
    static OrganisationId register(CommandGateway commands, String name) {
        OrganisationId id = OrganisationId.forName(name);
        commands.sendAndWait(new RegisterOrganisation(id, name, "Cremona", ADMIN));
        commands.sendAndWait(new SetMemberRoles(id, "segretario", Set.of(Role.SEGRETARIO), "Benchmark", ADMIN));
        commands.sendAndWait(new SetMemberRoles(id, "giunta", Set.of(Role.GIUNTA), "Benchmark", ADMIN));
        return id;
    }
}
