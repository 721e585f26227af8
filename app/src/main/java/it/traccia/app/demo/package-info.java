/** Demo data for the embedded set-up: the real Monte Cremasco draft, imported at first start. */
package it.traccia.app.demo;
