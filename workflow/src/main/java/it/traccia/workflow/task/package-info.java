/** The Giunta's tasks (attività della Giunta): listing the open ones and completing them with a decision. */
package it.traccia.workflow.task;
