package id.kantibekisah.seal.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.seal.FilePassword;
import id.kantibekisah.ui.FormDialog;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.stage.Window;

import java.util.function.Consumer;

/**
 * Asks for the password that protects a file with names and narratives (the full term report, a subject-access
 * export) before it is written. Protection is the default: saving without a password needs a tick that says
 * what it means. {@code chosen} gets the password, or {@code null} for a plain file; Cancel writes nothing.
 */
public final class FilePasswordDialog {
    /** Node ids, for tests. */
    public static final String ID = "file-password";

    private FilePasswordDialog() {
    }

    /** Shows the dialog (not blocking); {@code chosen} runs on the FX thread once OK was pressed. */
    public static void ask(Window owner, Messages m, String fileName, Consumer<FilePassword> chosen) {
        FormDialog dialog = new FormDialog(owner, m, ID, m.get("filePassword.title"), fileName,
                m.get("filePassword.ok"));
        Label explain = new Label(m.get("filePassword.explain", FilePassword.MIN_LENGTH));
        explain.setWrapText(true);
        explain.setMaxWidth(520);
        dialog.line(explain);
        PasswordField password = dialog.field(m.get("filePassword.password"), true, new PasswordField());
        password.setId(ID + "-password");
        PasswordField repeat = dialog.field(m.get("filePassword.repeat"), true, new PasswordField());
        repeat.setId(ID + "-repeat");
        CheckBox plain = new CheckBox(m.get("filePassword.plain"));
        plain.setId(ID + "-plain");
        plain.setWrapText(true);
        plain.setMaxWidth(520);
        dialog.line(plain);
        Label warning = new Label(m.get("filePassword.plainWarning"));
        warning.setId(ID + "-plain-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(520);
        warning.getStyleClass().add(Styles.WARNING);
        warning.visibleProperty().bind(plain.selectedProperty());
        warning.managedProperty().bind(plain.selectedProperty());
        dialog.line(warning);
        password.disableProperty().bind(plain.selectedProperty());
        repeat.disableProperty().bind(plain.selectedProperty());
        FilePassword[] result = {null};
        dialog.check(() -> {
            if (plain.isSelected()) {
                result[0] = null;
                return null;
            }
            try {
                result[0] = FilePassword.of(password.getText(), repeat.getText());
                return null;
            } catch (ServiceException e) {
                return m.message(e);
            }
        });
        dialog.action((done, failed) -> {
            password.clear();
            repeat.clear();
            done.run();
            chosen.accept(result[0]);
        });
        dialog.show();
    }
}
