package id.kantibekisah.backup.ui;

import id.kantibekisah.audit.DatabaseCheck;
import id.kantibekisah.backup.BackupFile;
import id.kantibekisah.backup.BackupInfo;
import id.kantibekisah.backup.BackupOverview;
import id.kantibekisah.backup.BackupService;
import id.kantibekisah.backup.BackupSettings;
import id.kantibekisah.backup.RestoreResult;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.Formats;
import id.kantibekisah.ui.UiContext;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * State and commands of the admin's backup screen: the automatic backups' folder and numbers, the stored backups,
 * backing up now or to a chosen folder, restoring (after the admin confirms what the file holds), and the check.
 */
public final class BackupViewModel {
    private final UiContext ctx;
    private final BackupService backups;
    private final ReadOnlyStringWrapper folder = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper failure = new ReadOnlyStringWrapper("");
    private final ReadOnlyStringWrapper explain = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper defaultFolder = new ReadOnlyBooleanWrapper(true);
    private final ObjectProperty<Integer> keepDaily = new SimpleObjectProperty<>(BackupSettings.DEFAULT_KEEP_DAILY);
    private final ObjectProperty<Integer> keepWeekly = new SimpleObjectProperty<>(BackupSettings.DEFAULT_KEEP_WEEKLY);
    /** The folder the admin picked and has not saved yet; empty for the default. */
    private final ObjectProperty<Optional<Path>> chosenFolder = new SimpleObjectProperty<>(Optional.empty());
    private final ObservableList<BackupFile> files = FXCollections.observableArrayList();
    private final ObjectProperty<BackupFile> selected = new SimpleObjectProperty<>();
    private Path defaultPath;

    public BackupViewModel(UiContext ctx, BackupService backups) {
        this.ctx = ctx;
        this.backups = backups;
    }

    public void onActivate() {
        reload();
    }

    private void reload() {
        ctx.tasks().run(null, p -> backups.overview(ctx.actor()), this::show, ctx.notifier()::error);
    }

    private void show(BackupOverview o) {
        Messages m = ctx.messages();
        chosenFolder.set(o.settings().folder());
        defaultPath = o.settings().folder().isPresent() ? null : o.folder();
        defaultFolder.set(o.settings().folder().isEmpty());
        folder.set(o.settings().folder().map(Path::toString).orElseGet(() -> m.get("backup.folder.default",
                o.folder())));
        keepDaily.set(o.settings().keepDaily());
        keepWeekly.set(o.settings().keepWeekly());
        explain.set(m.get("backup.auto.explain", o.settings().keepDaily(), o.settings().keepWeekly()));
        status.set(o.newest().map(f -> m.get("backup.last", Date.from(f.modified()), f.fileName()))
                .orElseGet(() -> m.get("backup.last.none")));
        failure.set(o.lastFailure().map(f -> m.get("backup.last.failed", Date.from(f.at()),
                m.message(f.error().reason()))).orElse(""));
        files.setAll(o.files());
    }

    /** Backs up into the backup folder now. */
    public void onBackupNow() {
        run("task.backup", p -> {
            BackupFile f = backups.backupNow(ctx.actor(), p);
            return ctx.text("backup.done", f.path(), size(ctx.messages(), f.size()));
        });
    }

    /** Backs up into a chosen folder (a USB stick). */
    public void onBackupTo(Path target) {
        run("task.backup", p -> {
            Path f = backups.backupTo(ctx.actor(), target, p);
            return ctx.text("backup.done", f, size(ctx.messages(), Files.size(f)));
        });
    }

    /** Picks another folder for the automatic backups (saved with {@link #onSaveSettings}). */
    public void onChooseFolder(Path chosen) {
        chosenFolder.set(Optional.of(chosen));
        folder.set(chosen.toString());
        defaultFolder.set(false);
    }

    public void onUseDefaultFolder() {
        chosenFolder.set(Optional.empty());
        defaultFolder.set(true);
        folder.set(defaultPath == null ? ctx.text("backup.folder.default", "backups") : ctx.text(
                "backup.folder.default", defaultPath));
    }

    public void onSaveSettings() {
        BackupSettings s = new BackupSettings(chosenFolder.get(), keepDaily.get(), keepWeekly.get());
        run(null, p -> {
            backups.updateSettings(ctx.actor(), s);
            return ctx.text("backup.settings.saved");
        });
    }

    /**
     * Restores from {@code file}: checks it first, asks {@code confirm} with what it holds, then replaces the data
     * and hands the result to {@code restored} (which ends the session: the data under it changed).
     */
    public void onRestore(Path file, Predicate<BackupInfo> confirm, Consumer<RestoreResult> restored) {
        busy.set(true);
        ctx.notifier().clear();
        ctx.tasks().run("task.inspectBackup", p -> backups.inspect(ctx.actor(), file), info -> {
            if (!confirm.test(info)) {
                busy.set(false);
                return;
            }
            ctx.tasks().run("task.restore", p -> backups.restore(ctx.actor(), file, p), result -> {
                busy.set(false);
                restored.accept(result);
            }, this::failed);
        }, this::failed);
    }

    /** Integrity, foreign keys and the audit chain. */
    public void onCheck() {
        busy.set(true);
        ctx.notifier().clear();
        ctx.tasks().run("task.verify", p -> backups.check(ctx.actor()), report -> {
            busy.set(false);
            if (report.ok()) {
                ctx.notifier().info(ctx.text("backup.check.ok"));
            } else {
                ctx.notifier().error(new ServiceException("backup.check.failed",
                        describe(report)));
            }
        }, this::failed);
    }

    private String describe(DatabaseCheck.Report r) {
        return String.join(" ", r.lines(ctx.messages()));
    }

    /** Work that ends in a confirmation for the message bar. */
    private interface Work {
        String run(Progress progress) throws Exception;
    }

    private void run(String title, Work work) {
        busy.set(true);
        ctx.notifier().clear();
        ctx.tasks().run(title, work::run, done -> {
            busy.set(false);
            ctx.notifier().info(done);
            reload();
        }, this::failed);
    }

    private void failed(Throwable e) {
        busy.set(false);
        ctx.notifier().error(e);
        reload();
    }

    /** {@code 850 KB}, {@code 12,4 MB}. */
    static String size(Messages m, long bytes) {
        if (bytes < 1024 * 1024) {
            return m.get("backup.size.kb", Math.max(1, (bytes + 1023) / 1024));
        }
        return m.get("backup.size.mb", bytes / (1024.0 * 1024.0));
    }

    String takenAt(BackupFile f) {
        return Formats.dateTime(ctx.messages(), f.modified(), ctx.clock().getZone());
    }

    String message(Throwable e) {
        return ErrorPresenter.message(ctx.messages(), e);
    }

    public ReadOnlyStringProperty folderProperty() {
        return folder.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty failureProperty() {
        return failure.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty explainProperty() {
        return explain.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty defaultFolderProperty() {
        return defaultFolder.getReadOnlyProperty();
    }

    public ObjectProperty<Integer> keepDailyProperty() {
        return keepDaily;
    }

    public ObjectProperty<Integer> keepWeeklyProperty() {
        return keepWeekly;
    }

    public ObservableList<BackupFile> files() {
        return files;
    }

    public ObjectProperty<BackupFile> selectedProperty() {
        return selected;
    }
}
