package it.traccia.app.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.lang.management.ManagementFactory;
import java.util.UUID;

/**
 * The name of this running instance of Traccia (nome dell'istanza): the process and host, and a random part so that two
 * application contexts in one process are two instances. It owns the segments this instance claims and names its
 * heartbeat; {@code traccia.instances.name} sets it explicitly.
 */
@Component
public class InstanceName {

    private final String value;

    public InstanceName(@Value("${traccia.instances.name:}") String configured) {
        this.value = configured.isBlank()
                ? ManagementFactory.getRuntimeMXBean().getName() + "/" + UUID.randomUUID().toString().substring(0, 8)
                : configured;
    }

    public String value() {
        return value;
    }
}
