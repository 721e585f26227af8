/** Commands on organisations (enti) and their memberships, one immutable record each. */
package it.traccia.kernel.organisation.command;
