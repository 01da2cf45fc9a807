package id.kantibekisah.ui;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Dialog;
import javafx.scene.layout.Region;
import javafx.stage.Modality;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;

import java.util.List;

/**
 * How every dialog of the program opens: owned by the main window, application-modal (a window-modal dialog makes
 * GTK un-maximise its owner on Linux), as large as its content needs but never larger than the screen, and centred
 * on its owner. Without this a dialog may open at its minimum 200×200 in the screen's corner with its form cut off.
 */
public final class DialogPlacement {
    private DialogPlacement() {
    }

    /** Owns, sizes and centres a dialog; call before it is shown. */
    public static void prepare(Dialog<?> dialog, Window owner) {
        if (owner != null && dialog.getOwner() == null) {
            dialog.initOwner(owner);
        }
        dialog.initModality(Modality.APPLICATION_MODAL);
        dialog.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
        dialog.getDialogPane().setMinWidth(Region.USE_PREF_SIZE);
        dialog.setOnShown(chain(dialog.getOnShown(), () -> fit(dialog, owner)));
    }

    /** Owns and centres a secondary stage (the print preview); call before it is shown. */
    public static void prepare(Stage stage, Window owner) {
        if (owner != null && stage.getOwner() == null) {
            stage.initOwner(owner);
            stage.initModality(Modality.APPLICATION_MODAL);
        }
        stage.addEventHandler(javafx.stage.WindowEvent.WINDOW_SHOWN, e -> centre(stage, owner));
    }

    private static javafx.event.EventHandler<javafx.scene.control.DialogEvent> chain(
            javafx.event.EventHandler<javafx.scene.control.DialogEvent> before, Runnable after) {
        return e -> {
            if (before != null) {
                before.handle(e);
            }
            after.run();
        };
    }

    /**
     * Sizes the dialog's window to its content once the content has been laid out with its styles (before that, GTK
     * reports the 200×200 default), then centres it. Runs again on the next pulse, when late CSS changed the size.
     */
    private static void fit(Dialog<?> dialog, Window owner) {
        Runnable size = () -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            javafx.scene.Parent pane = dialog.getDialogPane();
            pane.applyCss();
            pane.layout();
            double width = pane.prefWidth(-1);
            double height = pane.prefHeight(width);
            double frameW = Math.max(0, w.getWidth() - w.getScene().getWidth());
            double frameH = Math.max(0, w.getHeight() - w.getScene().getHeight());
            w.setWidth(Math.max(w.getWidth(), width + frameW));
            w.setHeight(Math.max(w.getHeight(), height + frameH));
            centre(w, owner);
        };
        size.run();
        javafx.application.Platform.runLater(size);
    }

    /** Puts the window in the middle of its owner, kept inside the owner's screen. */
    static void centre(Window w, Window owner) {
        Rectangle2D area = screenOf(owner != null ? owner : w);
        double width = Math.min(w.getWidth(), area.getWidth());
        double height = Math.min(w.getHeight(), area.getHeight());
        if (width < w.getWidth()) {
            w.setWidth(width);
        }
        if (height < w.getHeight()) {
            w.setHeight(height);
        }
        double cx = owner != null ? owner.getX() + owner.getWidth() / 2 : area.getMinX() + area.getWidth() / 2;
        double cy = owner != null ? owner.getY() + owner.getHeight() / 2 : area.getMinY() + area.getHeight() / 2;
        w.setX(clamp(cx - width / 2, area.getMinX(), area.getMaxX() - width));
        w.setY(clamp(cy - height / 2, area.getMinY(), area.getMaxY() - height));
    }

    private static double clamp(double v, double min, double max) {
        return Math.max(min, Math.min(v, max));
    }

    private static Rectangle2D screenOf(Window w) {
        List<Screen> screens = Screen.getScreensForRectangle(w.getX(), w.getY(), Math.max(1, w.getWidth()),
                Math.max(1, w.getHeight()));
        return (screens.isEmpty() ? Screen.getPrimary() : screens.get(0)).getVisualBounds();
    }
}
