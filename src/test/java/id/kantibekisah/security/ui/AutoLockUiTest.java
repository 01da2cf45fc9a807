package id.kantibekisah.security.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.common.Messages;
import id.kantibekisah.privacy.PrivacySettings;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Auto-lock on the injected clock: the test advances the fixture's clock and runs the guard's periodic check, so
 * nothing waits for real minutes.
 */
@ExtendWith(ApplicationExtension.class)
class AutoLockUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private AppWindow window;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = Fixture.create(dir);
        f.caseIn(CaseStatus.IN_PROGRESS);
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
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
        waitUntil(() -> showing(robot, "#main-window") && window.sessionGuard() != null);
    }

    private void idle(FxRobot robot, Duration d) {
        f.clock.advance(d);
        robot.interact(() -> window.sessionGuard().check());
    }

    /** Every text a user could read in the window: visible labels and fields. */
    private List<String> visibleTexts() {
        List<String> out = new ArrayList<>();
        collect(stage.getScene().getRoot(), out);
        return out;
    }

    private static void collect(Node node, List<String> out) {
        if (!node.isVisible()) {
            return;
        }
        if (node instanceof Labeled l && l.getText() != null) {
            out.add(l.getText());
        }
        if (node instanceof TextInputControl t && t.getText() != null) {
            out.add(t.getText());
        }
        if (node instanceof Parent p) {
            p.getChildrenUnmodifiable().forEach(c -> collect(c, out));
        }
    }

    @Test
    void aCounselorsWindowLocksAfterFiveIdleMinutesAndShowsNoCaseText(FxRobot robot) {
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#nav-cases"));
        robot.clickOn("#nav-cases");
        waitUntil(() -> table(robot, "#cases-table").getItems().size() == 1);
        TableView<CaseSummary> cases = table(robot, "#cases-table");
        String code = cases.getItems().get(0).code();
        assertThat(visibleTexts()).anySatisfy(t -> assertThat(t).contains("Citra Maharani"))
                .anySatisfy(t -> assertThat(t).contains(code));

        idle(robot, Duration.ofMinutes(4));
        robot.moveTo("#status-user");                       // input: the idle time starts again
        idle(robot, Duration.ofMinutes(4));
        assertThat(showing(robot, "#lock-screen")).isFalse();
        idle(robot, Duration.ofMinutes(1));

        waitUntil(() -> showing(robot, "#lock-screen"));
        assertThat(window.sessionGuard().locked()).isTrue();
        for (String secret : List.of("Citra", "Dimas", code, "Diejek")) {
            assertThat(visibleTexts()).as(secret).noneSatisfy(t -> assertThat(t).contains(secret));
        }
        assertThat(text(robot, "#lock-user")).isEqualTo("Bu Satu (Guru BK) masih masuk.");
        waitUntil(() -> f.s.audit().latest(1).get(0).action() == AuditAction.SCREEN_LOCK);

        robot.clickOn("#lock-password").write("salah-sekali");
        robot.clickOn("#lock-unlock");
        waitUntil(() -> text(robot, "#lock-error").equals("Kata sandi atau PIN salah."));
        assertThat(showing(robot, "#lock-screen")).isTrue();
        robot.clickOn("#lock-password").write(Fixture.PASSWORD);
        robot.clickOn("#lock-unlock");
        waitUntil(() -> !showing(robot, "#lock-screen"));
        assertThat(visibleTexts()).anySatisfy(t -> assertThat(t).contains("Citra Maharani"));
        AuditEntry last = f.s.audit().latest(1).get(0);
        assertThat(last.action()).isEqualTo(AuditAction.SCREEN_UNLOCK);
    }

    @Test
    void aCadresWindowLocksAfterTwoMinutesAndAnotherUserLogsThemOut(FxRobot robot) {
        logIn(robot, "kader.satu", Fixture.PIN);
        idle(robot, Duration.ofSeconds(119));
        assertThat(window.sessionGuard().locked()).isFalse();
        idle(robot, Duration.ofSeconds(1));
        waitUntil(() -> showing(robot, "#lock-screen"));
        assertThat(text(robot, "#lock-user")).as("the role only, never which student")
                .isEqualTo("Seorang kader masih masuk.");
        assertThat(robot.lookup("#lock-screen .label").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText).noneMatch(t -> t != null
                        && t.contains("Putri Lestari"));

        robot.clickOn("#lock-switch-user");
        waitUntil(() -> showing(robot, "#login-view"));
        assertThat(window.sessionGuard()).isNull();
        waitUntil(() -> f.s.audit().latest(1).get(0).action() == AuditAction.LOGOUT);
        assertThat(f.s.audit().latest(1).get(0).userId()).isEqualTo(f.cadre.userId());
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        assertThat(text(robot, "#status-user")).isEqualTo("Masuk sebagai Bu Satu (Guru BK)");
    }

    @Test
    void theAdminsMinutesApplyFromTheNextLogIn(FxRobot robot) {
        f.s.privacySettings().update(f.admin, new PrivacySettings(15, 2, 3));
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        idle(robot, Duration.ofMinutes(14));
        assertThat(window.sessionGuard().locked()).isFalse();
        idle(robot, Duration.ofMinutes(1));
        waitUntil(() -> showing(robot, "#lock-screen"));
    }

    @Test
    void sixWrongTriesOnTheLockScreenLockTheAccountAndOnlyLoggingOutIsLeft(FxRobot robot) {
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        robot.interact(() -> window.sessionGuard().lockNow());
        waitUntil(() -> showing(robot, "#lock-screen"));
        for (int i = 0; i < 6; i++) {
            robot.clickOn("#lock-password").write("salah-" + i);
            robot.clickOn("#lock-unlock");
            int tries = i + 1;
            waitUntil(() -> f.s.audit().latest(10).stream()
                    .filter(e -> e.action() == AuditAction.LOGIN_FAILED).count() >= tries);
        }
        waitUntil(() -> text(robot, "#lock-error").startsWith("Akun dikunci"));
        assertThat(robot.lookup("#lock-password").query().isDisabled()).isTrue();
        assertThat(robot.lookup("#lock-unlock").query().isDisabled()).isTrue();
        robot.clickOn("#lock-switch-user");
        waitUntil(() -> showing(robot, "#login-view"));
    }
}
