/**
 * The web pages (pagine) for people: server-rendered with Thymeleaf in Bootstrap Italia, Italian URLs, calling the same
 * application services and rules as the JSON API under {@code /api}, so that no rule is written twice.
 */
package it.traccia.app.web.page;
