package it.traccia.workflow;

import it.traccia.kernel.PlanId;
import it.traccia.kernel.plan.query.FindPlanQuery;
import it.traccia.kernel.plan.query.PlanView;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;
import org.axonframework.messaging.responsetypes.ResponseType;
import org.axonframework.queryhandling.QueryGateway;
import org.axonframework.queryhandling.QueryMessage;
import org.axonframework.queryhandling.SubscriptionQueryBackpressure;
import org.axonframework.queryhandling.SubscriptionQueryResult;
import org.reactivestreams.Publisher;

import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A query gateway for the service tests that answers {@link FindPlanQuery} from the plans it is given. */
public final class PlanViewQueries implements QueryGateway {

    private final Map<PlanId, PlanView> plans = new HashMap<>();

    public void show(PlanView plan) {
        plans.put(new PlanId(plan.id()), plan);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R, Q> CompletableFuture<R> query(String queryName, Q query, ResponseType<R> responseType) {
        if (query instanceof FindPlanQuery find) {
            return CompletableFuture.completedFuture((R) plans.get(find.planId()));
        }
        throw new UnsupportedOperationException("Only FindPlanQuery in the workflow's tests, not " + query);
    }

    @Override
    public <R, Q> Publisher<R> streamingQuery(String queryName, Q query, Class<R> responseType) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <R, Q> Stream<R> scatterGather(String queryName, Q query, ResponseType<R> responseType, long timeout,
                                          TimeUnit timeUnit) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
                                                                     ResponseType<I> initialResponseType,
                                                                     ResponseType<U> updateResponseType,
                                                                     SubscriptionQueryBackpressure backpressure,
                                                                     int updateBufferSize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public <Q, I, U> SubscriptionQueryResult<I, U> subscriptionQuery(String queryName, Q query,
                                                                     ResponseType<I> initialResponseType,
                                                                     ResponseType<U> updateResponseType,
                                                                     int updateBufferSize) {
        throw new UnsupportedOperationException();
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super QueryMessage<?, ?>> dispatchInterceptor) {
        throw new UnsupportedOperationException();
    }
}
