package id.kantibekisah.app;

import id.kantibekisah.cli.Cli;
import id.kantibekisah.common.Messages;
import id.kantibekisah.db.DataPaths;
import id.kantibekisah.backup.ui.BackupTimer;
import id.kantibekisah.backup.ui.FxStartupPrompts;
import id.kantibekisah.db.DatabaseLock;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** The JavaFX application: one {@link AppWindow} on the database the command line chose. */
public final class KantiBekisahApp extends Application {
    static final String STARTUP_PROBE = "kantibekisah.startupProbe";
    private static volatile Cli.GuiOptions options;

    private FxTaskRunner tasks;
    private AppWindow window;
    private BackupTimer backupTimer;

    /** Starts the window and returns when it closes. */
    public static void launch(Cli.GuiOptions guiOptions) {
        options = guiOptions;
        Application.launch(KantiBekisahApp.class);
    }

    @Override
    public void start(Stage stage) {
        Theme.applyUserAgent();
        Cli.GuiOptions o = options;
        Locale locale = o == null ? Messages.INDONESIAN : o.locale();
        // Task titles follow the window's language, also after a switch.
        tasks = new FxTaskRunner(() -> window == null ? Messages.of(locale) : window.messages());
        window = new AppWindow(stage, tasks, locale, o != null && o.demo());
        window.useStoredLanguage(o == null || !o.languageChosen());
        window.useFolderOpener(new HostFolderOpener(getHostServices()));
        if (Boolean.getBoolean(STARTUP_PROBE)) {
            reportStartupWhenShown(stage);
        }
        new WindowPlacement(DataPaths.dataFolder()).applyTo(stage);
        stage.show();
        Clock clock = Clock.systemDefaultZone();
        DatabaseLock.describeProgram(DatabaseLock.WINDOW);
        FxStartupPrompts prompts = new FxStartupPrompts(() -> stage, Messages.of(locale), Platform::exit);
        window.start(progress -> AppStartup.open(o.database(), o.demo(), clock, new PasswordHasher(), prompts));
        backupTimer = new BackupTimer(tasks,
                () -> window.services() == null ? null : window.services().backups());
        backupTimer.start();
    }

    /**
     * For the start-up benchmark: prints the time from JVM start to the log-in window on screen, then quits. The
     * bare-window floor it is compared with does exactly the same.
     */
    private static void reportStartupWhenShown(Stage stage) {
        stage.setOnShown(e -> Platform.runLater(() -> {
            Instant jvmStart = ProcessHandle.current().info().startInstant().orElseThrow();
            System.out.println("STARTUP_MS " + Duration.between(jvmStart, Instant.now()).toMillis());
            Platform.exit();
        }));
    }

    @Override
    public void stop() {
        if (backupTimer != null) {
            backupTimer.stop();
        }
        if (tasks != null) {
            tasks.shutdown(10);
        }
        if (window != null && window.services() != null) {
            AppStartup.closeWithBackup(window.services());
        }
    }
}
