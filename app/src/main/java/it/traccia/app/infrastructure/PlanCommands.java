package it.traccia.app.web.plan;

import it.traccia.app.infrastructure.ReadModelConsistency;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.springframework.stereotype.Component;

/** Sends a plan command and waits until the read models show it, so that the caller can read its own write. */
@Component
class PlanCommands {

    private final CommandGateway commandGateway;
    private final ReadModelConsistency readModels;

    PlanCommands(CommandGateway commandGateway, ReadModelConsistency readModels) {
        this.commandGateway = commandGateway;
        this.readModels = readModels;
    }

    void send(Object command) {
        commandGateway.sendAndWait(command);
        readModels.awaitCaughtUp();
    }
}
