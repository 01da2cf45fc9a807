package id.kantibekisah.app;

import id.kantibekisah.access.Role;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.chart.Axis;
import javafx.scene.chart.Chart;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Control;
import javafx.scene.control.Labeled;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableColumnBase;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every screen of every role, in both languages, read as the user sees it: no raw bundle key ({@code cases.count},
 * {@code !key!}), no enum code, and no text of the other language shown by accident. {@code LocalizationTest} checks
 * the bundles themselves; this checks what reaches the screen.
 */
@ExtendWith(ApplicationExtension.class)
class ScreenTextsUiTest {
    private static final Pattern DOTTED_KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9]+){2,}");
    private static final Pattern MISSING_KEY = Pattern.compile("![a-z][\\w.]*!");
    private static final Pattern ENUM_CODE = Pattern.compile("[A-Z]+(_[A-Z]+)+");
    /** A date as the database stores it; a file name holding one ({@code kanti-bekisah-2026-11-24.db}) is fine. */
    private static final Pattern ISO_DATE = Pattern.compile("(?<![\\w-])\\d{4}-\\d{2}-\\d{2}(?![\\w-])");
    private static final Pattern ENGLISH_MONTH = Pattern.compile(
            "\\b(January|February|March|June|July|August|October|December|Oct|Dec|Aug)\\b");

    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private Stage stage;
    private AppWindow window;
    private long escalatedCase;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = Fixture.create(dir);
        f.caseIn(CaseStatus.NEW);
        f.caseIn(CaseStatus.IN_PROGRESS);
        f.caseIn(CaseStatus.RESOLVED);
        escalatedCase = f.caseIn(CaseStatus.ESCALATED);
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(() -> window == null ? Messages.indonesian() : window.messages());
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        f.close();
    }

    static Stream<Arguments> rolesInBothLanguages() {
        List<Arguments> all = new ArrayList<>();
        for (Locale locale : List.of(Messages.INDONESIAN, Messages.ENGLISH)) {
            all.add(Arguments.of("kader.satu", Fixture.PIN, Role.CADRE, locale));
            all.add(Arguments.of("bk.satu", Fixture.PASSWORD, Role.COUNSELOR, locale));
            all.add(Arguments.of("kepsek", Fixture.PASSWORD, Role.PRINCIPAL, locale));
            all.add(Arguments.of("admin", Fixture.PASSWORD, Role.ADMIN, locale));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{2} in {3}")
    @MethodSource("rolesInBothLanguages")
    void everyScreenShowsItsTextsInTheChosenLanguageWithoutRawKeys(String username, String password, Role role,
                                                                   Locale locale, FxRobot robot) {
        robot.interact(() -> {
            window = new AppWindow(stage, tasks, locale, false);
            window.start(f.s);
        });
        List<String> problems = new ArrayList<>();
        check("log-in", locale, problems);
        submitLogIn(robot, username, password);
        waitUntil(() -> showing(robot, "#main-window"));

        Messages m = Messages.of(locale);
        for (Screen s : Screens.forRole(role)) {
            robot.clickOn("#nav-" + s.id());
            settle();
            // The walk reaches the screen: its title and its menu entry are among the texts read.
            assertThat(check(s.id(), locale, problems)).contains(m.get(s.titleKey()), m.get("menu.go"));
        }
        if (role == Role.COUNSELOR || role == Role.PRINCIPAL) {
            robot.interact(() -> window.main().openCase(escalatedCase));
            settle();
            check("case detail", locale, problems);
        }
        robot.push(KeyCode.F1);
        waitUntil(() -> showing(robot, "#help-guide"));
        check("guide", locale, problems);

        assertThat(problems).as("texts on %s's screens in %s", role, locale).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void theCheckFindsARawKeyAnEnumCodeAnIsoDateAndEnglishInTheIndonesianWindow(FxRobot robot) {
        robot.interact(() -> window = new AppWindow(stage, tasks, Messages.INDONESIAN, false));
        robot.interact(() -> ((javafx.scene.layout.Pane) stage.getScene().getRoot()).getChildren().setAll(
                new javafx.scene.layout.VBox(
                new javafx.scene.control.Label("Keluar"), new javafx.scene.control.Label("screen.cases"),
                new javafx.scene.control.Label("detail.action.nothing.here"),
                new javafx.scene.control.Label("!missing.key!"), new javafx.scene.control.Label("IN_PROGRESS"),
                new javafx.scene.control.Label("dibuka 2026-11-24"), new javafx.scene.control.Label("Log out"))));
        List<String> problems = new ArrayList<>();
        robot.interact(() -> stage.setTitle("Uji"));
        check("probe", Messages.INDONESIAN, problems);
        assertThat(problems).hasSize(6).noneMatch(p -> p.contains("\"Keluar\""));
        problems.clear();
        check("probe", Messages.ENGLISH, problems);
        assertThat(problems).anyMatch(p -> p.contains("\"Keluar\"")).noneMatch(p -> p.contains("\"Log out\""));
    }

    /** Waits until the screen's background loading is done and its results are on screen. */
    private void settle() {
        for (int i = 0; i < 3; i++) {
            waitUntil(() -> !tasks.busyProperty().get());
            WaitForAsyncUtils.waitForFxEvents();
        }
    }

    /** Reads every window's texts, adds what is wrong to {@code problems}, and returns the texts read. */
    private static Set<String> check(String screen, Locale locale, List<String> problems) {
        boolean indonesian = !locale.getLanguage().equals("en");
        Messages shown = Messages.of(indonesian ? Messages.INDONESIAN : Messages.ENGLISH);
        Messages other = Messages.of(indonesian ? Messages.ENGLISH : Messages.INDONESIAN);
        Set<String> keys = new HashSet<>(Collections.list(shown.bundle().getKeys()));
        Set<String> shownValues = values(shown);
        Set<String> foreign = new HashSet<>(values(other));
        foreign.removeAll(shownValues);

        Set<String> texts = new LinkedHashSet<>();
        WaitForAsyncUtils.asyncFx(() -> {
            for (Window w : new ArrayList<>(Window.getWindows())) {
                if (w instanceof Stage st && st.getTitle() != null) {
                    texts.add(st.getTitle());
                }
                if (w.getScene() != null && w.isShowing()) {
                    collect(w.getScene().getRoot(), texts);
                }
            }
        });
        WaitForAsyncUtils.waitForFxEvents();
        for (String text : texts) {
            for (String line : text.split("\n")) {
                String t = line.strip();
                if (t.isEmpty()) {
                    continue;
                }
                if (keys.contains(t) || DOTTED_KEY.matcher(t).matches() || MISSING_KEY.matcher(t).find()
                        || t.contains("???") || ENUM_CODE.matcher(t).matches()) {
                    problems.add(screen + ": raw key or code \"" + t + "\"");
                } else if (ISO_DATE.matcher(t).find() || indonesian && ENGLISH_MONTH.matcher(t).find()) {
                    problems.add(screen + ": a date not in the user's format \"" + t + "\"");
                } else if (foreign.contains(t)) {
                    problems.add(screen + ": text of the other language \"" + t + "\"");
                }
            }
        }
        return texts;
    }

    /** The texts of a bundle that take no arguments, as shown (MessageFormat applied). */
    private static Set<String> values(Messages m) {
        Set<String> out = new HashSet<>();
        for (String key : Collections.list(m.bundle().getKeys())) {
            if (!m.bundle().getString(key).contains("{")) {
                out.add(m.get(key).strip());
            }
        }
        return out;
    }

    private static void collect(Node node, Set<String> out) {
        if (node == null) {
            return;
        }
        if (node instanceof Labeled l) {
            add(out, l.getText());
        }
        if (node instanceof TextInputControl t) {
            add(out, t.getPromptText());
        }
        if (node instanceof Text t && t.getParent() instanceof TextFlow) {
            add(out, t.getText());
        }
        if (node instanceof Control c) {
            tooltip(c.getTooltip(), out);
            menu(c.getContextMenu(), out);
        }
        if (node instanceof TableView<?> t) {
            columns(t.getColumns(), out);
            collect(t.getPlaceholder(), out);
        }
        if (node instanceof TabPane tp) {
            for (Tab tab : tp.getTabs()) {
                add(out, tab.getText());
                tooltip(tab.getTooltip(), out);
                collect(tab.getContent(), out);
            }
        }
        if (node instanceof MenuBar bar) {
            for (Menu m : bar.getMenus()) {
                items(List.of(m), out);
            }
        }
        if (node instanceof MenuButton mb) {
            items(mb.getItems(), out);
        }
        if (node instanceof Chart chart) {
            add(out, chart.getTitle());
        }
        if (node instanceof Axis<?> axis) {
            add(out, axis.getLabel());
        }
        if (node instanceof Parent p) {
            for (Node child : p.getChildrenUnmodifiable()) {
                collect(child, out);
            }
        }
    }

    private static void columns(List<? extends TableColumnBase<?, ?>> columns, Set<String> out) {
        for (TableColumnBase<?, ?> c : columns) {
            add(out, c.getText());
            columns(c.getColumns(), out);
        }
    }

    private static void items(List<MenuItem> items, Set<String> out) {
        for (MenuItem item : items) {
            add(out, item.getText());
            if (item instanceof Menu m) {
                items(m.getItems(), out);
            }
        }
    }

    private static void menu(ContextMenu menu, Set<String> out) {
        if (menu != null) {
            items(menu.getItems(), out);
        }
    }

    private static void tooltip(Tooltip tooltip, Set<String> out) {
        if (tooltip != null) {
            add(out, tooltip.getText());
        }
    }

    private static void add(Set<String> out, String text) {
        if (text != null && !text.isBlank()) {
            out.add(text);
        }
    }
}
