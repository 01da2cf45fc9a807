package id.kantibekisah.cases.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.cases.CaseDetail;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeReceipt;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.ListCell;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.nio.file.Path;
import java.time.LocalTime;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** A cadre logs an intake with the keyboard alone, gets the code, and afterwards sees code, date and status only. */
@ExtendWith(ApplicationExtension.class)
class CadreIntakeUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private Stage stage;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = Fixture.create(dir);
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

    /** The node that has the keyboard focus is {@code id} or inside it. */
    private boolean focusIsIn(String id) {
        Node n = stage.getScene().getFocusOwner();
        for (; n != null; n = n.getParent()) {
            if (id.equals(n.getId())) {
                return true;
            }
        }
        return false;
    }

    /** Presses Tab until the focus reaches {@code id}; fails when it never does (the field is not reachable). */
    private void tabTo(FxRobot robot, String id) {
        for (int i = 0; i < 30 && !focusIsIn(id); i++) {
            robot.type(KeyCode.TAB);
        }
        assertThat(focusIsIn(id)).as("Tab reaches #" + id + ", focus is on " + stage.getScene().getFocusOwner())
                .isTrue();
    }

    /** Chooses entry {@code index} of the focused drop-down with the arrow keys, as a keyboard user does. */
    private void chooseByKeyboard(FxRobot robot, int index) {
        ComboBox<?> box = (ComboBox<?>) stage.getScene().getFocusOwner();
        for (int i = 0; i <= index; i++) {
            robot.type(KeyCode.DOWN);
        }
        assertThat(box.getSelectionModel().getSelectedIndex()).isEqualTo(index);
        assertThat(focusIsIn(box.getId())).isTrue();
    }

    private void pickStudent(FxRobot robot, String typed, String shown) {
        robot.write(typed);
        waitUntil(() -> robot.lookup(".auto-complete-popup .list-cell").match(
                (ListCell<?> c) -> shown.equals(c.getText())).tryQuery().isPresent());
        robot.type(KeyCode.ENTER);
    }

    @Test
    void aCadreLogsAnIntakeByKeyboardAndAfterwardsSeesOnlyCodeDateAndStatus(FxRobot robot) {
        robot.clickOn("#login-username").write("kader.satu");
        robot.type(KeyCode.TAB).write(Fixture.PIN).type(KeyCode.ENTER);
        waitUntil(() -> showing(robot, "#intake-view"));
        assertThat(text(robot, "#screen-title")).isEqualTo("Catat Laporan");
        assertThat(robot.lookup("#nav-cases").tryQuery()).isEmpty();
        waitUntil(() -> focusIsIn("intake-student"));

        // Save with nothing filled in explains instead of failing.
        robot.press(KeyCode.CONTROL, KeyCode.S).release(KeyCode.S, KeyCode.CONTROL);
        waitUntil(() -> showing(robot, "#intake-summary"));
        assertThat(text(robot, "#intake-summary")).startsWith("Belum bisa disimpan. Lengkapi dulu: siswa, jenis");

        pickStudent(robot, "Dimas", "Dimas Pratama (9C)");
        pickStudent(robot, "Eka", "Eka Wulandari (9C)");
        tabTo(robot, "intake-party-1-role");
        chooseByKeyboard(robot, 2);
        tabTo(robot, "intake-category");
        chooseByKeyboard(robot, 1);
        tabTo(robot, "intake-location");
        chooseByKeyboard(robot, 4);
        tabTo(robot, "intake-location-detail");
        robot.write("grup 9C");
        // Opening the calendar and leaving it with Esc keeps the date.
        tabTo(robot, "intake-date");
        DatePicker date = robot.lookup("#intake-date").queryAs(DatePicker.class);
        robot.type(KeyCode.F4);
        waitUntil(date::isShowing);
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> !date.isShowing());
        assertThat(date.getEditor().getText()).isEqualTo("24/11/2026");
        assertThat(showing(robot, "#intake-cancel-confirm")).isFalse();
        tabTo(robot, "intake-time");
        robot.write("19.30");
        tabTo(robot, "intake-description");
        robot.write("Foto Dimas diejek di grup.");
        tabTo(robot, "intake-urgency-low");
        robot.type(KeyCode.RIGHT, 2).type(KeyCode.SPACE);
        tabTo(robot, "intake-knowledge-saw");
        robot.type(KeyCode.SPACE);
        tabTo(robot, "intake-save");
        robot.type(KeyCode.ENTER);

        waitUntil(() -> showing(robot, "#intake-confirmation"));
        assertThat(text(robot, "#intake-confirmation")).isEqualTo("Terima kasih. Laporan Anda tersimpan dengan kode "
                + "KB-2026-0001. Guru BK akan menindaklanjutinya.");
        assertThat(robot.lookup("#intake-description").queryAs(TextArea.class).getText()).isEmpty();
        assertThat(robot.lookup("#intake-category").queryAs(ComboBox.class).getValue()).isNull();
        assertThat(robot.lookup("#intake-parties").queryAs(VBox.class).getChildren()).isEmpty();

        CaseDetail saved = f.s.cases().get(f.counselor, f.lastCaseId());
        assertThat(saved.parties()).extracting(p -> p.name() + "/" + p.role())
                .containsExactly("Dimas Pratama/" + PartyRole.AT_RISK, "Eka Wulandari/" + PartyRole.PERPETRATOR);
        assertThat(saved.category()).isEqualTo(Category.BULLYING_VERBAL);
        assertThat(saved.intake().location()).isEqualTo(IncidentLocation.ONLINE);
        assertThat(saved.intake().locationDetail()).isEqualTo("grup 9C");
        assertThat(saved.intake().occurredOn()).isEqualTo(f.today());
        assertThat(saved.intake().occurredTime()).isEqualTo(LocalTime.of(19, 30));
        assertThat(saved.intake().urgency()).isEqualTo(RiskLevel.HIGH);
        assertThat(saved.intake().knowledge()).isEqualTo(Knowledge.SAW);
        assertThat(saved.intake().reporterName()).isEqualTo("Putri Lestari");

        // Esc with something typed asks first, then clears.
        tabTo(robot, "intake-description");
        robot.write("Baru");
        robot.type(KeyCode.ESCAPE);
        waitUntil(() -> showing(robot, "#intake-cancel-confirm"));
        robot.clickOn("#intake-cancel-confirm-yes");
        waitUntil(() -> robot.lookup("#intake-description").queryAs(TextArea.class).getText().isEmpty());

        robot.clickOn("#nav-my-intakes");
        waitUntil(() -> showing(robot, "#my-intakes-table") && !table(robot, "#my-intakes-table").getItems().isEmpty());
        TableView<IntakeReceipt> mine = table(robot, "#my-intakes-table");
        assertThat(mine.getColumns()).extracting(c -> c.getText()).containsExactly("Kode", "Tanggal", "Status");
        assertThat(mine.getItems()).containsExactly(new IntakeReceipt("KB-2026-0001", f.today(),
                CaseStatus.NEW));
        assertThat(text(robot, "#my-intakes-count")).isEqualTo("1 laporan");
        assertThat(robot.lookup("24 November 2026").tryQuery()).isPresent();
        assertThat(robot.lookup("Baru").tryQuery()).isPresent();
    }
}
