package id.kantibekisah.setup.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.MutableClock;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.wiring.AppServices;
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
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A new, empty database opens on the set-up wizard instead of the log-in, and ends with the admin logged in. */
@ExtendWith(ApplicationExtension.class)
class FirstRunUiTest {
    @TempDir
    Path dir;

    private AppServices services;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        services = AppServices.open(dir.resolve("baru.db"), new MutableClock(Fixture.START, Fixture.ZONE),
                new PasswordHasher(1024, 1));
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        AppWindow window = new AppWindow(stage, tasks, Messages.INDONESIAN, false);
        window.start(services);
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        services.close();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.clickOn(id).write(text);
    }

    @Test
    void theWizardAsksForTheSchoolTheTermAndTheFirstAdminThenTheAdminLogsIn(FxRobot robot) {
        assertThat(showing(robot, "#setup-view")).isTrue();
        assertThat(showing(robot, "#login-view")).as("no log-in before there is a user").isFalse();
        assertThat(text(robot, "#setup-step")).isEqualTo("Langkah 1 dari 3: Profil sekolah");

        type(robot, "#setup-school-name", "SMP Negeri 1 Koba");
        type(robot, "#setup-npsn", "1090");
        robot.clickOn("#setup-next");
        waitUntil(() -> text(robot, "#setup-error").equals("NPSN harus 8 angka."));
        robot.doubleClickOn("#setup-npsn").write("10901234");
        type(robot, "#setup-city", "Bangka Tengah");
        robot.clickOn("#setup-next");

        waitUntil(() -> text(robot, "#setup-step").equals("Langkah 2 dari 3: Tahun ajaran"));
        assertThat(robot.lookup("#setup-year").queryTextInputControl().getText()).isEqualTo("2026/2027");
        robot.clickOn("#setup-next");

        waitUntil(() -> text(robot, "#setup-step").equals("Langkah 3 dari 3: Akun admin pertama"));
        type(robot, "#setup-admin-username", "operator");
        type(robot, "#setup-admin-name", "Operator Sekolah");
        type(robot, "#setup-password", "password");
        type(robot, "#setup-repeat", "password");
        robot.clickOn("#setup-next");
        waitUntil(() -> text(robot, "#setup-error").contains("terlalu mudah ditebak"));
        robot.doubleClickOn("#setup-password").write("Kunci-Sekolah-26");
        robot.doubleClickOn("#setup-repeat").write("Kunci-Sekolah-26");
        robot.clickOn("#setup-next");

        waitUntil(() -> showing(robot, "#login-view"));
        assertThat(robot.lookup("#login-username").queryTextInputControl().getText()).isEqualTo("operator");
        assertThat(text(robot, "#login-info")).isEqualTo("Penyiapan selesai. Masuk dengan akun admin yang baru dibuat.");
        assertThat(text(robot, ".login-school")).isEqualTo("SMP Negeri 1 Koba");
        robot.clickOn("#login-password").write("Kunci-Sekolah-26");
        robot.clickOn("#login-submit");
        waitUntil(() -> showing(robot, "#main-window"));
        assertThat(text(robot, "#status-user")).isEqualTo("Masuk sebagai Operator Sekolah (Admin)");
        assertThat(services.terms().byCode("2026/2027-1")).isNotNull();
    }
}
