package id.kantibekisah.seal;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.ExportResult;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.testing.Fixture;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.poifs.crypt.CipherAlgorithm;
import org.apache.poi.poifs.crypt.Decryptor;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.HashAlgorithm;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A full term report and a subject-access export saved with a password are agile-encrypted OOXML (AES-256,
 * SHA-512) that POI opens with the password and with nothing else; the pseudonymised report stays plain.
 */
public class ProtectedExportTest {
    public static final String PASSWORD = "Amplop-Coklat-27";

    @TempDir
    Path dir;

    @Test
    void theFullReportWithAPasswordIsAgileAes256AndOpensOnlyWithIt() throws Exception {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.IN_PROGRESS);
            Path file = dir.resolve("lengkap.xlsx");
            ExportResult r = f.s.reports().exportWorkbook(f.counselor, ReportPeriod.of(f.s.terms().current()),
                    ExportMode.FULL, file, FilePassword.of(PASSWORD, PASSWORD), Messages.indonesian(),
                    Progress.NONE);
            assertThat(r.passwordProtected()).isTrue();
            assertEncryptedAgileAes256(file);
            assertThatThrownBy(() -> new XSSFWorkbook(Files.newInputStream(file))).isInstanceOf(Exception.class);
            assertThatThrownBy(() -> WorkbookFactory.create(file.toFile(), "salah-sandi-nya", true))
                    .isInstanceOf(EncryptedDocumentException.class);
            try (Workbook wb = WorkbookFactory.create(file.toFile(), PASSWORD, true)) {
                assertThat(text(wb)).contains("Citra Maharani", "0133333333", "Siswa bercerita dan merasa lega.");
            }
            assertThat(f.s.audit().latest(1).get(0).detail()).contains("password-protected");
        }
    }

    @Test
    void theSubjectAccessExportWithAPasswordOpensOnlyWithIt() throws Exception {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.IN_PROGRESS);
            Path file = dir.resolve("subjek.xlsx");
            f.s.subjectExport().export(f.counselor, f.students.get(2), file, FilePassword.of(PASSWORD, PASSWORD),
                    Messages.indonesian(), Progress.NONE);
            assertEncryptedAgileAes256(file);
            assertThatThrownBy(() -> WorkbookFactory.create(file.toFile(), "salah-sandi-nya", true))
                    .isInstanceOf(EncryptedDocumentException.class);
            try (Workbook wb = WorkbookFactory.create(file.toFile(), PASSWORD, true)) {
                assertThat(text(wb)).contains("Citra Maharani", "0133333333");
            }
            assertThat(f.s.audit().latest(1).get(0).detail()).contains("password-protected");
        }
    }

    @Test
    void thePseudonymisedReportStaysPlain() throws Exception {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.IN_PROGRESS);
            Path file = dir.resolve("samaran.xlsx");
            ReportPeriod term = ReportPeriod.of(f.s.terms().current());
            assertThatThrownBy(() -> f.s.reports().exportWorkbook(f.counselor, term, ExportMode.PSEUDONYMISED, file,
                    FilePassword.of(PASSWORD, PASSWORD), Messages.indonesian(), Progress.NONE))
                    .isInstanceOf(IllegalArgumentException.class);
            ExportResult r = f.s.reports().exportWorkbook(f.counselor, term, ExportMode.PSEUDONYMISED, file,
                    Messages.indonesian(), Progress.NONE);
            assertThat(r.passwordProtected()).isFalse();
            try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
                assertThat(text(wb)).doesNotContain("Citra Maharani");
            }
        }
    }

    @Test
    void aFilePasswordIsTypedTwiceAndLongEnough() {
        assertThatThrownBy(() -> FilePassword.of(PASSWORD, PASSWORD + "x")).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "filePassword.error.different");
        assertThatThrownBy(() -> FilePassword.of("pendek", "pendek")).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "filePassword.error.short");
        assertThatThrownBy(() -> FilePassword.of("", "")).isInstanceOf(ValidationException.class)
                .hasFieldOrPropertyWithValue("messageKey", "filePassword.error.missing");
        assertThat(FilePassword.of(PASSWORD, PASSWORD).toString()).doesNotContain(PASSWORD);
    }

    public static void assertEncryptedAgileAes256(Path file) throws IOException {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            EncryptionInfo info = new EncryptionInfo(fs);
            assertThat(info.getEncryptionMode()).isEqualTo(EncryptionMode.agile);
            assertThat(info.getHeader().getCipherAlgorithm()).isEqualTo(CipherAlgorithm.aes256);
            assertThat(info.getHeader().getHashAlgorithm()).isEqualTo(HashAlgorithm.sha512);
            assertThat(info.getVerifier().getSpinCount()).isGreaterThanOrEqualTo(100_000);
            Decryptor decryptor = Decryptor.getInstance(info);
            assertThat(decryptor.verifyPassword("salah-sandi-nya")).isFalse();
            assertThat(decryptor.verifyPassword(PASSWORD)).isTrue();
            try (InputStream in = decryptor.getDataStream(fs); XSSFWorkbook wb = new XSSFWorkbook(in)) {
                assertThat(wb.getNumberOfSheets()).isPositive();
            }
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException(e);
        }
    }

    static String text(Workbook wb) {
        DataFormatter formatter = new DataFormatter();
        StringBuilder all = new StringBuilder();
        for (Sheet sheet : wb) {
            for (Row row : sheet) {
                for (Cell cell : row) {
                    all.append(formatter.formatCellValue(cell)).append('\n');
                }
            }
        }
        return all.toString();
    }
}
