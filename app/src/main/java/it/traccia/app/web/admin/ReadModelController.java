package it.traccia.app.web.admin;

import it.traccia.app.readmodels.ReadModelRebuilds;
import it.traccia.app.security.CurrentActor;
import it.traccia.app.web.Allowed;
import it.traccia.kernel.Role;
import it.traccia.kernel.rule.Refusal;
import it.traccia.kernel.rule.RuleViolation;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The repair of the read models by an administrator: start a rebuild from the event store, and follow it. */
@RestController
@RequestMapping(path = "/api/admin/read-models/rebuild", produces = MediaType.APPLICATION_JSON_VALUE)
public class ReadModelController {

    private final ReadModelRebuilds rebuilds;
    private final CurrentActor actor;

    ReadModelController(ReadModelRebuilds rebuilds, CurrentActor actor) {
        this.rebuilds = rebuilds;
        this.actor = actor;
    }

    /** Starts the rebuild of every read model: 202 with its progress; 409 while one runs. */
    @Allowed(Role.ADMIN)
    @PostMapping
    ResponseEntity<ReadModelRebuilds.Progress> rebuild() {
        String requestedBy = actor.asAdministrator("ricostruire i modelli di lettura").userId();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(rebuilds.start(requestedBy));
    }

    /** The progress of the last rebuild: events done, total, events per second; 404 when none ran. */
    @Allowed(Role.ADMIN)
    @GetMapping
    ReadModelRebuilds.Progress progress() {
        ReadModelRebuilds.Progress progress = rebuilds.progress();
        if (progress == null) {
            throw new NoRebuild();
        }
        return progress;
    }

    /** No rebuild ran since Traccia started. */
    static final class NoRebuild extends RuleViolation {

        NoRebuild() {
            super(Refusal.NOT_FOUND, null, "Nessuna ricostruzione dei modelli di lettura dall'avvio di Traccia");
        }
    }
}
