package id.kantibekisah.ui;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The application's {@link TaskRunner}: one worker thread (the database serialises writes anyway, and one thread
 * keeps user actions in the order they were made). Progress reaches the FX thread only through
 * {@link Platform#runLater}, here and nowhere else.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());

    private final ExecutorService executor = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "kanti-bekisah-worker");
        t.setDaemon(true);
        return t;
    });
    private final Supplier<Messages> messages;
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(0);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper("");
    private int running;

    public FxTaskRunner(Supplier<Messages> messages) {
        this.messages = messages;
    }

    @Override
    public <T> void run(String titleKey, BackgroundWork<T> work, Consumer<T> onSuccess,
                       Consumer<Throwable> onFailure) {
        WorkTask<T> task = new WorkTask<>(work);
        started(titleKey, task);
        task.setOnSucceeded(e -> {
            finished(titleKey);
            onSuccess.accept(task.getValue());
        });
        task.setOnFailed(e -> {
            finished(titleKey);
            Throwable error = task.getException();
            LOG.log(Level.FINE, "background work failed", error);
            onFailure.accept(error);
        });
        task.setOnCancelled(e -> finished(titleKey));
        executor.execute(task);
    }

    /** A task whose work reports progress through the {@link Progress} interface services know. */
    private static final class WorkTask<T> extends Task<T> implements Progress {
        private final BackgroundWork<T> work;

        WorkTask(BackgroundWork<T> work) {
            this.work = work;
        }

        @Override
        protected T call() throws Exception {
            return work.run(this);
        }

        @Override
        public void update(long done, long total) {
            updateProgress(done, total);
        }
    }

    private void started(String titleKey, Task<?> task) {
        running++;
        busy.set(true);
        if (titleKey != null) {
            title.set(messages.get().get(titleKey));
            progress.set(-1);
            task.progressProperty().addListener((obs, old, value) -> progress.set(value.doubleValue()));
        }
    }

    private void finished(String titleKey) {
        running--;
        busy.set(running > 0);
        if (titleKey != null) {
            title.set("");
            progress.set(0);
        }
    }

    @Override
    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    @Override
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    /** Lets running work finish (a backup on exit) for up to {@code seconds}. */
    public void shutdown(long seconds) {
        executor.shutdown();
        try {
            executor.awaitTermination(seconds, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        shutdown(10);
    }
}
