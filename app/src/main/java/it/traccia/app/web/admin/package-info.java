/** HTTP routes of the deployment's administrators: the repair of the read models. */
package it.traccia.app.web.admin;
