package id.kantibekisah.audit.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditRow;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.control.ListView;
import javafx.scene.control.TableColumn;
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

/** The audit screen: a counselor asks about one child; the admin sees no student and checks the database. */
@ExtendWith(ApplicationExtension.class)
class AuditUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir);
        long id = f.caseIn(CaseStatus.IN_PROGRESS);       // Citra and Dimas
        f.s.cases().get(f.counselor2, id);
        f.s.cases().submitIntake(f.cadre, f.intake(f.students.get(5)));  // Fajar only
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

    private void logIn(FxRobot robot, String user) {
        submitLogIn(robot, user, Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#main-window"));
        robot.clickOn("#nav-audit");
        waitUntil(() -> showing(robot, "#audit-table") && !table(robot, "#audit-table").getItems().isEmpty());
    }

    @Test
    void aCounselorSeesWhoViewedOneChildsCase(FxRobot robot) {
        logIn(robot, "bk.satu");
        robot.clickOn("#audit-student-search").write("citra");
        ListView<?> results = robot.lookup("#audit-student-results").queryAs(ListView.class);
        waitUntil(() -> results.getItems().size() == 1);
        robot.clickOn("Citra Maharani (7A)");
        waitUntil(() -> text(robot, "#audit-student").equals("Citra Maharani (7A)"));
        TableView<AuditRow> t = table(robot, "#audit-table");
        waitUntil(() -> t.getItems().stream().anyMatch(r -> r.action() == AuditAction.CASE_VIEW));
        assertThat(t.getItems()).allSatisfy(r -> assertThat(r.caseCode()).isEqualTo("KB-2026-0001"));
        assertThat(t.getItems()).filteredOn(r -> r.action() == AuditAction.CASE_VIEW).singleElement()
                .satisfies(r -> assertThat(r.userName()).isEqualTo("Pak Dua"));
        assertThat(t.getColumns()).extracting(TableColumn::getText).contains("Siswa");
        assertThat(showing(robot, "#audit-verify")).isFalse();
    }

    @Test
    void theAdminSeesNoStudentAndChecksTheDatabase(FxRobot robot) {
        logIn(robot, "admin");
        TableView<AuditRow> t = table(robot, "#audit-table");
        assertThat(t.getColumns()).extracting(TableColumn::getText).doesNotContain("Siswa");
        assertThat(robot.lookup("#audit-student-search").tryQuery()).isEmpty();
        assertThat(t.getItems()).allSatisfy(r -> assertThat(r.studentName()).isNull());
        assertThat(robot.lookup(".table-cell").queryAllAs(javafx.scene.control.Labeled.class))
                .extracting(javafx.scene.control.Labeled::getText)
                .contains("(kader, dirahasiakan)").doesNotContain(f.cadre.displayName(), f.cadre.username());

        robot.clickOn("#audit-case").write("KB-2026-0001");
        waitUntil(() -> !t.getItems().isEmpty() && t.getItems().stream()
                .allMatch(r -> "KB-2026-0001".equals(r.caseCode())));
        assertThat(t.getItems()).extracting(AuditRow::action).doesNotContain(AuditAction.INTAKE_SUBMIT);

        robot.clickOn("#audit-verify");
        waitUntil(() -> text(robot, "#audit-verify-result").startsWith("Basis data baik"));
    }
}
