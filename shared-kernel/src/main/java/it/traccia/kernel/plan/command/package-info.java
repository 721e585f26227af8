/** Commands on the plan (Piano della performance), one immutable record each. */
package it.traccia.kernel.plan.command;
