package it.traccia.app.infrastructure;

import it.traccia.kernel.plan.command.PlanCommand;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.common.caching.Cache;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import java.util.List;
import java.util.function.BiFunction;

/**
 * Serialises the commands of one plan (piano) at the database until their transaction ends, and keeps the aggregate
 * cache honest when a command is sent inside a longer transaction, such as a BPMN step of Camunda (docs/adr/0008).
 * <p>
 * Handling a plan command first takes a PostgreSQL transaction-scoped advisory lock named after the plan. A command
 * sent inside an enclosing transaction has its aggregate cached before that transaction commits; the lock keeps every
 * other command of the plan waiting until then, and the plan leaves the cache just before the enclosing transaction
 * commits or rolls back, so no command ever builds on events that were rolled back. With other instances on the same
 * stores, a cached plan whose last event another instance appended is evicted under the lock (docs/adr/0013).
 */
public class PlanCommandSerializer
        implements MessageHandlerInterceptor<CommandMessage<?>>, MessageDispatchInterceptor<CommandMessage<?>> {

    private static final String LOCK_PLAN = "select pg_advisory_xact_lock(hashtext(?))";
    private static final String LAST_SEQUENCE = "select max(sequence_number) from domain_event_entry "
            + "where aggregate_identifier = ?";

    private final JdbcTemplate jdbc;
    private final Cache planCache;
    private final CommitAwareEventStore eventStore;
    private final boolean sharedStores;

    public PlanCommandSerializer(JdbcTemplate jdbc, Cache planCache, CommitAwareEventStore eventStore,
                                 boolean sharedStores) {
        this.jdbc = jdbc;
        this.planCache = planCache;
        this.eventStore = eventStore;
        this.sharedStores = sharedStores;
    }

    /** On the sender's thread: a command sent inside a transaction evicts its plan when that transaction ends. */
    @Override
    public BiFunction<Integer, CommandMessage<?>, CommandMessage<?>> handle(List<? extends CommandMessage<?>> messages) {
        return (index, message) -> {
            if (message.getPayload() instanceof PlanCommand command && command.planId() != null
                    && TransactionSynchronizationManager.isSynchronizationActive()) {
                TransactionSynchronizationManager.registerSynchronization(
                        new EvictBeforeCompletion(planCache, command.planId().value()));
            }
            return message;
        };
    }

    /** Inside the command's transaction: waits for any other transaction that is changing the same plan. */
    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        if (unitOfWork.getMessage().getPayload() instanceof PlanCommand command && command.planId() != null
                && TransactionSynchronizationManager.isActualTransactionActive()) {
            jdbc.query(LOCK_PLAN, resultSet -> null, command.planId().value());
            if (sharedStores) {
                evictIfAnotherInstanceAppended(command.planId().value());
            }
        }
        return chain.proceed();
    }

    /**
     * With other instances on the same stores, the cached plan is used only if this instance appended the plan's last
     * event; otherwise it is evicted and the plan is loaded afresh from the event store (under the lock taken above).
     */
    private void evictIfAnotherInstanceAppended(String planId) {
        if (!planCache.containsKey(planId)) {
            return;
        }
        Long stored = jdbc.queryForObject(LAST_SEQUENCE, Long.class, planId);
        if (stored == null || !stored.equals(eventStore.lastSequenceAppendedHere(planId))) {
            planCache.remove(planId);
        }
    }

    /** Evicts one plan from the cache just before the enclosing transaction commits or rolls back. */
    private record EvictBeforeCompletion(Cache cache, String planId) implements TransactionSynchronization {

        @Override
        public void beforeCompletion() {
            cache.remove(planId);
        }
    }
}
