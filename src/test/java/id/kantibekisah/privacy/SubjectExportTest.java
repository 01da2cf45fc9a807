package id.kantibekisah.privacy;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.reports.CellText;
import id.kantibekisah.testing.Fixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The subject-access file of one student, read back with POI. The subject is Citra Maharani (7A); the other
 * children of the fixture, the cadre who reported (Putri Lestari, account kader.satu) and the teacher named as
 * reporter of a second case must not appear anywhere in the file.
 */
class SubjectExportTest {
    @TempDir
    Path dir;

    private static final List<String> NEVER = List.of("Putri", "Lestari", "Bima", "Saputra", "Dimas", "Pratama",
            "Eka", "Wulandari", "Fajar", "Hidayat", "kader.satu", "kader.dua", "Joko");

    /** Every cell of every sheet as text, keyed by sheet name; plus sheet names and the title. */
    private static Map<String, List<String>> read(Path file) throws IOException {
        Map<String, List<String>> out = new TreeMap<>();
        DataFormatter fmt = new DataFormatter(Locale.ROOT);
        try (Workbook wb = WorkbookFactory.create(file.toFile())) {
            for (Sheet sheet : wb) {
                List<String> cells = new ArrayList<>();
                cells.add(sheet.getSheetName());
                for (Row row : sheet) {
                    for (Cell cell : row) {
                        cells.add(fmt.formatCellValue(cell));
                    }
                }
                out.put(sheet.getSheetName(), cells);
            }
        }
        return out;
    }

    private static long citrasCases(Fixture f) {
        // 1: a cadre's intake, Citra the victim and Dimas the perpetrator, naming others in the narrative.
        long citra = f.students.get(2);
        long dimas = f.students.get(3);
        f.s.cases().submitIntake(f.cadre, new IntakeDraft(List.of(new PartyDraft(citra, PartyRole.VICTIM),
                new PartyDraft(dimas, PartyRole.PERPETRATOR)), Category.BULLYING_VERBAL,
                "Citra diejek terus oleh Dimas Pratama di kelas; Bima Saputra juga melihat. DIMAS mengambil bekalnya.",
                IncidentLocation.CLASSROOM, "meja dekat Dimas", f.today(), null, RiskLevel.MEDIUM, Knowledge.SAW));
        long first = f.lastCaseId();
        f.s.cases().take(f.counselor, first);
        f.s.cases().recordSession(f.counselor, first, new SessionDraft(f.today(), SessionKind.INDIVIDUAL,
                "Citra bercerita bahwa dimas sering mengejeknya. Putri yang pertama melihat.", "Panggil Pratama"));
        // 2: a teacher's report, Citra at risk and Eka a witness.
        f.s.cases().openCase(f.counselor, new CaseDraft(new IntakeDraft(List.of(
                new PartyDraft(citra, PartyRole.AT_RISK), new PartyDraft(f.students.get(4), PartyRole.WITNESS)),
                Category.DROPOUT_RISK, "Citra sering tidak masuk, kata Eka Wulandari ia bekerja di pasar.",
                IncidentLocation.OUTSIDE_SCHOOL, null, f.today(), null, RiskLevel.HIGH, Knowledge.HEARD),
                ReporterKind.TEACHER, "Pak Joko, wali kelas 7A"));
        // 3: not about Citra at all.
        f.s.cases().submitIntake(f.cadre2, f.intake(f.students.get(5), f.students.get(3)));
        return first;
    }

    @Test
    void theFileHoldsTheStudentsCasesWithoutAnyOtherChildsNameOrTheReporter() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            long first = citrasCases(f);
            String firstCode = code(f, first);
            String notCitras = code(f, f.lastCaseId());
            f.s.cases().get(f.counselor2, first);
            f.s.consents().record(f.counselor, f.students.get(2), new ConsentDraft(ConsentBasis.PARENT_CONSENT,
                    "Ibu Maharani", f.today(), "Formulir persetujuan ditandatangani."));
            Path file = dir.resolve("citra.xlsx");

            SubjectExport.Result result = f.s.subjectExport().export(f.counselor, f.students.get(2), file,
                    Messages.indonesian(), Progress.NONE);

            assertThat(result.cases()).isEqualTo(2);
            Map<String, List<String>> sheets = read(file);
            assertThat(sheets).containsOnlyKeys("Siswa", "Kasus", "Riwayat kasus", "Akses", "Dasar pemrosesan");
            List<String> all = sheets.values().stream().flatMap(List::stream).toList();
            for (String name : NEVER) {
                Pattern word = Pattern.compile("(?<![\\p{L}.])" + Pattern.quote(name) + "(?![\\p{L}.])",
                        Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
                assertThat(all).as("no trace of " + name).noneSatisfy(c -> assertThat(c).containsPattern(word));
            }
            assertThat(all).noneSatisfy(c -> assertThat(c).contains(notCitras));
            assertThat(sheets.get("Siswa")).contains("Citra Maharani", "0133333333", "7A", "Ibu Wali");
            assertThat(sheets.get("Kasus")).contains(firstCode, "Korban", "Pelaku", "Yang berisiko", "Saksi",
                    "Bu Satu",
                    "Citra diejek terus oleh [Pelaku] di kelas; [siswa lain] juga melihat. [Pelaku] mengambil bekalnya.",
                    "Citra sering tidak masuk, kata [Saksi] ia bekerja di pasar.");
            assertThat(sheets.get("Riwayat kasus")).contains(
                    "Citra bercerita bahwa [Pelaku] sering mengejeknya. [pelapor] yang pertama melihat.\n"
                            + "Panggil [Pelaku]", "Layanan: Konseling individual");
            assertThat(sheets.get("Akses")).contains("Bu Satu", "Pak Dua", "Kader", "Catat laporan", "Lihat kasus")
                    .doesNotContain("Putri Lestari");
            assertThat(sheets.get("Dasar pemrosesan")).contains("Persetujuan orang tua/wali", "Ibu Maharani");

            AuditEntry row = f.s.audit().latest(1).get(0);
            assertThat(row.action()).isEqualTo(AuditAction.SUBJECT_EXPORT);
            assertThat(row.studentId()).isEqualTo(f.students.get(2));
            assertThat(row.userId()).isEqualTo(f.counselor.userId());
        }
    }

    @Test
    void theFileIsInEnglishWhenTheUserWorksInEnglish() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            citrasCases(f);
            Path file = dir.resolve("citra-en.xlsx");
            f.s.subjectExport().export(f.counselor, f.students.get(2), file, Messages.of(Messages.ENGLISH),
                    Progress.NONE);
            Map<String, List<String>> sheets = read(file);
            assertThat(sheets).containsKeys("Student", "Cases", "Case history", "Access", "Basis for processing");
            assertThat(sheets.get("Cases")).contains("Victim", "Perpetrator");
        }
    }

    @Test
    void aFileThatCannotBeWrittenLeavesNoFileAndNoExportOnRecord() {
        try (Fixture f = Fixture.create(dir)) {
            citrasCases(f);
            long before = f.auditCount();
            Path file = dir.resolve("no-such-folder").resolve("citra.xlsx");
            assertThatThrownBy(() -> f.s.subjectExport().export(f.counselor, f.students.get(2), file,
                    Messages.indonesian(), Progress.NONE)).isInstanceOf(ServiceException.class)
                    .hasMessageStartingWith("subject.error.write");
            assertThat(Files.exists(file)).isFalse();
            assertThat(f.auditCount()).isEqualTo(before);
        }
    }

    @Test
    void formulaLookingTextIsAQuotePrefixedStringCellAsInTheTermReport() throws IOException {
        try (Fixture f = Fixture.create(dir)) {
            long citra = f.students.get(2);
            f.s.cases().submitIntake(f.cadre, new IntakeDraft(List.of(new PartyDraft(citra, PartyRole.VICTIM)),
                    Category.BULLYING_VERBAL, "=HYPERLINK(\"http://contoh.invalid\",\"klik\")",
                    IncidentLocation.CLASSROOM, "@SUM(1+1)", f.today(), null, RiskLevel.MEDIUM, Knowledge.SAW));
            Path file = dir.resolve("formula.xlsx");
            f.s.subjectExport().export(f.counselor, citra, file, Messages.indonesian(), Progress.NONE);

            List<Cell> formulaLooking = new ArrayList<>();
            try (Workbook wb = WorkbookFactory.create(file.toFile())) {
                for (Sheet sheet : wb) {
                    for (Row row : sheet) {
                        for (Cell cell : row) {
                            assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA);
                            if (cell.getCellType() == CellType.STRING
                                    && CellText.needsQuotePrefix(
                                            cell.getStringCellValue())) {
                                formulaLooking.add(cell);
                            }
                        }
                    }
                }
                assertThat(formulaLooking).extracting(Cell::getStringCellValue)
                        .anySatisfy(t -> assertThat(t).startsWith("=HYPERLINK"));
                assertThat(formulaLooking).allSatisfy(c -> assertThat(c.getCellStyle().getQuotePrefixed())
                        .as(c.getStringCellValue()).isTrue());
            }
        }
    }

    private static String code(Fixture f, long caseId) {
        return f.s.db().read(sql -> sql.string("SELECT code FROM cases WHERE id = ?", caseId)).orElseThrow();
    }

    @SuppressWarnings("unused")
    private static LocalDate today(Fixture f) {
        return f.today();
    }
}
