/** The read models as a whole (modelli di lettura): their health, and their rebuild from the event store. */
package it.traccia.app.readmodels;
