package id.kantibekisah.ui;

import javafx.scene.Node;

/**
 * One screen. The main window calls {@link #onActivate} when it is shown (load data, subscribe) and
 * {@link #onDeactivate} when another screen replaces it (unsubscribe), so no listener outlives its screen.
 */
public interface View {
    Node node();

    default void onActivate() {
    }

    default void onDeactivate() {
    }
}
