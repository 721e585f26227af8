package it.traccia.app.infrastructure;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a plan command and waits until the read models show it, so that the caller can read its own write. */
@Component
public class PlanCommands {

    private final CommandGateway commandGateway;
    private final ReadModelConsistency readModels;

    public PlanCommands(CommandGateway commandGateway, ReadModelConsistency readModels) {
        this.commandGateway = commandGateway;
        this.readModels = readModels;
    }

    public void send(Object command) {
        commandGateway.sendAndWait(command);
        readModels.awaitOwnWrites();
    }

    /** Sends a command that answers, such as the number it gave, and waits for the read models as {@link #send} does. */
    public <R> R sendForAnswer(Object command) {
        R answer = commandGateway.sendAndWait(command);
        readModels.awaitOwnWrites();
        return answer;
    }
}
