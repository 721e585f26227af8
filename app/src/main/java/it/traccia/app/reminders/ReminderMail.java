package it.traccia.app.reminders;

import it.traccia.app.reminders.Notifications.Notification;
import it.traccia.kernel.monitoring.query.DeadlineStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * The e-mail of a reminder (promemoria per e-mail), in Italian, sent when {@code spring.mail.host} is configured: to
 * the address {@code traccia.notifications.address-template} gives the head ({@code {userId}} replaced), from
 * {@code traccia.notifications.mail-from}, with a link to the plan. A mail server that refuses leaves the in-app
 * notification as it is, and the failure in the log.
 */
@Component
public class ReminderMail {

    private static final Logger LOG = LoggerFactory.getLogger(ReminderMail.class);
    private static final DateTimeFormatter ITALIAN_DAY = DateTimeFormatter.ofPattern("dd.MM.uuuu");

    private final ObjectProvider<JavaMailSender> sender;
    private final String from;
    private final String addressTemplate;
    private final String publicUrl;

    ReminderMail(ObjectProvider<JavaMailSender> sender,
                 @Value("${traccia.notifications.mail-from:traccia@localhost}") String from,
                 @Value("${traccia.notifications.address-template:{userId}@localhost}") String addressTemplate,
                 @Value("${traccia.public-url:http://localhost:8080}") String publicUrl) {
        this.sender = sender;
        this.from = from;
        this.addressTemplate = addressTemplate;
        this.publicUrl = publicUrl;
    }

    /** Sends the reminder by e-mail; whether it was sent (no mail server configured, or one that refused: not). */
    public boolean send(Notification notification) {
        JavaMailSender mail = sender.getIfAvailable();
        if (mail == null) {
            return false;
        }
        SimpleMailMessage message = new SimpleMailMessage();
        message.setFrom(from);
        message.setTo(addressTemplate.replace("{userId}", notification.userId()));
        message.setSubject(subjectOf(notification));
        message.setText(textOf(notification));
        try {
            mail.send(message);
            return true;
        } catch (MailException refused) {
            LOG.warn("The reminder {} to {} was not e-mailed: {}", notification.id(), notification.userId(),
                    refused.toString());
            return false;
        }
    }

    static String subjectOf(Notification notification) {
        String what = notification.kind() == DeadlineStatus.OVERDUE ? "Scadenza superata" : "Scadenza vicina";
        return what + ": " + notification.structure() + " › " + notification.number() + " ("
                + day(notification.deadline()) + ")";
    }

    private static String day(LocalDate date) {
        return date.format(ITALIAN_DAY);
    }

    private String textOf(Notification notification) {
        String state = notification.kind() == DeadlineStatus.OVERDUE
                ? "è scaduto il " + day(notification.deadline()) + " e non risulta completato"
                : "scade il " + day(notification.deadline());
        return "Gentile responsabile,\n\n"
                + "nel piano della performance di " + notification.organisation() + " l'elemento "
                + notification.number() + " della struttura " + notification.structure() + " " + state + ":\n\n"
                + notification.description() + "\n\n"
                + "Il completamento si registra da Traccia, con i documenti a supporto:\n"
                + publicUrl + "/piani/" + notification.planId() + "\n\n"
                + "Questo messaggio è inviato una sola volta per ogni scadenza.\nTraccia\n";
    }
}
