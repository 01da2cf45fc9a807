package id.kantibekisah.app;

import id.kantibekisah.backup.BackupFailedException;
import id.kantibekisah.backup.StartupPrompts;
import id.kantibekisah.db.DatabaseInUseException;
import id.kantibekisah.demo.DemoSchool;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.wiring.AppServices;

import java.nio.file.Path;
import java.time.Clock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What the window does around opening and closing the database: the safe opening with its questions, the demo
 * seeding, the day's automatic backup, and the backup on exit. Kept out of {@link AppWindow}, which only shows the
 * result.
 */
public final class AppStartup {
    private static final Logger LOG = Logger.getLogger(AppStartup.class.getName());

    private AppStartup() {
    }

    /** Opens the services for the window; runs on the worker thread, asking through {@code prompts}. */
    public static AppServices open(Path database, boolean demo, Clock clock, PasswordHasher hasher,
                                   StartupPrompts prompts) {
        AppServices services;
        try {
            services = AppServices.open(database, clock, hasher, prompts);
        } catch (DatabaseInUseException e) {
            prompts.inUse(e);
            throw e;
        }
        try {
            if (demo && !services.users().hasUsers()) {
                new DemoSchool(services.db(), services.hasher(), clock).seed();
            }
            services.backups().dailyIfDue();
        } catch (BackupFailedException e) {
            // The program is usable without today's copy; the earlier ones are intact. Say so, and go on.
            prompts.backupFailed(e);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
        return services;
    }

    /** Renews today's backup and closes the database (and its lock); a failed backup is logged and audited. */
    public static void closeWithBackup(AppServices services) {
        try {
            services.backups().onExit();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "backup on exit failed", e);
        } finally {
            services.close();
        }
    }
}
