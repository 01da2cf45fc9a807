package id.kantibekisah.ui;

/**
 * The ids of the main window's navigation screens, for {@link Navigator#show}; the window's catalogue
 * ({@code app.Screens}) says which role has which and builds them.
 */
public final class ScreenIds {
    public static final String WELCOME = "welcome";
    public static final String INTAKE = "intake";
    public static final String MY_INTAKES = "my-intakes";
    public static final String HOME = "home";
    public static final String PRINCIPAL_HOME = "principal-home";
    public static final String CASES = "cases";
    public static final String STUDENTS = "students";
    public static final String REPORTS = "reports";
    public static final String USERS = "users";
    public static final String AUDIT = "audit";
    public static final String RIGHTS = "rights";
    public static final String PRIVACY_SETTINGS = "privacy-settings";
    public static final String BACKUP = "backup";
    public static final String PREFERENCES = "preferences";

    private ScreenIds() {
    }
}
