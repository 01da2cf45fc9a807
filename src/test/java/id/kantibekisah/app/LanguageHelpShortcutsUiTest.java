package id.kantibekisah.app;

import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.control.Labeled;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The language setting (applied at once, remembered per PC), the guide on F1, and the menu's shortcuts. */
@ExtendWith(ApplicationExtension.class)
class LanguageHelpShortcutsUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private Stage stage;
    private AppWindow window;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = Fixture.create(dir);
        f.caseIn(id.kantibekisah.cases.CaseStatus.ESCALATED);
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(() -> window == null ? Messages.indonesian() : window.messages());
        window = new AppWindow(stage, tasks, Messages.INDONESIAN, false);
        window.start(f.s);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        f.close();
    }

    private void logIn(FxRobot robot, String user, String password) {
        submitLogIn(robot, user, password);
        waitUntil(() -> showing(robot, "#main-window"));
    }

    /** The program started again on the same database, as after closing it (the PC's language is read back). */
    private void restart(FxRobot robot) {
        robot.interact(() -> {
            if (window.sessionGuard() != null) {
                window.sessionGuard().stop();
            }
            window = new AppWindow(stage, tasks, Messages.INDONESIAN, false);
            window.start(f.s);
        });
    }

    @Test
    void englishChosenInTheSettingsShowsAtOnceStaysLoggedInAndIsRememberedAfterARestart(FxRobot robot) {
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        assertThat(text(robot, "#status-today")).isEqualTo("Hari ini 24 November 2026");
        robot.clickOn("#nav-preferences");
        waitUntil(() -> showing(robot, "#preferences-view"));
        assertThat(text(robot, "#screen-title")).isEqualTo("Pengaturan");

        robot.clickOn("#prefs-language-en");
        waitUntil(() -> "Settings".equals(text(robot, "#screen-title")));
        assertThat(text(robot, "#status-user")).isEqualTo("Logged in as Bu Satu (BK teacher)");
        assertThat(text(robot, "#nav-cases")).isEqualTo("Cases");
        assertThat(robot.lookup("#prefs-language-en").queryAs(javafx.scene.control.RadioButton.class).isSelected())
                .isTrue();
        assertThat(f.s.settings().language()).contains(Messages.ENGLISH);
        assertThat(text(robot, "#status-today")).isEqualTo("Today 24 November 2026");

        restart(robot);
        waitUntil(() -> showing(robot, "#login-submit")
                && "Log in".equals(robot.lookup("#login-submit").queryButton().getText()));
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#home-view"));
        assertThat(text(robot, "#screen-title")).isEqualTo("Home");

        // And back to Indonesian the same way.
        robot.clickOn("#nav-preferences");
        robot.clickOn("#prefs-language-id");
        waitUntil(() -> "Pengaturan".equals(text(robot, "#screen-title")));
        assertThat(f.s.settings().language()).contains(Messages.INDONESIAN);
    }

    @Test
    void theLanguagePickedOnTheLogInScreenIsRememberedToo(FxRobot robot) {
        robot.clickOn("#login-language");
        robot.clickOn("English");
        waitUntil(() -> f.s.settings().language().equals(Optional.of(Messages.ENGLISH)));
        restart(robot);
        waitUntil(() -> "Log in".equals(robot.lookup("#login-submit").queryButton().getText()));
    }

    @Test
    void f1OpensTheGuideOnThePageOfTheUsersRole(FxRobot robot) {
        logIn(robot, "kepsek", Fixture.PASSWORD);
        robot.push(KeyCode.F1);
        waitUntil(() -> showing(robot, "#help-guide"));
        TabPane tabs = robot.lookup("#help-tabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getId()).isEqualTo("help-tab-principal");
        assertThat(tabs.getTabs().get(0).getText()).isEqualTo("Kepala sekolah");
        assertThat(robot.lookup(".title-3").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Membaca rekap dan laporan semester");
        assertThat(tabs.getTabs()).extracting(t -> t.getId()).containsExactly("help-tab-principal",
                "help-tab-cadre", "help-tab-counselor", "help-tab-admin", "help-tab-shortcuts");

        // The shortcuts page lists the window's real shortcuts.
        robot.interact(() -> tabs.getSelectionModel().select(4));
        waitUntil(() -> showing(robot, "#help-shortcuts-window"));
        assertThat(robot.lookup("#help-shortcuts-window .kbd").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .contains("Ctrl+1", "Ctrl+2", "Ctrl+L", "F1");
    }

    @Test
    void menuShortcutsNavigateAndAreShownInTheMenu(FxRobot robot) {
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#home-view"));
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT2);
        waitUntil(() -> "Kasus".equals(text(robot, "#screen-title")));
        assertThat(robot.lookup("#nav-cases").queryAs(javafx.scene.control.ToggleButton.class).isSelected()).isTrue();
        robot.push(KeyCode.CONTROL, KeyCode.DIGIT7);
        waitUntil(() -> "Pengaturan".equals(text(robot, "#screen-title")));

        MenuBar bar = robot.lookup("#menu-bar").queryAs(MenuBar.class);
        List<MenuItem> go = bar.getMenus().get(0).getItems();
        assertThat(go.get(1).getText()).isEqualTo("Kasus");
        assertThat(go.get(1).getAccelerator().getDisplayText()).isEqualTo("Ctrl+2");
        assertThat(bar.getMenus()).extracting(m -> m.getText()).containsExactly("Layar", "Akun", "Bantuan");
        assertThat(text(robot, "#screen-title")).isEqualTo("Pengaturan");
    }
}
