package it.traccia.app.reminders;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Turns on Spring's scheduler for the daily reminders ({@link Reminders#daily()}). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
public class ReminderSchedule {
}
