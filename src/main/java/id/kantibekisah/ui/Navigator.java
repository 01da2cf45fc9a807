package id.kantibekisah.ui;

import java.util.Locale;

/** Moves between screens of the main window. */
public interface Navigator {
    /** Shows the screen with this id, if the user's role has it. */
    void show(String screenId);

    /**
     * Shows one case's detail (counselors; the principal for cases escalated to them). The service decides what
     * the user may read; the screen shows its refusal.
     */
    void openCase(long caseId);

    /** Shows a screen that is not in the navigation (opening a new case), keeping the way back. */
    void showView(View view, String title);

    /** Returns to the navigation screen shown last (the list or home the user came from), as they left it. */
    void back();

    /** Ends the session and returns to the log-in screen (after a restore replaced the data under it). */
    void logOut();

    /**
     * Shows the main window again in {@code locale}, staying logged in, on the settings screen (after the choice
     * was saved).
     */
    void switchLanguage(Locale locale);

    /** Opens the in-app guide on the page of the logged-in user's role. */
    void showHelp();
}
