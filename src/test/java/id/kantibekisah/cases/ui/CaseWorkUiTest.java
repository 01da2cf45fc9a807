package id.kantibekisah.cases.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.DueFollowUp;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
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
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;

import static id.kantibekisah.testing.FxTesting.find;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A cadre's intake through the counselor's whole day: found by search and filters, taken, a session, escalated to
 * the principal, a follow-up that becomes overdue, a refused action, resolved; then the principal sees it and the
 * term's figures, reads it without the reporter and acknowledges it.
 */
@ExtendWith(ApplicationExtension.class)
class CaseWorkUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private String code;
    private long caseId;

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir);
        f.caseIn(CaseStatus.IN_PROGRESS);
        f.caseIn(CaseStatus.RESOLVED);
        f.s.cases().submitIntake(f.cadre, f.intake(f.students.get(5)));
        code = f.s.cases().myIntakes(f.cadre).get(0).code();
        caseId = f.lastCaseId();
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
    }

    /** Picks an entry of a drop-down (in the window or a dialog) by its text. */
    private void choose(FxRobot robot, String comboId, String entry) {
        ComboBox<?> box = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.clickOn(box);
        waitUntil(box::isShowing);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> entry.equals(c.getText())).queryAs(Node.class));
        waitUntil(() -> !box.isShowing());
    }

    @SuppressWarnings("unchecked")
    private static <T> ListView<T> list(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(ListView.class);
    }

    private void fill(FxRobot robot, String id, String text) {
        robot.clickOn(id).write(text);
    }

    private String status(FxRobot robot) {
        return text(robot, "#detail-status");
    }

    private boolean timelineHas(FxRobot robot, String line) {
        return robot.lookup("#detail-timeline .label").match((Labeled l) -> line.equals(l.getText())).tryQuery()
                .isPresent();
    }

    private void submit(FxRobot robot, String dialog) {
        robot.clickOn("#" + dialog + "-ok");
        waitUntil(() -> find(robot, "#" + dialog).isEmpty());
    }

    @Test
    void aCaseGoesFromIntakeToResolvedAndThePrincipalAcknowledgesIt(FxRobot robot) {
        logIn(robot, "bk.satu");
        waitUntil(() -> showing(robot, "#home-unreviewed")
                && !robot.lookup("#home-unreviewed").queryAs(ListView.class).getItems().isEmpty());
        assertThat(text(robot, "#screen-title")).isEqualTo("Beranda");
        ListView<CaseSummary> unreviewed = list(robot, "#home-unreviewed");
        assertThat(unreviewed.getItems()).extracting(CaseSummary::code).containsExactly(code);

        // Find it in the list through search and filters, open it with Enter.
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> cases = table(robot, "#cases-table");
        waitUntil(() -> cases.getItems().size() == 2);
        fill(robot, "#cases-search", "Fajar");
        waitUntil(() -> cases.getItems().size() == 1);
        choose(robot, "#cases-status", "Baru");
        waitUntil(() -> cases.getItems().size() == 1 && cases.getItems().get(0).code().equals(code));
        robot.clickOn(robot.lookup("#cases-table .table-row-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#case-detail") && code.equals(text(robot, "#detail-code")));
        assertThat(text(robot, "#screen-title")).isEqualTo("Detail Kasus");
        assertThat(status(robot)).isEqualTo("Baru");
        assertThat(text(robot, "#detail-reporter")).isEqualTo("Kader: Putri Lestari");
        assertThat(robot.lookup("#action-resolve").queryButton().isDisabled()).isTrue();

        robot.clickOn("#action-take");
        waitUntil(() -> "Ditinjau".equals(status(robot)));
        assertThat(text(robot, "#detail-counselor")).isEqualTo("Bu Satu");
        assertThat(robot.lookup("#action-take").queryButton().isDisabled()).isTrue();

        robot.clickOn("#action-session");
        waitUntil(() -> showing(robot, "#session-dialog"));
        robot.clickOn("#session-dialog-ok");
        waitUntil(() -> "Catatan layanan wajib diisi.".equals(text(robot, "#session-dialog-error")));
        fill(robot, "#session-notes", "Fajar bercerita.");
        submit(robot, "session-dialog");
        waitUntil(() -> "Ditangani".equals(status(robot)));
        assertThat(timelineHas(robot, "Fajar bercerita.")).isTrue();

        // A refused action: the dialog stays open, says why, and keeps what was typed.
        robot.clickOn("#action-risk");
        waitUntil(() -> showing(robot, "#risk-dialog"));
        choose(robot, "#risk-level", "Sedang");
        fill(robot, "#risk-reason", "Masih sama");
        robot.clickOn("#risk-dialog-ok");
        waitUntil(() -> "Tingkat risiko itu sudah berlaku.".equals(text(robot, "#risk-dialog-error")));
        assertThat(robot.lookup("#risk-reason").queryAs(TextArea.class).getText()).isEqualTo("Masih sama");
        robot.clickOn("#risk-dialog-cancel");
        waitUntil(() -> find(robot, "#risk-dialog").isEmpty());

        robot.clickOn("#action-escalate");
        waitUntil(() -> showing(robot, "#escalate-dialog"));
        choose(robot, "#escalate-destination", "Kepala sekolah");
        fill(robot, "#escalate-reason", "Perlu keputusan.");
        submit(robot, "escalate-dialog");
        waitUntil(() -> "Dieskalasi".equals(status(robot)));
        assertThat(timelineHas(robot, "Eskalasi/rujukan ke Kepala sekolah pada 24 November 2026")).isTrue();

        robot.clickOn("#action-follow-up");
        waitUntil(() -> showing(robot, "#follow-up-dialog"));
        DatePicker due = robot.lookup("#follow-up-date").queryAs(DatePicker.class);
        robot.clickOn(due.getEditor()).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .write("25/11/2026");
        assertThat(due.getEditor().getText()).isEqualTo("25/11/2026");
        fill(robot, "#follow-up-what", "Cek kehadiran");
        submit(robot, "follow-up-dialog");
        waitUntil(() -> find(robot, "#detail-follow-ups .button").isPresent());
        assertThat(timelineHas(robot, "Tindak lanjut: Cek kehadiran")).isTrue();

        // Two days later the follow-up is overdue everywhere a counselor looks.
        f.clock.advance(Duration.ofDays(2));
        robot.clickOn("#detail-refresh");
        waitUntil(() -> timelineHas(robot, "terlambat 1 hari"));
        robot.clickOn("#detail-back");
        waitUntil(() -> showing(robot, "#cases-table"));
        robot.clickOn("#cases-clear");
        robot.clickOn("#cases-overdue");
        waitUntil(() -> cases.getItems().size() == 1 && cases.getItems().get(0).code().equals(code));
        assertThat(cases.getItems().get(0).overdue(f.today())).isTrue();
        robot.clickOn("#nav-home");
        waitUntil(() -> showing(robot, "#home-overdue")
                && !robot.lookup("#home-overdue").queryAs(ListView.class).getItems().isEmpty());
        ListView<DueFollowUp> overdue = list(robot, "#home-overdue");
        assertThat(overdue.getItems()).extracting(DueFollowUp::caseCode).containsExactly(code);
        robot.clickOn(robot.lookup("#home-overdue .list-cell").nth(0).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#case-detail") && code.equals(text(robot, "#detail-code")));

        // Closing shows what is still open and closes it in the same step.
        robot.clickOn("#action-resolve");
        waitUntil(() -> showing(robot, "#resolve-dialog"));
        fill(robot, "#resolve-summary", "Sudah damai.");
        assertThat(robot.lookup("#closeout-items .label").queryAllAs(Labeled.class)).extracting(Labeled::getText)
                .containsExactly("Tindak lanjut: Cek kehadiran (paling lambat 25 November 2026, terlambat 1 hari)",
                        "Eskalasi ke kepala sekolah (24 November 2026): belum ditanggapi");
        robot.clickOn("#resolve-dialog-ok");
        waitUntil(() -> "Pilih \"Sudah dikerjakan\" atau \"Dibatalkan\" untuk setiap hal yang masih terbuka."
                .equals(text(robot, "#resolve-dialog-error")));
        robot.clickOn(closeOut(robot, "closeout-followup", "-done"));
        robot.clickOn(closeOut(robot, "closeout-referral", "-done"));
        robot.clickOn("#resolve-dialog-ok");
        waitUntil(() -> text(robot, "#resolve-dialog-error").startsWith("Isi hasil atau alasan untuk: Eskalasi"));
        robot.clickOn(closeOut(robot, "closeout-referral", "-text")).write("Dibahas di ruang kepala sekolah.");
        submit(robot, "resolve-dialog");
        waitUntil(() -> "Selesai".equals(status(robot)));
        assertThat(robot.lookup("#action-reopen").queryButton().isDisabled()).isFalse();
        assertThat(robot.lookup("#action-session").queryButton().isDisabled()).isTrue();
        assertThat(f.s.cases().get(f.counselor, caseId).status()).isEqualTo(CaseStatus.RESOLVED);

        robot.clickOn("#logout");
        waitUntil(() -> showing(robot, "#login-view"));

        // The principal: the term's figures, the escalated case, read without the reporter, acknowledged.
        logIn(robot, "kepsek");
        waitUntil(() -> showing(robot, "#principal-escalated-table")
                && !table(robot, "#principal-escalated-table").getItems().isEmpty());
        assertThat(text(robot, "#principal-term")).isEqualTo("Semester 2026/2027 Ganjil (1 Juli 2026 \u2013 31 Desember 2026)");
        assertThat(text(robot, "#principal-opened")).isEqualTo("3");
        assertThat(text(robot, "#principal-open")).isEqualTo("1");
        assertThat(text(robot, "#principal-new")).isEqualTo("0");
        assertThat(text(robot, "#principal-resolved")).isEqualTo("2");
        assertThat(text(robot, "#principal-escalated")).isEqualTo("1");
        TableView<CaseSummary> escalated = table(robot, "#principal-escalated-table");
        assertThat(escalated.getItems()).extracting(CaseSummary::code).containsExactly(code);
        assertThat(showing(robot, "#principal-awaiting")).as("closed with the case").isFalse();
        robot.doubleClickOn(robot.lookup("#principal-escalated-table .table-row-cell").nth(0).queryAs(Node.class));
        waitUntil(() -> showing(robot, "#case-detail") && code.equals(text(robot, "#detail-code")));
        assertThat(find(robot, "#detail-reporter")).isEmpty();
        assertThat(showing(robot, "#detail-actions")).isFalse();
        assertThat(showing(robot, "#detail-read-only")).isTrue();

        AtomicReference<Node> ack = new AtomicReference<>();
        waitUntil(() -> {
            ack.set(robot.lookup("#detail-timeline .button").match((Labeled b) -> "Tanggapi eskalasi".equals(
                    b.getText())).tryQuery().orElse(null));
            return ack.get() != null;
        });
        robot.clickOn(ack.get());
        waitUntil(() -> showing(robot, "#acknowledge-dialog"));
        fill(robot, "#acknowledge-note", "Sudah saya baca.");
        submit(robot, "acknowledge-dialog");
        waitUntil(() -> robot.lookup("#detail-timeline .label").match((Labeled l) -> l.getText() != null
                && l.getText().startsWith("Ditanggapi Pak Kepala pada ")
                && l.getText().endsWith(": Sudah saya baca.")).tryQuery()
                .isPresent());
        robot.clickOn("#detail-back");
        waitUntil(() -> showing(robot, "#principal-escalated-table") && !showing(robot, "#principal-awaiting"));
    }

    private static Node closeOut(FxRobot robot, String prefix, String suffix) {
        return robot.lookup("#closeout-items *").match((Node n) -> n.getId() != null && n.getId().startsWith(prefix)
                && n.getId().endsWith(suffix)).queryAs(Node.class);
    }
}
