package id.kantibekisah.ppksp;

import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.students.Gender;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Collections;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A party who is not a student is held as confidentially as a student: their name is in no pseudonymised export,
 * in no subject-access file of a student, and never in the audit log the admin reads.
 */
class NonStudentPartyConfidentialityTest {
    private static final String TEACHER = "Sutrisno Wibowo";

    @TempDir
    Path dir;

    @Test
    void aNonStudentPartysNameLeavesInNoPseudonymisedExportNorSubjectFile() throws Exception {
        try (Fixture f = Fixture.create(dir)) {
            long id = PpkspTesting.violenceCase(f, Category.VIOLENCE);
            f.s.ppksp().addOtherParty(f.counselor, id, new OtherPartyDraft(TEACHER, OtherPartyKind.TEACHER,
                    PartyRole.PERPETRATOR, Gender.L, "Wali kelas " + TEACHER));
            PpkspTesting.escalated(f, id, ReferralDestination.PRINCIPAL);
            Path pseudo = dir.resolve("pseudo.xlsx");
            f.s.reports().exportWorkbook(f.counselor, ReportPeriod.of(f.s.terms().current()),
                    ExportMode.PSEUDONYMISED, pseudo, Messages.indonesian(), Progress.NONE);
            Path asPrincipal = dir.resolve("kepsek.xlsx");
            f.s.reports().exportWorkbook(f.principal, ReportPeriod.of(f.s.terms().current()),
                    ExportMode.PSEUDONYMISED, asPrincipal, Messages.indonesian(), Progress.NONE);
            Path subject = dir.resolve("subject.xlsx");
            f.s.subjectExport().export(f.counselor, f.students.get(2), subject, Messages.indonesian(),
                    Progress.NONE);
            for (Path file : new Path[] {pseudo, asPrincipal, subject}) {
                assertThat(unzippedText(file)).as(file.getFileName().toString()).doesNotContain("Sutrisno")
                        .doesNotContain("Wibowo");
            }
            assertThat(f.s.db().<Long>read(sql -> sql.longValue(
                    "SELECT count(*) FROM audit_log WHERE detail LIKE '%Sutrisno%'"))).isZero();
        }
    }

    static String unzippedText(Path file) throws Exception {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(all);
                }
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }
}
