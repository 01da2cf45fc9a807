package id.kantibekisah.students.ui;

import id.kantibekisah.app.AppWindow;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.StudentCase;
import id.kantibekisah.common.Messages;
import id.kantibekisah.students.Student;
import id.kantibekisah.students.Workbooks;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.ui.FxTaskRunner;
import id.kantibekisah.ui.Theme;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TextInputControl;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Sheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.matcher.control.LabeledMatchers;

import java.nio.file.Files;
import java.nio.file.Path;

import static id.kantibekisah.students.Workbooks.row;
import static id.kantibekisah.testing.FxTesting.submitLogIn;
import static id.kantibekisah.testing.FxTesting.find;
import static id.kantibekisah.testing.FxTesting.showing;
import static id.kantibekisah.testing.FxTesting.table;
import static id.kantibekisah.testing.FxTesting.text;
import static id.kantibekisah.testing.FxTesting.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/** The Siswa screen through the robot: finding students, the form, the import preview, class promotion. */
@ExtendWith(ApplicationExtension.class)
class StudentsUiTest {
    @TempDir
    Path dir;

    private Fixture f;
    private FxTaskRunner tasks;
    private long caseId;

    @Start
    void start(Stage stage) {
        f = Fixture.create(dir);
        caseId = f.caseIn(CaseStatus.IN_PROGRESS); // Citra (7A) is the victim, Dimas (9C) the perpetrator
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
        waitUntil(() -> showing(robot, "#main-window"));
    }

    private TableView<Student> openStudents(FxRobot robot) {
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        robot.clickOn("#nav-students");
        TableView<Student> t = table(robot, "#students-table");
        waitUntil(() -> t.getItems().size() == 6);
        return t;
    }

    /** Puts a (long, temporary) path into the import's file field at once instead of typing it. */
    private static void enterPath(FxRobot robot, Path file) {
        TextInputControl path = robot.lookup("#import-path").queryAs(TextInputControl.class);
        robot.interact(() -> path.setText(file.toString()));
        robot.clickOn(path).type(KeyCode.ENTER);
    }

    private static String field(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(TextInputControl.class).getText();
    }

    private long count(AuditAction action) {
        return f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM audit_log WHERE action = ?", action));
    }

    @Test
    void aCounselorFindsAStudentBySearchAndClassAndSeesTheirCases(FxRobot robot) {
        TableView<Student> t = openStudents(robot);
        assertThat(text(robot, "#screen-title")).isEqualTo("Siswa");
        assertThat(text(robot, "#students-count")).isEqualTo("6 siswa");

        long lists = count(AuditAction.STUDENT_LIST);
        robot.clickOn("#students-search").write("Citra");
        waitUntil(() -> t.getItems().size() == 1);
        assertThat(count(AuditAction.STUDENT_LIST) - lists).as("one audited search, not one per keystroke")
                .isBetween(1L, 2L);
        robot.clickOn("Citra Maharani");
        waitUntil(() -> showing(robot, "#student-info") && "Citra Maharani".equals(text(robot, "#student-name")));
        assertThat(text(robot, "#student-status")).isEqualTo("Aktif");
        ListView<StudentCase> cases = robot.lookup("#student-cases").queryListView();
        waitUntil(() -> cases.getItems().size() == 1);
        assertThat(cases.getItems().get(0).caseId()).isEqualTo(caseId);
        assertThat(cases.getItems().get(0).role()).isEqualTo(PartyRole.VICTIM);
        assertThat(robot.lookup("#student-cases").lookup("Perundungan verbal \u00b7 peran: Korban").tryQuery())
                .isPresent();
        AuditEntry read = f.s.audit().latest(1).get(0);
        assertThat(read.action()).isEqualTo(AuditAction.CASE_LIST);
        assertThat(read.studentId()).isEqualTo(f.students.get(2));
        assertThat(f.s.audit().latest(2).get(1)).satisfies(view -> {
            assertThat(view.action()).isEqualTo(AuditAction.STUDENT_VIEW);
            assertThat(view.studentId()).isEqualTo(f.students.get(2));
            assertThat(view.userId()).isEqualTo(f.counselor.userId());
        });

        robot.clickOn("#students-clear");
        waitUntil(() -> t.getItems().size() == 6);
        robot.clickOn("#students-class");
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match(LabeledMatchers.hasText("9C"))
                .queryAs(Node.class));
        waitUntil(() -> t.getItems().size() == 2);
        assertThat(t.getItems()).extracting(Student::name).containsExactly("Dimas Pratama", "Eka Wulandari");
    }

    @Test
    void aCounselorAddsAStudentFixingWhatTheFormRefusesThenDeactivatesThem(FxRobot robot) {
        TableView<Student> t = openStudents(robot);
        robot.clickOn("#students-add");
        waitUntil(() -> showing(robot, "#student-form"));
        robot.clickOn("#student-nisn").write("12345");
        robot.clickOn("#student-form-name").write("Gita Permata");
        robot.clickOn("#student-gender-p");
        robot.clickOn("#student-class").write("7b");
        robot.clickOn("#student-birth").write("31/02/2013");
        robot.clickOn("#student-save");
        waitUntil(() -> !text(robot, "#student-nisn-error").isEmpty());
        assertThat(text(robot, "#student-nisn-error")).isEqualTo("NISN harus 10 angka.");
        assertThat(text(robot, "#student-birth-error"))
                .isEqualTo("Tulis tanggal lahir sebagai dd/mm/yyyy, mis. 17/05/2013.");
        assertThat(text(robot, "#student-form-error")).isEqualTo("Periksa isian yang ditandai merah.");
        assertThat(field(robot, "#student-form-name")).as("nothing typed is lost").isEqualTo("Gita Permata");

        robot.doubleClickOn("#student-nisn").eraseText(5).write("0177777777");
        robot.doubleClickOn("#student-birth");
        robot.lookup("#student-birth").queryAs(TextInputControl.class).clear();
        robot.clickOn("#student-birth").write("17/05/2013");
        robot.clickOn("#student-save");
        waitUntil(() -> showing(robot, "#message-text") && text(robot, "#message-text").contains("Gita Permata"));
        assertThat(text(robot, "#message-text")).isEqualTo("Siswa Gita Permata ditambahkan.");
        waitUntil(() -> t.getItems().size() == 7 && "Gita Permata".equals(text(robot, "#student-name")));
        Student gita = t.getItems().stream().filter(s -> s.name().equals("Gita Permata")).findFirst().orElseThrow();
        assertThat(gita.className()).isEqualTo("7B");
        assertThat(gita.nisn()).isEqualTo("0177777777");

        robot.clickOn("#student-edit");
        waitUntil(() -> showing(robot, "#student-form"));
        assertThat(field(robot, "#student-birth")).isEqualTo("17/05/2013");
        TextInputControl cls = robot.lookup("#student-class").queryAs(TextInputControl.class);
        robot.interact(cls::clear);
        robot.clickOn(cls).write("7C");
        robot.clickOn("#student-save");
        waitUntil(() -> text(robot, "#message-text").equals("Data Gita Permata tersimpan."));
        assertThat(f.s.students().get(f.counselor, gita.id()).className()).isEqualTo("7C");

        robot.clickOn("#students-add");
        robot.clickOn("#student-nisn").write("0111111111");
        robot.clickOn("#student-form-name").write("Putri Kembar");
        robot.clickOn("#student-gender-p");
        robot.clickOn("#student-class").write("7A");
        robot.clickOn("#student-save");
        waitUntil(() -> !text(robot, "#student-nisn-error").isEmpty());
        assertThat(text(robot, "#student-nisn-error")).isEqualTo("NISN 0111111111 sudah dipakai siswa lain.");
        assertThat(showing(robot, "#student-form")).isTrue();
        robot.clickOn("#student-cancel");
        waitUntil(() -> showing(robot, "#student-info"));

        assertThat(text(robot, "#student-name")).isEqualTo("Gita Permata");
        robot.clickOn("#student-toggle-active");
        waitUntil(() -> text(robot, "#message-text").contains("tidak aktif"));
        assertThat(text(robot, "#message-text"))
                .isEqualTo("Gita Permata ditandai tidak aktif. Data dan kasusnya tetap tersimpan.");
        waitUntil(() -> t.getItems().size() == 6);
        assertThat(text(robot, "#student-status")).isEqualTo("Tidak aktif");
        assertThat(robot.lookup("#student-toggle-active").queryButton().getText()).isEqualTo("Aktifkan kembali");
        assertThat(f.s.students().get(f.counselor, gita.id()).active()).isFalse();
    }

    @Test
    void theImportPreviewShowsFiguresProblemRowsAndMappingAndImportsOnlyWhatWasChosen(FxRobot robot)
            throws Exception {
        Path file = Workbooks.write(dir.resolve("daftar-siswa.xlsx"), wb -> {
            Sheet s = wb.createSheet("Siswa");
            row(s, 1, "DAFTAR PESERTA DIDIK");
            row(s, 2, "NISN", "Nama Peserta Didik", "JK", "Rombel Saat Ini", "HP");
            row(s, 3, "0199999999", "Rara Anjani", "P", "7C", "081211112222");
            row(s, 4, "0111111111", "Putri Lestari", "P", "9B");
            row(s, 5, "123", "Nomor Salah", "L", "7C");
            row(s, 6, "0122222222", "Bima Saputra", "L", "8B");
        });
        Path junk = Files.write(dir.resolve("rusak.xlsx"), new byte[] {1, 0, 2, 0, 3, 0, 4});
        openStudents(robot);
        robot.clickOn("#students-import");
        waitUntil(() -> showing(robot, "#import-path"));
        assertThat(showing(robot, "#import-drop")).isTrue();

        enterPath(robot, junk);
        waitUntil(() -> showing(robot, "#import-error"));
        assertThat(text(robot, "#import-error")).startsWith("File rusak.xlsx tidak dapat dibaca sebagai Excel");
        assertThat(showing(robot, "#import-preview")).isFalse();

        enterPath(robot, file);
        waitUntil(() -> showing(robot, "#import-preview"));
        assertThat(showing(robot, "#import-error")).isFalse();
        assertThat(text(robot, "#import-count-new")).isEqualTo("1");
        assertThat(text(robot, "#import-count-updated")).isEqualTo("1");
        assertThat(text(robot, "#import-count-unchanged")).isEqualTo("1");
        assertThat(text(robot, "#import-count-problems")).isEqualTo("1");
        assertThat(text(robot, "#import-count-missing")).isEqualTo("4");
        assertThat(text(robot, "#import-source")).isEqualTo("lembar \"Siswa\", judul kolom di baris 2");
        assertThat(text(robot, "#import-map-name")).isEqualTo("Nama Peserta Didik");
        assertThat(text(robot, "#import-map-guardian_phone")).isEqualTo("HP");
        assertThat(text(robot, "#import-map-birth_date")).isEqualTo("(tidak ada)");
        TableView<?> problems = table(robot, "#import-problem-table");
        assertThat(problems.getItems()).hasSize(1);
        assertThat(robot.lookup("#import-problem-table").lookup("Nomor Salah").tryQuery()).isPresent();
        assertThat(robot.lookup("#import-problem-table").lookup("NISN harus 10 angka.").tryQuery()).isPresent();
        Button run = robot.lookup("#import-run").queryButton();
        assertThat(run.isDisabled()).as("a row with a problem is never imported silently").isTrue();
        assertThat(text(robot, "#import-hint")).startsWith("Ada baris bermasalah");
        assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students"))).isEqualTo(6);

        robot.clickOn("#import-skip");
        robot.clickOn("#import-deactivate");
        waitUntil(() -> !run.isDisabled());
        robot.clickOn("#import-run");
        waitUntil(() -> showing(robot, "#students-table") && text(robot, "#message-text").startsWith("Impor"));
        assertThat(text(robot, "#message-text")).isEqualTo("Impor selesai: 1 siswa baru, 1 diperbarui, "
                + "1 tetap sama, 4 ditandai tidak aktif, 1 baris bermasalah dilewati.");
        assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students WHERE active = 1")))
                .isEqualTo(3);
        assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students"))).isEqualTo(7);
        TableView<Student> t = table(robot, "#students-table");
        waitUntil(() -> t.getItems().size() == 3);
    }

    @Test
    void cancellingTheImportWritesNothing(FxRobot robot) {
        Path file = Workbooks.write(dir.resolve("baru.xlsx"), wb -> {
            Sheet s = wb.createSheet("Siswa");
            row(s, 1, "NISN", "Nama", "JK", "Kelas");
            row(s, 2, "0199999999", "Rara Anjani", "P", "7C");
        });
        openStudents(robot);
        robot.clickOn("#students-import");
        TextInputControl path = robot.lookup("#import-path").queryAs(TextInputControl.class);
        robot.interact(() -> path.setText(file.toString()));
        robot.clickOn("#import-read");
        waitUntil(() -> showing(robot, "#import-preview"));
        robot.clickOn("#import-cancel");
        waitUntil(() -> showing(robot, "#students-table"));
        assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM students"))).isEqualTo(6);

        Path same = Workbooks.write(dir.resolve("sama.xlsx"), wb -> {
            Sheet s = wb.createSheet("Siswa");
            row(s, 1, "NISN", "Nama", "JK", "Kelas");
            row(s, 2, "0111111111", "Putri Lestari", "P", "8B");
        });
        robot.clickOn("#students-import");
        robot.interact(() -> path.setText(same.toString()));
        robot.clickOn("#import-read");
        waitUntil(() -> showing(robot, "#import-preview"));
        assertThat(text(robot, "#import-hint")).isEqualTo(
                "Data di file sama dengan data siswa yang sudah ada; tidak ada yang perlu diimpor.");
        assertThat(robot.lookup("#import-run").queryButton().isDisabled()).isTrue();
    }

    @Test
    void promotionShowsEveryClassAndPromotesOnceAfterConfirmation(FxRobot robot) {
        openStudents(robot);
        robot.clickOn("#students-promote");
        TableView<?> moves = table(robot, "#promotion-table");
        waitUntil(() -> moves.getItems().size() == 3);
        assertThat(text(robot, "#promotion-summary")).isEqualTo("4 siswa naik kelas, 2 siswa lulus.");
        assertThat(robot.lookup("#promotion-table").lookup("Lulus (tidak aktif)").tryQuery()).isPresent();
        assertThat(robot.lookup("#promotion-notes").lookup(LabeledMatchers.hasText(
                "1 siswa kelas 9 yang akan lulus masih terlibat dalam kasus yang belum selesai. Kasusnya tetap "
                        + "terbuka dan tetap dapat ditangani.")).tryQuery()).isPresent();
        Button run = robot.lookup("#promotion-run").queryButton();
        assertThat(run.getText()).isEqualTo("Naikkan kelas ke tahun ajaran 2027/2028");

        robot.clickOn(run);
        Node yes = robot.lookup(".dialog-pane .button").match(LabeledMatchers.hasText("Naikkan kelas")).query();
        assertThat(((Labeled) robot.lookup("#promotion-confirm .content").query()).getText())
                .contains("Naikkan kelas 4 siswa dan luluskan 2 siswa kelas 9 untuk tahun ajaran 2027/2028?");
        robot.clickOn(yes);
        waitUntil(() -> showing(robot, "#students-table") && text(robot, "#message-text").startsWith("Kelas"));
        assertThat(text(robot, "#message-text")).isEqualTo("Kelas dinaikkan untuk tahun ajaran 2027/2028: "
                + "4 siswa naik kelas, 2 siswa lulus (ditandai tidak aktif).");
        assertThat(f.s.students().get(f.counselor, f.students.get(2)).className()).isEqualTo("8A");
        assertThat(f.s.students().get(f.counselor, f.students.get(3)).active()).isFalse();

        robot.clickOn("#students-promote");
        waitUntil(() -> find(robot, "#promotion-notes").isPresent()
                && robot.lookup("#promotion-notes").lookup(".label").tryQuery().isPresent());
        assertThat(robot.lookup("#promotion-run").queryButton().isDisabled()).isTrue();
        assertThat(robot.lookup("#promotion-notes").lookup(LabeledMatchers.hasText(
                "Kelas sudah dinaikkan untuk tahun ajaran 2027/2028. Kenaikan kelas hanya dilakukan sekali setiap "
                        + "tahun ajaran.")).tryQuery()).isPresent();
    }

    @Test
    void aLargeRosterIsShownAPageAtATime(FxRobot robot) {
        f.s.db().tx(sql -> {
            var repo = new id.kantibekisah.students.StudentRepository();
            for (int i = 0; i < 130; i++) {
                repo.insert(sql, new id.kantibekisah.students.StudentDraft(String.format("03%08d", i), null,
                        String.format("Siswa Uji %03d", i), id.kantibekisah.students.Gender.L, "8A", null, null,
                        null), f.clock.instant());
            }
            return null;
        });
        logIn(robot, "bk.satu", Fixture.PASSWORD);
        robot.clickOn("#nav-students");
        TableView<Student> t = table(robot, "#students-table");
        waitUntil(() -> t.getItems().size() == 100);
        assertThat(text(robot, "#students-count")).isEqualTo("136 siswa");
        assertThat(text(robot, "#students-page")).isEqualTo("1\u2013100 dari 136");
        robot.clickOn("#students-next");
        waitUntil(() -> t.getItems().size() == 36);
        assertThat(text(robot, "#students-page")).isEqualTo("101\u2013136 dari 136");
        assertThat(robot.lookup("#students-next").queryButton().isDisabled()).isTrue();
        robot.clickOn("#students-previous");
        waitUntil(() -> t.getItems().size() == 100);
    }

    @Test
    void onlyCounselorsHaveTheStudentsScreen(FxRobot robot) {
        logIn(robot, "kader.satu", Fixture.PIN);
        assertThat(robot.lookup("#nav-students").tryQuery()).isEmpty();
        assertThat(robot.lookup("#students-table").tryQuery()).isEmpty();
        robot.clickOn("#logout");
        waitUntil(() -> showing(robot, "#login-view"));
        logIn(robot, "kepsek", Fixture.PASSWORD);
        assertThat(robot.lookup("#nav-students").tryQuery()).isEmpty();
        robot.clickOn("#logout");
        waitUntil(() -> showing(robot, "#login-view"));
        logIn(robot, "admin", Fixture.PASSWORD);
        assertThat(robot.lookup("#nav-students").tryQuery()).isEmpty();
    }
}
