package it.traccia.bench;

/** Runs one operation for a warm-up, then measures it, one call at a time. */
final class Measurement {

    private Measurement() {
    }

    static LatencySample of(String name, int warmup, int iterations, Operation operation) throws Exception {
        for (int i = 0; i < warmup; i++) {
            operation.run(i);
        }
        LatencySample sample = new LatencySample(name, iterations);
        for (int i = 0; i < iterations; i++) {
            long start = System.nanoTime();
            operation.run(warmup + i);
            sample.add(System.nanoTime() - start);
        }
        return sample;
    }

    /** One measured call; {@code iteration} lets it vary its input. */
    @FunctionalInterface
    interface Operation {
        void run(int iteration) throws Exception;
    }
}
