package it.traccia.app.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A PostgreSQL left running on the data directory by a Traccia that was killed (postgres orfano): found through the
 * {@code postmaster.pid} file PostgreSQL keeps in its directory, and stopped cleanly, with its own {@code pg_ctl} in
 * fast mode, before the embedded PostgreSQL starts again. Only called while holding the {@link DataDirectoryLock}, so
 * no running Traccia uses that PostgreSQL. A {@code postmaster.pid} naming a process that is gone, or that is not a
 * PostgreSQL on this directory, is left to PostgreSQL, which ignores a stale one.
 */
final class OrphanedPostgres {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanedPostgres.class);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private OrphanedPostgres() {
    }

    /** Stops the PostgreSQL running on the directory, if any; returns whether there was one. */
    static boolean stopIfRunning(Path dataDirectory) {
        Optional<ProcessHandle> postmaster = postmasterOf(dataDirectory);
        if (postmaster.isEmpty()) {
            return false;
        }
        ProcessHandle orphan = postmaster.get();
        LOG.warn("A PostgreSQL (pid {}) left running by a stopped Traccia still uses {}: stopping it", orphan.pid(),
                dataDirectory);
        if (!stopWithPgCtl(orphan, dataDirectory)) {
            orphan.destroy();
        }
        if (!waitForExit(orphan, STOP_TIMEOUT)) {
            LOG.warn("PostgreSQL (pid {}) did not stop within {}: killing it", orphan.pid(), STOP_TIMEOUT);
            orphan.destroyForcibly();
            waitForExit(orphan, STOP_TIMEOUT);
        }
        if (orphan.isAlive()) {
            throw new IllegalStateException("The PostgreSQL (pid " + orphan.pid() + ") on " + dataDirectory
                    + " does not stop: stop it by hand before starting Traccia");
        }
        LOG.info("The PostgreSQL left running on {} is stopped", dataDirectory);
        return true;
    }

    /** The live postmaster of this directory, when {@code postmaster.pid} names one. */
    static Optional<ProcessHandle> postmasterOf(Path dataDirectory) {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(pidFile);
        } catch (IOException unreadable) {
            throw new UncheckedIOException("Cannot read " + pidFile, unreadable);
        }
        if (lines.size() < 2 || !lines.get(0).strip().matches("\\d{1,10}")) {
            return Optional.empty();
        }
        Path directory = Path.of(lines.get(1).strip());
        if (!sameDirectory(directory, dataDirectory)) {
            return Optional.empty();
        }
        return ProcessHandle.of(Long.parseLong(lines.get(0).strip()))
                .filter(ProcessHandle::isAlive)
                .filter(OrphanedPostgres::isPostgres);
    }

    private static boolean isPostgres(ProcessHandle process) {
        return process.info().command().map(command -> Path.of(command).getFileName().toString())
                .map(name -> name.equals("postgres") || name.equals("postmaster"))
                .orElse(false);
    }

    /** Asks the postmaster to stop in fast mode through the {@code pg_ctl} beside its own binary. */
    private static boolean stopWithPgCtl(ProcessHandle postmaster, Path dataDirectory) {
        Optional<Path> pgCtl = postmaster.info().command()
                .map(command -> Path.of(command).resolveSibling("pg_ctl"))
                .filter(Files::isExecutable);
        if (pgCtl.isEmpty()) {
            return false;
        }
        try {
            Process stop = new ProcessBuilder(pgCtl.get().toString(), "stop", "-D", dataDirectory.toString(), "-m", "fast",
                    "-w", "-t", String.valueOf(STOP_TIMEOUT.toSeconds()))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            return stop.waitFor(STOP_TIMEOUT.toSeconds() + 5, TimeUnit.SECONDS) && stop.exitValue() == 0;
        } catch (IOException failed) {
            LOG.warn("pg_ctl could not be run: {}", failed.getMessage());
            return false;
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static boolean waitForExit(ProcessHandle process, Duration timeout) {
        try {
            process.onExit().get(timeout.toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (TimeoutException stillRunning) {
            return false;
        } catch (ExecutionException impossible) {
            return !process.isAlive();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }

    private static boolean sameDirectory(Path one, Path other) {
        try {
            return Files.exists(one) && Files.isSameFile(one, other);
        } catch (IOException unreadable) {
            return false;
        }
    }
}
