package id.kantibekisah.db;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One copy of the program per database file. The lock is an operating-system lock on {@code <database>.lock}
 * beside the database, so it ends with the process that holds it, however that process ends (a crash, a power cut,
 * {@code kill -9}): a stale lock file never blocks anyone. The file's text says who holds it (user, computer,
 * since when, and which program: the window or a command such as {@code import-roster}), for the message the
 * second copy shows.
 *
 * <p>The locked byte lies far beyond the text, because on Windows a locked range cannot be read by others.
 */
public final class DatabaseLock implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(DatabaseLock.class.getName());
    private static final long LOCKED_BYTE = 1L << 40;

    /** What this process is, for the lock file: {@link #WINDOW} or the name of a command ({@code import-roster}). */
    public static final String WINDOW = "window";
    private static volatile String program;

    /**
     * Says what this process is ({@link #WINDOW} or a command's name) before it opens a database, so that a
     * second copy can say which program holds the database. Unsaid (tests, tools), the lock file names none.
     */
    public static void describeProgram(String name) {
        program = name;
    }

    /** Who holds the lock: user, computer, since when, process, and which program (a window or a command). */
    public record Owner(String user, String host, Instant since, long pid, String program) {
        public Owner(String user, String host, Instant since, long pid) {
            this(user, host, since, pid, null);
        }

        /** Whether a command (not the window) holds it; {@link #program} is then its name. */
        public boolean command() {
            return program != null && !program.equals(WINDOW);
        }

        String serialise() {
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("host", host);
            p.setProperty("since", since.toString());
            p.setProperty("pid", Long.toString(pid));
            if (program != null) {
                p.setProperty("program", program);
            }
            StringWriter w = new StringWriter();
            try {
                p.store(w, "Kanti Bekisah: this database is open");
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            return w.toString();
        }

        static Optional<Owner> parse(String text) {
            Properties p = new Properties();
            try {
                p.load(new StringReader(text));
                String since = p.getProperty("since");
                if (since == null) {
                    return Optional.empty();
                }
                return Optional.of(new Owner(p.getProperty("user", "?"), p.getProperty("host", "?"),
                        Instant.parse(since), Long.parseLong(p.getProperty("pid", "0")), p.getProperty("program")));
            } catch (IOException | IllegalArgumentException | DateTimeParseException e) {
                return Optional.empty();
            }
        }
    }

    private final Path file;
    private final FileChannel channel;
    private final FileLock lock;
    private final Owner owner;

    private DatabaseLock(Path file, FileChannel channel, FileLock lock, Owner owner) {
        this.file = file;
        this.channel = channel;
        this.lock = lock;
        this.owner = owner;
    }

    public static Path lockFileOf(Path database) {
        Path absolute = database.toAbsolutePath();
        return absolute.resolveSibling(absolute.getFileName() + ".lock");
    }

    /**
     * Takes the lock for {@code database}, or throws {@link DatabaseInUseException} naming who holds it.
     */
    public static DatabaseLock acquire(Path database, Clock clock) {
        Path lockFile = lockFileOf(database);
        FileChannel channel = null;
        try {
            PrivateFiles.createDirectories(lockFile.getParent());
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock;
            try {
                lock = channel.tryLock(LOCKED_BYTE, 1, false);
            } catch (OverlappingFileLockException e) {
                lock = null; // this very process holds it already (a second window in the same JVM)
            }
            if (lock == null) {
                channel.close();
                throw new DatabaseInUseException(database.toAbsolutePath(), readOwner(lockFile), thisHost(),
                        thisUser());
            }
            Owner me = new Owner(thisUser(), thisHost(), clock.instant(), ProcessHandle.current().pid(), program);
            channel.truncate(0);
            channel.write(ByteBuffer.wrap(me.serialise().getBytes(StandardCharsets.UTF_8)), 0);
            channel.force(true);
            return new DatabaseLock(lockFile, channel, lock, me);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new DatabaseException("startup.error.lockFile", e, lockFile);
        }
    }

    /** Who holds the lock on {@code database} now, if anyone says so (for tests and messages). */
    public static Optional<Owner> readOwner(Path lockFile) {
        // The holder writes its name right after taking the lock; give it a moment if we read in between.
        for (int attempt = 0; attempt < 5; attempt++) {
            try {
                Optional<Owner> owner = Owner.parse(Files.readString(lockFile, StandardCharsets.UTF_8));
                if (owner.isPresent()) {
                    return owner;
                }
                Thread.sleep(50);
            } catch (IOException e) {
                return Optional.empty();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public Owner owner() {
        return owner;
    }

    public Path file() {
        return file;
    }

    /** Releases the lock and empties the file (it stays: deleting it would race with a copy about to lock it). */
    @Override
    public void close() {
        try {
            if (lock.isValid()) {
                channel.truncate(0);
                lock.release();
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "releasing " + file, e);
        } finally {
            closeQuietly(channel);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "closing lock file", e);
            }
        }
    }

    static String thisUser() {
        return System.getProperty("user.name", "?");
    }

    /** The computer's name as its user knows it; never a slow DNS lookup when the environment says it. */
    static String thisHost() {
        for (String variable : new String[] {"COMPUTERNAME", "HOSTNAME"}) {
            String value = System.getenv(variable);
            if (value != null && !value.isBlank()) {
                return value.trim();
            }
        }
        try {
            Path etc = Path.of("/etc/hostname");
            if (Files.isReadable(etc)) {
                String name = Files.readString(etc).trim();
                if (!name.isEmpty()) {
                    return name;
                }
            }
            return InetAddress.getLocalHost().getHostName();
        } catch (IOException e) {
            return "?";
        }
    }
}
