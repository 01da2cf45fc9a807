package id.kantibekisah.backup.ui;

import id.kantibekisah.app.AppStartup;
import id.kantibekisah.app.AppWindow;
import id.kantibekisah.backup.BackupService;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.DatabaseLock;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The dialogs before the log-in, through the real window and the real start-up: a damaged database (restore the
 * offered backup, or close), the database already open elsewhere, an automatic backup that failed.
 */
@ExtendWith(ApplicationExtension.class)
class StartupDialogsUiTest {
    @TempDir
    Path dir;

    private Stage stage;
    private FxTaskRunner tasks;
    private AppWindow window;
    private final AtomicBoolean quit = new AtomicBoolean();
    /** What "choose another backup file" answers. */
    private final AtomicReference<Path> chosen = new AtomicReference<>();
    private Path db;
    private Path backup;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        Theme.applyUserAgent();
        tasks = new FxTaskRunner(Messages::indonesian);
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.IN_PROGRESS);
            f.caseIn(CaseStatus.NEW);
            f.clock.set(Fixture.START.minus(Duration.ofDays(1)));
            backup = f.s.backups().dailyIfDue().orElseThrow().path();
            f.clock.set(Fixture.START);
            f.newCase();
            db = f.dbFile;
        }
    }

    @AfterEach
    void stop() {
        tasks.shutdown(5);
        if (window != null && window.services() != null) {
            window.services().close();
        }
    }

    private void openWindow(FxRobot robot) {
        robot.interact(() -> {
            window = new AppWindow(stage, tasks, Messages.INDONESIAN, false);
            FxStartupPrompts prompts = new FxStartupPrompts(() -> stage, Messages.indonesian(), () -> quit.set(true),
                    owner -> Optional.ofNullable(chosen.getAndSet(null)));
            window.start(p -> AppStartup.open(db, false, java.time.Clock.fixed(Fixture.START, Fixture.ZONE),
                    new PasswordHasher(1024, 1), prompts));
            stage.show();
            stage.requestFocus();
        });
    }

    @Test
    void aDamagedDatabaseOffersTheNewestGoodBackupAndRestoresIt(FxRobot robot) throws Exception {
        damage();
        openWindow(robot);
        waitUntil(() -> showing(robot, "#damaged-dialog"));
        assertThat(text(robot, "#damaged-offer")).startsWith("Cadangan terbaru yang baik: test-2026-11-23.db")
                .contains("Isinya 2 kasus dan 6 siswa");

        robot.clickOn("#damaged-restore");
        waitUntil(() -> showing(robot, "#recovered-dialog"));
        assertThat(robot.lookup("#recovered-dialog #startup-message").queryAs(Label.class).getText())
                .startsWith("Data dipulihkan dari cadangan test-2026-11-23.db.").contains("rusak-");
        waitUntil(() -> window.services() != null);
        assertThat(window.services().db().<Long>read(s -> s.longValue("SELECT count(*) FROM cases"))).isEqualTo(2);
        assertThat(quit).isFalse();
    }

    @Test
    void aChosenFileThatIsNotABackupIsRefusedInTheDialogAndAnotherMayBeChosen(FxRobot robot) throws Exception {
        damage();
        chosen.set(Files.writeString(dir.resolve("foto.db"), "bukan basis data ".repeat(100)));
        openWindow(robot);
        waitUntil(() -> showing(robot, "#damaged-dialog"));
        robot.clickOn("#damaged-choose");
        waitUntil(() -> showing(robot, "#damaged-error"));
        assertThat(text(robot, "#damaged-error")).contains("foto.db").contains("bukan basis data Kanti Bekisah");
        chosen.set(backup);
        robot.clickOn("#damaged-choose");
        waitUntil(() -> window.services() != null);
        assertThat(window.services().db().<Long>read(s -> s.longValue("SELECT count(*) FROM cases"))).isEqualTo(2);
    }

    @Test
    void closingTheDamagedDialogLeavesTheFileUntouchedAndEndsTheProgram(FxRobot robot) throws Exception {
        damage();
        String before = sha256(db);
        openWindow(robot);
        waitUntil(() -> showing(robot, "#damaged-dialog"));
        robot.clickOn("#damaged-quit");
        waitUntil(quit::get);
        waitUntil(() -> !text(robot, "#login-error").isEmpty());
        assertThat(window.services()).isNull();
        assertThat(sha256(db)).isEqualTo(before);
    }

    @Test
    void aSecondCopyIsToldWhoHasTheDatabaseAndCloses(FxRobot robot) {
        try (DatabaseLock other = DatabaseLock.acquire(db, java.time.Clock.fixed(Fixture.START, Fixture.ZONE))) {
            openWindow(robot);
            waitUntil(() -> showing(robot, "#in-use-dialog"));
            assertThat(robot.lookup("#in-use-dialog #startup-message").queryAs(Label.class).getText())
                    .startsWith("Kanti Bekisah sudah terbuka di komputer ini: jendela program, dibuka oleh "
                            + other.owner().user());
            robot.clickOn("#in-use-close");
            waitUntil(quit::get);
            assertThat(window.services()).isNull();
        }
    }

    @Test
    void aFailedAutomaticBackupIsToldAndTheProgramGoesOn(FxRobot robot) throws Exception {
        Path notAFolder = Files.writeString(dir.resolve("bukan-folder"), "x");
        try (Database d = Database.open(db)) {
            d.tx(s -> s.update("INSERT INTO settings (key, value) VALUES (?, ?)", BackupService.FOLDER_SETTING.key(),
                    notAFolder.toString()));
        }
        openWindow(robot);
        waitUntil(() -> showing(robot, "#backup-failed-dialog"));
        assertThat(robot.lookup("#backup-failed-dialog #startup-message").queryAs(Label.class).getText())
                .startsWith("Cadangan tidak dibuat: ").contains("Program tetap dapat dipakai");
        waitUntil(() -> window.services() != null);
        assertThat(quit).isFalse();
    }

    private void damage() throws Exception {
        long page;
        try (Database d = Database.openReadOnly(db)) {
            page = d.<Long>read(s -> s.longValue("SELECT rootpage FROM sqlite_schema WHERE name = 'cases'"));
        }
        try (RandomAccessFile raf = new RandomAccessFile(db.toFile(), "rw")) {
            raf.seek((page - 1) * 4096);
            raf.write(new byte[] {(byte) 0xff, (byte) 0xff, (byte) 0xff, (byte) 0xff, 0x7f, 0x7f, 0x7f, 0x7f});
        }
        assertThat(backup).exists();
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }
}
