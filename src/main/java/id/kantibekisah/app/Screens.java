package id.kantibekisah.app;

import id.kantibekisah.backup.ui.BackupView;
import id.kantibekisah.cases.ui.CaseListView;
import id.kantibekisah.security.Role;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Set;

/** The screens of the main window, in navigation order. The first one a role has is where it lands. */
public final class Screens {
    public static final String WELCOME = "welcome";
    public static final String CASES = "cases";
    public static final String BACKUP = "backup";

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen(WELCOME, "screen.welcome", Material2AL.HOME, Set.of(Role.CADRE, Role.PRINCIPAL, Role.ADMIN),
                        WelcomeView::new),
                new Screen(CASES, "screen.cases", Material2MZ.VIEW_LIST, Set.of(Role.COUNSELOR), CaseListView::new),
                new Screen(BACKUP, "screen.backup", Material2AL.BACKUP, Set.of(Role.ADMIN), BackupView::new));
    }

    public static List<Screen> forRole(Role role) {
        return all().stream().filter(s -> s.roles().contains(role)).toList();
    }
}
