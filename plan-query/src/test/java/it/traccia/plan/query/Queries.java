package it.traccia.plan.query;

import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.GenericQueryMessage;
import org.axonframework.queryhandling.annotation.AnnotationQueryHandlerAdapter;

/** Asks a query of a component through Axon's annotation machinery, as the query bus would. */
public final class Queries {

    private Queries() {
    }

    public static <R> R ask(Object handler, Object query, Class<R> responseType) {
        try {
            Object answer = new AnnotationQueryHandlerAdapter<>(handler)
                    .handle(new GenericQueryMessage<>(query, ResponseTypes.instanceOf(responseType)));
            return responseType.cast(answer);
        } catch (Exception failure) {
            throw new IllegalStateException("Query " + query + " failed", failure);
        }
    }
}
