/** Infrastructure: the embedded PostgreSQL and MongoDB-protocol stores, the event store schema and Axon's wiring. */
package it.traccia.app.infrastructure;
