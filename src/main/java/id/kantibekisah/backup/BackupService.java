package id.kantibekisah.backup;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.audit.DatabaseCheck;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.db.PrivateFiles;
import id.kantibekisah.db.SqliteHeader;
import id.kantibekisah.settings.Setting;
import id.kantibekisah.settings.SettingsRepository;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Backups and restore of the open database. The automatic backups (first start of the day, exit) run as the
 * program itself; everything else is an admin's action, checked and audited like any other.
 */
public final class BackupService {
    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());
    /** Settings keys (the {@code settings} table). */
    public static final Setting<Path> FOLDER_SETTING = Setting.path("backupFolder");
    public static final Setting<Integer> KEEP_DAILY_SETTING = Setting.number("backupKeepDaily");
    public static final Setting<Integer> KEEP_WEEKLY_SETTING = Setting.number("backupKeepWeekly");
    /** Beside the database: the checked copy of a backup waiting to be restored. */
    static final String RESTORE_STAGING = "-restore";
    /** Who the audit log names for the automatic backups. */
    public static final Actor AUTOMATIC = new Actor(null, "otomatis", "Automatic backup", Role.SYSTEM, null);

    /** An automatic backup that failed, for the admin's screen. */
    public record FailedBackup(Instant at, BackupFailedException error) {
    }

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SettingsRepository stored = new SettingsRepository();
    private volatile FailedBackup lastFailure;

    public BackupService(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    // ---- automatic: the program itself ------------------------------------------------------------------

    /** At start-up (and while the program stays open past midnight): today's copy, unless there is one already. */
    public Optional<BackupFile> dailyIfDue() {
        BackupFolder folder = folder(settings());
        if (Files.exists(folder.daily(today()))) {
            return Optional.empty();
        }
        return Optional.of(automatic("start of day"));
    }

    /** On exit: renews today's copy with the data as it is now. */
    public BackupFile onExit() {
        return automatic("exit");
    }

    private BackupFile automatic(String occasion) {
        try {
            BackupFile file = writeDaily(settings(), Progress.NONE, AUTOMATIC, occasion);
            lastFailure = null;
            return file;
        } catch (BackupFailedException e) {
            lastFailure = new FailedBackup(clock.instant(), e);
            throw e;
        }
    }

    /** The automatic backup that failed last, if no automatic backup succeeded since. */
    public Optional<FailedBackup> lastFailure() {
        return Optional.ofNullable(lastFailure);
    }

    // ---- the admin's actions ----------------------------------------------------------------------------

    public BackupOverview overview(Actor actor) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.BACKUP);
        BackupSettings s = settings();
        BackupFolder folder = folder(s);
        List<BackupFile> files = new ArrayList<>(folder.list(s.keepDaily()));
        files.sort(Comparator.comparing(BackupFile::modified).reversed());
        return new BackupOverview(s, folder.dir(), files, lastFailure());
    }

    /** Makes today's copy in the backup folder now (replacing an earlier one of today) and rotates. */
    public BackupFile backupNow(Actor actor, Progress progress) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.BACKUP);
        return writeDaily(settings(), progress, actor, "by hand");
    }

    /**
     * Copies the database to a chosen place: a folder (a USB stick; the file gets a dated name there) or a file
     * name. An existing file is replaced only when it is itself a Kanti Bekisah database (an older copy).
     *
     * @return the file written
     */
    public Path backupTo(Actor actor, Path target, Progress progress) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.BACKUP);
        Path t = target.toAbsolutePath().normalize();
        // A folder (existing, or a new name without ".db": "E:\Cadangan") gets a dated file; else it is the file.
        boolean folder = Files.isDirectory(t) || (!Files.exists(t) && !t.getFileName().toString().toLowerCase(
                Locale.ROOT).endsWith(".db"));
        Path file = folder ? BackupFolder.copyIn(t, db.file(), LocalDateTime.now(clock)) : t;
        if (isDatabaseOrSideFile(file)) {
            throw new ValidationException("backup.error.targetIsDatabase", file.toString());
        }
        if (Files.exists(file) && SqliteHeader.read(file).map(h -> !h.ours()).orElse(true)) {
            throw new ValidationException("backup.error.targetExists", file.toString());
        }
        try {
            Snapshots.Snapshot s = Snapshots.take(db, file, progress);
            auditOk(actor, AuditAction.BACKUP, "copy " + file + ", " + s.size() + " bytes");
            return file;
        } catch (RuntimeException e) {
            throw failed(actor, e, file.getParent(), "copy " + file);
        }
    }

    /** Checks a file for restoring and tells what it holds. */
    public BackupInfo inspect(Actor actor, Path file) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.RESTORE);
        return Snapshots.inspect(file);
    }

    /**
     * Replaces the data with the backup in {@code file}: checks it (integrity, schema, audit chain), stages a copy
     * beside the database and brings it up to this version's schema, keeps a checked copy of the current data, then
     * swaps the content in one transaction. Both databases record it, and what they say is always what happened,
     * even when the program is killed half-way: the staged copy gets its "restored from" row before it goes in, so
     * the data that lives on carries it exactly when it came in; the kept copy of the old data gets its "data
     * replaced" row only after the swap.
     */
    public RestoreResult restore(Actor actor, Path file, Progress progress) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.RESTORE);
        Path candidate = file.toAbsolutePath().normalize();
        if (isDatabaseOrSideFile(candidate)) {
            throw new ValidationException("restore.error.isCurrent", candidate.toString());
        }
        BackupInfo info = Snapshots.inspect(candidate);
        BackupSettings s = settings();
        BackupFolder folder = folder(s);
        Path staging = BackupFolder.temporaryFor(db.file().resolveSibling(db.file().getFileName() + RESTORE_STAGING));
        boolean replaced = false;
        try {
            Snapshots.copyFile(candidate, staging, Progress.NONE);
            matchPageSize(staging);
            Path previous = folder.safety(BackupKind.BEFORE_RESTORE, LocalDateTime.now(clock));
            try {
                Snapshots.take(db, previous, Progress.NONE);
            } catch (RuntimeException e) {
                throw failed(actor, e, folder.dir(), "copy before restore " + previous);
            }
            stage(staging, info, actor, "restored from " + candidate + " (schema " + info.schemaVersion() + ", "
                    + info.cases() + " cases); previous data kept as " + previous);
            db.restoreFrom(staging, progress);
            replaced = true;
            List<String> check = db.read(sql -> sql.list("PRAGMA quick_check", r -> r.str("quick_check")));
            if (!check.equals(List.of("ok"))) {
                throw new ServiceException("restore.error.afterwards", String.join("; ", check), previous.toString());
            }
            recordReplaced(previous, actor, "data replaced from " + candidate + " by a restore; this copy is the "
                    + "data as it was before");
            folder.rotate(s.keepDaily(), s.keepWeekly());
            return new RestoreResult(info, previous);
        } catch (RuntimeException e) {
            auditQuietly(actor, AuditAction.RESTORE, AuditOutcome.FAILED, (replaced
                    ? "restored, but failed afterwards: restore from " : "not done, data unchanged: restore from ")
                    + candidate + ": " + e.getMessage());
            throw e;
        } finally {
            Snapshots.deleteQuietly(staging);
        }
    }

    /**
     * Brings the staged copy to this version's schema and writes its own audit row, before it replaces anything:
     * a migration that fails leaves the live data untouched.
     */
    private void stage(Path staging, BackupInfo info, Actor actor, String detail) {
        try (Database copy = Database.openCopy(staging)) {
            if (copy.userVersion() < Migrations.latestVersion()) {
                try {
                    Migrations.migrate(copy);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "migrating the backup to restore", e);
                    throw new ValidationException("restore.error.migration", info.file().toString(),
                            info.schemaVersion(), Migrations.latestVersion());
                }
            }
            AuditLog log = new AuditLog(copy, clock);
            copy.tx(sql -> {
                log.ok(sql, actor, AuditAction.RESTORE, null, null, detail);
                return null;
            });
        }
        Snapshots.force(staging);
    }

    /** The kept copy of the replaced data says so; it is a copy, so a failure here is logged, not thrown. */
    private void recordReplaced(Path previous, Actor actor, String detail) {
        try (Database copy = Database.openCopy(previous)) {
            AuditLog log = new AuditLog(copy, clock);
            copy.tx(sql -> {
                log.ok(sql, actor, AuditAction.RESTORE, null, null, detail);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not record the restore in " + previous, e);
        }
    }

    /** Integrity, foreign keys and the audit chain of the open database (the admin's check button). */
    public DatabaseCheck.Report check(Actor actor) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.VERIFY);
        DatabaseCheck.Report report = DatabaseCheck.run(db, audit);
        if (report.ok()) {
            auditOk(actor, AuditAction.VERIFY, "ok");
        } else {
            auditQuietly(actor, AuditAction.VERIFY, AuditOutcome.FAILED, report.summary());
        }
        return report;
    }

    public BackupSettings settings(Actor actor) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.SETTINGS_UPDATE);
        return settings();
    }

    /** Changes the backup folder and how many copies are kept; the folder must exist or be creatable, and writable. */
    public void updateSettings(Actor actor, BackupSettings settings) {
        access.require(actor, Permission.BACKUP_MANAGE, AuditAction.SETTINGS_UPDATE);
        if (settings.keepDaily() < 1 || settings.keepDaily() > BackupSettings.MAX_KEEP_DAILY) {
            throw new ValidationException("backup.error.keepDaily", BackupSettings.MAX_KEEP_DAILY);
        }
        if (settings.keepWeekly() < 0 || settings.keepWeekly() > BackupSettings.MAX_KEEP_WEEKLY) {
            throw new ValidationException("backup.error.keepWeekly", BackupSettings.MAX_KEEP_WEEKLY);
        }
        Optional<Path> folder = settings.folder().map(p -> p.toAbsolutePath().normalize());
        folder.ifPresent(BackupService::requireWritableFolder);
        db.tx(sql -> {
            folder.ifPresentOrElse(f -> stored.put(sql, FOLDER_SETTING, f), () -> stored.clear(sql, FOLDER_SETTING));
            stored.put(sql, KEEP_DAILY_SETTING, settings.keepDaily());
            stored.put(sql, KEEP_WEEKLY_SETTING, settings.keepWeekly());
            audit.ok(sql, actor, AuditAction.SETTINGS_UPDATE, null, null, "backup settings: folder "
                    + folder.map(Path::toString).orElse("(default)") + ", keep " + settings.keepDaily() + " daily "
                    + settings.keepWeekly() + " weekly");
            return null;
        });
    }

    // ---- shared with the start-up ----------------------------------------------------------------------

    /** The settings as stored (defaults for what is missing or unreadable). */
    public BackupSettings settings() {
        return db.read(sql -> new BackupSettings(stored.get(sql, FOLDER_SETTING),
                stored.get(sql, KEEP_DAILY_SETTING).orElse(BackupSettings.DEFAULT_KEEP_DAILY),
                stored.get(sql, KEEP_WEEKLY_SETTING).orElse(BackupSettings.DEFAULT_KEEP_WEEKLY)));
    }

    public BackupFolder folder(BackupSettings s) {
        return new BackupFolder(s.folder().orElseGet(() -> BackupFolder.defaultFor(db.file())), db.file());
    }

    /**
     * A checked copy before an event that changes much at once (a schema update); audited as a backup.
     */
    public BackupFile safetyCopy(BackupKind kind, String why) {
        BackupSettings s = settings();
        BackupFolder folder = folder(s);
        Path target = folder.safety(kind, LocalDateTime.now(clock));
        try {
            Snapshots.take(db, target, Progress.NONE);
            auditOk(AUTOMATIC, AuditAction.BACKUP, why + ": " + target);
            folder.rotate(s.keepDaily(), s.keepWeekly());
            return folder.parse(target).orElseThrow();
        } catch (RuntimeException e) {
            throw failed(AUTOMATIC, e, folder.dir(), why + ": " + target);
        }
    }

    private BackupFile writeDaily(BackupSettings s, Progress progress, Actor actor, String occasion) {
        BackupFolder folder = folder(s);
        Path target = folder.daily(today());
        try {
            folder.removeStaleTemporaries(clock.instant().minus(Duration.ofHours(1)));
            Snapshots.Snapshot snap = Snapshots.take(db, target, progress);
            auditOk(actor, AuditAction.BACKUP, occasion + ": " + target + ", " + snap.size() + " bytes");
            folder.rotate(s.keepDaily(), s.keepWeekly());
            return folder.parse(target).orElseThrow();
        } catch (RuntimeException e) {
            throw failed(actor, e, folder.dir(), occasion + ": " + target);
        }
    }

    private BackupFailedException failed(Actor actor, RuntimeException e, Path folder, String what) {
        if (e instanceof BackupFailedException bf) {
            return bf;
        }
        ServiceException reason = Snapshots.reason(e, folder);
        LOG.log(Level.WARNING, "backup failed: " + what, e);
        auditQuietly(actor, AuditAction.BACKUP, AuditOutcome.FAILED, what + ": " + reason.getMessage());
        BackupFailedException failure = new BackupFailedException(reason, folder);
        failure.addSuppressed(e);
        return failure;
    }

    private void auditOk(Actor actor, AuditAction action, String detail) {
        db.tx(sql -> {
            audit.ok(sql, actor, action, null, null, detail);
            return null;
        });
    }

    /** An audit row for a failure; the disk may be what failed, so its own failure is logged, not thrown. */
    private void auditQuietly(Actor actor, AuditAction action, AuditOutcome outcome, String detail) {
        try {
            db.tx(sql -> {
                audit.append(sql, actor, action, outcome, null, null, detail);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "could not audit " + action + " " + outcome, e);
        }
    }

    /** A backup with another page size cannot be copied into the live database (WAL); convert the staged copy. */
    private void matchPageSize(Path staging) {
        long live = db.read(sql -> sql.longValue("PRAGMA page_size"));
        SqliteHeader header = SqliteHeader.read(staging).orElseThrow();
        if (header.pageSize() != live) {
            try (Database copy = Database.openCopy(staging)) {
                copy.withoutTransaction(sql -> {
                    sql.execute("PRAGMA page_size = " + live);
                    sql.execute("VACUUM");
                });
            }
        }
    }

    private boolean isDatabaseOrSideFile(Path p) {
        Path live = db.file().toAbsolutePath().normalize();
        String name = live.getFileName().toString();
        return p.equals(live) || p.equals(live.resolveSibling(name + "-wal"))
                || p.equals(live.resolveSibling(name + "-shm")) || p.equals(live.resolveSibling(name + ".lock"));
    }

    private static void requireWritableFolder(Path folder) {
        try {
            PrivateFiles.createDirectories(folder);
            Path probe = Files.createTempFile(folder, ".kanti-bekisah-", ".probe");
            Files.delete(probe);
        } catch (IOException | RuntimeException e) {
            throw new ValidationException("backup.error.folderNotWritable", folder.toString());
        }
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }
}
