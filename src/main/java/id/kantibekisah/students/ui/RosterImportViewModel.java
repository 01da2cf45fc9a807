package id.kantibekisah.students.ui;

import id.kantibekisah.students.RosterFile;
import id.kantibekisah.students.RosterFiles;
import id.kantibekisah.students.RosterImport;
import id.kantibekisah.students.RosterPreview;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.UiContext;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Importing a roster from the window: read a file and show what the import would do (nothing is written), then
 * import all valid rows in one transaction, or cancel. Rows with problems are imported only when the user chose
 * to skip them, and students missing from the file are marked inactive only when the user asked for it.
 */
public final class RosterImportViewModel {
    /** Where the import stands. */
    public enum Stage {
        /** No file read yet, or the last one was refused. */
        CHOOSE,
        READING,
        PREVIEW,
        IMPORTING
    }

    private final UiContext ctx;
    private final RosterImport rosterImport;
    private final Runnable onFinished;
    private final StringProperty path = new SimpleStringProperty("");
    private final ReadOnlyObjectWrapper<Stage> stage = new ReadOnlyObjectWrapper<>(Stage.CHOOSE);
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<RosterFile> roster = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyObjectWrapper<RosterPreview> preview = new ReadOnlyObjectWrapper<>();
    private final BooleanProperty deactivateMissing = new SimpleBooleanProperty(false);
    private final BooleanProperty skipInvalid = new SimpleBooleanProperty(false);
    private final BooleanBinding canImport;

    /** @param onFinished called after an import, or on cancel: back to the list */
    public RosterImportViewModel(UiContext ctx, RosterImport rosterImport, Runnable onFinished) {
        this.ctx = ctx;
        this.rosterImport = rosterImport;
        this.onFinished = onFinished;
        canImport = Bindings.createBooleanBinding(() -> {
            RosterPreview p = preview.get();
            if (stage.get() != Stage.PREVIEW || p == null) {
                return false;
            }
            boolean somethingToDo = !p.toAdd().isEmpty() || !p.toUpdate().isEmpty()
                    || deactivateMissing.get() && !p.missing().isEmpty();
            return somethingToDo && (!p.hasProblems() || skipInvalid.get());
        }, stage, preview, deactivateMissing, skipInvalid);
    }

    /** Reads the file named in {@link #pathProperty()} and computes the preview. */
    public void onRead() {
        String text = path.get() == null ? "" : path.get().trim();
        if (text.startsWith("\"") && text.endsWith("\"") && text.length() > 1) {
            text = text.substring(1, text.length() - 1); // "Copy as path" on Windows quotes it
        }
        if (text.isEmpty()) {
            error.set(ctx.text("import.error.noFile"));
            return;
        }
        Path file;
        try {
            file = Path.of(text);
        } catch (InvalidPathException e) {
            error.set(ctx.text("roster.error.noFile", text));
            return;
        }
        read(file);
    }

    /** A file chosen in the file dialog or dropped on the screen. */
    public void onFileChosen(Path file) {
        path.set(file.toString());
        read(file);
    }

    private void read(Path file) {
        if (stage.get() == Stage.READING || stage.get() == Stage.IMPORTING) {
            return;
        }
        error.set("");
        roster.set(null);
        preview.set(null);
        skipInvalid.set(false);
        deactivateMissing.set(false);
        stage.set(Stage.READING);
        ctx.tasks().run("task.readRoster", p -> {
            RosterFile f = RosterFiles.read(file);
            return new Loaded(f, rosterImport.preview(ctx.actor(), f));
        }, (Loaded l) -> {
            roster.set(l.file());
            preview.set(l.preview());
            stage.set(Stage.PREVIEW);
        }, e -> {
            error.set(ErrorPresenter.message(ctx.messages(), e));
            stage.set(Stage.CHOOSE);
        });
    }

    private record Loaded(RosterFile file, RosterPreview preview) {
    }

    /** Imports the file as previewed; the database re-checks every row in the same transaction. */
    public void onImport() {
        if (!canImport.get()) {
            return;
        }
        RosterFile file = roster.get();
        RosterImport.Options options = new RosterImport.Options(skipInvalid.get(), deactivateMissing.get());
        stage.set(Stage.IMPORTING);
        ctx.tasks().run("task.importRoster", p -> rosterImport.apply(ctx.actor(), file, options, p),
                (RosterImport.Result r) -> {
                    ctx.notifier().info(ctx.text("import.done", r.added(), r.updated(), r.unchanged(),
                            r.deactivated(), r.problemRows()));
                    reset();
                    onFinished.run();
                }, e -> {
                    stage.set(Stage.PREVIEW);
                    error.set(ErrorPresenter.message(ctx.messages(), e));
                });
    }

    /** Leaves without writing anything. */
    public void onCancel() {
        if (stage.get() == Stage.IMPORTING) {
            return;
        }
        reset();
        onFinished.run();
    }

    private void reset() {
        stage.set(Stage.CHOOSE);
        roster.set(null);
        preview.set(null);
        error.set("");
        path.set("");
        skipInvalid.set(false);
        deactivateMissing.set(false);
    }

    public StringProperty pathProperty() {
        return path;
    }

    public ReadOnlyObjectProperty<Stage> stageProperty() {
        return stage.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RosterFile> rosterProperty() {
        return roster.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<RosterPreview> previewProperty() {
        return preview.getReadOnlyProperty();
    }

    public BooleanProperty deactivateMissingProperty() {
        return deactivateMissing;
    }

    public BooleanProperty skipInvalidProperty() {
        return skipInvalid;
    }

    public BooleanBinding canImportBinding() {
        return canImport;
    }
}
