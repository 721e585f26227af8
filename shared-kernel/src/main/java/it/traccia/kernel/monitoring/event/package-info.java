/** Events of monitoring (monitoraggio): past-tense facts about the version in force. Names are permanent. */
package it.traccia.kernel.monitoring.event;
