package id.kantibekisah.seal.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.common.Messages;
import id.kantibekisah.seal.SealService.KeyState;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.control.TextField;
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
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The case file's key in the window: the first counselor sees the recovery code once; the next reader is told in
 * plain words that they hold no key, and receives it from a colleague who types their password in that session.
 */
@ExtendWith(ApplicationExtension.class)
class SealKeyUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        f = Fixture.withoutSealKeys(dir);
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        new AppWindow(stage, tasks, Messages.INDONESIAN, false).start(f.s);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        f.close();
    }

    @Test
    void theRecoveryCodeIsShownOnceAndAColleagueGrantsTheKeyToTheNextReader(FxRobot robot) {
        submitLogIn(robot, "bk.satu", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#seal-recovery-code-value"));
        String code = robot.lookup("#seal-recovery-code-value").queryAs(TextField.class).getText();
        assertThat(code).matches("[2-9A-HJ-NP-Z]{5}(-[2-9A-HJ-NP-Z]{5}){4}");
        robot.clickOn(robot.lookup(".dialog-pane .button").queryButton());
        waitUntil(() -> !showing(robot, "#seal-recovery-code-value"));
        robot.clickOn("#logout");

        waitUntil(() -> showing(robot, "#login-username"));
        submitLogIn(robot, "bk.dua", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#message-bar"));
        assertThat(text(robot, "#message-text")).contains("belum memegang kunci berkas kasus",
                "diatur ulang oleh admin", "Akun > Kunci berkas kasus");
        assertThat(showing(robot, "#seal-recovery-code-value")).as("shown once, to the first only").isFalse();

        robot.clickOn("#menu-account");
        robot.clickOn("#menu-seal-key");
        waitUntil(() -> showing(robot, "#seal-grant-colleague"));
        robot.clickOn("#seal-grant-colleague").write("bk.satu");
        robot.clickOn("#seal-grant-password").write("salah-sandinya");
        robot.clickOn("#seal-grant-ok");
        waitUntil(() -> text(robot, "#seal-grant-error").contains("salah"));
        robot.interact(() -> robot.lookup("#seal-grant-password").queryAs(TextField.class).clear());
        robot.clickOn("#seal-grant-password").write(Fixture.PASSWORD);
        robot.clickOn("#seal-grant-ok");
        waitUntil(() -> !showing(robot, "#seal-grant-colleague"));
        waitUntil(() -> f.s.seal().state(f.counselor2).equals(KeyState.HOLDS_KEY));
        assertThat(showing(robot, "#message-bar")).as("the notice goes").isFalse();
    }
}
