package id.kantibekisah.security.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.common.Messages;
import id.kantibekisah.security.UserAccount;
import id.kantibekisah.security.UserRepository;
import id.kantibekisah.security.UserService;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.control.ComboBox;
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

import java.nio.file.Path;

import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin's users screen through the robot, and the forced password change that follows a reset. */
@ExtendWith(ApplicationExtension.class)
class UsersUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;

    @Start
    void start(Stage stage) {
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

    private void logIn(FxRobot robot, String user, String password) {
        submitLogIn(robot, user, password);
    }

    private static UserAccount row(TableView<UserAccount> t, String username) {
        return t.getItems().stream().filter(a -> a.user().username().equals(username)).findFirst().orElseThrow();
    }

    private void select(FxRobot robot, String username) {
        TableView<UserAccount> t = table(robot, "#users-table");
        robot.interact(() -> t.getSelectionModel().select(row(t, username)));
    }

    @Test
    void theAdminCreatesACadreLinkedToTheirStudentAndTheCadreMustChooseANewPin(FxRobot robot) {
        logIn(robot, "admin", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#main-window"));
        robot.clickOn("#nav-users");
        waitUntil(() -> showing(robot, "#users-table") && table(robot, "#users-table").getItems().size() == 6);

        robot.clickOn("#users-new");
        robot.clickOn("#user-username").write("kader.tiga");
        robot.clickOn("#user-display-name").write("Kader Tujuh A");
        ComboBox<?> role = robot.lookup("#user-role").queryAs(ComboBox.class);
        robot.interact(() -> role.getSelectionModel().select(0));
        robot.clickOn("#user-student-search").write("7a cit");
        ListView<?> results = robot.lookup("#user-student-results").queryAs(ListView.class);
        waitUntil(() -> results.getItems().size() == 1);
        assertThat(results.getItems().toString()).contains("Citra Maharani").doesNotContain("0133333333");
        robot.clickOn("Citra Maharani (7A)");
        waitUntil(() -> text(robot, "#user-student-chosen").equals("Citra Maharani (7A)"));
        assertThat(showing(robot, "#user-student-results")).as("the list closes once chosen").isFalse();
        robot.clickOn("#user-password").write("12345678");
        robot.clickOn("#user-repeat").write("12345678");
        robot.clickOn("#user-save");
        waitUntil(() -> text(robot, "#user-form-error").contains("terlalu mudah ditebak"));
        robot.doubleClickOn("#user-password").write("58392017");
        robot.doubleClickOn("#user-repeat").write("58392017");
        robot.clickOn("#user-save");

        TableView<UserAccount> t = table(robot, "#users-table");
        waitUntil(() -> t.getItems().size() == 7);
        UserAccount created = row(t, "kader.tiga");
        assertThat(created.studentName()).isEqualTo("Citra Maharani");
        assertThat(created.user().mustChangePassword()).isTrue();
        assertThat(text(robot, "#message-text")).startsWith("Akun kader.tiga dibuat.");

        robot.clickOn("#logout");
        waitUntil(() -> showing(robot, "#login-view"));
        logIn(robot, "kader.tiga", "58392017");
        waitUntil(() -> showing(robot, "#password-change"));
        assertThat(showing(robot, "#main-window")).as("nothing before the new PIN").isFalse();
        robot.clickOn("#password-current").write("58392017");
        robot.clickOn("#password-new").write("27184563");
        robot.clickOn("#password-repeat").write("27184564");
        robot.clickOn("#password-save");
        waitUntil(() -> text(robot, "#password-error").equals("Kedua isian kata sandi atau PIN baru tidak sama."));
        robot.doubleClickOn("#password-repeat").write("27184563");
        robot.clickOn("#password-save");
        waitUntil(() -> showing(robot, "#main-window"));
        assertThat(text(robot, "#status-user")).isEqualTo("Masuk sebagai Kader Tujuh A (Kader)");
    }

    @Test
    void aCadreWithAPinShorterThanEightDigitsIsToldWhyAndMustChooseANewOne(FxRobot robot) {
        String oldHash = f.hasher.hash("480215");
        f.s.db().tx(sql -> {
            new UserRepository().setPassword(sql, f.cadre.userId(), oldHash, false);
            return null;
        });
        logIn(robot, "kader.satu", "480215");
        waitUntil(() -> showing(robot, "#password-change"));
        assertThat(showing(robot, "#main-window")).isFalse();
        assertThat(text(robot, "#password-why")).contains("PIN sekarang harus minimal 8 angka")
                .contains("PIN Anda lebih pendek");
        assertThat(robot.lookup("PIN lama").tryQuery()).isPresent();
        robot.clickOn("#password-current").write("480215");
        robot.clickOn("#password-new").write("592614");
        robot.clickOn("#password-repeat").write("592614");
        robot.clickOn("#password-save");
        waitUntil(() -> text(robot, "#password-error").equals("PIN minimal 8 angka."));
        robot.doubleClickOn("#password-new").write("59261384");
        robot.doubleClickOn("#password-repeat").write("59261384");
        robot.clickOn("#password-save");
        waitUntil(() -> showing(robot, "#main-window"));
        assertThat(f.s.users().mustChangePassword(f.cadre)).isFalse();
    }

    @Test
    void aResetPasswordUnlocksTheAccountAndMustBeChangedAtTheNextLogIn(FxRobot robot) {
        for (int i = 0; i < UserService.MAX_FAILED_LOGINS; i++) {
            try {
                f.s.users().login("bk.dua", "salah-sekali");
            } catch (RuntimeException expected) {
                // six wrong tries
            }
        }
        logIn(robot, "admin", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#main-window"));
        robot.clickOn("#nav-users");
        TableView<UserAccount> t = table(robot, "#users-table");
        waitUntil(() -> t.getItems().size() == 6);
        assertThat(row(t, "bk.dua").locked()).isTrue();
        select(robot, "bk.dua");
        robot.clickOn("#users-reset");
        robot.clickOn("#user-password").write("Sementara-Saja-4");
        robot.clickOn("#user-repeat").write("Sementara-Saja-4");
        robot.clickOn("#user-save");
        waitUntil(() -> !row(t, "bk.dua").locked() && row(t, "bk.dua").user().mustChangePassword());

        robot.clickOn("#logout");
        waitUntil(() -> showing(robot, "#login-view"));
        logIn(robot, "bk.dua", "Sementara-Saja-4");
        waitUntil(() -> showing(robot, "#password-change"));
        robot.clickOn("#password-logout");
        waitUntil(() -> showing(robot, "#login-view"));
        logIn(robot, "bk.dua", "Sementara-Saja-4");
        waitUntil(() -> showing(robot, "#password-change"));
        robot.clickOn("#password-current").write("Sementara-Saja-4");
        robot.clickOn("#password-new").write("Pilihan-Sendiri-8");
        robot.clickOn("#password-repeat").write("Pilihan-Sendiri-8");
        robot.clickOn("#password-save");
        waitUntil(() -> showing(robot, "#main-window"));
        assertThat(text(robot, "#screen-title")).as("the counselor's home, after the new password").isEqualTo("Beranda");
    }

    @Test
    void theAdminDeactivatesAfterConfirmingButNeverThemselfAndUnlocksALockedAccount(FxRobot robot) {
        for (int i = 0; i < UserService.MAX_FAILED_LOGINS; i++) {
            try {
                f.s.users().login("kepsek", "salah-sekali");
            } catch (RuntimeException expected) {
                // six wrong tries
            }
        }
        logIn(robot, "admin", Fixture.PASSWORD);
        waitUntil(() -> showing(robot, "#main-window"));
        robot.clickOn("#nav-users");
        TableView<UserAccount> t = table(robot, "#users-table");
        waitUntil(() -> t.getItems().size() == 6);

        select(robot, "admin");
        assertThat(robot.lookup("#users-deactivate").query().isDisabled()).isTrue();
        select(robot, "kepsek");
        assertThat(robot.lookup("#users-unlock").query().isDisabled()).isFalse();
        robot.clickOn("#users-unlock");
        waitUntil(() -> !row(t, "kepsek").locked());

        select(robot, "bk.dua");
        robot.clickOn("#users-deactivate");
        waitUntil(() -> showing(robot, "#user-confirm-deactivate"));
        robot.clickOn("#user-confirm-deactivate");
        waitUntil(() -> !row(t, "bk.dua").user().active());
        assertThat(t.getItems()).hasSize(6);
        assertThat(text(robot, "#users-count")).isEqualTo("5 akun aktif dari 6");
        select(robot, "bk.dua");
        robot.clickOn("#users-reactivate");
        waitUntil(() -> row(t, "bk.dua").user().active());
    }
}
