package it.traccia.bench.region;

import it.traccia.kernel.Actor;
import it.traccia.kernel.Role;
import it.traccia.kernel.organisation.command.RegisterOrganisation;
import it.traccia.kernel.organisation.command.SetMemberRoles;
import it.traccia.kernel.plan.command.PlanCommand;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Loads a region (una regione di comuni) into a running Traccia through its command gateway: registers each comune with
 * its Segretario and Giunta, then sends every {@link ComuneYear}'s commands, which the real aggregates check and record.
 * Comuni are loaded in groups whose years interleave in the event store, a chunk of one comune's commands per
 * transaction, as a provider's comuni would write over the same days.
 */
public final class RegionLoader {

    private static final Actor ADMIN = new Actor("admin", Role.ADMIN);
    private static final int COMUNI_PER_GROUP = 16;
    private static final int COMMANDS_PER_TRANSACTION = 250;

    private final CommandGateway commands;
    private final TransactionTemplate transactions;

    public RegionLoader(CommandGateway commands, PlatformTransactionManager transactionManager) {
        this.commands = commands;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Generates and loads {@code comuni} comuni of about {@code eventsPerComune} events each, a group at a time on each
     * of {@code loaders} threads; answers what it loaded, in the order of the comuni. What is generated depends on the
     * seed alone; only the interleaving of groups in the store depends on the threads.
     */
    public List<ComuneYear> load(int comuni, long seed, int eventsPerComune, int loaders) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(loaders);
        try {
            List<Future<List<ComuneYear>>> groups = new ArrayList<>();
            for (int first = 0; first < comuni; first += COMUNI_PER_GROUP) {
                int from = first;
                groups.add(threads.submit(() -> loadGroup(from, Math.min(comuni, from + COMUNI_PER_GROUP), seed,
                        eventsPerComune)));
            }
            List<ComuneYear> loaded = new ArrayList<>();
            for (Future<List<ComuneYear>> group : groups) {
                loaded.addAll(group.get());
            }
            return loaded;
        } finally {
            threads.shutdownNow();
        }
    }

    private List<ComuneYear> loadGroup(int from, int to, long seed, int eventsPerComune) {
        List<ComuneYear> group = new ArrayList<>();
        for (int index = from; index < to; index++) {
            group.add(ComuneYear.generate(index, seed, eventsPerComune));
        }
        transactions.executeWithoutResult(status -> group.forEach(this::register));
        interleave(group);
        return group;
    }

    private void register(ComuneYear comune) {
        int index = comune.index();
        commands.sendAndWait(new RegisterOrganisation(comune.organisationId(), comune.organisation(), comune.province(), ADMIN));
        commands.sendAndWait(new SetMemberRoles(comune.organisationId(), ComuneYear.segretarioOf(index),
                Set.of(Role.SEGRETARIO), "Nomina del Segretario comunale", ADMIN));
        commands.sendAndWait(new SetMemberRoles(comune.organisationId(), ComuneYear.giuntaOf(index), Set.of(Role.GIUNTA),
                "Insediamento della Giunta", ADMIN));
    }

    /** Sends a chunk of each comune's commands in turn, one transaction per chunk, until every comune is done. */
    private void interleave(List<ComuneYear> group) {
        int[] sent = new int[group.size()];
        boolean more = true;
        while (more) {
            more = false;
            for (int c = 0; c < group.size(); c++) {
                List<PlanCommand> all = group.get(c).commands();
                if (sent[c] >= all.size()) {
                    continue;
                }
                List<PlanCommand> chunk = all.subList(sent[c], Math.min(all.size(), sent[c] + COMMANDS_PER_TRANSACTION));
                transactions.executeWithoutResult(status -> chunk.forEach(commands::sendAndWait));
                sent[c] += chunk.size();
                more |= sent[c] < all.size();
            }
        }
    }
}
