package id.kantibekisah.ppksp.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.cases.CaseSummary;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.common.Messages;
import id.kantibekisah.ppksp.MeasureStatus;
import id.kantibekisah.ppksp.ReceiptDraft;
import id.kantibekisah.ppksp.TppkMatter;
import id.kantibekisah.ppksp.TppkStep;
import id.kantibekisah.ppksp.ViolenceForm;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
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
import java.util.EnumSet;
import java.util.List;

import static id.kantibekisah.testing.FxTesting.find;
import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * One violence case through the whole PPKSP card in the real window: its forms, a reported teacher, the TPPK
 * matter, three unattended summons (the program says the examination goes on without that person), examination,
 * conclusion, decision, a measure that blocks recovery until it is done, and recovery. Then a late examination on
 * the Beranda and in the case list's PPKSP filter.
 */
@ExtendWith(ApplicationExtension.class)
class TppkFlowUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private long caseId;
    private long lateCase;

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir);
        IntakeDraft d = new IntakeDraft(List.of(new PartyDraft(f.students.get(2), PartyRole.VICTIM),
                new PartyDraft(f.students.get(3), PartyRole.PERPETRATOR)), Category.VIOLENCE,
                "Didorong dan dipukul di dekat kantin saat istirahat.", IncidentLocation.CANTEEN, null, f.today(),
                null, RiskLevel.HIGH, Knowledge.SAW);
        caseId = f.s.cases().openCase(f.counselor, new CaseDraft(d, ReporterKind.TEACHER, "Wali kelas"));
        lateCase = f.s.cases().openCase(f.counselor, new CaseDraft(d, ReporterKind.PARENT, "Ibu"));
        f.s.ppksp().setForms(f.counselor, lateCase, EnumSet.of(ViolenceForm.PSYCHOLOGICAL));
        f.s.ppksp().openMatter(f.counselor, lateCase, new ReceiptDraft(f.today().minusDays(40), f.today().minusDays(39),
                "Tim", null));
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

    /** Presses a button of the card, which may lie below the visible part of the scrolled page. */
    private void press(FxRobot robot, String id) {
        waitUntil(() -> find(robot, id).filter(n -> !((ButtonBase) n).isDisabled()).isPresent());
        ButtonBase b = robot.lookup(id).queryAs(ButtonBase.class);
        robot.interact(b::fire);
    }

    private void pressFirst(FxRobot robot, String idPrefix) {
        waitUntil(() -> robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith(idPrefix)).tryQuery()
                .isPresent());
        ButtonBase b = robot.lookup((Node n) -> n.getId() != null && n.getId().startsWith(idPrefix))
                .queryAs(ButtonBase.class);
        robot.interact(b::fire);
    }

    private void choose(FxRobot robot, String comboId, String entry) {
        ComboBox<?> box = robot.lookup(comboId).queryAs(ComboBox.class);
        robot.clickOn(box);
        waitUntil(box::isShowing);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell")
                .match((ListCell<?> c) -> entry.equals(c.getText())).queryAs(Node.class));
        waitUntil(() -> !box.isShowing());
    }

    private void dialog(FxRobot robot, String dialog) {
        waitUntil(() -> showing(robot, "#" + dialog));
    }

    private void submit(FxRobot robot, String dialog) {
        robot.clickOn("#" + dialog + "-ok");
        waitUntil(() -> find(robot, "#" + dialog).isEmpty());
    }

    private static String textOf(FxRobot robot, String id) {
        return find(robot, id).map(n -> ((javafx.scene.control.Labeled) n).getText()).orElse("");
    }

    private TppkMatter matter() {
        return f.s.ppksp().get(f.counselor, caseId).matter().orElseThrow();
    }

    private void openCase(FxRobot robot, String code) {
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> cases = table(robot, "#cases-table");
        waitUntil(() -> cases.getItems().size() == 2);
        int index = 0;
        while (!cases.getItems().get(index).code().equals(code)) {
            index++;
        }
        robot.clickOn(robot.lookup("#cases-table .table-row-cell").nth(index).queryAs(Node.class));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#case-detail") && code.equals(text(robot, "#detail-code")));
    }

    @Test
    void aCaseGoesThroughAllFiveTppkSteps(FxRobot robot) {
        submitLogIn(robot, "bk.satu", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#home-unreviewed"));
        String code = f.s.cases().get(f.counselor, caseId).code();
        openCase(robot, code);
        waitUntil(() -> find(robot, "#ppksp-set-forms").isPresent());
        assertThat(find(robot, "#tppk-open")).isPresent();

        press(robot, "#ppksp-set-forms");
        dialog(robot, "forms-dialog");
        robot.clickOn("#form-physical");
        robot.clickOn("#form-psychological");
        submit(robot, "forms-dialog");
        waitUntil(() -> find(robot, "#ppksp-form-physical").isPresent()
                && find(robot, "#ppksp-form-psychological").isPresent());

        press(robot, "#ppksp-add-party");
        dialog(robot, "party-dialog");
        robot.clickOn("#party-name").write("Pak Heru");
        choose(robot, "#party-kind", "Pendidik (guru)");
        choose(robot, "#party-role", "Pelaku");
        submit(robot, "party-dialog");
        waitUntil(() -> robot.lookup("#ppksp-other-parties .label").match((javafx.scene.control.Label l) ->
                "Pak Heru".equals(l.getText())).tryQuery().isPresent());

        press(robot, "#tppk-open");
        dialog(robot, "receipt-dialog");
        submit(robot, "receipt-dialog");
        waitUntil(() -> "Selesai 24 November 2026".equals(textOf(robot, "#tppk-state-receipt")));
        assertThat(textOf(robot, "#tppk-state-examination")).isEqualTo("Berikutnya");

        // Three summons to the reported student's guardian, none attended.
        for (int i = 0; i < 3; i++) {
            press(robot, "#tppk-add-summons");
            dialog(robot, "summons-dialog");
            choose(robot, "#summons-person", "Dimas Pratama \u2014 Pelaku");
            submit(robot, "summons-dialog");
            pressFirst(robot, "summons-absent-");
            dialog(robot, "attendance-dialog");
            submit(robot, "attendance-dialog");
            int n = i + 1;
            waitUntil(() -> matter().summons().stream().filter(s -> Boolean.FALSE.equals(s.attended())).count() == n);
        }
        waitUntil(() -> find(robot, "#tppk-proceed-without").isPresent());
        assertThat(text(robot, "#tppk-proceed-without"))
                .isEqualTo("Tiga panggilan tidak dihadiri: pemeriksaan dilanjutkan tanpa kehadiran Dimas Pratama.");
        assertThat(matter().summons()).allSatisfy(s -> assertThat(s.addressedTo()).isEqualTo("Ibu Wali"));

        press(robot, "#tppk-record-examination");
        dialog(robot, "step-examination-dialog");
        robot.clickOn("#step-examination-who").write("Bu Satu, Pak Dua");
        robot.clickOn("#step-examination-findings").write("Dua saksi menguatkan laporan.");
        submit(robot, "step-examination-dialog");
        waitUntil(() -> "Selesai 24 November 2026".equals(textOf(robot, "#tppk-state-examination")));

        press(robot, "#tppk-record-conclusion");
        dialog(robot, "step-conclusion-dialog");
        robot.clickOn("#step-conclusion-who").write("Tim TPPK");
        robot.clickOn("#step-conclusion-proven");
        choose(robot, "#step-conclusion-sanction", "Sedang");
        submit(robot, "step-conclusion-dialog");
        waitUntil(() -> find(robot, "#tppk-record-decision").isPresent());

        press(robot, "#tppk-record-decision");
        dialog(robot, "step-decision-dialog");
        robot.clickOn("#step-decision-text").write("Pembinaan dan tugas layanan sekolah tiga hari.");
        submit(robot, "step-decision-dialog");
        waitUntil(() -> find(robot, "#tppk-record-recovery").isPresent());

        press(robot, "#measure-add");
        dialog(robot, "measure-dialog");
        choose(robot, "#measure-kind", "Pendampingan psikologis korban");
        choose(robot, "#measure-person", "Citra Maharani \u2014 Korban");
        submit(robot, "measure-dialog");
        waitUntil(() -> !f.s.ppksp().get(f.counselor, caseId).measures().isEmpty());

        // Recovery waits for the open measure; the dialog says so and stays open.
        press(robot, "#tppk-record-recovery");
        dialog(robot, "step-recovery-dialog");
        robot.clickOn("#step-recovery-who").write("Tim TPPK");
        robot.clickOn("#step-recovery-dialog-ok");
        waitUntil(() -> text(robot, "#step-recovery-dialog-error").startsWith("Masih ada 1 tindakan"));
        robot.clickOn("#step-recovery-dialog-cancel");
        waitUntil(() -> find(robot, "#step-recovery-dialog").isEmpty());

        pressFirst(robot, "measure-update-");
        dialog(robot, "measure-update-dialog");
        choose(robot, "#measure-status", "Selesai");
        submit(robot, "measure-update-dialog");
        waitUntil(() -> f.s.ppksp().get(f.counselor, caseId).measures().get(0).status() == MeasureStatus.DONE);

        press(robot, "#tppk-record-recovery");
        dialog(robot, "step-recovery-dialog");
        robot.clickOn("#step-recovery-who").write("Tim TPPK");
        submit(robot, "step-recovery-dialog");
        waitUntil(() -> "Selesai 24 November 2026".equals(textOf(robot, "#tppk-state-recovery")));
        for (TppkStep step : TppkStep.values()) {
            assertThat(textOf(robot, "#tppk-state-" + step.name().toLowerCase(java.util.Locale.ROOT)))
                    .isEqualTo("Selesai 24 November 2026");
        }
        TppkMatter m = matter();
        assertThat(m.nextStep()).isEmpty();
        assertThat(m.proven()).isTrue();
        assertThat(m.step(TppkStep.EXAMINATION).orElseThrow().who()).isEqualTo("Bu Satu, Pak Dua");
        assertThat(f.s.ppksp().get(f.counselor, caseId).otherParties()).singleElement()
                .satisfies(p -> assertThat(p.name()).isEqualTo("Pak Heru"));
    }

    @Test
    void aLateExaminationIsOnTheBerandaAndInThePpkspFilter(FxRobot robot) {
        submitLogIn(robot, "bk.satu", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#ppksp-late"));
        String code = f.s.cases().get(f.counselor, lateCase).code();
        assertThat(text(robot, "#ppksp-late-" + lateCase + "-examination"))
                .isEqualTo(code + ": Pemeriksaan, batas 14/11/2026 (terlambat 10 hari)");
        robot.clickOn("#nav-cases");
        TableView<CaseSummary> cases = table(robot, "#cases-table");
        waitUntil(() -> cases.getItems().size() == 2);
        robot.clickOn("#cases-ppksp-late");
        waitUntil(() -> cases.getItems().size() == 1 && cases.getItems().get(0).code().equals(code));
        robot.clickOn("#nav-home");
        waitUntil(() -> showing(robot, "#ppksp-late"));
        robot.clickOn("#ppksp-late-" + lateCase + "-examination");
        waitUntil(() -> showing(robot, "#case-detail") && code.equals(text(robot, "#detail-code")));
        waitUntil(() -> textOf(robot, "#tppk-state-examination").equals("Terlambat 10 hari"));
    }
}
