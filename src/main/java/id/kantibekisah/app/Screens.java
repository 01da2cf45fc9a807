package id.kantibekisah.app;

import id.kantibekisah.cases.ui.CaseListView;
import id.kantibekisah.cases.ui.HomeView;
import id.kantibekisah.cases.ui.IntakeView;
import id.kantibekisah.cases.ui.MyIntakesView;
import id.kantibekisah.cases.ui.PrincipalHomeView;
import id.kantibekisah.reports.ui.DashboardView;
import id.kantibekisah.security.Role;
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
    public static final String REPORTS = "reports";

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
                new Screen(CASES, "screen.cases", Material2MZ.VIEW_LIST, Set.of(Role.COUNSELOR), CaseListView::new),
                new Screen(REPORTS, "screen.reports", Material2AL.INSERT_CHART, Set.of(Role.COUNSELOR, Role.PRINCIPAL),
                        DashboardView::new),
                new Screen(WELCOME, "screen.welcome", Material2AL.HOME, Set.of(Role.ADMIN), WelcomeView::new));
    }

    public static List<Screen> forRole(Role role) {
        return all().stream().filter(s -> s.roles().contains(role)).toList();
    }
}
