package id.kantibekisah.app;

import id.kantibekisah.cases.ui.CaseListView;
import id.kantibekisah.security.Role;
import id.kantibekisah.students.ui.StudentsView;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.List;
import java.util.Set;

/** The screens of the main window, in navigation order. The first one a role has is where it lands. */
public final class Screens {
    public static final String WELCOME = "welcome";
    public static final String CASES = "cases";
    public static final String STUDENTS = "students";

    private Screens() {
    }

    public static List<Screen> all() {
        return List.of(
                new Screen(WELCOME, "screen.welcome", Material2AL.HOME, Set.of(Role.CADRE, Role.PRINCIPAL, Role.ADMIN),
                        WelcomeView::new),
                new Screen(CASES, "screen.cases", Material2MZ.VIEW_LIST, Set.of(Role.COUNSELOR), CaseListView::new),
                // The full roster (NISN, guardian, birth date): the BK team only, never a cadre.
                new Screen(STUDENTS, "screen.students", Material2MZ.PEOPLE, Set.of(Role.COUNSELOR),
                        StudentsView::new));
    }

    public static List<Screen> forRole(Role role) {
        return all().stream().filter(s -> s.roles().contains(role)).toList();
    }
}
