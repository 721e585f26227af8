/** Queries and views of monitoring (monitoraggio): the records of a plan and its progress. */
package it.traccia.kernel.monitoring.query;
