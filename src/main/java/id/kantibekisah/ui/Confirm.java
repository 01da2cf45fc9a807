package id.kantibekisah.ui;

import atlantafx.base.theme.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

/** A yes/no question before something that loses work. The safe answer is the default (Enter keeps working). */
public final class Confirm {
    private Confirm() {
    }

    /**
     * Asks without blocking; runs {@code onYes} only when the user chose {@code yesText}.
     *
     * @param id the dialog pane's id; its buttons get {@code id-yes} and {@code id-no}
     */
    public static void ask(Window owner, String id, String title, String question,
                           String yesText, String noText, Runnable onYes) {
        ButtonType yes = new ButtonType(yesText, ButtonBar.ButtonData.OTHER);
        ButtonType no = new ButtonType(noText, ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, question, yes, no);
        alert.setTitle(title);
        alert.setHeaderText(null);
        DialogPlacement.prepare(alert, owner);
        alert.getDialogPane().setId(id);
        alert.getDialogPane().getStylesheets().add(Theme.STYLESHEET);
        Button yesButton = (Button) alert.getDialogPane().lookupButton(yes);
        yesButton.setId(id + "-yes");
        yesButton.getStyleClass().add(Styles.DANGER);
        Button noButton = (Button) alert.getDialogPane().lookupButton(no);
        noButton.setId(id + "-no");
        noButton.setDefaultButton(true);
        alert.addEventHandler(javafx.scene.control.DialogEvent.DIALOG_SHOWN, e -> noButton.requestFocus());
        alert.setOnHidden(e -> {
            if (alert.getResult() == yes) {
                onYes.run();
            }
        });
        alert.show();
    }
}
