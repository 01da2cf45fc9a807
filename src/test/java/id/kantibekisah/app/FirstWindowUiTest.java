package id.kantibekisah.app;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The first window through the robot: log-in, the counselor's case list, refusals, language, log-out. */
@ExtendWith(ApplicationExtension.class)
class FirstWindowUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir);
        f.caseIn(CaseStatus.NEW);
        f.caseIn(CaseStatus.IN_PROGRESS);
        f.s.cases().submitIntake(f.cadre, f.intake(f.students.get(0)));
        f.caseIn(CaseStatus.RESOLVED);
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        AppWindow window = new AppWindow(stage, tasks, Messages.INDONESIAN, false);
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
    }

    @Test
    void aCounselorLogsInAndFindsCasesBySearchAndFilter(FxRobot robot) {
        assertThat(text(robot, ".login-school")).isEqualTo("SMP Negeri Uji");
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#home-view"));
        assertThat(text(robot, "#screen-title")).isEqualTo("Beranda");
        robot.clickOn("#nav-cases");
        waitUntil(() -> showing(robot, "#cases-table") && table(robot, "#cases-table").getItems().size() == 3);
        assertThat(text(robot, "#screen-title")).isEqualTo("Kasus");
        assertThat(text(robot, "#status-user")).isEqualTo("Masuk sebagai Bu Satu (Guru BK)");
        assertThat(text(robot, "#cases-count")).isEqualTo("3 kasus");

        robot.clickOn("#cases-search").write("Putri");
        TableView<CaseSummary> t = table(robot, "#cases-table");
        waitUntil(() -> t.getItems().size() == 1);
        assertThat(t.getItems().get(0).studentNames()).isEqualTo("Putri Lestari");
        assertThat(text(robot, "#cases-count")).isEqualTo("1 kasus");

        robot.clickOn("#cases-clear");
        waitUntil(() -> t.getItems().size() == 4);
        robot.clickOn("#cases-mine");
        waitUntil(() -> t.getItems().size() == 2);
        assertThat(t.getItems()).allSatisfy(c -> assertThat(c.counselorName()).isEqualTo("Bu Satu"));
    }

    @Test
    void aWrongPasswordShowsAClearMessageAndKeepsTheUsername(FxRobot robot) {
        logIn(robot, "bk.satu", "bukan-sandinya");
        waitUntil(() -> showing(robot, "#login-error") && !text(robot, "#login-error").isEmpty());
        assertThat(text(robot, "#login-error")).isEqualTo("Nama pengguna atau kata sandi salah.");
        assertThat(robot.lookup("#login-username").queryTextInputControl().getText()).isEqualTo("bk.satu");
        assertThat(robot.lookup("#login-password").queryTextInputControl().getText()).isEmpty();
        assertThat(showing(robot, "#main-window")).isFalse();
    }

    @Test
    void aCadreHasNoCaseListAndLogsOutBackToTheLogIn(FxRobot robot) {
        logIn(robot, "kader.satu", Fixture.PIN);
        waitUntil(() -> showing(robot, "#main-window"));
        assertThat(robot.lookup("#nav-cases").tryQuery()).isEmpty();
        assertThat(robot.lookup("#cases-table").tryQuery()).isEmpty();
        assertThat(text(robot, "#screen-title")).isEqualTo("Catat Laporan");
        robot.clickOn("#logout");
        waitUntil(() -> showing(robot, "#login-view"));
        assertThat(robot.lookup("#login-username").queryTextInputControl().getText()).isEmpty();
    }

    @Test
    void theLogInScreenSwitchesToEnglish(FxRobot robot) {
        robot.clickOn("#login-language");
        robot.clickOn("English");
        waitUntil(() -> "Log in".equals(robot.lookup("#login-submit").queryButton().getText()));
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#home-view"));
        assertThat(text(robot, "#screen-title")).isEqualTo("Home");
        assertThat(text(robot, "#status-user")).isEqualTo("Logged in as Bu Satu (BK teacher)");
    }
}
