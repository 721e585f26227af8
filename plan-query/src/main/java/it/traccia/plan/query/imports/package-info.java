/**
 * The findings of a plan's import (rilievi d'importazione): for each plan imported from a Word document, the document it
 * came from (file name, SHA-256), who imported it and when, and every defect its reading found, numbered, with how and by
 * whom it was resolved, answering {@code FindImportFindingsQuery}.
 */
package it.traccia.plan.query.imports;
