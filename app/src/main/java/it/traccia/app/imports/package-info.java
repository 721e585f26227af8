/** Importing a plan from the Word document a comune already has (importazione della bozza). */
package it.traccia.app.imports;
