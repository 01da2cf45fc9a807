package id.kantibekisah.backup;

import id.kantibekisah.common.Labeled;

/** Why a backup file exists; tells the admin which copy to pick. */
public enum BackupKind implements Labeled {
    /** The automatic copy of one day (made at the first start of the day, renewed on exit). */
    DAILY,
    /** A daily copy older than the daily window, kept as that week's copy. */
    WEEKLY,
    /** The data as it was just before a restore replaced it. */
    BEFORE_RESTORE,
    /** The data as it was just before a program update changed the schema. */
    BEFORE_UPDATE,
    /** A copy the admin made to a chosen folder; never deleted by the program. */
    COPY;

    @Override
    public String labelKey() {
        return "backup.kind." + name();
    }

    /** Copies kept for a one-off event, rotated separately from the daily ones. */
    public boolean safety() {
        return this == BEFORE_RESTORE || this == BEFORE_UPDATE;
    }
}
