package it.traccia.workflow;

import it.traccia.kernel.plan.command.CheckPlanSubmission;
import it.traccia.kernel.plan.command.SubmissionCheck;
import it.traccia.kernel.rule.Violation;
import org.axonframework.commandhandling.CommandCallback;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.Registration;
import org.axonframework.messaging.MessageDispatchInterceptor;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A command gateway for process tests: records every command sent with {@code sendAndWait}, answers
 * {@link CheckPlanSubmission} with a scripted {@link SubmissionCheck} (passed unless told otherwise) and refuses the
 * command types it is told to refuse, as the plan would.
 */
public final class RecordingCommandGateway implements CommandGateway {

    private final List<Object> sent = new ArrayList<>();
    private final Map<Class<?>, RuntimeException> refusals = new HashMap<>();
    private SubmissionCheck check = new SubmissionCheck(List.of());

    /** The next completeness checks find these violations; none means the plan is complete. */
    public void answerChecksWith(List<Violation> violations) {
        check = new SubmissionCheck(violations);
    }

    /** Every later command of this type fails with {@code refusal}. */
    public void refuse(Class<?> commandType, RuntimeException refusal) {
        refusals.put(commandType, refusal);
    }

    /** Stops refusing any command type. */
    public void acceptAll() {
        refusals.clear();
    }

    public List<Object> sent() {
        return List.copyOf(sent);
    }

    public <C> List<C> sent(Class<C> commandType) {
        return sent.stream().filter(commandType::isInstance).map(commandType::cast).toList();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <R> R sendAndWait(Object command) {
        sent.add(command);
        RuntimeException refusal = refusals.get(command.getClass());
        if (refusal != null) {
            throw refusal;
        }
        return command instanceof CheckPlanSubmission ? (R) check : null;
    }

    @Override
    public <R> R sendAndWait(Object command, long timeout, TimeUnit unit) {
        return sendAndWait(command);
    }

    @Override
    public <C, R> void send(C command, CommandCallback<? super C, ? super R> callback) {
        throw new UnsupportedOperationException("The workflow sends commands with sendAndWait only");
    }

    @Override
    public <R> CompletableFuture<R> send(Object command) {
        throw new UnsupportedOperationException("The workflow sends commands with sendAndWait only");
    }

    @Override
    public Registration registerDispatchInterceptor(
            MessageDispatchInterceptor<? super CommandMessage<?>> dispatchInterceptor) {
        throw new UnsupportedOperationException("No interceptors in process tests");
    }
}
