/** The Traccia application: assembles the command side, the read models and the workflow behind one HTTP API. */
package it.traccia.app;
