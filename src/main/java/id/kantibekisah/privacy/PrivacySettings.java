package id.kantibekisah.privacy;

import id.kantibekisah.access.Role;

import java.time.Duration;

/**
 * The admin's privacy and security settings: how long the window may sit without input before the lock screen
 * covers it (staff and cadres apart: a cadre's PC is usually in a classroom), and how many years a student who
 * left the school is kept by name before being anonymised.
 */
public record PrivacySettings(int staffLockMinutes, int cadreLockMinutes, int retentionYears) {
    public static final int DEFAULT_STAFF_LOCK_MINUTES = 5;
    public static final int DEFAULT_CADRE_LOCK_MINUTES = 2;
    public static final int DEFAULT_RETENTION_YEARS = 3;
    public static final int MIN_LOCK_MINUTES = 1;
    public static final int MAX_LOCK_MINUTES = 60;
    public static final int MIN_RETENTION_YEARS = 1;
    public static final int MAX_RETENTION_YEARS = 25;

    public static final PrivacySettings DEFAULTS = new PrivacySettings(DEFAULT_STAFF_LOCK_MINUTES,
            DEFAULT_CADRE_LOCK_MINUTES, DEFAULT_RETENTION_YEARS);

    /** How long a user of this role may leave the window without input before it locks. */
    public Duration lockAfter(Role role) {
        return Duration.ofMinutes(role == Role.CADRE ? cadreLockMinutes : staffLockMinutes);
    }
}
