package id.kantibekisah.db;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the schema of a database of a given version must be: the program's own migrations 1..version, run in memory,
 * give the tables, indexes, triggers and views, compared with a file's by type, name and SQL text. This finds a
 * dropped or rewritten audit trigger, a version number that does not match the tables, a foreign database that
 * borrowed the program's mark, and an object added from outside. The tables an engine makes for a virtual table
 * (full-text search) are compared by name only: their text is the engine's, not ours.
 */
public final class Schema {
    /** One object that is not as the migrations make it. */
    public record Difference(String type, String name, Kind kind) {
        public enum Kind { MISSING, CHANGED, EXTRA }

        /** Whether the next open puts it right ({@link #repair}): a missing or rewritten trigger or index. */
        public boolean repairedAtOpen() {
            return kind != Kind.EXTRA && (type.equals("trigger") || type.equals("index"));
        }

        /** For logs, audit rows and the verify output: {@code "trigger audit_log_no_update missing"}. */
        @Override
        public String toString() {
            return type + " " + name + " " + kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    private record Key(String type, String name) {
    }

    private static final Map<List<String>, Map<Key, String>> REFERENCES = new ConcurrentHashMap<>();

    private Schema() {
    }

    /** How {@code db} differs from what the program's migrations make of its {@code user_version}. */
    public static List<Difference> differences(Database db) {
        return differences(db, Migrations.resources());
    }

    /** Against the given migration scripts (tests use others). */
    public static List<Difference> differences(Database db, List<String> migrations) {
        int version = db.userVersion();
        if (version < 0 || version > migrations.size()) {
            throw new IllegalArgumentException("schema " + version + " is not one of " + migrations.size());
        }
        Map<Key, String> expected = reference(migrations.subList(0, version));
        Map<Key, String> actual = db.read(Schema::objects);
        List<Difference> out = new ArrayList<>();
        expected.forEach((key, sql) -> {
            if (!actual.containsKey(key)) {
                out.add(new Difference(key.type(), key.name(), Difference.Kind.MISSING));
            } else if (!Objects.equals(sql, actual.get(key))) {
                out.add(new Difference(key.type(), key.name(), Difference.Kind.CHANGED));
            }
        });
        actual.keySet().stream().filter(k -> !expected.containsKey(k))
                .forEach(k -> out.add(new Difference(k.type(), k.name(), Difference.Kind.EXTRA)));
        return out;
    }

    /**
     * Puts back the triggers and indexes that are missing or were rewritten, exactly as the migrations made them;
     * run on every open, after migrating, so a file whose append-only triggers were dropped gets them back before
     * anyone writes to it. Tables are never touched. Returns what was re-created.
     */
    public static List<Difference> repair(Database db, List<String> migrations) {
        List<Difference> repairable = differences(db, migrations).stream().filter(Difference::repairedAtOpen).toList();
        if (repairable.isEmpty()) {
            return List.of();
        }
        Map<Key, String> statements = referenceStatements(migrations.subList(0, db.userVersion()));
        db.tx(sql -> {
            for (Difference d : repairable) {
                // Names from our own reference schema, quoted as identifiers: never input.
                String quoted = "\"" + d.name().replace("\"", "\"\"") + "\"";
                if (d.kind() == Difference.Kind.CHANGED) {
                    sql.execute("DROP " + d.type().toUpperCase(java.util.Locale.ROOT) + " " + quoted);
                }
                sql.execute(statements.get(new Key(d.type(), d.name())));
            }
            return null;
        });
        return repairable;
    }

    private static Map<Key, String> reference(List<String> migrations) {
        return REFERENCES.computeIfAbsent(List.copyOf(migrations), m -> {
            Map<Key, String> normalised = new LinkedHashMap<>();
            referenceStatements(m).forEach((k, v) -> normalised.put(k, v == null ? null : normalise(k, v)));
            return Map.copyOf(normalised);
        });
    }

    /** The reference schema's objects with their SQL as stored (to re-create them). */
    private static Map<Key, String> referenceStatements(List<String> migrations) {
        try (Database memory = Database.inMemory()) {
            Migrations.migrate(memory, migrations);
            return memory.read(sql -> {
                Map<Key, String> out = new LinkedHashMap<>();
                sql.forEach(OBJECTS, r -> {
                    out.put(new Key(r.str("type"), r.str("name")), r.str("sql"));
                    return true;
                });
                return out;
            });
        }
    }

    private static final String OBJECTS = """
            SELECT type, name, sql FROM sqlite_schema WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY type, name""";

    private static Map<Key, String> objects(Sql sql) {
        Map<Key, String> raw = new LinkedHashMap<>();
        sql.forEach(OBJECTS, r -> {
            raw.put(new Key(r.str("type"), r.str("name")), r.str("sql"));
            return true;
        });
        Map<Key, String> out = new LinkedHashMap<>();
        raw.forEach((k, v) -> out.put(k, v == null ? null : normalise(k, v)));
        return out;
    }

    /**
     * Whitespace does not count. A virtual table's own tables (SQLite writes their name in single quotes, our
     * migrations never do) count by name only, since their text may change with the SQLite version.
     */
    private static String normalise(Key key, String sql) {
        if (key.type().equals("table") && sql.startsWith("CREATE TABLE '")) {
            return "(made by a virtual table)";
        }
        return sql.replaceAll("\\s+", " ").trim();
    }
}
