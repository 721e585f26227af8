package it.traccia.bench;

import java.util.Arrays;

/** Latencies of one measured operation, in nanoseconds, with the order statistics the benchmark prints. */
final class LatencySample {

    private final String name;
    private final long[] nanos;
    private int count;

    LatencySample(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos) {
        nanos[count++] = elapsedNanos;
    }

    String name() {
        return name;
    }

    double medianMillis() {
        return quantileMillis(50);
    }

    double p99Millis() {
        return quantileMillis(99);
    }

    private double quantileMillis(int hundredths) {
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int index = (int) Math.ceil(hundredths / 100.0 * count) - 1;
        return sorted[Math.max(0, index)] / 1_000_000.0;
    }

    String line() {
        return String.format("%-44s n=%5d  median %8.3f ms  p99 %8.3f ms", name, count, medianMillis(), p99Millis());
    }
}
