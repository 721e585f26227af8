/** HTTP resources of organisations (enti) and their members, and of the signed-in user ({@code /api/me}). */
package it.traccia.app.web.organisation;
