package id.kantibekisah.demo;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.cases.CaseQuery;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.students.CsvRosterReader;
import id.kantibekisah.students.RosterColumn;
import id.kantibekisah.students.RosterFile;
import id.kantibekisah.students.RosterFiles;
import id.kantibekisah.students.RosterPreview;
import id.kantibekisah.students.RosterRow;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.testing.Fixture;
import id.kantibekisah.wiring.AppServices;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DemoSchoolTest {
    private static final Clock CLOCK = Clock.fixed(Fixture.START, Fixture.ZONE);
    private static final PasswordHasher CHEAP = new PasswordHasher(1024, 1);

    @Test
    void theDemoSchoolHasAFullRosterEveryRoleAndCasesOverTwoTerms(@TempDir Path dir) {
        try (AppServices s = AppServices.open(dir.resolve("demo.db"), CLOCK, CHEAP)) {
            DemoSchool.Result r = new DemoSchool(s.db(), CHEAP, CLOCK).seed();
            assertThat(r.students()).isEqualTo(300);
            assertThat(r.cases()).isEqualTo(DemoSchool.CASES);
            assertThat(s.db().<List<String>>read(q -> q.list("SELECT DISTINCT class_name FROM students ORDER BY 1",
                    row -> row.str("class_name")))).containsExactlyElementsOf(DemoRoster.CLASSES);
            assertThat(s.db().<Long>read(q -> q.longValue("SELECT count(DISTINCT term_id) FROM cases"))).isEqualTo(2);
            assertThat(s.db().<Long>read(q -> q.longValue("SELECT count(DISTINCT category) FROM cases"))).isGreaterThan(8);
            assertThat(s.db().<Long>read(q -> q.longValue("SELECT count(DISTINCT status) FROM cases"))).isEqualTo(6);
            assertThat(s.db().<Long>read(q -> q.longValue("SELECT count(*) FROM counseling_sessions"))).isGreaterThan(150);
            assertThat(s.db().<Long>read(q -> q.longValue("SELECT count(*) FROM referrals WHERE destination = 'PRINCIPAL'")))
                    .isPositive();
            assertThat(s.db().<Long>read(q -> q.longValue("""
                    SELECT count(*) FROM follow_ups f JOIN cases c ON c.id = f.case_id
                    WHERE f.done_at IS NULL AND f.due_on < '2026-11-24' AND c.status NOT IN ('RESOLVED', 'DISMISSED')
                    """))).as("some follow-ups are overdue today").isPositive();
            assertThat(s.db().<Long>read(q -> q.longValue("""
                    SELECT count(*) FROM cases c WHERE NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.case_id = c.id)
                    """))).as("every case has its audit rows").isZero();
            assertThat(s.audit().firstBrokenRow()).isEmpty();
            assertThat(s.settings().profile().name()).isEqualTo("SMP Negeri Contoh Koba");

            for (DemoSchool.Account a : DemoSchool.ACCOUNTS) {
                Actor actor = s.users().login(a.username(), a.password());
                assertThat(actor.role()).isEqualTo(a.role());
                if (a.role() == Role.CADRE) {
                    assertThat(actor.studentId()).isNotNull();
                }
            }
            Actor counselor = s.users().login("bk.rahma", "KonselorDemo#1");
            assertThat(s.cases().list(counselor, CaseQuery.all()).total()).isEqualTo(DemoSchool.CASES);
            assertThat(s.cases().attention(counselor).unreviewed()).isNotEmpty();

            RosterPreview dapodik = s.roster().preview(counselor,
                    RosterFiles.read(Path.of("sample-data", DapodikExport.FILE_NAME)));
            assertThat(dapodik.summary()).as("the sample export is the demo school's roster")
                    .isEqualTo("new 0, updated 0, unchanged 300, errors 0");

            assertThatThrownBy(() -> new DemoSchool(s.db(), CHEAP, CLOCK).seed())
                    .isInstanceOf(ValidationException.class).hasMessage("demo.error.notEmpty");
        }
    }

    @Test
    void theDemoIsTheSameOnEveryRunOfTheSameDay(@TempDir Path dir) {
        List<String> first = seedAndDescribe(dir.resolve("a.db"));
        List<String> second = seedAndDescribe(dir.resolve("b.db"));
        assertThat(first).hasSize(DemoSchool.CASES).isEqualTo(second);
    }

    private static List<String> seedAndDescribe(Path file) {
        try (AppServices s = AppServices.open(file, CLOCK, CHEAP)) {
            new DemoSchool(s.db(), CHEAP, CLOCK).seed();
            return s.db().read(q -> q.list("SELECT code || category || status || risk || opened_on AS d FROM cases "
                    + "ORDER BY code", row -> row.str("d")));
        }
    }

    @Test
    void theRosterIsFictionalUniqueAndValid() {
        List<StudentDraft> students = DemoRoster.students();
        assertThat(students).hasSize(300);
        assertThat(students.stream().map(StudentDraft::nisn).collect(Collectors.toSet())).hasSize(300);
        assertThat(students).allSatisfy(s -> {
            assertThat(s.nisn()).matches("0\\d{9}");
            assertThat(s.name()).isNotBlank();
        });
        Set<String> names = students.stream().map(StudentDraft::name).collect(Collectors.toSet());
        assertThat(names).hasSize(300);
    }

    @Test
    void theBundledSampleFilesMatchTheGenerator() throws Exception {
        Path folder = Path.of("sample-data");
        assertThat(Files.readString(folder.resolve("students.csv"), StandardCharsets.UTF_8))
                .as("run id.kantibekisah.demo.SampleData to regenerate sample-data/").isEqualTo(SampleData.csv());
        RosterFile csv = new CsvRosterReader().read(folder.resolve("students.csv"));
        assertThat(csv.rows()).extracting(RosterRow::draft).containsExactlyElementsOf(DemoRoster.students());

        try (InputStream in = Files.newInputStream(folder.resolve("students.xlsx"));
             XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheetAt(0);
            DataFormatter fmt = new DataFormatter();
            List<StudentDraft> expected = DemoRoster.students();
            assertThat(sheet.getLastRowNum()).isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                Row row = sheet.getRow(i + 1);
                StudentDraft e = expected.get(i);
                assertThat(fmt.formatCellValue(row.getCell(0))).isEqualTo(e.nisn());
                assertThat(fmt.formatCellValue(row.getCell(2))).isEqualTo(e.name());
                assertThat(fmt.formatCellValue(row.getCell(4))).isEqualTo(e.className());
                assertThat(row.getCell(5).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(e.birthDate());
            }
        }
    }

    @Test
    void theDapodikSampleIsTheGeneratorsExportAndImportsAsTheDemoRoster() throws Exception {
        Path file = Path.of("sample-data", DapodikExport.FILE_NAME);
        try (InputStream in = Files.newInputStream(file); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet sheet = wb.getSheet(DapodikExport.SHEET);
            DataFormatter fmt = new DataFormatter();
            List<String> titles = DapodikExport.titleRows();
            for (int i = 0; i < titles.size(); i++) {
                assertThat(fmt.formatCellValue(sheet.getRow(i).getCell(0))).isEqualTo(titles.get(i));
            }
            Row top = sheet.getRow(DapodikExport.FIRST_DATA_ROW - 3);
            Row bottom = sheet.getRow(DapodikExport.FIRST_DATA_ROW - 2);
            for (int c = 0; c < DapodikExport.COLUMNS.size(); c++) {
                DapodikExport.Column col = DapodikExport.COLUMNS.get(c);
                if (col.group() == null) {
                    assertThat(fmt.formatCellValue(top.getCell(c))).isEqualTo(col.name());
                } else {
                    assertThat(fmt.formatCellValue(bottom.getCell(c))).isEqualTo(col.name());
                }
            }
            assertThat(sheet.getNumMergedRegions()).as("single columns merged down, parent groups across")
                    .isEqualTo(1 + DapodikExport.COLUMNS.stream().filter(c -> c.group() == null).count() + 3);
            List<List<Object>> rows = DapodikExport.rows();
            assertThat(sheet.getLastRowNum()).isEqualTo(DapodikExport.FIRST_DATA_ROW - 2 + rows.size());
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.getRow(DapodikExport.FIRST_DATA_ROW - 1 + r);
                for (int c = 0; c < DapodikExport.COLUMNS.size(); c++) {
                    Object expected = rows.get(r).get(c);
                    assertThat(fmt.formatCellValue(row.getCell(c))).as("row %d column %d", r, c)
                            .isEqualTo(expected == null ? "" : expected.toString());
                }
            }
        }

        RosterFile roster = RosterFiles.read(file);
        assertThat(roster.sheet()).isEqualTo(DapodikExport.SHEET);
        assertThat(roster.headerFirstRow()).isEqualTo(5);
        assertThat(roster.headerLastRow()).isEqualTo(6);
        assertThat(roster.headersOf(RosterColumn.GUARDIAN_NAME))
                .containsExactly("Data Wali / Nama", "Data Ayah / Nama", "Data Ibu / Nama");
        assertThat(roster.rows()).extracting(RosterRow::rowNumber).startsWith(7, 8).endsWith(306);
        assertThat(roster.rows()).allSatisfy(r -> assertThat(r.problems()).isEmpty());
        assertThat(roster.rows()).extracting(RosterRow::draft).containsExactlyElementsOf(DemoRoster.students());
        assertThat(DemoRoster.students()).filteredOn(s -> DemoRoster.isMother(s.guardianName()))
                .as("some guardians are mothers, entered as wali").hasSizeGreaterThan(50);
    }
}
