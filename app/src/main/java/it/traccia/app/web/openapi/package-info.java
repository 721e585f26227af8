/** The OpenAPI description of the JSON API (descrizione dell'API): its title, security schemes and status codes. */
package it.traccia.app.web.openapi;
