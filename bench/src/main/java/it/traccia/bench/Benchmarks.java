package it.traccia.bench;

import it.traccia.app.TracciaApplication;
import org.axonframework.messaging.timeout.AxonTaskJanitor;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Measures the start-up of the application jar in processes of its own, then starts Traccia once on fresh embedded
 * stores and runs every other benchmark against it, printing the figures:
 * {@code ./mvnw -pl bench -am -Pbench verify -DskipTests}. Writes and imports are measured on the empty store, then the
 * region is loaded (1,000,000 events by default) and rebuilt, and the same writes and imports are measured again beside
 * the queries and the freshness under load; then the approval route and monitoring. {@code -Dbench.only=monitoring}
 * measures monitoring alone.
 */
public final class Benchmarks {

    private Benchmarks() {
    }

    public static void main(String[] args) throws Exception {
        System.out.println(Machine.description());
        if (!"monitoring".equals(System.getProperty("bench.only"))) {
            StartupBenchmark.run();
        }
        Path dataDir = Files.createTempDirectory("traccia-bench-");
        try (ConfigurableApplicationContext app = new SpringApplicationBuilder(TracciaApplication.class)
                .run("--server.port=0", "--traccia.data-dir=" + dataDir, "--traccia.demo.plan=false", "--logging.level.root=WARN",
                     // The approval benchmark measures the route itself, not deadline warnings firing beside it.
                     "--traccia.approval.deadline=--12-31")) {
            if ("monitoring".equals(System.getProperty("bench.only"))) {
                MonitoringBenchmark.run(app);
                return;
            }
            WeightChangeLatencyBenchmark.run(app, "empty store");
            ImportLatencyBenchmark.run(app, "empty store");
            PlanPageBenchmark.run(app, "empty store");
            RegionBenchmark region = new RegionBenchmark(app);
            region.load();
            region.rebuild();
            String loaded = "loaded store";
            WeightChangeLatencyBenchmark.run(app, loaded);
            ImportLatencyBenchmark.run(app, loaded);
            PlanPageBenchmark.run(app, loaded);
            region.queries();
            region.freshness();
            ApprovalLatencyBenchmark.run(app);
            MonitoringBenchmark.run(app);
        } finally {
            // Axon's handler-timeout janitor is a static executor on a non-daemon thread that no context closes; left
            // running, it keeps exec:java waiting for ever after the figures are printed.
            AxonTaskJanitor.INSTANCE.shutdownNow();
        }
    }
}
