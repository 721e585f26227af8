/** The monitoring of an adopted plan (monitoraggio): its identity and the values its records carry. */
package it.traccia.kernel.monitoring;
