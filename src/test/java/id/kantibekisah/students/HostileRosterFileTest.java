package id.kantibekisah.students;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static id.kantibekisah.students.Workbooks.row;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Files that are not a readable roster are refused with a clear message in the user's language, before they can
 * exhaust memory or show a stack trace.
 */
class HostileRosterFileTest {
    @TempDir
    Path dir;

    private final Messages id = Messages.indonesian();

    private static void roster(XSSFWorkbook wb) {
        Sheet s = wb.createSheet("Siswa");
        row(s, 1, "NISN", "Nama", "JK", "Kelas");
        row(s, 2, "0012345678", "Nayla Permata", "P", "7C");
    }

    /** The message the user gets for this file; fails when the file is read. */
    private String refusal(Path file, String expectedKey) {
        ValidationException e = (ValidationException) org.assertj.core.api.Assertions.catchThrowable(
                () -> RosterFiles.read(file));
        assertThat(e).as(file.getFileName().toString()).isNotNull();
        assertThat(e.messageKey()).isEqualTo(expectedKey);
        String text = id.message(e);
        assertThat(text).doesNotContain("!", "Exception", "null").contains(file.getFileName().toString());
        return text;
    }

    @Test
    void aPasswordProtectedWorkbookIsRefusedWithWhatToDo() throws Exception {
        Path file = dir.resolve("siswa-terkunci.xlsx");
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            Encryptor encryptor = new EncryptionInfo(EncryptionMode.agile).getEncryptor();
            encryptor.confirmPassword("rahasia-sekolah");
            try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = encryptor.getDataStream(fs)) {
                roster(wb);
                wb.write(os);
            }
            try (OutputStream out = Files.newOutputStream(file)) {
                fs.writeFilesystem(out);
            }
        }
        assertThat(refusal(file, "roster.file.encrypted")).contains("dilindungi kata sandi", "hapus kata sandinya");
    }

    @Test
    void anExcel97WorkbookIsRefusedAskingToSaveAsXlsxEvenWhenRenamed() throws Exception {
        Path xls = dir.resolve("siswa.xls");
        try (HSSFWorkbook wb = new HSSFWorkbook(); OutputStream out = Files.newOutputStream(xls)) {
            Sheet s = wb.createSheet("Siswa");
            row(s, 1, "NISN", "Nama", "JK", "Kelas");
            row(s, 2, "0012345678", "Nayla Permata", "P", "7C");
            wb.write(out);
        }
        assertThat(refusal(xls, "roster.file.oldFormat")).contains("Excel 97\u20132003 (.xls)",
                "Simpan Sebagai \u2192 Buku Kerja Excel (*.xlsx)");
        Path renamed = Files.copy(xls, dir.resolve("siswa-baru.xlsx"));
        assertThat(refusal(renamed, "roster.file.oldFormat")).contains("Excel 97\u20132003");
    }

    @Test
    void junkBytesATruncatedWorkbookAndAnEmptyFileAreRefused() throws Exception {
        byte[] junk = new byte[8192];
        new Random(7).nextBytes(junk);
        junk[100] = 0;
        Path junkFile = Files.write(dir.resolve("rusak.xlsx"), junk);
        assertThat(refusal(junkFile, "roster.file.unknown")).contains("tidak dapat dibaca sebagai Excel");

        Path whole = Workbooks.write(dir.resolve("utuh.xlsx"), HostileRosterFileTest::roster);
        byte[] bytes = Files.readAllBytes(whole);
        Path truncated = Files.write(dir.resolve("terpotong.xlsx"), Arrays.copyOf(bytes, bytes.length / 2));
        assertThat(refusal(truncated, "roster.file.corrupt")).contains("rusak atau tidak lengkap");

        Path empty = Files.write(dir.resolve("kosong.csv"), new byte[0]);
        assertThat(refusal(empty, "roster.file.empty")).isEqualTo("File kosong.csv kosong.");
    }

    @Test
    void aFileLargerThanAnyRosterIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("besar.xlsx");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(RosterFiles.MAX_BYTES + 1024 * 1024);
        }
        assertThat(refusal(big, "roster.file.tooLarge")).contains("(11 MB)", "paling besar 10 MB");
        assertThat(Messages.of(Messages.ENGLISH).message(new ValidationException("roster.file.tooLarge", "a.csv",
                10.5, 10))).contains("(10.5 MB)");
    }

    @Test
    void renamedFilesAreNamedForWhatTheyAre() throws Exception {
        Path pdf = Files.write(dir.resolve("siswa.xlsx"),
                "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n".getBytes(StandardCharsets.US_ASCII));
        assertThat(refusal(pdf, "roster.file.notRoster")).contains("isinya dokumen PDF", "namanya pernah diganti");

        byte[] png = new byte[200];
        System.arraycopy(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}, 0, png, 0, 8);
        assertThat(refusal(Files.write(dir.resolve("foto.xlsx"), png), "roster.file.notRoster")).contains("gambar");

        Path docx = dir.resolve("surat.xlsx");
        try (XWPFDocument doc = new XWPFDocument(); OutputStream out = Files.newOutputStream(docx)) {
            doc.createParagraph().createRun().setText("Daftar hadir rapat");
            doc.write(out);
        }
        assertThat(refusal(docx, "roster.file.notRoster")).contains("dokumen teks");

        Path zip = dir.resolve("arsip.xlsx");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
            out.putNextEntry(new ZipEntry("siswa.csv"));
            out.write("NISN,Nama\n".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(zip, "roster.file.notRoster")).contains("arsip ZIP");
    }

    @Test
    void openDocumentAndWebPagesSavedAsExcelAreAskedToBeSavedAsXlsx() throws Exception {
        Path ods = dir.resolve("siswa.ods");
        try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(ods))) {
            out.putNextEntry(new ZipEntry("mimetype"));
            out.write("application/vnd.oasis.opendocument.spreadsheet".getBytes(StandardCharsets.US_ASCII));
            out.putNextEntry(new ZipEntry("content.xml"));
            out.write("<office:document-content/>".getBytes(StandardCharsets.UTF_8));
        }
        assertThat(refusal(ods, "roster.file.oldFormat")).contains("OpenDocument (.ods)");

        Path html = Files.writeString(dir.resolve("export-siswa.xls"),
                "<html><body><table><tr><td>NISN</td><td>Nama</td></tr></table></body></html>");
        assertThat(refusal(html, "roster.file.oldFormat")).contains("halaman web (HTML)");
        Path table = Files.writeString(dir.resolve("export-lain.xls"), "\uFEFF  <table><tr><td>NISN</td></tr>");
        assertThat(refusal(table, "roster.file.oldFormat")).contains("halaman web (HTML)");
    }

    /** A workbook whose sheet unpacks to many megabytes of nothing: POI's inflate-ratio check stops it. */
    @Test
    void aZipBombIsStoppedByPoisInflateRatioCheck() throws Exception {
        Path plain = Workbooks.write(dir.resolve("plain.xlsx"), HostileRosterFileTest::roster);
        Path bomb = rewrite(plain, dir.resolve("bom.xlsx"), "xl/worksheets/sheet1.xml", 30);
        assertThat(Files.size(bomb)).isLessThan(200_000);
        assertThat(refusal(bomb, "roster.file.unpackedTooLarge")).contains("demi keamanan");
    }

    /** An archive that unpacks to more than a roster can be is refused before POI opens it. */
    @Test
    void anArchiveThatUnpacksTooLargeIsRefusedBeforePoiOpensIt() throws Exception {
        Path plain = Workbooks.write(dir.resolve("plain.xlsx"), HostileRosterFileTest::roster);
        Path padded = rewrite(plain, dir.resolve("besar-isi.xlsx"), "xl/media/padding.bin",
                XlsxRosterReader.MAX_UNPACKED_MB + 10);
        assertThat(refusal(padded, "roster.file.unpackedTooLarge")).contains("demi keamanan");
    }

    /** Copies a workbook, padding the named entry (added when missing) with megabytes of spaces. */
    private static Path rewrite(Path from, Path to, String entryName, int megabytes) throws IOException {
        byte[] spaces = new byte[1024 * 1024];
        Arrays.fill(spaces, (byte) ' ');
        boolean found = false;
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(from));
             ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(to))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                out.putNextEntry(new ZipEntry(e.getName()));
                byte[] content = in.readAllBytes();
                if (e.getName().equals(entryName)) {
                    found = true;
                    String xml = new String(content, StandardCharsets.UTF_8);
                    int at = xml.indexOf("<sheetData>") + "<sheetData>".length();
                    out.write(xml.substring(0, at).getBytes(StandardCharsets.UTF_8));
                    for (int i = 0; i < megabytes; i++) {
                        out.write(spaces);
                    }
                    out.write(xml.substring(at).getBytes(StandardCharsets.UTF_8));
                } else {
                    out.write(content);
                }
            }
            if (!found) {
                out.putNextEntry(new ZipEntry(entryName));
                for (int i = 0; i < megabytes; i++) {
                    out.write(spaces);
                }
            }
        }
        return to;
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> RosterFiles.read(dir.resolve("tidak-ada.xlsx")))
                .hasMessageStartingWith("roster.error.noFile");
        assertThatThrownBy(() -> RosterFiles.read(dir)).hasMessageStartingWith("roster.error.noFile");
    }

    @Test
    void hostileFilesNeverReachTheCsvReaderAsGarbage() throws IOException {
        try (InputStream in = new java.io.ByteArrayInputStream(new byte[] {'a', 0, 'b'})) {
            assertThat(RosterFiles.looksLikeText(in.readAllBytes())).isFalse();
        }
        assertThat(RosterFiles.looksLikeText("NISN;Nama\r\n0012345678;Ayu\r\n".getBytes(StandardCharsets.UTF_8)))
                .isTrue();
    }
}
