package id.kantibekisah.backup.ui;

import id.kantibekisah.access.Role;
import id.kantibekisah.app.AppWindow;
import id.kantibekisah.app.Screens;
import id.kantibekisah.ui.ScreenIds;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.backup.BackupFile;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.control.Label;
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
import java.time.Duration;
import java.util.List;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's Cadangan screen through the real window: back up now, restore a backup, back to the log-in. */
@ExtendWith(ApplicationExtension.class)
class BackupScreenUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir);
        f.caseIn(CaseStatus.IN_PROGRESS);
        f.caseIn(CaseStatus.NEW);
        // Yesterday's automatic backup holds two cases; a third came today.
        f.clock.set(Fixture.START.minus(Duration.ofDays(1)));
        f.s.backups().dailyIfDue().orElseThrow();
        f.clock.set(Fixture.START);
        f.newCase();
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

    private void logIn(FxRobot robot, String user) {
        submitLogIn(robot, user, Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#main-window"));
    }

    private long cases() {
        return f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM cases"));
    }

    @Test
    void theAdminBacksUpNowThenRestoresYesterdaysBackupAndIsSentBackToTheLogIn(FxRobot robot) {
        logIn(robot, "admin");
        robot.clickOn("#nav-backup");
        TableView<BackupFile> files = table(robot, "#backup-table");
        waitUntil(() -> files.getItems().size() == 1);
        assertThat(text(robot, "#screen-title")).isEqualTo("Cadangan");
        assertThat(text(robot, "#backup-status")).startsWith("Cadangan terakhir: ").contains("test-2026-11-23.db");
        assertThat(text(robot, "#backup-folder")).isEqualTo(dir.resolve("backups") + " (bawaan)");

        robot.clickOn("#backup-now");
        waitUntil(() -> files.getItems().size() == 2);
        waitUntil(() -> text(robot, "#message-text").startsWith("Cadangan dibuat dan diperiksa: "));
        assertThat(files.getItems().get(0).fileName()).isEqualTo("test-2026-11-24.db");

        robot.interact(() -> files.getSelectionModel().select(1));
        robot.clickOn("#backup-restore-selected");
        waitUntil(() -> showing(robot, "#restore-confirm"));
        assertThat(robot.lookup("#restore-confirm .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("2 kasus, 6 siswa, 6 akun", "SMP Negeri Uji");
        assertThat(cases()).isEqualTo(3);
        robot.clickOn("#restore-confirm-ok");

        waitUntil(() -> showing(robot, "#restore-done"));
        assertThat(robot.lookup("#restore-done .label").queryAllAs(Label.class)).extracting(Label::getText)
                .anySatisfy(t -> assertThat(t).startsWith("Data dipulihkan dari test-2026-11-23.db.")
                        .contains("sebelum-pemulihan").endsWith("Silakan masuk lagi."));
        robot.clickOn("#restore-done-ok");
        waitUntil(() -> showing(robot, "#login-view"));
        assertThat(showing(robot, "#main-window")).isFalse();
        assertThat(cases()).isEqualTo(2);
        // the restored data records the restore (and then the session that ended with it)
        assertThat(f.s.audit().latest(2)).anySatisfy(e -> assertThat(e.action()).isEqualTo(AuditAction.RESTORE));
        assertThat(f.s.audit().firstBrokenRow()).isEmpty();

        logIn(robot, "bk.satu");
        waitUntil(() -> showing(robot, "#nav-cases"));
        robot.clickOn("#nav-cases");
        waitUntil(() -> showing(robot, "#cases-table") && table(robot, "#cases-table").getItems().size() == 2);
    }

    @Test
    void cancellingTheConfirmationChangesNothing(FxRobot robot) {
        logIn(robot, "admin");
        robot.clickOn("#nav-backup");
        TableView<BackupFile> files = table(robot, "#backup-table");
        waitUntil(() -> files.getItems().size() == 1);
        robot.interact(() -> files.getSelectionModel().select(0));
        robot.clickOn("#backup-restore-selected");
        waitUntil(() -> showing(robot, "#restore-confirm"));
        robot.clickOn("#restore-confirm-cancel");
        waitUntil(() -> !showing(robot, "#restore-confirm"));
        assertThat(cases()).isEqualTo(3);
        assertThat(showing(robot, "#backup-view")).isTrue();
        assertThat(robot.lookup("#backup-view").query().isDisabled()).isFalse();
        for (Role role : List.of(Role.CADRE, Role.COUNSELOR, Role.PRINCIPAL)) {
            assertThat(Screens.forRole(role)).as("only the admin has it")
                    .noneMatch(sc -> sc.id().equals(ScreenIds.BACKUP));
        }
    }

}
