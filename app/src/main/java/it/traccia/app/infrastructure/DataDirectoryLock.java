package it.traccia.app.infrastructure;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * The embedded stores' data directory (cartella dei dati), held by one running Traccia at a time through an operating
 * system lock on {@code traccia.lock}: the lock dies with the process, even by {@code kill -9}, so whoever holds it
 * knows that any PostgreSQL still running on the directory was left behind by a Traccia that no longer runs.
 */
public final class DataDirectoryLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(DataDirectoryLock.class);

    private final Path path;
    private final FileChannel channel;
    private final FileLock lock;

    private DataDirectoryLock(Path path, FileChannel channel, FileLock lock) {
        this.path = path;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the directory, or refuses to start when another running Traccia holds it. */
    public static DataDirectoryLock take(Path directory) {
        try {
            Path path = directory.toAbsolutePath();
            Files.createDirectories(path);
            FileChannel channel = FileChannel.open(path.resolve("traccia.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new IllegalStateException("Another Traccia is running on the data directory " + path
                        + ": stop it, or start this one with another --traccia.data-dir");
            }
            LOG.info("Data directory {} taken", path);
            return new DataDirectoryLock(path, channel, lock);
        } catch (IOException failure) {
            throw new UncheckedIOException("Cannot take the data directory " + directory, failure);
        }
    }

    public Path path() {
        return path;
    }

    @Override
    public void close() throws IOException {
        lock.release();
        channel.close();
    }
}
