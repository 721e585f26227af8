/** The HTTP API: JSON under {@code /api}, errors as RFC 9457 problem details with a stable code. */
package it.traccia.app.web;
