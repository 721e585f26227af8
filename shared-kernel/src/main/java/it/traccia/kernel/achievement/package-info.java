/** The exact calculation of achievement (calcolo del raggiungimento) shared by monitoring and the Relazione. */
package it.traccia.kernel.achievement;
