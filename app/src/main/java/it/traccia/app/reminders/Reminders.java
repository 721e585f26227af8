package it.traccia.app.reminders;

import it.traccia.app.infrastructure.InstanceName;
import it.traccia.app.organisation.Directory;
import it.traccia.app.reminders.Notifications.Notification;
import it.traccia.app.web.monitoring.PlanDeadlines;
import it.traccia.kernel.OrganisationId;
import it.traccia.kernel.Role;
import it.traccia.kernel.monitoring.query.DeadlineStatus;
import it.traccia.kernel.monitoring.query.DeadlineView;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The daily reminders of deadlines (promemoria): each head of a structure is told, once per element and kind, of what
 * is due soon (within the warning period) and what is overdue, in the application and by e-mail. Runs once a day
 * ({@code traccia.reminders.cron}, 07:00 unless configured) and once at start-up, and only one instance runs each
 * day: the one that records the day in {@code reminder_run}.
 */
@Component
public class Reminders {

    private static final Logger LOG = LoggerFactory.getLogger(Reminders.class);

    private final Directory directory;
    private final PlanDeadlines deadlines;
    private final Notifications notifications;
    private final ReminderMail mail;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final InstanceName instance;
    private final boolean atStart;

    Reminders(Directory directory, PlanDeadlines deadlines, Notifications notifications, ReminderMail mail,
              JdbcTemplate jdbc, Clock clock, InstanceName instance,
              @Value("${traccia.reminders.at-start:true}") boolean atStart) {
        this.directory = directory;
        this.deadlines = deadlines;
        this.notifications = notifications;
        this.mail = mail;
        this.jdbc = jdbc;
        this.clock = clock;
        this.instance = instance;
        this.atStart = atStart;
    }

    @Scheduled(cron = "${traccia.reminders.cron:0 0 7 * * *}", zone = "${traccia.time-zone:Europe/Rome}")
    public void daily() {
        runToday();
    }

    /** At start-up, in the background, so that a fresh start shows today's reminders without waiting for 07:00. */
    @EventListener(ApplicationReadyEvent.class)
    void started() {
        if (atStart) {
            Thread run = new Thread(this::runToday, "traccia-reminders");
            run.setDaemon(true);
            run.start();
        }
    }

    /** Runs today's reminders unless an instance ran them already; whether this one did. */
    public boolean runToday() {
        LocalDate today = LocalDate.now(clock);
        if (!claim(today)) {
            return false;
        }
        try {
            int told = remind(today);
            LOG.info("Reminders of {}: {} told", today, told);
        } catch (RuntimeException failure) {
            LOG.warn("The reminders of {} stopped: {}", today, failure.toString());
        }
        return true;
    }

    /** Records that this instance runs the reminders of the day; false when one already did. */
    boolean claim(LocalDate day) {
        return jdbc.update("insert into reminder_run (day, started_at, instance) values (?, ?, ?) "
                + "on conflict (day) do nothing", day, Timestamp.from(clock.instant()), instance.value()) == 1;
    }

    /**
     * Tells every head of a structure what of theirs is due soon or overdue on {@code today}, once per element and
     * kind, and answers how many were told; telling again what was told already does nothing.
     */
    public int remind(LocalDate today) {
        int told = 0;
        for (String head : headsAndSegretari()) {
            for (DeadlineView deadline : deadlines.pendingFor(head, today, deadlines.warning(), true)) {
                if (deadline.status() != DeadlineStatus.DUE_SOON && deadline.status() != DeadlineStatus.OVERDUE) {
                    continue;
                }
                Optional<Notification> notification = notifications.tell(deadline);
                if (notification.isPresent()) {
                    told++;
                    if (mail.send(notification.get())) {
                        notifications.emailed(notification.get());
                    }
                }
            }
        }
        return told;
    }

    /** The users who may head a structure in some ente: its Responsabili and its Segretario. */
    private Set<String> headsAndSegretari() {
        Set<String> users = new LinkedHashSet<>();
        for (Directory.RegisteredOrganisation organisation : directory.organisations()) {
            for (Map.Entry<String, Set<Role>> member : directory.membersOf(new OrganisationId(organisation.id()))
                    .entrySet()) {
                if (member.getValue().contains(Role.RESPONSABILE) || member.getValue().contains(Role.SEGRETARIO)) {
                    users.add(member.getKey());
                }
            }
        }
        return users;
    }
}
