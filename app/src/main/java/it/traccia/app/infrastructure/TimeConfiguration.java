package it.traccia.app.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.time.Clock;
import java.time.ZoneId;

/**
 * The clock (orologio) that says what "today" is for the rules that need it, such as a delibera not dated in the
 * future; in the comune's time zone, so that today is the same date the Giunta writes on its acts.
 */
@Configuration(proxyBeanMethods = false)
public class TimeConfiguration {

    @Bean
    Clock clock(@Value("${traccia.time-zone:Europe/Rome}") ZoneId zone) {
        return Clock.system(zone);
    }
}
