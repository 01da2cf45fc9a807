package id.kantibekisah.backup.ui;

import id.kantibekisah.backup.BackupFile;
import id.kantibekisah.backup.BackupSettings;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.testing.ScreenTesting;
import id.kantibekisah.ui.ErrorPresenter;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Notifier;
import id.kantibekisah.ui.Theme;
import id.kantibekisah.ui.UiContext;
import javafx.scene.Scene;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Cadangan screen's buttons that ask for a folder or a file, with the choosers answered by the test. */
@ExtendWith(ApplicationExtension.class)
class BackupViewChoosersUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private final AtomicReference<Path> folderAnswer = new AtomicReference<>();
    private final AtomicReference<Path> fileAnswer = new AtomicReference<>();
    private final AtomicReference<String> message = new AtomicReference<>("");
    private ScreenTesting.RecordingWindow navigator;

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir.resolve("data"));
        f.newCase();
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        Notifier notifier = new Notifier() {
            @Override
            public void error(Throwable error) {
                message.set("ERROR " + ErrorPresenter.message(Messages.indonesian(), error));
            }

            @Override
            public void info(String text) {
                message.set("INFO " + text);
            }

            @Override
            public void clear() {
                message.set("");
            }
        };
        navigator = new ScreenTesting.RecordingWindow(Messages.indonesian());
        UiContext ctx = new UiContext(f.clock, f.admin, Messages.indonesian(), tasks, notifier, navigator, () -> stage);
        BackupView view = new BackupView(ctx, f.s.backups(), new BackupChoosers() {
            @Override
            public Optional<Path> folder(Window owner, String title) {
                return Optional.ofNullable(folderAnswer.get());
            }

            @Override
            public Optional<Path> databaseFile(Window owner, String title, String filterName) {
                return Optional.ofNullable(fileAnswer.get());
            }
        });
        Scene scene = new Scene((javafx.scene.Parent) view.node(), 1150, 650);
        Theme.style(scene);
        stage.setScene(scene);
        stage.show();
        view.onActivate();
        stage.requestFocus();
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        f.close();
    }

    @Test
    void backingUpToAUsbStickWritesADatedCheckedCopyThere(FxRobot robot) throws IOException {
        Path usb = Files.createDirectories(dir.resolve("FLASHDISK"));
        folderAnswer.set(usb);
        robot.clickOn("#backup-to-folder");
        waitUntil(() -> message.get().startsWith("INFO Cadangan dibuat dan diperiksa: " + usb));
        try (Stream<Path> files = Files.list(usb)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("test-2026-11-24-0900.db");
        }
    }

    @Test
    void theAdminMovesTheAutomaticBackupsToAnotherFolder(FxRobot robot) {
        Path other = dir.resolve("D/Cadangan Kanti Bekisah");
        folderAnswer.set(other);
        robot.clickOn("#backup-folder-change");
        assertThat(text(robot, "#backup-folder")).isEqualTo(other.toString());
        robot.clickOn("#backup-settings-save");
        waitUntil(() -> message.get().equals("INFO Pengaturan cadangan disimpan."));
        assertThat(f.s.backups().settings(f.admin)).isEqualTo(new BackupSettings(Optional.of(other), 14, 8));
        robot.clickOn("#backup-now");
        TableView<BackupFile> files = table(robot, "#backup-table");
        waitUntil(() -> files.getItems().size() == 1);
        assertThat(files.getItems().get(0).path().getParent()).isEqualTo(other);
    }

    @Test
    void aFileThatIsNotABackupIsRefusedBeforeAnythingIsAskedOrChanged(FxRobot robot) throws IOException {
        fileAnswer.set(Files.writeString(dir.resolve("laporan.db"), "bukan basis data ".repeat(100)));
        robot.clickOn("#backup-restore-file");
        waitUntil(() -> message.get().startsWith("ERROR "));
        assertThat(message.get()).contains("bukan basis data Kanti Bekisah").contains("Data sekarang tidak diubah");
        assertThat(showing(robot, "#restore-confirm")).isFalse();
        assertThat(navigator.logOuts).isZero();
        assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM cases"))).isEqualTo(1);
    }
}
