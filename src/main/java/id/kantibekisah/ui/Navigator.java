package id.kantibekisah.ui;

/** Moves between screens of the main window. */
public interface Navigator {
    /** Shows the screen with this id, if the user's role has it. */
    void show(String screenId);

    /** Ends the session and returns to the log-in screen (after a restore replaced the data under it). */
    void logOut();
}
