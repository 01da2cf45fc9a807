package id.kantibekisah.app;

import id.kantibekisah.cli.Cli;
import id.kantibekisah.common.Messages;
import id.kantibekisah.demo.DemoSchool;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.application.Application;
import javafx.stage.Stage;

import java.time.Clock;
import java.util.Locale;

/** The JavaFX application: one {@link AppWindow} on the database the command line chose. */
public final class KantiBekisahApp extends Application {
    private static volatile Cli.GuiOptions options;

    private FxTaskRunner tasks;
    private AppWindow window;

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
        tasks = new FxTaskRunner(() -> Messages.of(locale));
        window = new AppWindow(stage, tasks, locale, o != null && o.demo());
        window.useFolderOpener(new HostFolderOpener(getHostServices()));
        stage.show();
        Clock clock = Clock.systemDefaultZone();
        window.start(progress -> {
            AppServices services = AppServices.open(o.database(), clock);
            if (o.demo() && !services.users().hasUsers()) {
                new DemoSchool(services.db(), services.hasher(), clock).seed();
            }
            return services;
        });
    }

    @Override
    public void stop() {
        if (tasks != null) {
            tasks.shutdown(10);
        }
        if (window != null && window.services() != null) {
            window.services().close();
        }
    }
}
