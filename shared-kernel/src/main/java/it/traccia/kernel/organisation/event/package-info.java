/** Events of organisations (enti): registration, roles granted and withdrawn. */
package it.traccia.kernel.organisation.event;
