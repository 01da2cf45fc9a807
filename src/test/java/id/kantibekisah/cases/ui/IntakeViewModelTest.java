package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeReceipt;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.common.Messages;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.testing.ScreenTesting;
import id.kantibekisah.testing.ScreenTesting.RecordingWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Catat Laporan and Kasus baru below the window: saving, refusing, failing, and what the user is told. */
class IntakeViewModelTest {
    @TempDir
    Path dir;

    private Fixture f;
    private RecordingWindow window;

    @BeforeEach
    void setUp() {
        f = Fixture.create(dir);
        window = new RecordingWindow(Messages.indonesian());
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private static void fill(IntakeFormModel form, StudentChoice student) {
        form.addStudent(student);
        form.categoryProperty().set(Category.CYBERBULLYING);
        form.descriptionProperty().set("Foto teman disebar di grup kelas dengan ejekan.");
        form.locationProperty().set(IncidentLocation.ONLINE);
        form.locationDetailProperty().set("grup WhatsApp kelas");
        form.urgencyProperty().set(RiskLevel.HIGH);
        form.knowledgeProperty().set(Knowledge.SAW);
    }

    private long cases() {
        return f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM cases"));
    }

    @Test
    void theCadreFindsAPeerByPartOfANameAndSeesNameAndClassOnly() {
        IntakeViewModel vm = new IntakeViewModel(ScreenTesting.context(f, f.cadre, window),
                f.s.cases(), f.s.students());
        assertThat(vm.suggest("P")).isEmpty();
        List<StudentChoice> found = vm.suggest("putri");
        assertThat(found).containsExactly(new StudentChoice(f.students.get(0), "Putri Lestari", "8B"));
        assertThat(vm.suggest("7a")).as("a class alone would list the class").isEmpty();
        assertThat(vm.suggest("7a faj")).extracting(StudentChoice::name).containsExactly("Fajar Hidayat");
    }

    @Test
    void savingConfirmsWithTheCodeClearsTheFormAndTheCadreSeesOnlyCodeDateAndStatus() {
        IntakeViewModel vm = new IntakeViewModel(ScreenTesting.context(f, f.cadre, window),
                f.s.cases(), f.s.students());
        fill(vm.form(), vm.suggest("Dimas").get(0));
        vm.onSave();

        assertThat(vm.savedCodeProperty().get()).isEqualTo("KB-2026-0001");
        assertThat(window.errors).isEmpty();
        assertThat(vm.form().dirtyProperty().get()).isFalse();
        assertThat(vm.form().parties()).isEmpty();
        assertThat(window.openedCases).isEmpty();

        MyIntakesViewModel mine = new MyIntakesViewModel(ScreenTesting.context(f, f.cadre, window), f.s.cases());
        mine.load();
        assertThat(mine.rows()).containsExactly(new IntakeReceipt("KB-2026-0001", f.today(), CaseStatus.NEW));
    }

    @Test
    void anIncompleteSaveSavesNothingAndSaysWhatIsMissing() {
        IntakeViewModel vm = new IntakeViewModel(ScreenTesting.context(f, f.cadre, window),
                f.s.cases(), f.s.students());
        vm.form().descriptionProperty().set("Ada yang dipukul di kantin.");
        vm.onSave();
        assertThat(cases()).isZero();
        assertThat(vm.form().summaryProperty().get()).startsWith("Belum bisa disimpan. Lengkapi dulu: siswa,");
        assertThat(vm.form().descriptionProperty().get()).isEqualTo("Ada yang dipukul di kantin.");
        assertThat(window.errors).isEmpty();
    }

    @Test
    void aRefusedSaveKeepsEverythingTypedAndShowsTheServicesMessage() {
        IntakeViewModel vm = new IntakeViewModel(ScreenTesting.context(f, f.cadre, window),
                f.s.cases(), f.s.students());
        StudentChoice dimas = vm.suggest("Dimas").get(0);
        fill(vm.form(), dimas);
        f.s.students().setActive(f.counselor, dimas.id(), false);
        vm.onSave();
        assertThat(window.errors).containsExactly("Siswa yang dipilih tidak ada atau sudah tidak aktif.");
        assertThat(cases()).isZero();
        assertThat(vm.form().parties()).hasSize(1);
        assertThat(vm.form().descriptionProperty().get()).isEqualTo("Foto teman disebar di grup kelas dengan ejekan.");
        assertThat(vm.savedCodeProperty().get()).isEmpty();
    }

    @Test
    void aDatabaseErrorKeepsEverythingTypedAndSaysWhatHappened() {
        IntakeViewModel vm = new IntakeViewModel(ScreenTesting.context(f, f.cadre, window),
                f.s.cases(), f.s.students());
        fill(vm.form(), vm.suggest("Dimas").get(0));
        f.s.db().withoutTransaction(sql -> sql.update("PRAGMA query_only = ON"));
        vm.onSave();
        assertThat(window.errors).singleElement().asString().startsWith("Basis data hanya bisa dibaca.");
        assertThat(vm.form().valid()).isTrue();
        assertThat(vm.form().locationDetailProperty().get()).isEqualTo("grup WhatsApp kelas");

        f.s.db().withoutTransaction(sql -> sql.update("PRAGMA query_only = OFF"));
        vm.onSave();
        assertThat(vm.savedCodeProperty().get()).isEqualTo("KB-2026-0001");
    }

    @Test
    void aCounselorOpensACaseDirectlyAndLandsOnIt() {
        NewCaseViewModel vm = new NewCaseViewModel(ScreenTesting.context(f, f.counselor, window),
                f.s.cases(), f.s.students());
        fill(vm.form(), vm.suggest("Eka").get(0));
        vm.form().reporterKindProperty().set(ReporterKind.PARENT);
        vm.form().reporterNameProperty().set("Ibu dari Eka");
        vm.onSave();

        assertThat(window.openedCases).containsExactly(f.lastCaseId());
        var detail = f.s.cases().get(f.counselor, f.lastCaseId());
        assertThat(detail.status()).isEqualTo(CaseStatus.IN_REVIEW);
        assertThat(detail.counselorId()).isEqualTo(f.counselor.userId());
        assertThat(detail.intake().reporterKind()).isEqualTo(ReporterKind.PARENT);
        assertThat(detail.intake().reporterName()).isEqualTo("Ibu dari Eka");
        assertThat(window.infos).containsExactly("Kasus baru sudah dibuka dan menjadi tanggung jawab Anda.");
    }
}
