/** Named rule violations (regole violate), each with a stable code that travels to the HTTP problem detail. */
package it.traccia.kernel.rule;
