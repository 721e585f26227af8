/** The approval workflow (iter di approvazione): BPMN processes that route the plan through the Giunta (issue 4). */
package it.traccia.workflow;
