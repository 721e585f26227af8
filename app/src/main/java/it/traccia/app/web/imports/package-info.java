/** HTTP resource for imports: upload a text export or a .docx, get the new plan's id and the findings (rilievi). */
package it.traccia.app.web.imports;
