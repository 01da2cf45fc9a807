package id.kantibekisah.settings;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;

import java.util.Locale;
import java.util.Optional;

/** The school profile and key/value settings. */
public final class SettingsService {
    /** The language this PC's window opens in: {@code id} or {@code en}. */
    public static final Setting<String> LANGUAGE = Setting.text("ui.language");

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final SettingsRepository settings = new SettingsRepository();

    public SettingsService(Database db, AuditLog audit, AccessPolicy access) {
        this.db = db;
        this.audit = audit;
        this.access = access;
    }

    /** Readable by everyone, before log-in too: the window title shows the school's name. */
    public SchoolProfile profile() {
        return db.read(settings::profile).orElse(SchoolProfile.UNSET);
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
            settings.saveProfile(sql, profile);
            audit.ok(sql, actor, AuditAction.SETTINGS_UPDATE, null, null, "school profile");
            return null;
        });
    }

    public <T> Optional<T> get(Setting<T> setting) {
        return db.read(sql -> settings.get(sql, setting));
    }

    public <T> void set(Actor actor, Setting<T> setting, T value) {
        access.require(actor, Permission.SETTINGS_MANAGE, AuditAction.SETTINGS_UPDATE);
        db.tx(sql -> {
            settings.put(sql, setting, value);
            audit.ok(sql, actor, AuditAction.SETTINGS_UPDATE, null, null, setting.key());
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
            settings.put(sql, LANGUAGE, tag);
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
}
