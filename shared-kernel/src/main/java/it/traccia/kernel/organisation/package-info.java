/** Organisations (enti) and who belongs to them: memberships, the roles they give, and the directory that answers. */
package it.traccia.kernel.organisation;
