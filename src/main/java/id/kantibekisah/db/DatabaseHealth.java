package id.kantibekisah.db;

import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The start-up check of a database file, made before anything may write to it: the header, then SQLite's
 * {@code PRAGMA quick_check} over a read-only connection. A damaged file is reported, never repaired in place.
 */
public final class DatabaseHealth {
    /** At most this many of quick_check's lines are kept for the message. */
    static final int MAX_FINDINGS = 10;

    public enum State {
        /** No file yet (or an empty one): the program creates the database. */
        MISSING,
        /** quick_check says ok. */
        SOUND,
        /** An SQLite file that quick_check (or opening it) finds damaged. */
        DAMAGED,
        /** Not an SQLite file at all: another kind of file, or one damaged from its first bytes. */
        NOT_SQLITE
    }

    /** What the check found; {@code header} is present for an SQLite file. */
    public record Health(State state, List<String> findings, Optional<SqliteHeader> header) {
        public Health {
            findings = List.copyOf(findings);
        }

        public boolean sound() {
            return state == State.SOUND || state == State.MISSING;
        }
    }

    private DatabaseHealth() {
    }

    public static Health check(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return new Health(State.MISSING, List.of(), Optional.empty());
            }
        } catch (IOException e) {
            throw new DatabaseException("db.error.cantOpen", e, file);
        }
        Optional<SqliteHeader> header = SqliteHeader.read(file);
        if (header.isEmpty()) {
            return new Health(State.NOT_SQLITE, List.of("not an SQLite file header"), Optional.empty());
        }
        try (Database db = Database.openReadOnly(file)) {
            List<String> result = db.read(sql -> sql.list("PRAGMA quick_check(" + MAX_FINDINGS + ")",
                    r -> r.str("quick_check")));
            if (result.equals(List.of("ok"))) {
                return new Health(State.SOUND, List.of(), header);
            }
            return new Health(State.DAMAGED, result, header);
        } catch (DatabaseException e) {
            if (isDamage(e)) {
                return new Health(State.DAMAGED, List.of(String.valueOf(e.getCause().getMessage())), header);
            }
            throw e;
        }
    }

    /** Whether a failure means the file's content is broken, rather than that it could not be reached. */
    static boolean isDamage(DatabaseException e) {
        return e.messageKey().equals("db.error.corrupt") || e.messageKey().equals("db.error.notADatabase")
                || (e.getCause() instanceof SQLiteException se
                && (se.getResultCode() == SQLiteErrorCode.SQLITE_CORRUPT
                || se.getResultCode() == SQLiteErrorCode.SQLITE_NOTADB));
    }
}
