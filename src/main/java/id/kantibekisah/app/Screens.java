package id.kantibekisah.app;

import id.kantibekisah.audit.ui.AuditView;
import id.kantibekisah.cases.ui.CaseListView;
import id.kantibekisah.privacy.ui.PrivacySettingsView;
import id.kantibekisah.privacy.ui.StudentRightsView;
import id.kantibekisah.security.ui.UsersView;
import id.kantibekisah.security.Role;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Set;

/** The screens of the main window, in navigation order. The first one a role has is where it lands. */
public final class Screens {
    public static final String WELCOME = "welcome";
    public static final String CASES = "cases";
    public static final String USERS = "users";
    public static final String AUDIT = "audit";
    public static final String RIGHTS = "rights";
    public static final String PRIVACY_SETTINGS = "privacy-settings";

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen(WELCOME, "screen.welcome", Material2AL.HOME, Set.of(Role.CADRE, Role.PRINCIPAL, Role.ADMIN),
                        WelcomeView::new),
                new Screen(CASES, "screen.cases", Material2MZ.VIEW_LIST, Set.of(Role.COUNSELOR), CaseListView::new),
                // accounts, access and privacy
                new Screen(USERS, "screen.users", Material2MZ.PEOPLE, Set.of(Role.ADMIN), UsersView::new),
                new Screen(RIGHTS, "screen.rights", Material2MZ.PRIVACY_TIP, Set.of(Role.COUNSELOR),
                        StudentRightsView::new),
                new Screen(AUDIT, "screen.audit", Material2AL.HISTORY, Set.of(Role.ADMIN, Role.COUNSELOR),
                        AuditView::new),
                new Screen(PRIVACY_SETTINGS, "screen.privacySettings", Material2MZ.SECURITY, Set.of(Role.ADMIN),
                        PrivacySettingsView::new));
    }

    public static List<Screen> forRole(Role role) {
        return all().stream().filter(s -> s.roles().contains(role)).toList();
    }
}
