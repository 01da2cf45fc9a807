package id.kantibekisah.db;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The schema's history: numbered scripts under {@code db/migration/}, applied in order. Each runs in its own
 * transaction together with the {@code PRAGMA user_version} bump, so a failed migration leaves the previous
 * version intact. A file newer than this program, or one that is not a Kanti Bekisah database, is never touched.
 */
public final class Migrations {
    /** In order; version N is the N-th file. A test checks this list against the folder. */
    public static final List<String> FILES = List.of(
            "V001__init.sql",
            "V002__privacy.sql",
            "V003__search_index.sql",
            "V004__ppksp.sql",
            "V005__login_failures.sql",
            "V006__close_out.sql",
            "V007__seal_keys.sql");

    private Migrations() {
    }

    public static int latestVersion() {
        return FILES.size();
    }

    /** The result of {@link #migrate}: the schema version before and after. */
    public record Result(int from, int to) {
        public boolean created() {
            return from == 0 && to > 0;
        }
    }

    public static Result migrate(Database db) {
        return migrate(db, resources());
    }

    /** The class-path locations of {@link #FILES}, in order. */
    public static List<String> resources() {
        return FILES.stream().map(name -> "/db/migration/" + name).toList();
    }

    /** Applies the scripts at these class-path locations as versions 1..n (tests pass a broken one). */
    public static Result migrate(Database db, List<String> resources) {
        int from = checkCompatible(db, resources.size());
        for (int version = from + 1; version <= resources.size(); version++) {
            String script = load(resources.get(version - 1));
            int target = version;
            db.tx(sql -> {
                sql.execute(script);
                // PRAGMA takes no bound parameters; target is our own integer.
                sql.execute("PRAGMA user_version = " + target);
                return null;
            });
        }
        return new Result(from, resources.size());
    }

    /** The current version of the file, after checking it is ours and not newer than this program. */
    public static int checkCompatible(Database db) {
        return checkCompatible(db, latestVersion());
    }

    private static int checkCompatible(Database db, int latest) {
        return db.read(sql -> {
            int version = (int) sql.longValue("PRAGMA user_version");
            long appId = sql.longValue("PRAGMA application_id");
            long objects = sql.longValue("SELECT count(*) FROM sqlite_schema");
            boolean empty = version == 0 && objects == 0;
            if (!empty && appId != Database.APPLICATION_ID) {
                throw new DatabaseException("db.error.notOurs", null, db.file());
            }
            if (version > latest) {
                throw new DatabaseException("db.error.tooNew", null, version, latest);
            }
            return version;
        });
    }

    private static String load(String path) {
        try (InputStream in = Migrations.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing migration " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
