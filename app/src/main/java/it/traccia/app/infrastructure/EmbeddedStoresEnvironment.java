package it.traccia.app.infrastructure;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

import java.util.HashMap;
import java.util.Map;

/**
 * Decides, before the context starts, whether Traccia runs on embedded stores: the embedded PostgreSQL when no
 * {@code spring.datasource.url} is set, the in-process MongoDB-protocol server when no {@code spring.data.mongodb.uri}
 * is set, and the demo users and demo plan when both are embedded; with a store on a real server, other instances may
 * share the stores. Explicit settings always win over these defaults.
 */
public class EmbeddedStoresEnvironment implements EnvironmentPostProcessor {

    static final String EMBEDDED_POSTGRES = "traccia.embedded.postgres";
    static final String EMBEDDED_MONGO = "traccia.embedded.mongo";
    /** Whether other instances of Traccia may work on the same stores (docs/adr/0013). */
    public static final String SHARED_STORES = "traccia.instances.shared-stores";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        boolean postgres = !environment.containsProperty("spring.datasource.url");
        boolean mongo = !environment.containsProperty("spring.data.mongodb.uri");
        Map<String, Object> defaults = new HashMap<>();
        defaults.put(EMBEDDED_POSTGRES, postgres);
        defaults.put(EMBEDDED_MONGO, mongo);
        defaults.put("traccia.security.demo-users", postgres && mongo);
        defaults.put("traccia.demo.plan", postgres && mongo);
        // Both stores embedded: this Traccia alone holds them (the data directory's lock); otherwise other instances may.
        defaults.put(SHARED_STORES, !(postgres && mongo));
        if (mongo) {
            defaults.put("management.health.mongo.enabled", false);
        }
        environment.getPropertySources().addLast(new MapPropertySource("tracciaEmbeddedDefaults", defaults));
    }
}
