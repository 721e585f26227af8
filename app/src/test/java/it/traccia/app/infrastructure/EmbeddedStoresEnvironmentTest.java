package it.traccia.app.infrastructure;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Which stores Traccia starts by itself: embedded ones only for what is not configured, demo users only when both are. */
class EmbeddedStoresEnvironmentTest {

    @Test
    void startsBothEmbeddedStoresAndTheDemoUsersWhenNothingIsConfigured() {
        StandardEnvironment environment = environmentWith(Map.of());

        assertThat(environment.getProperty("traccia.embedded.postgres", Boolean.class)).isTrue();
        assertThat(environment.getProperty("traccia.embedded.mongo", Boolean.class)).isTrue();
        assertThat(environment.getProperty("traccia.security.demo-users", Boolean.class)).isTrue();
        assertThat(environment.getProperty("traccia.demo.plan", Boolean.class)).isTrue();
    }

    @Test
    void startsNothingEmbeddedAndNoDemoUsersAgainstRealServers() {
        StandardEnvironment environment = environmentWith(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db:5432/traccia",
                "spring.data.mongodb.uri", "mongodb://m1:27017/traccia?replicaSet=rs0"));

        assertThat(environment.getProperty("traccia.embedded.postgres", Boolean.class)).isFalse();
        assertThat(environment.getProperty("traccia.embedded.mongo", Boolean.class)).isFalse();
        assertThat(environment.getProperty("traccia.security.demo-users", Boolean.class)).isFalse();
        assertThat(environment.getProperty("traccia.demo.plan", Boolean.class)).isFalse();
    }

    @Test
    void keepsDemoUsersOffWhenOnlyOneStoreIsReal() {
        StandardEnvironment environment = environmentWith(Map.of("spring.datasource.url", "jdbc:postgresql://db:5432/traccia"));

        assertThat(environment.getProperty("traccia.embedded.postgres", Boolean.class)).isFalse();
        assertThat(environment.getProperty("traccia.embedded.mongo", Boolean.class)).isTrue();
        assertThat(environment.getProperty("traccia.security.demo-users", Boolean.class)).isFalse();
    }

    @Test
    void letsAnExplicitSettingWinOverTheDefaults() {
        StandardEnvironment environment = environmentWith(Map.of("traccia.security.demo-users", "false"));

        assertThat(environment.getProperty("traccia.security.demo-users", Boolean.class)).isFalse();
    }

    private static StandardEnvironment environmentWith(Map<String, Object> settings) {
        StandardEnvironment environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("settings", settings));
        new EmbeddedStoresEnvironment().postProcessEnvironment(environment, new SpringApplication());
        return environment;
    }
}
