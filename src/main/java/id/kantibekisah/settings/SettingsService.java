package id.kantibekisah.settings;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;

import java.util.Locale;
import java.util.Optional;

/** The school profile and key/value settings. */
public final class SettingsService {
    /** The language this PC's window opens in: {@code id} or {@code en}. */
    public static final String LANGUAGE = "ui.language";

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;

    public SettingsService(Database db, AuditLog audit, AccessPolicy access) {
        this.db = db;
        this.audit = audit;
        this.access = access;
    }

    /** Readable by everyone, before log-in too: the window title shows the school's name. */
    public SchoolProfile profile() {
        return db.read(sql -> sql.one("SELECT * FROM school_profile WHERE id = 1",
                r -> new SchoolProfile(r.str("name"), r.str("npsn"), r.str("address"), r.str("city"),
                        r.str("principal_name")))).orElse(SchoolProfile.UNSET);
    }

    public void updateProfile(Actor actor, SchoolProfile profile) {
        access.require(actor, Permission.SETTINGS_MANAGE, AuditAction.SETTINGS_UPDATE);
        if (profile.name() == null || profile.name().isBlank()) {
            throw new ValidationException("school.error.nameMissing");
        }
        if (profile.npsn() != null && !profile.npsn().isBlank() && !profile.npsn().trim().matches("\\d{8}")) {
            throw new ValidationException("school.error.npsn");
        }
        db.tx(sql -> {
            saveProfile(sql, profile);
            audit.ok(sql, actor, AuditAction.SETTINGS_UPDATE, null, null, "school profile");
            return null;
        });
    }

    /** Writes the profile in the caller's transaction (first-run set-up, demo seeding). */
    public static void saveProfile(Sql sql, SchoolProfile p) {
        sql.update("""
                INSERT INTO school_profile (id, name, npsn, address, city, principal_name)
                VALUES (1, ?, ?, ?, ?, ?)
                ON CONFLICT (id) DO UPDATE SET name = excluded.name, npsn = excluded.npsn,
                    address = excluded.address, city = excluded.city, principal_name = excluded.principal_name""",
                p.name().trim(), blankToNull(p.npsn()), blankToNull(p.address()), blankToNull(p.city()),
                blankToNull(p.principalName()));
    }

    public Optional<String> get(String key) {
        return db.read(sql -> sql.string("SELECT value FROM settings WHERE key = ?", key));
    }

    public void set(Actor actor, String key, String value) {
        access.require(actor, Permission.SETTINGS_MANAGE, AuditAction.SETTINGS_UPDATE);
        db.tx(sql -> {
            put(sql, key, value);
            audit.ok(sql, actor, AuditAction.SETTINGS_UPDATE, null, null, key);
            return null;
        });
    }

    /** The language someone chose on this PC (log-in screen or settings), if anyone did. */
    public Optional<Locale> language() {
        return get(LANGUAGE).flatMap(SettingsService::supportedLanguage);
    }

    /**
     * Remembers the window's language for this PC: the log-in screen and every account open in it. Anyone at the PC
     * may choose it, before log-in too, so it takes no actor: it is a display preference that reveals and protects
     * nothing (a shared school PC should not make each user pick their language again).
     */
    public void saveLanguage(Locale locale) {
        String tag = supportedLanguage(locale == null ? "" : locale.getLanguage())
                .orElseThrow(() -> new ValidationException("settings.error.language"))
                .getLanguage();
        db.tx(sql -> {
            put(sql, LANGUAGE, tag);
            return null;
        });
    }

    private static Optional<Locale> supportedLanguage(String tag) {
        return switch (tag) {
            case "id", "in" -> Optional.of(Messages.INDONESIAN);
            case "en" -> Optional.of(Messages.ENGLISH);
            default -> Optional.empty();
        };
    }

    public static void put(Sql sql, String key, String value) {
        sql.update("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
                key, value);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
