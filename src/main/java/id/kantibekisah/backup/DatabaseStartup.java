package id.kantibekisah.backup;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.DatabaseException;
import id.kantibekisah.db.DatabaseHealth;
import id.kantibekisah.db.DatabaseLock;
import id.kantibekisah.db.Migrations;
import id.kantibekisah.db.NetworkLocation;
import id.kantibekisah.db.Schema;
import id.kantibekisah.settings.SettingsRepository;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Opening the database the safe way, for the window and every command: refuse a network drive, take the one-writer
 * lock, check the file before anything writes to it (a damaged one is replaced by a backup only when someone
 * chooses one, else left as it is), take a checked backup before a schema update, migrate, and put back triggers
 * and indexes that were dropped or rewritten from outside. A failed migration rolls back and leaves the file at its
 * old version.
 */
public final class DatabaseStartup {
    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());
    /** Who the audit log names for what the start-up does before anyone logs in. */
    public static final Actor STARTUP = new Actor(null, "startup", "Start-up check", Role.SYSTEM, null);
    /** How many of the newest backups are checked when looking for a good one to offer. */
    static final int BACKUPS_TRIED = 30;

    /** An open, checked, current database and its lock (released when the caller closes it). */
    public record Opened(Database db, DatabaseLock lock, Migrations.Result migration,
                         Optional<BackupFile> beforeUpdate, Optional<Recovery.Result> recovered) {
    }

    private DatabaseStartup() {
    }

    public static Opened open(Path file, Clock clock, StartupPrompts prompts) {
        return open(file, clock, prompts, Migrations.FILES.stream().map(n -> "/db/migration/" + n).toList(),
                NetworkLocation.SYSTEM);
    }

    /** With other migration scripts and another view of the network (tests). */
    static Opened open(Path file, Clock clock, StartupPrompts prompts, List<String> migrations,
                       NetworkLocation network) {
        Path absolute = file.toAbsolutePath().normalize();
        network.refuseNetwork(absolute);
        DatabaseLock lock = DatabaseLock.acquire(absolute, clock);
        try {
            removeStaleStaging(absolute);
            Optional<Recovery.Result> recovered = checkOrRecover(absolute, clock, prompts);
            Database db = Database.open(absolute);
            try {
                return migrate(db, lock, clock, migrations, recovered);
            } catch (RuntimeException e) {
                db.close();
                throw e;
            }
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    private static Optional<Recovery.Result> checkOrRecover(Path file, Clock clock, StartupPrompts prompts) {
        Optional<Recovery.Result> recovered = Optional.empty();
        ServiceException lastAttempt = null;
        while (true) {
            DatabaseHealth.Health health = DatabaseHealth.check(file);
            if (health.sound()) {
                return recovered;
            }
            DamagedDatabase damaged = describe(file, health);
            if (health.state() == DatabaseHealth.State.NOT_SQLITE && damaged.newestGood().isEmpty()
                    && !BackupFolder.defaultFor(file).toFile().isDirectory()) {
                // Never ours, as far as anything shows (no backups beside it): some other file, left alone.
                throw new DatabaseException("db.error.notADatabase", null, file);
            }
            Optional<Path> choice = prompts.damaged(damaged, lastAttempt);
            if (choice.isEmpty()) {
                throw new DamagedDatabaseException(damaged);
            }
            try {
                recovered = Optional.of(Recovery.replaceDamaged(file, choice.get(), damaged.folder(), clock));
                prompts.recovered(recovered.get());
                lastAttempt = null;
            } catch (ServiceException e) {
                lastAttempt = e;
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "replacing the damaged database", e);
                lastAttempt = new ServiceException("startup.error.recoveryFailed", e, String.valueOf(e.getMessage()));
            }
        }
    }

    private static Opened migrate(Database db, DatabaseLock lock, Clock clock, List<String> migrations,
                                  Optional<Recovery.Result> recovered) {
        int version = Migrations.checkCompatible(db);
        AuditLog audit = new AuditLog(db, clock);
        BackupService backups = new BackupService(db, audit, new AccessPolicy(audit), clock);
        Optional<BackupFile> beforeUpdate = Optional.empty();
        if (version > 0 && version < migrations.size()) {
            beforeUpdate = Optional.of(backups.safetyCopy(BackupKind.BEFORE_UPDATE,
                    "before update " + version + " -> " + migrations.size()));
        }
        Migrations.Result result;
        try {
            result = Migrations.migrate(db, migrations);
        } catch (RuntimeException e) {
            LOG.log(Level.SEVERE, "migration failed", e);
            throw new ServiceException("startup.error.migrationFailed", e, version, migrations.size(),
                    beforeUpdate.map(b -> b.path().toString()).orElse("-"),
                    e instanceof ServiceException se ? se : new ServiceException("db.error.other", e.getMessage()));
        }
        // The append-only triggers (and any index) dropped from outside come back before anyone writes.
        List<Schema.Difference> repaired = Schema.repair(db, migrations);
        if (!repaired.isEmpty()) {
            LOG.warning("schema repaired: " + repaired);
            db.tx(sql -> {
                audit.ok(sql, STARTUP, AuditAction.SCHEMA_REPAIR, null, null, "re-created " + repaired);
                return null;
            });
        }
        recovered.ifPresent(r -> db.tx(sql -> {
            audit.ok(sql, STARTUP, AuditAction.RESTORE, null, null, "damaged database replaced at start-up by "
                    + r.from().file() + "; damaged file kept in " + r.keptDamaged());
            return null;
        }));
        return new Opened(db, lock, result, beforeUpdate, recovered);
    }

    /**
     * Copies a restore or a recovery left half-made beside the database when the program died; only the holder of
     * the lock makes them, so none is in use now.
     */
    private static void removeStaleStaging(Path db) {
        String name = db.getFileName().toString();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(db.getParent(),
                p -> {
                    String n = p.getFileName().toString();
                    return (n.startsWith(name + BackupService.RESTORE_STAGING + ".")
                            || n.startsWith(name + Recovery.STAGING + ".")) && n.contains(BackupFolder.TEMPORARY);
                })) {
            for (Path p : stream) {
                Snapshots.deleteQuietly(p);
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cleaning beside " + db, e);
        }
    }

    /** The damage, and the newest backup that passes its check, looking where the settings say and beside it. */
    static DamagedDatabase describe(Path file, DatabaseHealth.Health health) {
        Set<Path> folders = new LinkedHashSet<>();
        configuredFolder(file).ifPresent(folders::add);
        folders.add(BackupFolder.defaultFor(file));
        List<BackupFile> candidates = new ArrayList<>();
        for (Path folder : folders) {
            try {
                candidates.addAll(new BackupFolder(folder, file).list(Integer.MAX_VALUE));
            } catch (RuntimeException e) {
                LOG.log(Level.WARNING, "listing backups in " + folder, e);
            }
        }
        candidates.sort(Comparator.comparing(BackupFile::modified).reversed());
        Optional<BackupInfo> good = Optional.empty();
        for (BackupFile candidate : candidates.stream().limit(BACKUPS_TRIED).toList()) {
            try {
                good = Optional.of(Snapshots.inspect(candidate.path()));
                break;
            } catch (ServiceException e) {
                LOG.log(Level.WARNING, "backup " + candidate.path() + " is not usable: " + e.getMessage());
            }
        }
        Path folder = good.map(b -> b.file().getParent()).orElse(folders.iterator().next());
        return new DamagedDatabase(file, health.findings(), folder, good);
    }

    /** The backup folder the admin chose, if the damaged file still tells (read-only; it may well not). */
    private static Optional<Path> configuredFolder(Path file) {
        try (Database db = Database.openReadOnly(file)) {
            return db.read(sql -> new SettingsRepository().get(sql, BackupService.FOLDER_SETTING));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
