package it.traccia.app;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Starts Traccia: with no database configured it starts embedded stores under {@code ./data/} and demo users. */
@SpringBootApplication(scanBasePackages = "it.traccia")
public class TracciaApplication {

    public static void main(String[] args) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(TracciaApplication.class, args);
    }
}
