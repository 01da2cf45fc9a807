package id.kantibekisah.ppksp.ui;

import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.testing.ScreenTesting;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Notifier;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.UiContext;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The annual TPPK report dialog through the robot: the year, a wrong year, saving in the background. */
@ExtendWith(ApplicationExtension.class)
class TppkAnnualDialogUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private Stage stage;
    private final List<String> infos = new CopyOnWriteArrayList<>();
    private final List<Path> openedFolders = new CopyOnWriteArrayList<>();
    private final List<String> suggestedNames = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        this.stage = stage;
        f = Fixture.create(dir);
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        stage.setScene(new Scene(new StackPane(), 900, 600));
        Theme.style(stage.getScene());
        stage.show();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        f.close();
    }

    @Test
    void thePrincipalSavesTheAnnualReportOfTheChosenYear(FxRobot robot) throws Exception {
        Messages m = Messages.indonesian();
        Notifier notifier = new Notifier() {
            @Override
            public void error(Throwable error) {
                infos.add("error: " + ErrorPresenter.message(m, error));
            }

            @Override
            public void info(String text) {
                infos.add(text);
            }

            @Override
            public void clear() {
            }
        };
        UiContext ctx = new UiContext(f.clock, f.principal, m, tasks, notifier, new ScreenTesting.RecordingWindow(m),
                () -> stage, openedFolders::add);
        Path file = dir.resolve("tppk");
        WaitForAsyncUtils.asyncFx(() -> {
            TppkAnnualDialog dialog = new TppkAnnualDialog(ctx, f.s.tppkAnnual(), (folder, name) -> {
                suggestedNames.add(name);
                return file;
            });
            ((StackPane) stage.getScene().getRoot()).getChildren().setAll(dialog.button());
        }).get();
        robot.clickOn("#tppk-annual-open");
        waitUntil(() -> robot.lookup("#tppk-annual-year").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<String> year = (ComboBox<String>) robot.lookup("#tppk-annual-year").query();
        assertThat(year.getItems()).containsExactly("2026/2027", "2025/2026", "2024/2025");
        assertThat(year.getValue()).isEqualTo("2026/2027");

        WaitForAsyncUtils.asyncFx(() -> year.getEditor().setText("2026-2027")).get();
        robot.clickOn("#tppk-annual-ok");
        waitUntil(() -> !((Label) robot.lookup("#tppk-annual-error").query()).getText().isEmpty());
        assertThat(((Label) robot.lookup("#tppk-annual-error").query()).getText()).contains("2026/2027");
        assertThat(suggestedNames).isEmpty();

        WaitForAsyncUtils.asyncFx(() -> year.getEditor().setText("2026/2027")).get();
        robot.clickOn("#tppk-annual-ok");
        waitUntil(() -> !openedFolders.isEmpty());
        assertThat(suggestedNames).containsExactly("Laporan tahunan TPPK 2026-2027.xlsx");
        Path saved = dir.resolve("tppk.xlsx");
        assertThat(openedFolders).containsExactly(saved.getParent().toAbsolutePath());
        assertThat(infos).anySatisfy(i -> assertThat(i).contains("Laporan tahunan TPPK 2026/2027", "tppk.xlsx"));
        try (InputStream in = Files.newInputStream(saved); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertThat(wb.getSheetAt(0).getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo("Laporan Tahunan TPPK Tahun Ajaran 2026/2027");
        }
        waitUntil(() -> robot.lookup("#tppk-annual-year").tryQuery().isEmpty());
    }
}
