/**
 * Who belongs where (appartenenze): the directory of organisations (enti), their members' roles and their plans, kept
 * in PostgreSQL in step with the events, and the services and routes that manage them.
 */
package it.traccia.app.organisation;
