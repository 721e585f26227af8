/** Reminders of deadlines (promemoria): the daily run, the in-app notifications and their e-mail. */
package it.traccia.app.reminders;
