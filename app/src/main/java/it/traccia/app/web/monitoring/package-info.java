/** The monitoring routes of the API (monitoraggio): completions, corrections, states of progress. */
package it.traccia.app.web.monitoring;
