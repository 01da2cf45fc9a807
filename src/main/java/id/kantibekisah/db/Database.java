package id.kantibekisah.db;

import id.kantibekisah.common.Progress;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteConnection;
import org.sqlite.core.DB;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The one SQLite file of the program and its connection. Every user action is one call to {@link #tx}: an
 * immediate transaction (the write lock is taken at the start, so two writers never deadlock halfway), committed
 * when the work returns and rolled back when it throws. Calls from several threads are serialised.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(Database.class.getName());
    /** {@code 'KBKB'}: written by the first migration, checked before touching a file. */
    public static final int APPLICATION_ID = 0x4B424B42;
    /** 1 MB of 4 KB pages per backup step: progress moves, and writers elsewhere are held up only briefly. */
    private static final int BACKUP_PAGES_PER_STEP = 256;

    private final Path file;
    private final Connection connection;
    private final Sql sql;
    private final ReentrantLock lock = new ReentrantLock();
    private boolean inTransaction;

    private Database(Path file, Connection connection) {
        this.file = file;
        this.connection = connection;
        this.sql = new Sql(connection);
    }

    /** Opens (creating when missing) the database file with the program's pragmas. Does not migrate. */
    public static Database open(Path file) {
        Path absolute = file.toAbsolutePath();
        try {
            Path parent = absolute.getParent();
            if (parent != null) {
                PrivateFiles.createDirectories(parent);
            }
            // Created (or kept) readable by the user only; SQLite gives its -wal and -shm the same permissions.
            PrivateFiles.createFile(absolute);
            PrivateFiles.restrictDatabase(absolute);
        } catch (IOException e) {
            throw new DatabaseException("db.error.folder", e, absolute.getParent());
        }
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(5_000);
        // Deleted text (anonymised students) is overwritten in the file, not left in free pages.
        config.setPragma(SQLiteConfig.Pragma.SECURE_DELETE, "true");
        return connect(absolute, config);
    }

    /**
     * Opens an existing file read-only, with no pragma that writes: for checking a file that may be damaged or
     * that belongs to someone else (a backup on a USB stick) without changing a byte of it.
     */
    public static Database openReadOnly(Path file) {
        Path absolute = file.toAbsolutePath();
        if (!Files.isRegularFile(absolute)) {
            throw new DatabaseException("db.error.cantOpen", null, absolute);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(5_000);
        return connect(absolute, config);
    }

    /**
     * Opens a copy being made (a backup's temporary file) with a rollback journal, so the finished copy is one
     * self-contained file with no {@code -wal} beside it.
     */
    public static Database openCopy(Path file) {
        PrivateFiles.restrictDatabase(file);
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.DELETE);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        return connect(file.toAbsolutePath(), config);
    }

    /** A private database in memory, gone when closed: for building the reference schema ({@link Schema}). */
    static Database inMemory() {
        SQLiteConfig config = new SQLiteConfig();
        config.enforceForeignKeys(true);
        return connect(null, config);
    }

    private static Database connect(Path absolute, SQLiteConfig config) {
        Connection connection = null;
        try {
            connection = config.createConnection("jdbc:sqlite:" + (absolute == null ? ":memory:" : absolute));
            Database db = new Database(absolute, connection);
            // The pragmas above are applied lazily; reading the header here surfaces "not a database" at once.
            db.sql.longValue("PRAGMA user_version");
            return db;
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection);
            if (e instanceof DatabaseException de) {
                throw de;
            }
            throw translate(e instanceof SQLException se ? se : new SQLException(e));
        }
    }

    public Path file() {
        return file;
    }

    /** Runs {@code work} in one immediate transaction. A nested call joins the outer transaction. */
    public <T> T tx(SqlWork<T> work) {
        return inTransaction("BEGIN IMMEDIATE", work, true);
    }

    /** Runs {@code work} in a transaction that only reads: one consistent snapshot for several queries. */
    public <T> T read(SqlWork<T> work) {
        return inTransaction("BEGIN DEFERRED", work, false);
    }

    private <T> T inTransaction(String begin, SqlWork<T> work, boolean commitOnSuccess) {
        lock.lock();
        try {
            if (inTransaction) {
                return work.run(sql);
            }
            exec(begin);
            inTransaction = true;
            try {
                T result = work.run(sql);
                exec(commitOnSuccess ? "COMMIT" : "ROLLBACK");
                return result;
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            } finally {
                inTransaction = false;
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs statements outside any transaction (some pragmas refuse to run inside one). */
    public void withoutTransaction(Consumer<Sql> work) {
        lock.lock();
        try {
            if (inTransaction) {
                throw new IllegalStateException("inside a transaction");
            }
            work.accept(sql);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Copies the whole database into {@code target} with SQLite's online backup API: a consistent snapshot even
     * while other copies of SQLite write, never a copy of the live file's bytes. The row count of every table is
     * taken in the same read transaction, so the copy can be checked against exactly what it should hold.
     *
     * @return the number of rows of each table in the snapshot
     */
    public Map<String, Long> snapshotTo(Path target, Progress progress) {
        lock.lock();
        try {
            if (inTransaction) {
                throw new IllegalStateException("inside a transaction");
            }
            exec("BEGIN DEFERRED");
            inTransaction = true;
            try {
                Map<String, Long> counts = tableCounts(sql);
                int rc = ((SQLiteConnection) connection).getDatabase().backup("main", target.toString(),
                        observer(progress), 100, 50, BACKUP_PAGES_PER_STEP);
                if (rc != 0) {
                    throw translate(new SQLException("backup to " + target + " failed", null, rc));
                }
                exec("ROLLBACK");
                return counts;
            } catch (SQLException e) {
                rollback(e);
                throw translate(e);
            } catch (RuntimeException | Error e) {
                rollback(e);
                throw e;
            } finally {
                inTransaction = false;
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * Replaces the whole content of this database with the database in {@code source}, through the online backup
     * API in one write transaction: a crash half-way leaves the previous content, never a mix.
     */
    public void restoreFrom(Path source, Progress progress) {
        lock.lock();
        try {
            if (inTransaction) {
                throw new IllegalStateException("inside a transaction");
            }
            int rc = ((SQLiteConnection) connection).getDatabase().restore("main", source.toString(),
                    observer(progress), 100, 50, BACKUP_PAGES_PER_STEP);
            if (rc != 0) {
                throw translate(new SQLException("restore from " + source + " failed", null, rc));
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            lock.unlock();
        }
    }

    /** The number of rows in each table of the schema (not SQLite's own), by table name. */
    public static Map<String, Long> tableCounts(Sql sql) {
        Map<String, Long> counts = new TreeMap<>();
        for (String table : sql.list("SELECT name FROM sqlite_schema WHERE type = 'table' "
                + "AND name NOT LIKE 'sqlite_%' ORDER BY name", r -> r.str("name"))) {
            // A table name from the schema itself, quoted as an identifier: never user input.
            counts.put(table, sql.longValue("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\""));
        }
        return counts;
    }

    private static DB.ProgressObserver observer(Progress progress) {
        return (remaining, pageCount) -> progress.update(Math.max(0, pageCount - remaining), Math.max(1, pageCount));
    }

    public int userVersion() {
        return read(s -> (int) s.longValue("PRAGMA user_version"));
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closeQuietly(connection);
        } finally {
            lock.unlock();
        }
    }

    private void exec(String statement) {
        try (Statement st = connection.createStatement()) {
            st.execute(statement);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private void rollback(Throwable cause) {
        try (Statement st = connection.createStatement()) {
            st.execute("ROLLBACK");
        } catch (SQLException e) {
            // SQLite rolls back by itself on some errors (disk full); then there is no transaction to end.
            cause.addSuppressed(e);
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            LOG.log(Level.WARNING, "closing database", e);
        }
    }

    /** Turns SQLite's result codes into messages a school user can act on. */
    static DatabaseException translate(SQLException e) {
        SQLiteErrorCode code = e instanceof SQLiteException se ? se.getResultCode() : null;
        int primary = code == null ? e.getErrorCode() & 0xFF : code.code & 0xFF;
        String key = switch (primary) {
            case 13 -> "db.error.full";          // SQLITE_FULL
            case 10 -> "db.error.io";            // SQLITE_IOERR
            case 5, 6 -> "db.error.busy";        // SQLITE_BUSY, SQLITE_LOCKED
            case 8 -> "db.error.readonly";       // SQLITE_READONLY
            case 11 -> "db.error.corrupt";       // SQLITE_CORRUPT
            case 26 -> "db.error.notADatabase";  // SQLITE_NOTADB
            case 14 -> "db.error.cantOpen";      // SQLITE_CANTOPEN
            case 19 -> "db.error.constraint";    // SQLITE_CONSTRAINT
            default -> "db.error.other";
        };
        return new DatabaseException(key, e, e.getMessage());
    }
}
