package id.kantibekisah.ui;

/** Moves between screens of the main window. */
public interface Navigator {
    /** Shows the screen with this id, if the user's role has it. */
    void show(String screenId);
}
