package id.kantibekisah.reports;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
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
import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.students.Gender;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.students.StudentRepository;
import id.kantibekisah.testing.Fixture;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFGraphicFrame;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exported workbook read back with POI: sheets, figures, print setup, pseudonymisation, hostile text. */
class TermReportWorkbookTest {
    private static final List<String> SHEETS = List.of("Ringkasan", "Daftar Kasus", "Layanan", "Rujukan",
            "Tindak Lanjut", "PPKSP");
    /** The list sheets; the sheets of figures (Ringkasan and the sections) print portrait. */
    private static final List<String> LISTS = SHEETS.subList(1, 5);
    private static final List<String> PORTRAIT = List.of("Ringkasan", "PPKSP");

    @TempDir
    Path dir;
    private Fixture f;
    private ReportScenario scenario;
    private final Messages id = Messages.indonesian();

    @BeforeEach
    void setUp() {
        f = Fixture.create(dir);
        scenario = new ReportScenario(f);
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private Path export(Actor actor, ExportMode mode) {
        Path out = dir.resolve("laporan-" + mode + ".xlsx");
        ExportResult result = f.s.reports().exportWorkbook(actor, ReportPeriod.of(scenario.current), mode, out, id,
                Progress.NONE);
        assertThat(result.file()).isEqualTo(out.toAbsolutePath());
        return out;
    }

    private static XSSFWorkbook open(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return new XSSFWorkbook(in);
        }
    }

    /** Every cell's shown text, sheet by sheet. */
    private static List<String> texts(XSSFWorkbook wb) {
        DataFormatter fmt = new DataFormatter();
        List<String> out = new ArrayList<>();
        for (Sheet s : wb) {
            for (Row r : s) {
                for (Cell c : r) {
                    out.add(fmt.formatCellValue(c).replace("\u200B", ""));
                }
            }
        }
        return out;
    }

    /** All text inside the .xlsx package (cells, charts, properties, headers), as stored. */
    private static String rawXml(Path file) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    sb.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return sb.toString();
    }

    private static Optional<Row> rowStartingWith(Sheet s, String label) {
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                    return Optional.of(r);
                }
            }
        }
        return Optional.empty();
    }

    private static Cell right(Row r, String label, int offset) {
        for (Cell c : r) {
            if (c.getCellType() == CellType.STRING && c.getStringCellValue().equals(label)) {
                return r.getCell(c.getColumnIndex() + offset);
            }
        }
        throw new AssertionError(label);
    }

    @Test
    void theWorkbookHasEverySheetInOrder() throws IOException {
        try (XSSFWorkbook wb = open(export(f.counselor, ExportMode.PSEUDONYMISED))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactlyElementsOf(SHEETS);
            assertThat(wb.getActiveSheetIndex()).isZero();
        }
    }

    @Test
    void theSummaryShowsTheFiguresWithThePreviousTermAndTheSchoolAtTheTop() throws IOException {
        try (XSSFWorkbook wb = open(export(f.principal, ExportMode.PSEUDONYMISED))) {
            Sheet s = wb.getSheet("Ringkasan");
            assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("SMP Negeri Uji");
            assertThat(s.getRow(1).getCell(0).getStringCellValue())
                    .contains("Semester Ganjil Tahun Pelajaran 2026/2027");
            assertThat(s.getRow(2).getCell(0).getStringCellValue())
                    .contains("1 Juli 2026 s.d. 31 Desember 2026", "Dicetak 24 November 2026 oleh Pak Kepala");
            Row opened = rowStartingWith(s, "Kasus dibuka").orElseThrow();
            assertThat(right(opened, "Kasus dibuka", 1).getNumericCellValue()).isEqualTo(5);
            assertThat(right(opened, "Kasus dibuka", 2).getNumericCellValue()).isEqualTo(2);
            assertThat(right(opened, "Kasus dibuka", 3).getNumericCellValue()).isEqualTo(3);
            assertThat(new DataFormatter().formatCellValue(right(opened, "Kasus dibuka", 3))).isEqualTo("+3");
            Row review = rowStartingWith(s, "Median hari sampai ditinjau").orElseThrow();
            assertThat(right(review, "Median hari sampai ditinjau", 1).getNumericCellValue()).isEqualTo(2.0);
            Row bullying = rowStartingWith(s, "Perundungan verbal").orElseThrow();
            assertThat(right(bullying, "Perundungan verbal", 1).getNumericCellValue()).isEqualTo(3);
            Row grade7 = rowStartingWith(s, "Tingkat 7").orElseThrow();
            assertThat(right(grade7, "Tingkat 7", 1).getNumericCellValue()).isEqualTo(2);
            assertThat(rowStartingWith(s, "Belum dikerjakan, lewat tenggat")).isPresent();
            assertThat(texts(wb)).contains("Mengetahui,", "Kepala SMP Negeri Uji", "Ikhtisar",
                    "Kasus menurut kelas", "Eskalasi/rujukan yang dibuat dalam periode, menurut tujuan",
                    "Kasus per bulan", "November 2026 (s.d. tanggal 24)", "Sedang ditinjau", "Tingkat");
        }
    }

    @Test
    void theSummaryHasNativeChartsByCategoryMonthAndStatus() throws IOException {
        try (XSSFWorkbook wb = open(export(f.counselor, ExportMode.PSEUDONYMISED))) {
            XSSFSheet s = wb.getSheet("Ringkasan");
            var charts = s.getDrawingPatriarch().getCharts();
            assertThat(charts).hasSize(3);
            assertThat(charts).extracting(c -> c.getTitleText().getString()).containsExactly(
                    "Kasus menurut kategori", "Kasus dibuka dan ditutup per bulan", "Kasus menurut status");
            assertThat(charts.get(0).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount())
                    .isEqualTo(Category.values().length);
            assertThat(charts.get(1).getChartSeries().get(0).getSeriesCount()).isEqualTo(2);
            assertThat(charts.get(1).getChartSeries().get(0).getSeries(0).getCategoryData().getPointCount())
                    .as("July to November: the report is made on 24 November").isEqualTo(5);
        }
    }

    @Test
    void everySheetPrintsOnA4WithRepeatedTitleRowsAndPageNumbersAndNoTextBelow8Points() throws IOException {
        for (ExportMode mode : ExportMode.values()) {
            try (XSSFWorkbook wb = open(export(f.counselor, mode))) {
                for (Sheet s : wb) {
                    String name = mode + " " + s.getSheetName();
                    PrintSetup p = s.getPrintSetup();
                    boolean landscape = !PORTRAIT.contains(s.getSheetName());
                    assertThat(p.getPaperSize()).as(name).isEqualTo(PrintSetup.A4_PAPERSIZE);
                    assertThat(p.getLandscape()).as(name).isEqualTo(landscape);
                    assertThat(s.getFitToPage()).as(name + ": a fixed scale, not shrunk to fit").isFalse();
                    int smallest = smallestFont(wb, s);
                    assertThat(p.getScale() * smallest / 100.0).as(name + ": smallest printed text in points")
                            .isGreaterThanOrEqualTo(8.0);
                    int last = s.getRow(landscape ? 4 : 3).getLastCellNum() - 1;
                    if (s.getSheetName().equals("Ringkasan")) {
                        last = 7;
                    } else if (!landscape) {
                        last = s.getRow(6).getLastCellNum() - 1;
                    }
                    double width = 0;
                    for (int c = 0; c <= last; c++) {
                        width += s.getColumnWidth(c) / 256.0 * 5.6;
                    }
                    double printable = (landscape ? 297 : 210) / 25.4 * 72 - 2 * 0.4 * 72;
                    assertThat(width * p.getScale() / 100).as(name + ": the columns fit the page width")
                            .isLessThanOrEqualTo(printable);
                    CellRangeAddress repeated = s.getRepeatingRows();
                    assertThat(repeated).as(name).isNotNull();
                    assertThat(repeated.getFirstRow()).isZero();
                    assertThat(repeated.getLastRow()).isEqualTo(landscape ? 4 : 3);
                    assertThat(s.getFooter().getCenter()).contains("&P", "&N");
                    assertThat(s.getFooter().getLeft()).isEqualTo("SMP Negeri Uji");
                }
            }
        }
    }

    /** The smallest font of any cell with text on the sheet. */
    private static int smallestFont(XSSFWorkbook wb, Sheet s) {
        int smallest = Integer.MAX_VALUE;
        for (Row r : s) {
            for (Cell c : r) {
                if (c.getCellType() != CellType.BLANK) {
                    smallest = Math.min(smallest, wb.getFontAt(c.getCellStyle().getFontIndex()).getFontHeightInPoints());
                }
            }
        }
        return smallest;
    }

    @Test
    void noHeaderWordIsBrokenAndEveryRowIsTallEnoughForItsWrappedText() throws IOException {
        for (ExportMode mode : ExportMode.values()) {
            try (XSSFWorkbook wb = open(export(f.counselor, mode))) {
                for (Sheet s : wb) {
                    for (Row r : s) {
                        if (r.getRowNum() < 4) {
                            continue;
                        }
                        for (Cell c : r) {
                            if (c.getCellType() != CellType.STRING || !c.getCellStyle().getWrapText()
                                    || merged(s, c)) {
                                continue;
                            }
                            String where = mode + " " + s.getSheetName() + " " + c.getAddress();
                            double chars = s.getColumnWidth(c.getColumnIndex()) / 256.0;
                            boolean bold = wb.getFontAt(c.getCellStyle().getFontIndex()).getBold();
                            // DejaVu Sans, the widest of the fonts LibreOffice falls back to: 0.8 bold or 0.9
                            // regular characters per unit of width, 13.5 points a line.
                            double perLine = Math.floor((chars - 1) * (bold ? 0.8 : 0.9));
                            for (String word : c.getStringCellValue().split("\\s+")) {
                                if (r.getRowNum() == 4 || bold) {
                                    assertThat((double) word.length()).as(where + " " + word)
                                            .isLessThanOrEqualTo(perLine);
                                }
                            }
                            int lines = TextFit.lines(c.getStringCellValue(), chars, bold ? 0.8 : 0.9);
                            assertThat(r.getHeightInPoints()).as(where).isGreaterThanOrEqualTo(lines * 13.5f);
                        }
                    }
                }
            }
        }
    }

    private static boolean merged(Sheet s, Cell c) {
        for (CellRangeAddress a : s.getMergedRegions()) {
            if (a.isInRange(c)) {
                return true;
            }
        }
        return false;
    }

    @Test
    void chartsHaveIndonesianTitlesAsTheirNamesAndTheCurrentMonthIsMarkedPartial() throws IOException {
        try (XSSFWorkbook wb = open(export(f.counselor, ExportMode.PSEUDONYMISED))) {
            var drawing = wb.getSheet("Ringkasan").getDrawingPatriarch();
            var charts = drawing.getCharts();
            assertThat(drawing.getShapes()).filteredOn(XSSFGraphicFrame.class::isInstance)
                    .extracting(shape -> ((XSSFGraphicFrame) shape).getName()).containsExactly(
                    "Kasus menurut kategori", "Kasus dibuka dan ditutup per bulan", "Kasus menurut status");
            var months = charts.get(1).getChartSeries().get(0).getSeries(0).getCategoryData();
            assertThat(months.getPointAt(months.getPointCount() - 1)).isEqualTo("November 2026 (s.d. tanggal 24)");
            assertThat(months.getPointAt(0)).isEqualTo("Juli 2026");
        }
    }

    @Test
    void theFullVersionPutsTheNarrativesOnASecondCaseSheet() throws IOException {
        try (XSSFWorkbook wb = open(export(f.counselor, ExportMode.FULL))) {
            List<String> names = new ArrayList<>();
            wb.forEach(s -> names.add(s.getSheetName()));
            assertThat(names).containsExactly("Ringkasan", "Daftar Kasus", "Uraian Kasus", "Layanan", "Rujukan",
                    "Tindak Lanjut", "PPKSP");
            assertThat(texts(wb.getSheet("Daftar Kasus").getRow(4)))
                    .doesNotContain("NISN", "Uraian laporan", "Rekomendasi");
            assertThat(texts(wb.getSheet("Uraian Kasus").getRow(4))).containsExactly("No.", "Kode kasus", "NISN",
                    "Uraian laporan", "Rekomendasi", "Hasil / alasan penutupan");
            assertThat(texts(wb.getSheet("Uraian Kasus"))).contains(ReportScenario.DESCRIPTION_C1);
        }
    }

    private static List<String> texts(Sheet s) {
        List<String> out = new ArrayList<>();
        s.forEach(r -> out.addAll(texts(r)));
        return out;
    }

    @Test
    void listsHaveAFrozenHeaderAFilterAndOneRowPerItem() throws IOException {
        try (XSSFWorkbook wb = open(export(f.counselor, ExportMode.PSEUDONYMISED))) {
            int[] expected = {5, 4, 2, 4};
            for (int i = 1; i <= LISTS.size(); i++) {
                XSSFSheet s = wb.getSheet(SHEETS.get(i));
                assertThat(s.getPaneInformation().isFreezePane()).isTrue();
                assertThat(s.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) 5);
                assertThat(s.getRow(4).getCell(0).getStringCellValue()).isEqualTo("No.");
                assertThat(s.getLastRowNum()).as(s.getSheetName()).isEqualTo(4 + expected[i - 1]);
                assertThat(s.getCTWorksheet().getAutoFilter().getRef()).as(s.getSheetName())
                        .isEqualTo(new CellRangeAddress(4, 4 + expected[i - 1], 0,
                                s.getRow(4).getLastCellNum() - 1).formatAsString());
                for (int c = 0; c < s.getRow(4).getLastCellNum(); c++) {
                    assertThat(s.getColumnWidth(c)).as(s.getSheetName() + " column " + c)
                            .isBetween(5 * 256, 62 * 256);
                }
            }
            Sheet cases = wb.getSheet("Daftar Kasus");
            Row c1 = cases.getRow(5);
            DataFormatter fmt = new DataFormatter();
            assertThat(fmt.formatCellValue(c1.getCell(1))).startsWith("KB-2026-");
            assertThat(fmt.formatCellValue(c1.getCell(2))).isEqualTo("01/08/2026");
            assertThat(c1.getCell(2).getCellType()).as("a real date, so it sorts and filters").isEqualTo(
                    CellType.NUMERIC);
            Row c2 = cases.getRow(6);
            assertThat(texts(c2)).contains("B.S. (Yang berisiko); P.L. (Saksi)", "8B", "Risiko putus sekolah/absensi",
                    "Dieskalasi", "Bu Satu", "Kepala sekolah (07/09/2026); Orang tua/wali (08/09/2026)");
        }
    }

    /** The row's texts as read, without the zero-width spaces that let a line break after a slash. */
    private static List<String> texts(Row r) {
        DataFormatter fmt = new DataFormatter();
        List<String> out = new ArrayList<>();
        r.forEach(c -> out.add(fmt.formatCellValue(c).replace("\u200B", "")));
        return out;
    }

    @Test
    void thePseudonymisedFileHasInitialsAndNoNisnNarrativeOrReporter() throws IOException {
        Path file = export(f.principal, ExportMode.PSEUDONYMISED);
        String raw = rawXml(file);
        List<String> secrets = new ArrayList<>(List.of("Putri Lestari", "Bima Saputra", "Citra Maharani",
                "Dimas Pratama", "Eka Wulandari", "Fajar Hidayat", "Putri", "Lestari", "Maharani",
                ReportScenario.DESCRIPTION_C1, ReportScenario.SESSION_NOTE, ReportScenario.NEXT_STEP,
                ReportScenario.REFERRAL_REASON, ReportScenario.REFERRAL_OUTCOME, ReportScenario.ACKNOWLEDGEMENT,
                ReportScenario.FOLLOW_UP, ReportScenario.FOLLOW_UP_NOTE, ReportScenario.RECOMMENDATION,
                ReportScenario.SUMMARY, ReportScenario.DISMISSAL, ReportScenario.TEACHER_REPORTER,
                ReportScenario.THIRD_CADRE, "kader.tiga", "kader.satu", "Ibu Wali", "081234567890"));
        for (String nisn : List.of("0111111111", "0122222222", "0133333333", "0144444444", "0155555555",
                "0166666666")) {
            secrets.add(nisn);
        }
        for (String secret : secrets) {
            assertThat(raw).as(secret).doesNotContain(secret);
        }
        try (XSSFWorkbook wb = open(file)) {
            assertThat(texts(wb)).contains("C.M. (Korban); D.P. (Pelaku, 9C)", "P.L. (Korban)", "E.W. (Korban); F.H. (Pelaku, 7A)");
            Sheet cases = wb.getSheet("Daftar Kasus");
            assertThat(texts(cases.getRow(4))).doesNotContain("NISN", "Uraian laporan", "Rekomendasi");
            assertThat(wb.getSheet("Ringkasan").getRow(3).getCell(0).getStringCellValue())
                    .startsWith("Versi disamarkan");
        }
    }

    @Test
    void theFullFileHasNamesNisnAndNarrativesButNeverTheReporter() throws IOException {
        Path file = export(f.counselor, ExportMode.FULL);
        String raw = rawXml(file);
        assertThat(raw).doesNotContain(ReportScenario.TEACHER_REPORTER, ReportScenario.THIRD_CADRE, "kader.tiga",
                "kader.satu");
        try (XSSFWorkbook wb = open(file)) {
            List<String> all = texts(wb);
            assertThat(all).contains("Citra Maharani (Korban); Dimas Pratama (Pelaku, 9C)", "0133333333; 0144444444",
                    ReportScenario.DESCRIPTION_C1, ReportScenario.SESSION_NOTE, ReportScenario.REFERRAL_REASON,
                    ReportScenario.REFERRAL_OUTCOME, ReportScenario.ACKNOWLEDGEMENT, ReportScenario.FOLLOW_UP,
                    ReportScenario.SUMMARY, ReportScenario.DISMISSAL, ReportScenario.RECOMMENDATION);
            assertThat(wb.getSheet("Ringkasan").getRow(3).getCell(0).getStringCellValue()).startsWith("RAHASIA");
            assertThat(wb.getSheet("Daftar Kasus").getFooter().getRight()).contains("RAHASIA");
        }
    }

    @Test
    void hostileTextIsWrittenAsQuotePrefixedTextNeverAsAFormula() throws IOException {
        List<String> hostile = List.of("=HYPERLINK(\"http://contoh.invalid\",\"klik\")", "+1+2 tambah", "-3+3 kurang",
                "@SUM(A1:A2)", "\uFF1D1+1 lebar penuh");
        Actor evilCounselor = f.user("bk.tiga", "=cmd|' /C calc'!A0", Role.COUNSELOR, Fixture.PASSWORD, null);
        long student = f.s.db().tx(sql -> new StudentRepository().insert(sql, new StudentDraft("0177777777", null,
                "-Rina Formula", Gender.P, "=7D", null, null, null), f.clock.instant()));
        f.s.cases().openCase(evilCounselor, new CaseDraft(new IntakeDraft(
                List.of(new PartyDraft(student, PartyRole.AT_RISK)), Category.OTHER, hostile.get(0),
                IncidentLocation.OTHER, null, f.today(), null, RiskLevel.LOW, Knowledge.SAW),
                ReporterKind.SELF, null));
        long caseId = f.lastCaseId();
        for (String text : hostile.subList(1, hostile.size())) {
            f.s.cases().recordSession(evilCounselor, caseId, new SessionDraft(f.today(), SessionKind.INDIVIDUAL,
                    text, "_x0041_ bukan huruf A"));
        }
        for (ExportMode mode : ExportMode.values()) {
            Path file = export(f.counselor, mode);
            try (XSSFWorkbook wb = open(file)) {
                List<Cell> risky = new ArrayList<>();
                for (Sheet s : wb) {
                    for (Row r : s) {
                        for (Cell c : r) {
                            assertThat(c.getCellType()).as(s.getSheetName() + " " + c.getAddress())
                                    .isNotEqualTo(CellType.FORMULA);
                            if (c.getCellType() == CellType.STRING
                                    && CellText.needsQuotePrefix(c.getStringCellValue())) {
                                risky.add(c);
                            }
                        }
                    }
                }
                assertThat(risky).as(mode + ": the hostile cells are there").isNotEmpty();
                assertThat(risky).allSatisfy(c -> assertThat(c.getCellStyle().getQuotePrefixed())
                        .as(c.getSheet().getSheetName() + " " + c.getAddress()).isTrue());
                List<String> all = texts(wb);
                assertThat(all).contains("=cmd|' /C calc'!A0", "=7D");
                if (mode == ExportMode.FULL) {
                    assertThat(all).containsAll(hostile).contains("_x0041_ bukan huruf A");
                } else {
                    assertThat(all).doesNotContain(hostile.get(0)).contains("R.F. (Yang berisiko)");
                }
            }
        }
    }

    @Test
    void cellTextDropsWhatXmlCannotHold() {
        assertThat(CellText.clean("a\u0000b\u0007c\r\nd\re\tf\uFFFF")).isEqualTo("abc\nd\ne\tf");
        assertThat(CellText.clean("x".repeat(40_000))).hasSize(CellText.MAX_LENGTH);
        assertThat(CellText.needsQuotePrefix("Biasa")).isFalse();
        assertThat(CellText.needsQuotePrefix("=1")).isTrue();
        assertThat(CellText.needsQuotePrefix("\tdiawali tab")).isTrue();
        assertThat(CellText.needsQuotePrefix("\nbaris baru")).isTrue();
    }

    @Test
    void theExportIsAuditedWithTermAndVersionAndLeavesNoTemporaryFile() throws IOException {
        export(f.principal, ExportMode.PSEUDONYMISED);
        AuditEntry row = f.s.audit().latest(1).get(0);
        assertThat(row.action()).isEqualTo(AuditAction.REPORT_EXPORT);
        assertThat(row.userId()).isEqualTo(f.principal.userId());
        assertThat(row.detail()).startsWith("term 2026/2027-1 pseudonymised xlsx");
        export(f.counselor, ExportMode.FULL);
        assertThat(f.s.audit().latest(1).get(0).detail()).startsWith("term 2026/2027-1 full xlsx");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".tmp"))).isEmpty();
        }
        assertThat(f.s.audit().firstBrokenRow()).isEmpty();
    }

    @Test
    void thePrincipalGetsOnlyThePseudonymisedVersion() {
        Path out = dir.resolve("lengkap.xlsx");
        assertThatThrownBy(() -> f.s.reports().exportWorkbook(f.principal, ReportPeriod.of(scenario.current),
                ExportMode.FULL, out, id, Progress.NONE)).isInstanceOf(AccessDeniedException.class);
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingFolderIsAClearErrorAndWritesNothing() {
        Path out = dir.resolve("tidak-ada").resolve("laporan.xlsx");
        assertThatThrownBy(() -> f.s.reports().exportWorkbook(f.counselor, ReportPeriod.of(scenario.current),
                ExportMode.PSEUDONYMISED, out, id, Progress.NONE)).isInstanceOf(ServiceException.class)
                .satisfies(e -> assertThat(id.message((ServiceException) e)).contains("tidak ada"));
        assertThat(f.s.audit().latest(1).get(0).action()).isNotEqualTo(AuditAction.REPORT_EXPORT);
    }

    @Test
    void progressIsReportedUpToTheEnd() {
        List<long[]> updates = new ArrayList<>();
        f.s.reports().exportWorkbook(f.counselor, ReportPeriod.of(scenario.current), ExportMode.PSEUDONYMISED,
                dir.resolve("p.xlsx"), id, new Progress() {
                    @Override
                    public void update(long done, long total) {
                        updates.add(new long[] {done, total});
                    }

                    @Override
                    public boolean isCancelled() {
                        return false;
                    }
                });
        assertThat(updates).isNotEmpty();
        long[] last = updates.get(updates.size() - 1);
        assertThat(last[0]).isEqualTo(last[1]).isEqualTo(1 + 5 + 4 + 2 + 4);
    }

    @Test
    void anEnglishExportUsesEnglishTexts() throws IOException {
        Path out = dir.resolve("en.xlsx");
        f.s.reports().exportWorkbook(f.counselor, ReportPeriod.of(scenario.current), ExportMode.PSEUDONYMISED, out,
                Messages.of(Messages.ENGLISH), Progress.NONE);
        try (XSSFWorkbook wb = open(out)) {
            assertThat(wb.getSheetAt(0).getSheetName()).isEqualTo("Summary");
            assertThat(texts(wb)).contains("Cases opened").doesNotContain("Kasus dibuka");
        }
        assertThat(LocalDate.now(f.clock)).isEqualTo(LocalDate.of(2026, 11, 24));
    }
}
