package it.traccia.app.web.monitoring;

import it.traccia.app.reminders.Notifications;
import it.traccia.app.reminders.Notifications.Notification;
import it.traccia.app.security.CurrentActor;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * The signed-in user's notifications (notifiche): the reminders of deadlines they were told, newest first, each
 * marked read by its own user only.
 */
@RestController
@RequestMapping(path = "/api/notifications", produces = MediaType.APPLICATION_JSON_VALUE)
public class NotificationController {

    private static final int SHOWN = 200;

    private final Notifications notifications;
    private final CurrentActor actor;

    NotificationController(Notifications notifications, CurrentActor actor) {
        this.notifications = notifications;
        this.actor = actor;
    }

    @GetMapping
    List<Notification> mine() {
        return notifications.of(actor.userId(), SHOWN);
    }

    @PostMapping("/{id}/read")
    ResponseEntity<Void> read(@PathVariable String id) {
        notifications.markRead(actor.userId(), id);
        return ResponseEntity.noContent().build();
    }
}
