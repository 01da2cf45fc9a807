package id.kantibekisah.privacy.ui;

import id.kantibekisah.common.Messages;
import id.kantibekisah.privacy.PrivacySettings;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.testing.ScreenTesting;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Notifier;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.UiContext;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Spinner;
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
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Keamanan & privasi: the admin changes the minutes and anonymises the students past retention, by count only. */
@ExtendWith(ApplicationExtension.class)
class PrivacySettingsUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private PrivacySettingsView view;
    private final List<String> infos = new ArrayList<>();

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir);
        f.s.students().setActive(f.counselor, f.students.get(5), false);
        f.clock.advance(Duration.ofDays(365 * 3 + 5));
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        Notifier notifier = new Notifier() {
            @Override
            public void error(Throwable error) {
                infos.add("ERROR " + error);
            }

            @Override
            public void info(String t) {
                infos.add(t);
            }

            @Override
            public void clear() {
            }
        };
        view = new PrivacySettingsView(new UiContext(f.clock, f.admin, Messages.indonesian(), tasks, notifier, new ScreenTesting.RecordingWindow(Messages.indonesian()),
                () -> stage), f.s.privacySettings(), f.s.retention());
        Scene scene = new Scene((Parent) view.node(), 1100, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        view.onActivate();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        f.close();
    }

    @Test
    void theAdminSetsTheMinutesAndAnonymisesTheStudentsPastRetentionAfterConfirming(FxRobot robot) {
        waitUntil(() -> text(robot, "#privacy-status").startsWith("1 siswa melewati masa simpan 3 tahun"));
        Spinner<?> staff = robot.lookup("#privacy-staff-minutes").queryAs(Spinner.class);
        robot.interact(() -> staff.increment(5));
        robot.clickOn("#privacy-save");
        waitUntil(() -> infos.contains("Pengaturan keamanan dan privasi disimpan."));
        assertThat(f.s.privacySettings().current()).isEqualTo(new PrivacySettings(10, 2, 3));

        robot.clickOn("#privacy-anonymise");
        waitUntil(() -> showing(robot, "#privacy-anonymise-confirm"));
        robot.clickOn("#privacy-anonymise-confirm");
        waitUntil(() -> text(robot, "#privacy-status").startsWith("Tidak ada siswa melewati masa simpan"));
        assertThat(text(robot, "#privacy-status")).endsWith("Sudah dianonimkan sebelumnya: 1.");
        assertThat(f.s.db().<Long>read(sql -> sql.longValue(
                "SELECT count(*) FROM students WHERE name = 'Fajar Hidayat'"))).isZero();
        assertThat(infos).contains("1 siswa dianonimkan.");
    }
}
