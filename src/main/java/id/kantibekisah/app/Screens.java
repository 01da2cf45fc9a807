package id.kantibekisah.app;

import id.kantibekisah.access.Role;
import id.kantibekisah.audit.ui.AuditView;
import id.kantibekisah.backup.ui.BackupView;
import id.kantibekisah.cases.ui.CaseListView;
import id.kantibekisah.cases.ui.HomeView;
import id.kantibekisah.cases.ui.IntakeView;
import id.kantibekisah.cases.ui.MyIntakesView;
import id.kantibekisah.cases.ui.PrincipalHomeView;
import id.kantibekisah.privacy.ui.PrivacySettingsView;
import id.kantibekisah.privacy.ui.StudentRightsView;
import id.kantibekisah.reports.ui.DashboardView;
import id.kantibekisah.security.ui.UsersView;
import id.kantibekisah.settings.ui.PreferencesView;
import id.kantibekisah.students.ui.StudentsView;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Set;

/** The screens of the main window, in navigation order. The first one a role has is where it lands. */
public final class Screens {
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

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen(INTAKE, "screen.intake", Material2MZ.NOTE_ADD, Set.of(Role.CADRE), IntakeView::new),
                new Screen(MY_INTAKES, "screen.myIntakes", Material2AL.HISTORY, Set.of(Role.CADRE),
                        MyIntakesView::new),
                new Screen(HOME, "screen.home", Material2AL.HOME, Set.of(Role.COUNSELOR), HomeView::new),
                new Screen(PRINCIPAL_HOME, "screen.home", Material2AL.HOME, Set.of(Role.PRINCIPAL),
                        PrincipalHomeView::new),
                new Screen(WELCOME, "screen.welcome", Material2AL.HOME, Set.of(Role.ADMIN), WelcomeView::new),
                new Screen(CASES, "screen.cases", Material2MZ.VIEW_LIST, Set.of(Role.COUNSELOR), CaseListView::new),
                // The full roster (NISN, guardian, birth date): the BK team only, never a cadre.
                new Screen(STUDENTS, "screen.students", Material2MZ.SCHOOL, Set.of(Role.COUNSELOR),
                        StudentsView::new),
                new Screen(REPORTS, "screen.reports", Material2AL.INSERT_CHART, Set.of(Role.COUNSELOR, Role.PRINCIPAL),
                        DashboardView::new),
                // accounts, access and privacy
                new Screen(USERS, "screen.users", Material2MZ.PEOPLE, Set.of(Role.ADMIN), UsersView::new),
                new Screen(RIGHTS, "screen.rights", Material2MZ.PRIVACY_TIP, Set.of(Role.COUNSELOR),
                        StudentRightsView::new),
                new Screen(AUDIT, "screen.audit", Material2AL.HISTORY, Set.of(Role.ADMIN, Role.COUNSELOR),
                        AuditView::new),
                new Screen(PRIVACY_SETTINGS, "screen.privacySettings", Material2MZ.SECURITY, Set.of(Role.ADMIN),
                        PrivacySettingsView::new),
                new Screen(BACKUP, "screen.backup", Material2AL.BACKUP, Set.of(Role.ADMIN), BackupView::new),
                // Language and help: every role, a cadre too.
                new Screen(PREFERENCES, "screen.preferences", Material2MZ.SETTINGS, Set.copyOf(Role.accountRoles()),
                        PreferencesView::new));
    }

    public static List<Screen> forRole(Role role) {
        return all().stream().filter(s -> s.roles().contains(role)).toList();
    }
}
