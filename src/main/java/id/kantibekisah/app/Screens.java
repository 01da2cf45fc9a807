package id.kantibekisah.app;

import id.kantibekisah.cases.ui.CaseListView;
import id.kantibekisah.reports.ui.DashboardView;
import id.kantibekisah.security.Role;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Set;

/** The screens of the main window, in navigation order. The first one a role has is where it lands. */
public final class Screens {
    public static final String WELCOME = "welcome";
    public static final String CASES = "cases";
    public static final String REPORTS = "reports";

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen(WELCOME, "screen.welcome", Material2AL.HOME, Set.of(Role.CADRE, Role.PRINCIPAL, Role.ADMIN),
                        WelcomeView::new),
                new Screen(CASES, "screen.cases", Material2MZ.VIEW_LIST, Set.of(Role.COUNSELOR), CaseListView::new),
                new Screen(REPORTS, "screen.reports", Material2AL.INSERT_CHART, Set.of(Role.COUNSELOR, Role.PRINCIPAL),
                        DashboardView::new));
    }

    public static List<Screen> forRole(Role role) {
        return all().stream().filter(s -> s.roles().contains(role)).toList();
    }
}
