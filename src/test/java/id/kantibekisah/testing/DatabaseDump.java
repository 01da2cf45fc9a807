package id.kantibekisah.testing;

import id.kantibekisah.db.Database;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** Every row of every table as text, to prove that a refused action left the database exactly as it was. */
public final class DatabaseDump {
    private DatabaseDump() {
    }

    public static List<String> of(Database db) {
        return db.read(sql -> {
            List<String> out = new ArrayList<>();
            List<String> tables = sql.list("""
                    SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name""",
                    r -> r.str("name"));
            for (String table : tables) {
                List<String> columns = sql.list("SELECT name FROM pragma_table_info(?) ORDER BY cid",
                        r -> r.str("name"), table);
                String row = columns.stream().map(c -> "quote(\"" + c + "\")")
                        .collect(Collectors.joining(" || '|' || "));
                sql.forEach("SELECT " + row + " AS t FROM \"" + table + "\" ORDER BY t", r -> {
                    out.add(table + ": " + r.str("t"));
                    return true;
                });
            }
            out.add("user_version " + sql.longValue("PRAGMA user_version"));
            return out;
        });
    }
}
