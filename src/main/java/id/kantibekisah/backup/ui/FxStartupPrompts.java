package id.kantibekisah.backup.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.backup.BackupFailedException;
import id.kantibekisah.backup.BackupInfo;
import id.kantibekisah.backup.DamagedDatabase;
import id.kantibekisah.backup.Recovery;
import id.kantibekisah.backup.StartupPrompts;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.db.DatabaseInUseException;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.Theme;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

import java.io.File;
import java.nio.file.Path;
import java.util.Date;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The start-up's questions as dialogs before the log-in: the damaged database (restore the newest good backup,
 * choose another, or close), the database in use elsewhere (then the program closes), a backup that replaced a
 * damaged file, an automatic backup that failed. Called from the worker thread that opens the database, which
 * waits for the answer; the dialogs themselves run on the FX thread.
 */
public final class FxStartupPrompts implements StartupPrompts {
    private final Supplier<Window> owner;
    private final Messages messages;
    private final Runnable quit;
    private final Function<Window, Optional<Path>> chooseFile;

    public FxStartupPrompts(Supplier<Window> owner, Messages messages, Runnable quit) {
        this(owner, messages, quit, window -> chooseBackupFile(window, messages));
    }

    /** With another way of choosing a file (tests: the system's file dialog cannot be driven). */
    public FxStartupPrompts(Supplier<Window> owner, Messages messages, Runnable quit,
                            Function<Window, Optional<Path>> chooseFile) {
        this.owner = owner;
        this.messages = messages;
        this.quit = quit;
        this.chooseFile = chooseFile;
    }

    @Override
    public Optional<Path> damaged(DamagedDatabase damaged, ServiceException lastAttempt) {
        return onFxThread(() -> {
            while (true) {
                ButtonType answer = damagedDialog(damaged, lastAttempt).showAndWait().orElse(ButtonType.CLOSE);
                if (answer.getButtonData() == ButtonBar.ButtonData.OK_DONE) {
                    return damaged.newestGood().map(BackupInfo::file);
                }
                if (answer.getButtonData() == ButtonBar.ButtonData.OTHER) {
                    Optional<Path> chosen = chooseFile.apply(owner.get());
                    if (chosen.isPresent()) {
                        return chosen;
                    }
                    continue; // the file dialog was cancelled: ask again
                }
                quit.run();
                return Optional.empty();
            }
        });
    }

    private Dialog<ButtonType> damagedDialog(DamagedDatabase d, ServiceException lastAttempt) {
        Dialog<ButtonType> dialog = dialog(messages.get("damaged.title"), messages.get("damaged.header"));
        dialog.getDialogPane().setId("damaged-dialog");
        FontIcon icon = new FontIcon(Material2MZ.REPORT_PROBLEM);
        icon.getStyleClass().add("dialog-danger-icon");
        dialog.setGraphic(icon);

        Label body = wrapped(messages.get("damaged.body", d.file()));
        Label offer = wrapped(d.newestGood().map(b -> b.lastActivity()
                .map(at -> messages.get("damaged.offer", b.file().getFileName(), Date.from(at), b.cases(),
                        b.students()))
                .orElseGet(() -> messages.get("damaged.offer.undated", b.file().getFileName(), null, b.cases(),
                        b.students())))
                .orElseGet(() -> messages.get("damaged.noBackup", d.folder())));
        offer.setId("damaged-offer");
        offer.getStyleClass().add(Styles.TEXT_BOLD);
        Label folder = wrapped(messages.get("damaged.folder", d.folder()));
        folder.getStyleClass().add(Styles.TEXT_MUTED);
        Label kept = wrapped(messages.get("damaged.kept"));
        kept.getStyleClass().add(Styles.TEXT_MUTED);
        VBox content = new VBox(10, body, offer, folder, kept);
        if (lastAttempt != null) {
            Label error = wrapped(ErrorPresenter.message(messages, lastAttempt));
            error.setId("damaged-error");
            error.getStyleClass().add(Styles.DANGER);
            content.getChildren().add(error);
        }
        TextArea findings = new TextArea(String.join("\n", d.findings()));
        findings.setEditable(false);
        findings.setWrapText(true);
        findings.setPrefRowCount(4);
        TitledPane details = new TitledPane(messages.get("damaged.details"), findings);
        details.setExpanded(false);
        details.setAnimated(false);
        // A dialog's window keeps its size; let it grow (and shrink) with the details.
        details.expandedProperty().addListener((obs, was, is) -> Platform.runLater(() -> {
            if (dialog.getDialogPane().getScene() != null) {
                dialog.getDialogPane().getScene().getWindow().sizeToScene();
            }
        }));
        content.getChildren().add(details);
        content.setPrefWidth(640);
        dialog.getDialogPane().setContent(content);

        ButtonType restore = new ButtonType(messages.get("damaged.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType choose = new ButtonType(messages.get("damaged.choose"), ButtonBar.ButtonData.OTHER);
        ButtonType close = new ButtonType(messages.get("damaged.quit"), ButtonBar.ButtonData.CANCEL_CLOSE);
        if (d.newestGood().isPresent()) {
            dialog.getDialogPane().getButtonTypes().add(restore);
        }
        dialog.getDialogPane().getButtonTypes().addAll(choose, close);
        if (d.newestGood().isPresent()) {
            Button b = (Button) dialog.getDialogPane().lookupButton(restore);
            b.setId("damaged-restore");
            b.getStyleClass().add(Styles.ACCENT);
            b.setDefaultButton(true);
        } else {
            ((Button) dialog.getDialogPane().lookupButton(choose)).setDefaultButton(true);
        }
        dialog.getDialogPane().lookupButton(choose).setId("damaged-choose");
        dialog.getDialogPane().lookupButton(close).setId("damaged-quit");
        // Long labels ("Pulihkan dari cadangan ini") would be cut to the width of the shortest otherwise.
        for (ButtonType type : dialog.getDialogPane().getButtonTypes()) {
            ButtonBar.setButtonUniformSize(dialog.getDialogPane().lookupButton(type), false);
        }
        return dialog;
    }

    @Override
    public void recovered(Recovery.Result result) {
        Platform.runLater(() -> {
            Alert alert = alert(Alert.AlertType.INFORMATION, messages.get("recovered.title"),
                    messages.get("recovered.body", result.from().file().getFileName(), result.keptDamaged()));
            alert.getDialogPane().setId("recovered-dialog");
            alert.show();
        });
    }

    @Override
    public void inUse(DatabaseInUseException e) {
        onFxThread(() -> {
            Alert alert = alert(Alert.AlertType.WARNING, messages.get("inUse.title"), messages.message(e));
            alert.getDialogPane().setId("in-use-dialog");
            ButtonType close = new ButtonType(messages.get("inUse.close"), ButtonBar.ButtonData.OK_DONE);
            alert.getButtonTypes().setAll(close);
            alert.getDialogPane().lookupButton(close).setId("in-use-close");
            alert.showAndWait();
            quit.run();
            return null;
        });
    }

    @Override
    public void backupFailed(BackupFailedException e) {
        Platform.runLater(() -> {
            Alert alert = alert(Alert.AlertType.WARNING, messages.get("backupFailed.title"),
                    messages.get("backupFailed.body", messages.message(e)));
            alert.getDialogPane().setId("backup-failed-dialog");
            alert.show();
        });
    }

    private Dialog<ButtonType> dialog(String title, String header) {
        Dialog<ButtonType> dialog = new Dialog<>();
        Window w = owner.get();
        if (w != null) {
            dialog.initOwner(w);
        }
        dialog.setTitle(title);
        dialog.setHeaderText(header);
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        return dialog;
    }

    private Alert alert(Alert.AlertType type, String title, String text) {
        Alert alert = new Alert(type);
        Window w = owner.get();
        if (w != null) {
            alert.initOwner(w);
        }
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label content = wrapped(text);
        content.setId("startup-message");
        content.setPrefWidth(520);
        alert.getDialogPane().setContent(content);
        alert.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        return alert;
    }

    private static Label wrapped(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        return l;
    }

    static Optional<Path> chooseBackupFile(Window owner, Messages messages) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get("backup.restore.chooser"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("backup.restore.filter"),
                "*.db"));
        File f = chooser.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    /** Runs {@code work} on the FX thread and waits for it (the caller is the worker opening the database). */
    private static <T> T onFxThread(Callable<T> work) {
        if (Platform.isFxApplicationThread()) {
            try {
                return work.call();
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        FutureTask<T> task = new FutureTask<>(work);
        Platform.runLater(task);
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }
}
