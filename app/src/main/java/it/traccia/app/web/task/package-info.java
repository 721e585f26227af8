/** The tasks (attività) of the approval route over HTTP: the open ones of the current user, and their completion. */
package it.traccia.app.web.task;
