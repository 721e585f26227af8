/** The command side of the plan: the event-sourced {@link it.traccia.plan.command.Plan} aggregate, its members and the rules it enforces on every command. */
package it.traccia.plan.command;
