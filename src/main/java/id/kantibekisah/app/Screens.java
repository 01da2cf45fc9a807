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
import id.kantibekisah.ppksp.ui.TppkAnnualDialog;
import id.kantibekisah.reports.ui.DashboardView;
import id.kantibekisah.security.ui.UsersView;
import id.kantibekisah.settings.ui.PreferencesView;
import id.kantibekisah.students.ui.StudentsView;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Set;

import static id.kantibekisah.ui.ScreenIds.*;

/**
 * The screens of the main window, in navigation order, each given the services it uses. The first one a role
 * has is where it lands.
 */
public final class Screens {
    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen(INTAKE, "screen.intake", Material2MZ.NOTE_ADD, Set.of(Role.CADRE),
                        (s, ctx) -> new IntakeView(ctx, s.cases(), s.students())),
                new Screen(MY_INTAKES, "screen.myIntakes", Material2AL.HISTORY, Set.of(Role.CADRE),
                        (s, ctx) -> new MyIntakesView(ctx, s.cases())),
                new Screen(HOME, "screen.home", Material2AL.HOME, Set.of(Role.COUNSELOR),
                        (s, ctx) -> new HomeView(ctx, s.cases(), s.students(), s.ppksp())),
                new Screen(PRINCIPAL_HOME, "screen.home", Material2AL.HOME, Set.of(Role.PRINCIPAL),
                        (s, ctx) -> new PrincipalHomeView(ctx, s.cases(), s.reports(), s.terms(), s.ppksp())),
                new Screen(WELCOME, "screen.welcome", Material2AL.HOME, Set.of(Role.ADMIN),
                        (s, ctx) -> new WelcomeView(ctx)),
                new Screen(CASES, "screen.cases", Material2MZ.VIEW_LIST, Set.of(Role.COUNSELOR),
                        (s, ctx) -> new CaseListView(ctx, s.cases(), s.students(), s.terms(), s.ppksp())),
                // The full roster (NISN, guardian, birth date): the BK team only, never a cadre.
                new Screen(STUDENTS, "screen.students", Material2MZ.SCHOOL, Set.of(Role.COUNSELOR),
                        (s, ctx) -> new StudentsView(ctx, s.students(), s.cases(), s.roster(), s.promotion())),
                new Screen(REPORTS, "screen.reports", Material2AL.INSERT_CHART, Set.of(Role.COUNSELOR, Role.PRINCIPAL),
                        (s, ctx) -> new DashboardView(ctx, s.reports(), s.terms(), s.settings())
                                .withToolbarItem(new TppkAnnualDialog(ctx, s.tppkAnnual(), null).button())),
                // accounts, access and privacy
                new Screen(USERS, "screen.users", Material2MZ.PEOPLE, Set.of(Role.ADMIN),
                        (s, ctx) -> new UsersView(ctx, s.users())),
                new Screen(RIGHTS, "screen.rights", Material2MZ.PRIVACY_TIP, Set.of(Role.COUNSELOR),
                        (s, ctx) -> new StudentRightsView(ctx, s.students(), s.consents(), s.subjectExport())),
                new Screen(AUDIT, "screen.audit", Material2AL.HISTORY, Set.of(Role.ADMIN, Role.COUNSELOR),
                        (s, ctx) -> new AuditView(ctx, s.auditService(), s.students())),
                new Screen(PRIVACY_SETTINGS, "screen.privacySettings", Material2MZ.SECURITY, Set.of(Role.ADMIN),
                        (s, ctx) -> new PrivacySettingsView(ctx, s.privacySettings(), s.retention())),
                new Screen(BACKUP, "screen.backup", Material2AL.BACKUP, Set.of(Role.ADMIN),
                        (s, ctx) -> new BackupView(ctx, s.backups())),
                // Language and help: every role, a cadre too.
                new Screen(PREFERENCES, "screen.preferences", Material2MZ.SETTINGS, Set.copyOf(Role.accountRoles()),
                        (s, ctx) -> new PreferencesView(ctx, s.settings())));
    }

    public static List<Screen> forRole(Role role) {
        return all().stream().filter(s -> s.roles().contains(role)).toList();
    }
}
