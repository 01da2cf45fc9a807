package id.kantibekisah.ui;

import atlantafx.base.theme.Styles;
import id.kantibekisah.common.Messages;
import javafx.application.Platform;
import javafx.event.ActionEvent;
import javafx.geometry.Insets;
import javafx.geometry.VPos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * A small dialog for one action: a few labelled fields, one error line, OK and Cancel. OK first checks the input
 * (the dialog's own check), then runs the action; while it fails (a refusal, a database error) the dialog stays
 * open with everything typed and says why in its error line. Esc or Cancel closes it and does nothing.
 */
public final class FormDialog {
    /** Runs the action; calls {@code done} when it succeeded and {@code failed} when not, on the FX thread. */
    @FunctionalInterface
    public interface Action {
        void run(Runnable done, Consumer<Throwable> failed);
    }

    private final Dialog<ButtonType> dialog = new Dialog<>();
    private final GridPane grid = new GridPane();
    private final Label error = new Label();
    private final Messages messages;
    private final Button ok;
    private int row;
    private Node firstField;
    private Supplier<String> check = () -> null;
    private Action action = (done, failed) -> done.run();
    private boolean running;

    /**
     * @param id     the dialog pane's node id; its OK button gets {@code id-ok}, the error line {@code id-error}
     * @param header a line under the title, such as the case code; may be null
     */
    public FormDialog(Window owner, Messages messages, String id, String title, String header, String okText) {
        this.messages = messages;
        dialog.setTitle(title);
        // The title also heads the dialog itself: the window's title bar is easy to miss (and absent without a
        // window manager).
        Label heading = new Label(title);
        heading.getStyleClass().addAll(Styles.TITLE_4, "form-dialog-title");
        heading.setId(id + "-title");
        VBox headerBox = new VBox(2, heading);
        if (header != null) {
            Label sub = new Label(header);
            sub.getStyleClass().add(Styles.TEXT_MUTED);
            headerBox.getChildren().add(sub);
        }
        headerBox.getStyleClass().add("form-dialog-header");
        dialog.getDialogPane().setHeader(headerBox);
        DialogPlacement.prepare(dialog, owner);
        dialog.setResizable(true);
        ButtonType okType = new ButtonType(okText, ButtonBar.ButtonData.OK_DONE);
        ButtonType cancelType = new ButtonType(messages.get("dialog.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        dialog.getDialogPane().getButtonTypes().setAll(okType, cancelType);
        dialog.getDialogPane().setId(id);
        dialog.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        dialog.getDialogPane().getStyleClass().add("form-dialog");
        ok = (Button) dialog.getDialogPane().lookupButton(okType);
        ok.setId(id + "-ok");
        ok.getStyleClass().add(Styles.ACCENT);
        ok.addEventFilter(ActionEvent.ACTION, e -> {
            e.consume();
            submit();
        });
        ((Button) dialog.getDialogPane().lookupButton(cancelType)).setId(id + "-cancel");

        grid.setHgap(12);
        grid.setVgap(10);
        ColumnConstraints labels = new ColumnConstraints();
        labels.setMinWidth(Region.USE_PREF_SIZE);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(320);
        grid.getColumnConstraints().setAll(labels, fields);

        error.setId(id + "-error");
        error.setWrapText(true);
        error.getStyleClass().addAll(Styles.DANGER, "dialog-error");
        error.managedProperty().bind(error.textProperty().isNotEmpty());
        error.visibleProperty().bind(error.textProperty().isNotEmpty());
        error.setMaxWidth(520);

        VBox content = new VBox(12, grid, error);
        content.setPadding(new Insets(4, 0, 0, 0));
        content.setPrefWidth(560);
        dialog.getDialogPane().setContent(content);
        // Ctrl+Enter saves from anywhere, also from a multi-line field where Enter starts a new line.
        dialog.getDialogPane().addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
                e.consume();
                submit();
            }
        });
        dialog.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> {
            if (firstField != null) {
                Platform.runLater(firstField::requestFocus);
            }
        });
    }

    /** Adds a labelled field; required fields are marked. Returns the field. */
    public <N extends Node> N field(String label, boolean required, N field) {
        Node caption = Fields.caption(label, required, field);
        GridPane.setValignment(caption, VPos.TOP);
        grid.add(caption, 0, row);
        grid.add(field, 1, row);
        GridPane.setHgrow(field, Priority.ALWAYS);
        if (field instanceof Control c) {
            c.setMaxWidth(Double.MAX_VALUE);
        }
        if (field instanceof TextArea area) {
            Fields.tabLeavesTextArea(area);
        }
        if (firstField == null) {
            firstField = field;
        }
        row++;
        return field;
    }

    /** Adds a line across both columns (an explanation, a hint). */
    public void line(Node node) {
        grid.add(node, 0, row, 2, 1);
        row++;
    }

    /** The input check run before the action: returns the message to show, or null when the input is fine. */
    public FormDialog check(Supplier<String> newCheck) {
        this.check = newCheck;
        return this;
    }

    public FormDialog action(Action newAction) {
        this.action = newAction;
        return this;
    }

    /** Shows the dialog without blocking; it closes itself when the action succeeds. */
    public void show() {
        dialog.show();
    }

    private void submit() {
        if (running) {
            return;
        }
        String problem = check.get();
        if (problem != null) {
            error.setText(problem);
            return;
        }
        running = true;
        ok.setDisable(true);
        error.setText("");
        action.run(() -> {
            running = false;
            dialog.setResult(ButtonType.OK);
            dialog.close();
        }, e -> {
            running = false;
            ok.setDisable(false);
            error.setText(ErrorPresenter.message(messages, e));
        });
    }
}
