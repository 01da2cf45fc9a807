package id.kantibekisah.demo;

import id.kantibekisah.students.StudentDraft;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * Writes the demo roster to {@code sample-data/}: as CSV, as a plain .xlsx, and as a Dapodik "Daftar Peserta
 * Didik" export. Run {@code main} after changing {@link DemoRoster}; a test fails while the files and the
 * generator disagree.
 */
public final class SampleData {
    public static final List<String> HEADER = List.of("NISN", "NIS", "Nama", "JK", "Rombel", "Tanggal Lahir",
            "Nama Wali", "Telepon Wali");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private SampleData() {
    }

    /** The roster as CSV: comma separated, UTF-8, a header row, dates as dd/MM/yyyy. */
    public static String csv() {
        StringBuilder sb = new StringBuilder(String.join(",", HEADER)).append('\n');
        for (StudentDraft s : DemoRoster.students()) {
            sb.append(String.join(",", s.nisn(), s.nis(), s.name(), s.gender().name(), s.className(),
                    DATE.format(s.birthDate()), s.guardianName(), s.guardianPhone())).append('\n');
        }
        return sb.toString();
    }

    /** The roster as a plain spreadsheet: one header row; NISN as text so its leading zero stays. */
    public static void writeXlsx(OutputStream out) throws IOException {
        try (XSSFWorkbook wb = new XSSFWorkbook()) {
            Sheet sheet = wb.createSheet("Siswa");
            CellStyle bold = wb.createCellStyle();
            Font font = wb.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            CellStyle text = wb.createCellStyle();
            text.setDataFormat(wb.createDataFormat().getFormat("@"));
            Row header = sheet.createRow(0);
            for (int c = 0; c < HEADER.size(); c++) {
                Cell cell = header.createCell(c);
                cell.setCellValue(HEADER.get(c));
                cell.setCellStyle(bold);
            }
            int r = 1;
            for (StudentDraft s : DemoRoster.students()) {
                Row row = sheet.createRow(r++);
                Cell nisn = row.createCell(0);
                nisn.setCellValue(s.nisn());
                nisn.setCellStyle(text);
                row.createCell(1).setCellValue(s.nis());
                row.createCell(2).setCellValue(s.name());
                row.createCell(3).setCellValue(s.gender().name());
                row.createCell(4).setCellValue(s.className());
                Cell birth = row.createCell(5);
                birth.setCellValue(s.birthDate());
                birth.setCellStyle(date);
                row.createCell(6).setCellValue(s.guardianName());
                Cell phone = row.createCell(7);
                phone.setCellValue(s.guardianPhone());
                phone.setCellStyle(text);
            }
            int[] widths = {14, 10, 28, 5, 8, 14, 22, 16};
            for (int c = 0; c < widths.length; c++) {
                sheet.setColumnWidth(c, widths[c] * 256);
            }
            sheet.createFreezePane(0, 1);
            wb.write(out);
        }
    }

    /** Regenerates the three files under the given folder. */
    public static void main(String[] args) throws IOException {
        Path folder = Path.of(args.length > 0 ? args[0] : "sample-data");
        Files.createDirectories(folder);
        Files.writeString(folder.resolve("students.csv"), csv(), StandardCharsets.UTF_8);
        try (OutputStream out = Files.newOutputStream(folder.resolve("students.xlsx"))) {
            writeXlsx(out);
        }
        try (OutputStream out = Files.newOutputStream(folder.resolve(DapodikExport.FILE_NAME))) {
            DapodikExport.write(out);
        }
    }
}
