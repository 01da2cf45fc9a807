package id.kantibekisah.backup;

import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.PrivateFiles;
import id.kantibekisah.db.DatabaseException;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.db.Schema;
import id.kantibekisah.db.SqliteHeader;
import id.kantibekisah.db.Sql;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * Making and checking copies of a database. A copy is written to a temporary file beside its target with SQLite's
 * online backup API, checked ({@code PRAGMA integrity_check}, the program's mark, the schema version and the row
 * count of every table against the snapshot), flushed to the disk, and only then renamed into place. A copy that
 * fails any step is deleted; the file it would have replaced is untouched.
 */
public final class Snapshots {
    private static final Logger LOG = Logger.getLogger(Snapshots.class.getName());

    /** A finished, checked copy. */
    public record Snapshot(Path file, long size, Map<String, Long> counts, int schemaVersion) {
    }

    private Snapshots() {
    }

    /** Copies the open database to {@code target}. */
    public static Snapshot take(Database source, Path target, Progress progress) {
        int version = source.userVersion();
        return write(target, tmp -> source.snapshotTo(tmp, progress), version);
    }

    /** Copies the database file {@code source} (a backup on a USB stick) to {@code target}, reading it only. */
    public static Snapshot copyFile(Path source, Path target, Progress progress) {
        try (Database db = Database.openReadOnly(source)) {
            return take(db, target, progress);
        }
    }

    private interface Copier {
        Map<String, Long> copy(Path tmp);
    }

    private static Snapshot write(Path target, Copier copier, int expectedVersion) {
        Path tmp = BackupFolder.temporaryFor(target);
        try {
            PrivateFiles.createDirectories(target.toAbsolutePath().getParent());
            // The copy is readable by the user only from its first byte (SQLite keeps an existing file's mode).
            PrivateFiles.createFile(tmp);
            Map<String, Long> counts = copier.copy(tmp);
            verify(tmp, counts, expectedVersion);
            force(tmp);
            move(tmp, target);
            force(target.toAbsolutePath().getParent());
            return new Snapshot(target, Files.size(target), counts, expectedVersion);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-journal"));
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-wal"));
            deleteQuietly(tmp.resolveSibling(tmp.getFileName() + "-shm"));
        }
    }

    /**
     * Checks a fresh copy against its snapshot and turns it into one self-contained file (rollback journal, no
     * {@code -wal} beside it), so it can be moved and copied like any file.
     */
    private static void verify(Path copy, Map<String, Long> expected, int expectedVersion) {
        try (Database db = Database.openCopy(copy)) {
            db.withoutTransaction(sql -> sql.execute("PRAGMA journal_mode = DELETE"));
            List<String> integrity = db.read(sql -> sql.list("PRAGMA integrity_check(10)",
                    r -> r.str("integrity_check")));
            if (!integrity.equals(List.of("ok"))) {
                throw new ValidationException("backup.reason.verify", String.join("; ", integrity));
            }
            int version = db.userVersion();
            if (version != expectedVersion) {
                throw new ValidationException("backup.reason.verify", "schema " + version + " != " + expectedVersion);
            }
            Map<String, Long> counts = db.read(Database::tableCounts);
            if (!counts.equals(expected)) {
                throw new ValidationException("backup.reason.verify", "rows " + counts + " != " + expected);
            }
        }
    }

    /**
     * Checks a file someone wants to restore and reads what it holds: an SQLite file, undamaged (the full
     * {@code integrity_check}), marked as Kanti Bekisah's, no newer than this program, with exactly the schema its
     * version must have (tables, indexes, the audit log's append-only triggers) and an unbroken audit chain.
     * Opened read-only.
     *
     * @throws ValidationException saying which of these it is not
     */
    public static BackupInfo inspect(Path file) {
        Path f = file.toAbsolutePath();
        if (!Files.isRegularFile(f)) {
            throw new ValidationException("restore.error.missing", f.toString());
        }
        Optional<SqliteHeader> header = SqliteHeader.read(f);
        if (header.isEmpty()) {
            throw new ValidationException("restore.error.notADatabase", f.toString());
        }
        try (Database db = Database.openReadOnly(f)) {
            List<String> integrity = db.read(sql -> sql.list("PRAGMA integrity_check(5)",
                    r -> r.str("integrity_check")));
            if (!integrity.equals(List.of("ok"))) {
                throw new ValidationException("restore.error.damaged", f.toString(), integrity.get(0));
            }
            int version = db.read(sql -> {
                int v = (int) sql.longValue("PRAGMA user_version");
                long appId = sql.longValue("PRAGMA application_id");
                if (appId != Database.APPLICATION_ID || v == 0) {
                    throw new ValidationException("restore.error.notOurs", f.toString());
                }
                if (v > Migrations.latestVersion()) {
                    throw new ValidationException("restore.error.tooNew", f.toString(), v,
                            Migrations.latestVersion());
                }
                return v;
            });
            // The tables, indexes and triggers its version must have (the audit log's append-only triggers among
            // them), and an unbroken audit chain: a restored file lives on as the school's record.
            List<Schema.Difference> schema = Schema.differences(db);
            if (!schema.isEmpty()) {
                throw new ValidationException("restore.error.schema", f.toString(), version,
                        schema.stream().map(Schema.Difference::name).distinct().collect(Collectors.joining(", ")));
            }
            Optional<Long> broken = new AuditLog(db, Clock.systemUTC()).firstBrokenRow();
            if (broken.isPresent()) {
                throw new ValidationException("restore.error.auditBroken", f.toString(), broken.get());
            }
            return db.read(sql -> {
                return new BackupInfo(f, size(f), version,
                        sql.string("SELECT name FROM school_profile WHERE id = 1").orElse(""),
                        count(sql, "students"), count(sql, "cases"), count(sql, "users"),
                        sql.string("SELECT max(at) FROM audit_log").map(Dates::parseInstant));
            });
        } catch (DatabaseException e) {
            if (e.messageKey().equals("db.error.corrupt") || e.messageKey().equals("db.error.notADatabase")) {
                throw new ValidationException("restore.error.damaged", f.toString(),
                        String.valueOf(e.getCause() == null ? e.getMessage() : e.getCause().getMessage()));
            }
            throw e;
        }
    }

    private static long count(Sql sql, String table) {
        // A fixed table name of our own schema, never input.
        return sql.longValue("SELECT count(*) FROM " + table);
    }

    private static long size(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0;
        }
    }

    /** Whether a failure is the disk being full (SQLite's or the operating system's word for it). */
    static boolean diskFull(Throwable e, Path folder) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DatabaseException de && de.messageKey().equals("db.error.full")) {
                return true;
            }
            if (t instanceof IOException && String.valueOf(t.getMessage()).contains("No space left")) {
                return true;
            }
        }
        try {
            Path existing = folder;
            while (existing != null && !Files.exists(existing)) {
                existing = existing.getParent();
            }
            return existing != null && Files.getFileStore(existing).getUsableSpace() < 64 * 1024;
        } catch (IOException | RuntimeException ignored) {
            return false;
        }
    }

    /** The reason of a failed copy, as the message the user reads. */
    static ServiceException reason(RuntimeException e, Path folder) {
        if (e instanceof BackupFailedException bf) {
            return bf.reason();
        }
        if (diskFull(e, folder)) {
            return new ServiceException("backup.reason.full", folder.toString());
        }
        if (e instanceof ValidationException ve) {
            return ve;
        }
        if (e instanceof DatabaseException de) {
            return switch (de.messageKey()) {
                case "db.error.io" -> new ServiceException("backup.reason.io", folder.toString());
                case "db.error.cantOpen", "db.error.readonly", "db.error.folder" ->
                        new ServiceException("backup.reason.folder", folder.toString());
                case "db.error.corrupt" -> new ServiceException("backup.reason.damaged");
                default -> new ServiceException("backup.reason.other", String.valueOf(de.getMessage()));
            };
        }
        if (e instanceof UncheckedIOException io) {
            return new ServiceException("backup.reason.folder", folder.toString());
        }
        if (e instanceof ServiceException se) {
            return se;
        }
        return new ServiceException("backup.reason.other", String.valueOf(e));
    }

    private static void move(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Flushes a file, or a folder's entry list (where the system allows it; Windows does not for folders). */
    static void force(Path p) {
        boolean folder = Files.isDirectory(p);
        try (FileChannel ch = FileChannel.open(p, folder ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException e) {
            if (!folder) {
                throw new UncheckedIOException(e);
            }
            LOG.log(Level.FINE, "flushing folder " + p, e);
        }
    }

    static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "deleting " + p, e);
        }
    }
}
