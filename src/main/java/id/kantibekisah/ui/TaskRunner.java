package id.kantibekisah.ui;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

import java.util.function.Consumer;

/**
 * Runs service calls off the FX thread and hands results back on it (JabRef's BackgroundTask/TaskExecutor).
 * View models talk to services only through this, so the window never freezes and tests can run the same code on
 * one thread.
 */
public interface TaskRunner {
    /**
     * Runs {@code work}; then {@code onSuccess} or {@code onFailure} on the FX thread.
     *
     * @param titleKey bundle key of what the status bar says while it runs, or null for quick calls
     */
    <T> void run(String titleKey, BackgroundWork<T> work, Consumer<T> onSuccess, Consumer<Throwable> onFailure);

    /** True while any work is running. */
    ReadOnlyBooleanProperty busyProperty();

    /** Progress of the newest titled work: 0..1, or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** The title of the newest titled work, already translated; empty when idle. */
    ReadOnlyStringProperty titleProperty();
}
