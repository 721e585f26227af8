package it.traccia.app.reminders;

import it.traccia.kernel.monitoring.query.DeadlineStatus;
import it.traccia.kernel.monitoring.query.DeadlineView;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The notifications of the application (notifiche), in PostgreSQL: one per element, structure and kind of reminder,
 * for the head told; marked read by that user only.
 */
@Component
public class Notifications {

    private static final String COLUMNS = "id, user_id, plan_id, organisation, structure_id, structure, element_id, "
            + "kind, number, description, deadline, created_at, read_at";

    private final JdbcTemplate jdbc;
    private final Clock clock;

    public Notifications(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Tells the head of the deadline's structure of it, once per element and kind: the notification when this is
     * the first time, empty when the head was told already (by this instance or another).
     */
    public Optional<Notification> tell(DeadlineView deadline) {
        Notification notification = new Notification(UUID.randomUUID(), deadline.headUserId(), deadline.planId(),
                deadline.organisation(), deadline.structureId(), deadline.structure(), deadline.elementId(),
                deadline.status(), deadline.number(), deadline.description(), deadline.deadline(), clock.instant(),
                null);
        int inserted = jdbc.update("insert into notification (" + COLUMNS + ") values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, null) "
                        + "on conflict (plan_id, structure_id, element_id, kind) do nothing",
                notification.id(), notification.userId(), notification.planId(), notification.organisation(),
                notification.structureId(), notification.structure(), notification.elementId(),
                notification.kind().name(), notification.number(), notification.description(),
                notification.deadline(), Timestamp.from(notification.createdAt()));
        return inserted == 1 ? Optional.of(notification) : Optional.empty();
    }

    public void emailed(Notification notification) {
        jdbc.update("update notification set emailed_at = ? where id = ?", Timestamp.from(clock.instant()),
                notification.id());
    }

    /** The user's notifications, newest first, at most {@code limit}. */
    public List<Notification> of(String userId, int limit) {
        return jdbc.query("select " + COLUMNS + " from notification where user_id = ? "
                + "order by created_at desc, number limit ?", (row, number) -> new Notification(
                row.getObject("id", UUID.class), row.getString("user_id"), row.getString("plan_id"),
                row.getString("organisation"), row.getString("structure_id"), row.getString("structure"),
                row.getString("element_id"), DeadlineStatus.valueOf(row.getString("kind")), row.getString("number"),
                row.getString("description"), row.getObject("deadline", LocalDate.class),
                row.getTimestamp("created_at").toInstant(),
                row.getTimestamp("read_at") == null ? null : row.getTimestamp("read_at").toInstant()), userId, limit);
    }

    /** Marks the user's notification read; {@link UnknownNotification} when the user has no such notification. */
    public void markRead(String userId, String id) {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException notAnId) {
            throw new UnknownNotification(id);
        }
        int updated = jdbc.update("update notification set read_at = coalesce(read_at, ?) where id = ? and user_id = ?",
                Timestamp.from(clock.instant()), uuid, userId);
        if (updated == 0) {
            throw new UnknownNotification(id);
        }
    }

    /** A reminder told to the head of a structure: which element, which kind, when; read once {@code readAt} is set. */
    public record Notification(UUID id, String userId, String planId, String organisation, String structureId,
                               String structure, String elementId, DeadlineStatus kind, String number,
                               String description, LocalDate deadline, Instant createdAt, Instant readAt) {
    }
}
