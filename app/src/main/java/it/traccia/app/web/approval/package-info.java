/** The approval route over HTTP: submitting a plan, opening a variation, reading the adopted versions. */
package it.traccia.app.web.approval;
