package id.kantibekisah.privacy.ui;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.privacy.Consent;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.testing.ScreenTesting;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Notifier;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.UiContext;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** Hak siswa through the robot: find a student who left, record and withdraw a consent, export their data. */
@ExtendWith(ApplicationExtension.class)
class StudentRightsUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private StudentRightsView view;
    private final List<String> infos = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir);
        f.caseIn(CaseStatus.IN_PROGRESS);
        f.s.students().setActive(f.counselor, f.students.get(2), false);
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        Notifier notifier = new Notifier() {
            @Override
            public void error(Throwable error) {
                errors.add(error);
            }

            @Override
            public void info(String text) {
                infos.add(text);
            }

            @Override
            public void clear() {
            }
        };
        UiContext ctx = new UiContext(f.clock, f.counselor, Messages.indonesian(), tasks, notifier, new ScreenTesting.RecordingWindow(Messages.indonesian()),
                () -> stage);
        view = new StudentRightsView(ctx, f.s.students(), f.s.consents(), f.s.subjectExport());
        view.setSaveChooser(name -> dir.resolve(name));
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1280, 760);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        stage.requestFocus();
        view.onActivate();
    }

    @AfterEach
    void stop() {
        view.onDeactivate();
        tasks.shutdown(5);
        f.close();
    }

    @Test
    void aCounselorRecordsAndWithdrawsAConsentAndExportsTheStudentsData(FxRobot robot) throws Exception {
        robot.clickOn("#rights-search").write("citra");
        ListView<?> results = robot.lookup("#rights-results").queryAs(ListView.class);
        waitUntil(() -> results.getItems().size() == 1);
        robot.clickOn("Citra Maharani (7A) \u2014 0133333333, sudah keluar");
        TableView<Consent> consents = table(robot, "#rights-consents");
        waitUntil(() -> robot.lookup("#rights-student").queryLabeled().getText()
                .equals("Citra Maharani \u2014 7A \u2014 NISN 0133333333"));

        robot.clickOn("#rights-record");
        waitUntil(() -> robot.lookup("#rights-error").queryLabeled().getText()
                .equals("Tulis nama orang tua/wali yang memberi persetujuan."));
        robot.clickOn("#rights-given-by").write("Ibu Maharani");
        robot.clickOn("#rights-record");
        waitUntil(() -> consents.getItems().size() == 1);
        assertThat(consents.getItems().get(0).givenBy()).isEqualTo("Ibu Maharani");

        robot.interact(() -> consents.getSelectionModel().select(0));
        robot.clickOn("#rights-withdraw");
        waitUntil(() -> consents.getItems().size() == 1 && consents.getItems().get(0).withdrawn());

        robot.clickOn("#rights-export");
        // saving without a password is a choice that says what it means
        waitUntil(() -> showing(robot, "#file-password-plain"));
        robot.clickOn("#file-password-plain");
        assertThat(robot.lookup("#file-password-plain-warning").queryLabeled().isVisible()).isTrue();
        robot.clickOn("#file-password-plain");
        robot.clickOn("#file-password-password").write("Amplop-Coklat-27");
        robot.clickOn("#file-password-repeat").write("Amplop-Coklat-27");
        robot.clickOn("#file-password-ok");
        Path file = dir.resolve("data-pribadi-Citra-Maharani-2026-11-24.xlsx");
        waitUntil(() -> Files.exists(file) && !infos.isEmpty() && infos.get(infos.size() - 1).startsWith("Tersimpan"));
        assertThat(errors).isEmpty();
        try (var wb = org.apache.poi.ss.usermodel.WorkbookFactory.create(file.toFile(), "Amplop-Coklat-27", true)) {
            assertThat(wb.getNumberOfSheets()).isPositive();
        }
        assertThat(f.s.audit().latest(5)).anySatisfy(e -> {
            assertThat(e.action()).isEqualTo(AuditAction.SUBJECT_EXPORT);
            assertThat(e.detail()).contains("password-protected");
            assertThat(e.studentId()).isEqualTo(f.students.get(2));
        });
    }
}
