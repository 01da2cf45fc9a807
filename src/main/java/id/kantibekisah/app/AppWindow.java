package id.kantibekisah.app;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.demo.DemoSchool;
import id.kantibekisah.security.ui.ChangePasswordView;
import id.kantibekisah.security.ui.ChangePasswordViewModel;
import id.kantibekisah.seal.ui.SealKeyDialogs;
import id.kantibekisah.security.ui.LoggedIn;
import id.kantibekisah.security.ui.LoginView;
import id.kantibekisah.security.ui.LoginViewModel;
import id.kantibekisah.security.ui.SessionGuard;
import id.kantibekisah.setup.ui.SetupWizardView;
import id.kantibekisah.setup.ui.SetupWizardViewModel;
import id.kantibekisah.ui.BackgroundWork;
import id.kantibekisah.ui.FolderOpener;
import id.kantibekisah.ui.ScreenIds;
import id.kantibekisah.ui.TaskRunner;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.View;
import id.kantibekisah.wiring.AppServices;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The program's one window: log-in first (or the first-run wizard while the database has no user), then the main
 * window for the logged-in user (after a forced password change when the admin set the password), guarded by the
 * auto-lock; back to log-in on log-out. The log-in screen is shown at once; the database opens behind it, so
 * start-up never waits for it.
 *
 * <p>The language is remembered per PC (in the database's settings): the window opens in the language chosen last,
 * on the log-in screen or in Pengaturan, unless {@code --lang} asked for one. Switching after log-in rebuilds the
 * main window in the new language and keeps the session.
 */
public final class AppWindow {
    /** Fills a 1366×768 school PC screen; larger screens get a comfortable window, not a huge one. */
    public static final double WIDTH = 1440;
    public static final double HEIGHT = 900;

    private static final Logger LOG = Logger.getLogger(AppWindow.class.getName());

    private final Stage stage;
    private final TaskRunner tasks;
    private final boolean demo;
    private final StackPane root = new StackPane();
    private Locale locale;
    private AppServices services;
    private Throwable openFailure;
    private LoginViewModel login;
    private MainWindow main;
    private FolderOpener folders = FolderOpener.NONE;
    private SessionGuard guard;
    private boolean needsSetup;
    private boolean followStoredLanguage = true;
    /** Someone picked a language on the log-in screen before the database was open: save it once it is. */
    private boolean languagePicked;
    private LoggedIn session;

    public AppWindow(Stage stage, TaskRunner tasks, Locale locale, boolean demo) {
        this.stage = stage;
        this.tasks = tasks;
        this.locale = locale;
        this.demo = demo;
        useFormatLocale(locale);
        // javafx.stage.Screen, not the navigation entry of this package.
        Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(WIDTH, screen.getWidth()), Math.min(HEIGHT, screen.getHeight()));
        Theme.style(scene);
        stage.setScene(scene);
        stage.setMinWidth(1000);
        stage.setMinHeight(640);
        stage.setTitle(messages().get("app.name"));
    }

    /** How screens show a folder in the file manager (the application's host services). */
    public void useFolderOpener(FolderOpener opener) {
        this.folders = opener;
    }

    /**
     * Whether the language remembered on this PC replaces the one given to the constructor (not when the user asked
     * for one with {@code --lang}).
     */
    public void useStoredLanguage(boolean use) {
        this.followStoredLanguage = use;
    }

    /** Shows the log-in screen and opens the services in the background. */
    public void start(BackgroundWork<AppServices> open) {
        showLogin();
        tasks.run("task.openDatabase", open, this::opened, e -> {
            openFailure = e;
            login.failed(e);
        });
    }

    /** Shows the log-in screen over already open services (tests). */
    public void start(AppServices openServices) {
        showLogin();
        opened(openServices);
    }

    public AppServices services() {
        return services;
    }

    public MainWindow main() {
        return main;
    }

    /** The auto-lock of the current session, or null when nobody is logged in. */
    public SessionGuard sessionGuard() {
        return guard;
    }

    /** The texts in the window's current language. */
    public Messages messages() {
        return Messages.of(locale);
    }

    private void opened(AppServices s) {
        this.services = s;
        boolean relabel = false;
        if (languagePicked) {
            saveLanguage(locale);
        } else if (followStoredLanguage) {
            Optional<Locale> stored = s.settings().language();
            if (stored.isPresent() && !stored.get().equals(locale)) {
                locale = stored.get();
                useFormatLocale(locale);
                relabel = true;
            }
        }
        String school = s.settings().profile().name();
        updateTitle();
        needsSetup = s.setup().needed();
        if (needsSetup) {
            showSetup();
            return;
        }
        if (relabel) {
            // The log-in was shown before the database said which language this PC uses: show it again, keeping
            // whatever was typed already.
            String typed = login.usernameProperty().get();
            showLogin();
            login.prefill(typed, "");
            return;
        }
        login.ready(s.users(), s.privacySettings(), school);
    }

    private void updateTitle() {
        String school = services == null ? "" : services.settings().profile().name();
        stage.setTitle(school.isBlank() ? messages().get("app.name") : messages().get("app.title", school));
    }

    private void saveLanguage(Locale chosen) {
        AppServices s = services;
        tasks.run(null, p -> {
            s.settings().saveLanguage(chosen);
            return null;
        }, ok -> { }, e -> LOG.log(Level.WARNING, "could not remember the language", e));
    }

    /** The first-run wizard; when it is done, the log-in with the new admin's name filled in. */
    private void showSetup() {
        SetupWizardViewModel vm = new SetupWizardViewModel(messages(), tasks, services.setup(), username -> {
            needsSetup = false;
            String school = services.settings().profile().name();
            stage.setTitle(messages().get("app.title", school));
            showLogin();
            login.prefill(username, messages().get("setup.done"));
            root.lookup("#login-password").requestFocus();
        });
        View view = new SetupWizardView(vm, messages());
        root.getChildren().setAll(view.node());
        view.onActivate();
    }

    private void showLogin() {
        session = null;
        if (guard != null) {
            guard.stop();
            guard = null;
        }
        if (main != null) {
            main.close();
            main = null;
        }
        if (needsSetup) {
            showSetup();
            return;
        }
        Messages m = messages();
        login = new LoginViewModel(m, tasks, this::loggedIn);
        List<String> hint = demo ? DemoSchool.ACCOUNTS.stream()
                .map(a -> a.username() + " / " + a.password() + " (" + m.label(a.role()) + ")").toList() : List.of();
        View view = new LoginView(login, m, this::switchLanguage, hint);
        root.getChildren().setAll(view.node());
        view.onActivate();
        if (services != null) {
            login.ready(services.users(), services.privacySettings(), services.settings().profile().name());
        } else if (openFailure != null) {
            login.failed(openFailure);
        }
    }

    private void switchLanguage(Locale newLocale) {
        locale = newLocale;
        useFormatLocale(newLocale);
        if (services != null) {
            saveLanguage(newLocale);
        } else {
            languagePicked = true;
        }
        updateTitle();
        showLogin();
    }

    /**
     * Shows the main window again in {@code newLocale} on the settings screen, still logged in (the settings screen
     * has saved the choice already).
     */
    private void switchLanguageLoggedIn(Locale newLocale) {
        if (session == null) {
            return;
        }
        locale = newLocale;
        useFormatLocale(newLocale);
        updateTitle();
        guard.stop();
        main.close();
        // Empty first, so that the old menu's shortcuts leave the scene before the new ones arrive.
        root.getChildren().clear();
        showMain(session, ScreenIds.PREFERENCES);
    }

    /** JavaFX's date picker names months and days in the default format locale, not in ours. */
    private static void useFormatLocale(Locale locale) {
        Locale.setDefault(Locale.Category.FORMAT, id.kantibekisah.ui.Formats.formatLocale(locale));
    }

    private void loggedIn(LoggedIn in) {
        if (in.mustChangePassword()) {
            ChangePasswordViewModel vm = new ChangePasswordViewModel(messages(), tasks, services.users(), in.actor(),
                    in.shortPin(),
                    () -> showMain(in, null), this::showLogin);
            View view = new ChangePasswordView(vm, messages());
            root.getChildren().setAll(view.node());
            view.onActivate();
            return;
        }
        showMain(in, null);
    }

    private void showMain(LoggedIn in, String startScreen) {
        session = in;
        Actor actor = in.actor();
        main = new MainWindow(services, actor, messages(), tasks, () -> stage,
                this::showLogin, folders, startScreen);
        main.onLanguageChange(this::switchLanguageLoggedIn);
        root.getChildren().setAll(main.node());
        guard = new SessionGuard(root, main.node(), actor, in.lockAfter(), services.clock(), services.users(),
                messages(), tasks, this::showLogin);
        main.onLockNow(guard::lockNow);
        guard.start();
        SealKeyDialogs keys = main.sealKeys();
        String notice = keys.notice();
        if (notice != null) {
            main.info(notice);
        }
        keys.afterLogin();
    }
}
