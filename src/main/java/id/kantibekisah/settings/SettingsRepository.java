package id.kantibekisah.settings;

import id.kantibekisah.db.Sql;

import java.util.Optional;

/** SQL for the {@code settings} (typed key/value pairs, see {@link Setting}) and {@code school_profile} tables. */
public final class SettingsRepository {

    /** The stored value, empty when there is none or it is not of the setting's type. */
    public <T> Optional<T> get(Sql sql, Setting<T> setting) {
        return sql.string("SELECT value FROM settings WHERE key = ?", setting.key()).flatMap(setting.decode());
    }

    public <T> void put(Sql sql, Setting<T> setting, T value) {
        sql.update("""
                INSERT INTO settings (key, value) VALUES (?, ?)
                ON CONFLICT (key) DO UPDATE SET value = excluded.value""", setting.key(), setting.encode().apply(value));
    }

    /** Forgets the stored value: the setting reads as absent again (its default). */
    public void clear(Sql sql, Setting<?> setting) {
        sql.update("DELETE FROM settings WHERE key = ?", setting.key());
    }

    public Optional<SchoolProfile> profile(Sql sql) {
        return sql.one("SELECT name, npsn, address, city, principal_name FROM school_profile WHERE id = 1",
                r -> new SchoolProfile(r.str("name"), r.str("npsn"), r.str("address"), r.str("city"),
                        r.str("principal_name")));
    }

    public void saveProfile(Sql sql, SchoolProfile p) {
        sql.update("""
                INSERT INTO school_profile (id, name, npsn, address, city, principal_name)
                VALUES (1, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, npsn = excluded.npsn,
                    address = excluded.address, city = excluded.city, principal_name = excluded.principal_name""",
                p.name().trim(), blankToNull(p.npsn()), blankToNull(p.address()), blankToNull(p.city()),
                blankToNull(p.principalName()));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
