package id.kantibekisah.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * A folder that can be filled up: a small tmpfs mounted on it where the system allows (Linux, root), so the disk
 * is really full and every write, SQLite's or ours, meets ENOSPC. Where mounting is not allowed it stays a plain
 * folder ({@link #real()} false) and the test caps the database instead.
 */
final class SmallVolume implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SmallVolume.class.getName());
    private final Path path;
    private final boolean real;
    private final Path filler;

    private SmallVolume(Path path, boolean real) {
        this.path = path;
        this.real = real;
        this.filler = path.resolve("filler.bin");
    }

    static SmallVolume create(Path path, long bytes) {
        try {
            Files.createDirectories(path);
            // -Dfulldisk.tmpfs=false runs the fallback here too
            boolean mounted = Boolean.parseBoolean(System.getProperty("fulldisk.tmpfs", "true"))
                    && System.getProperty("os.name", "").toLowerCase().contains("linux")
                    && run("mount", "-t", "tmpfs", "-o", "size=" + bytes, "tmpfs", path.toString());
            LOG.info(mounted ? "tmpfs of " + bytes + " bytes on " + path : "no tmpfs (not permitted): " + path);
            return new SmallVolume(path, mounted);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    boolean real() {
        return real;
    }

    /** Fills the volume to the last byte. */
    void fill() {
        byte[] block = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left on device: exactly where we want to be. Fill the last partial block too.
            try (OutputStream out = Files.newOutputStream(path.resolve("filler-tail.bin"))) {
                while (true) {
                    out.write(0);
                }
            } catch (IOException alsoFull) {
                LOG.fine("volume full: " + alsoFull.getMessage());
            }
        }
    }

    /** Frees the space again. */
    void free() {
        try {
            Files.deleteIfExists(filler);
            Files.deleteIfExists(path.resolve("filler-tail.bin"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        if (real && !run("umount", path.toString())) {
            run("umount", "-l", path.toString());
        }
    }

    private static boolean run(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
