package id.kantibekisah.testing;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.ui.BackgroundWork;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.Navigator;
import id.kantibekisah.ui.Notifier;
import id.kantibekisah.ui.TaskRunner;
import id.kantibekisah.ui.UiContext;
import id.kantibekisah.ui.View;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * View models without a window: a task runner that runs work at once on the calling thread, and a main window
 * stand-in that records what the screen told the user and where it navigated.
 */
public final class ScreenTesting {
    private ScreenTesting() {
    }

    /** Runs work at once, on the calling thread; failures go to the failure callback as in the real runner. */
    public static final class DirectTaskRunner implements TaskRunner {
        @Override
        public <T> void run(String titleKey, BackgroundWork<T> work, Consumer<T> onSuccess,
                            Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.run(Progress.NONE);
            } catch (Exception e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }

        @Override
        public ReadOnlyBooleanProperty busyProperty() {
            return new ReadOnlyBooleanWrapper(false).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyDoubleProperty progressProperty() {
            return new ReadOnlyDoubleWrapper(0).getReadOnlyProperty();
        }

        @Override
        public ReadOnlyStringProperty titleProperty() {
            return new ReadOnlyStringWrapper("").getReadOnlyProperty();
        }
    }

    /** Records messages and navigation instead of showing them. */
    public static final class RecordingWindow implements Notifier, Navigator {
        private final Messages messages;
        public final List<String> infos = new ArrayList<>();
        public final List<String> errors = new ArrayList<>();
        public final List<Long> openedCases = new ArrayList<>();
        public final List<String> shownScreens = new ArrayList<>();
        public final List<String> shownViews = new ArrayList<>();
        public final List<Locale> languages = new ArrayList<>();
        public int helps;
        public int backs;
        public int logOuts;

        public RecordingWindow(Messages messages) {
            this.messages = messages;
        }

        @Override
        public void error(Throwable error) {
            errors.add(ErrorPresenter.message(messages, error));
        }

        @Override
        public void info(String text) {
            infos.add(text);
        }

        @Override
        public void clear() {
        }

        @Override
        public void show(String screenId) {
            shownScreens.add(screenId);
        }

        @Override
        public void openCase(long caseId) {
            openedCases.add(caseId);
        }

        @Override
        public void showView(View view, String title) {
            shownViews.add(title);
        }

        @Override
        public void back() {
            backs++;
        }

        @Override
        public void logOut() {
            logOuts++;
        }

        @Override
        public void switchLanguage(Locale locale) {
            languages.add(locale);
        }

        @Override
        public void showHelp() {
            helps++;
        }
    }

    /** A screen's context for {@code actor} in Indonesian, with work run at once. */
    public static UiContext context(Fixture f, Actor actor, RecordingWindow window) {
        return new UiContext(f.clock, actor, Messages.indonesian(), new DirectTaskRunner(), window, window, () -> null);
    }
}
