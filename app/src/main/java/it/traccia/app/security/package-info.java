/** Who may call the API: HTTP Basic users with one role each, and the actor every command carries. */
package it.traccia.app.security;
