package id.kantibekisah.privacy;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;
import id.kantibekisah.settings.Setting;
import id.kantibekisah.settings.SettingsRepository;

/** Reads and changes {@link PrivacySettings}, stored in the key/value settings table. */
public final class PrivacySettingsService {
    static final Setting<Integer> STAFF_LOCK = Setting.number("policy.staffLockMinutes");
    static final Setting<Integer> CADRE_LOCK = Setting.number("policy.cadreLockMinutes");
    static final Setting<Integer> RETENTION = Setting.number("policy.retentionYears");
    private static final SettingsRepository SETTINGS = new SettingsRepository();

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;

    public PrivacySettingsService(Database db, AuditLog audit, AccessPolicy access) {
        this.db = db;
        this.audit = audit;
        this.access = access;
    }

    /** The settings in force; readable without an actor, since the window applies the lock to everyone. */
    public PrivacySettings current() {
        return db.read(PrivacySettingsService::read);
    }

    /**
     * What is stored, kept within the allowed ranges: a value written some other way (the generic settings call,
     * a hand-edited file) must never lock a window at once or keep data for a century.
     */
    static PrivacySettings read(Sql sql) {
        return new PrivacySettings(
                clamp(number(sql, STAFF_LOCK, PrivacySettings.DEFAULT_STAFF_LOCK_MINUTES),
                        PrivacySettings.MIN_LOCK_MINUTES, PrivacySettings.MAX_LOCK_MINUTES),
                clamp(number(sql, CADRE_LOCK, PrivacySettings.DEFAULT_CADRE_LOCK_MINUTES),
                        PrivacySettings.MIN_LOCK_MINUTES, PrivacySettings.MAX_LOCK_MINUTES),
                clamp(number(sql, RETENTION, PrivacySettings.DEFAULT_RETENTION_YEARS),
                        PrivacySettings.MIN_RETENTION_YEARS, PrivacySettings.MAX_RETENTION_YEARS));
    }

    private static int clamp(int value, int min, int max) {
        return Math.max(min, Math.min(max, value));
    }

    public PrivacySettings update(Actor actor, PrivacySettings settings) {
        access.require(actor, Permission.SETTINGS_MANAGE, AuditAction.SETTINGS_UPDATE);
        checkRange(settings.staffLockMinutes(), PrivacySettings.MIN_LOCK_MINUTES, PrivacySettings.MAX_LOCK_MINUTES,
                "privacy.error.lockMinutes");
        checkRange(settings.cadreLockMinutes(), PrivacySettings.MIN_LOCK_MINUTES, PrivacySettings.MAX_LOCK_MINUTES,
                "privacy.error.lockMinutes");
        checkRange(settings.retentionYears(), PrivacySettings.MIN_RETENTION_YEARS,
                PrivacySettings.MAX_RETENTION_YEARS, "privacy.error.retentionYears");
        return db.tx(sql -> {
            SETTINGS.put(sql, STAFF_LOCK, settings.staffLockMinutes());
            SETTINGS.put(sql, CADRE_LOCK, settings.cadreLockMinutes());
            SETTINGS.put(sql, RETENTION, settings.retentionYears());
            audit.ok(sql, actor, AuditAction.SETTINGS_UPDATE, null, null, "privacy: lock "
                    + settings.staffLockMinutes() + "/" + settings.cadreLockMinutes() + " min, retention "
                    + settings.retentionYears() + " y");
            return read(sql);
        });
    }

    private static void checkRange(int value, int min, int max, String key) {
        if (value < min || value > max) {
            throw new ValidationException(key, min, max);
        }
    }

    private static int number(Sql sql, Setting<Integer> setting, int fallback) {
        return SETTINGS.get(sql, setting).orElse(fallback);
    }
}
