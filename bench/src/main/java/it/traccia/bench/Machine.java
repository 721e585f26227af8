package it.traccia.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The machine a benchmark run measured (la macchina): cores, memory, processor and Java, printed with the figures. */
final class Machine {

    private Machine() {
    }

    static String description() {
        Runtime runtime = Runtime.getRuntime();
        return String.format("Machine: %d cores (%s), %.1f GiB of memory, Java %s (%s), max heap %d MiB, %s %s",
                runtime.availableProcessors(), processor(), memoryGiB(), System.getProperty("java.version"),
                System.getProperty("java.vm.name"), runtime.maxMemory() / (1024 * 1024), System.getProperty("os.name"),
                System.getProperty("os.arch"));
    }

    private static String processor() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/cpuinfo"))) {
            return lines.filter(line -> line.startsWith("model name")).findFirst()
                    .map(line -> line.substring(line.indexOf(':') + 1).strip()).orElse("unknown processor");
        } catch (IOException | RuntimeException unreadable) {
            return "unknown processor";
        }
    }

    private static double memoryGiB() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/meminfo"))) {
            return lines.filter(line -> line.startsWith("MemTotal:")).findFirst()
                    .map(line -> Long.parseLong(line.replaceAll("\\D", "")) / (1024.0 * 1024.0)).orElse(0.0);
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }
}
