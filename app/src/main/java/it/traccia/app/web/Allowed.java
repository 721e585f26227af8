package it.traccia.app.web;

import it.traccia.kernel.Role;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The roles that may call a route (ruoli ammessi), checked by {@link RouteAccess} before the request body is read: in
 * the plan's or organisation's own ente when the route names one, in any ente otherwise; {@link Role#ADMIN} admits the
 * administrators of the deployment. The command or query behind the route checks everything again, in detail.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Allowed {

    Role[] value();
}
