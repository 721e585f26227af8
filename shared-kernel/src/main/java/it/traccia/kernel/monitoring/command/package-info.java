/** The commands of monitoring (monitoraggio): completions, their corrections, states of progress. */
package it.traccia.kernel.monitoring.command;
