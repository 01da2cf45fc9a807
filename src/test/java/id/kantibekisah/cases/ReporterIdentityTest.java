package id.kantibekisah.cases;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditQuery;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reported a case is shown to counselors only (PPKSP: the reporter is protected). Everyone else who may read
 * the case, and every file that leaves the program, gets it without the reporter: this scans what the principal
 * receives and what the exports hold for the reporting cadre's name and account.
 */
class ReporterIdentityTest {
    private static final String CADRE_NAME = "Wulan Anggraini Kader";
    private static final String CADRE_USER = "kader.wulan";

    @TempDir
    Path dir;

    @Test
    void thePrincipalReadsAnEscalatedCadreCaseWithoutTheCadreAnywhere() {
        try (Fixture f = Fixture.create(dir)) {
            Actor reporter = f.user(CADRE_USER, CADRE_NAME, Role.CADRE, "48021573", f.students.get(5));
            long caseId = escalatedCaseReportedBy(f, reporter);

            CaseDetail asPrincipal = f.s.cases().get(f.principal, caseId);
            assertThat(asPrincipal.timeline()).filteredOn(StatusChange.class::isInstance)
                    .extracting(TimelineItem::byName).doesNotContain(CADRE_NAME, CADRE_USER);
            assertThat(asPrincipal.toString()).doesNotContain(CADRE_NAME).doesNotContain(CADRE_USER);

            CaseDetail asCounselor = f.s.cases().get(f.counselor, caseId);
            assertThat(asCounselor.timeline()).extracting(TimelineItem::byName).contains(CADRE_NAME);
            assertThat(asCounselor.intake().reporterName()).isEqualTo(CADRE_NAME);
        }
    }

    @Test
    void aCounselorWhoReportedACaseThemselfIsNotShownToThePrincipalAsItsOpener() {
        try (Fixture f = Fixture.create(dir)) {
            long caseId = f.s.cases().openCase(f.counselor2, new CaseDraft(f.intake(f.students.get(2)),
                    ReporterKind.COUNSELOR, null));
            f.session(caseIdTaken(f, caseId));
            f.s.cases().escalate(f.counselor, caseId, new ReferralDraft(ReferralDestination.PRINCIPAL, f.today(),
                    "Perlu keputusan kepala sekolah."));

            CaseDetail asPrincipal = f.s.cases().get(f.principal, caseId);
            assertThat(asPrincipal.timeline()).filteredOn(t -> t instanceof StatusChange s && s.from() == null)
                    .singleElement().extracting(TimelineItem::byName).isNull();
        }
    }

    @Test
    void noExportNamesTheReportingCadre() throws Exception {
        try (Fixture f = Fixture.create(dir)) {
            Actor reporter = f.user(CADRE_USER, CADRE_NAME, Role.CADRE, "48021573", f.students.get(5));
            escalatedCaseReportedBy(f, reporter);
            ReportPeriod term = ReportPeriod.of(f.s.terms().current());
            Path pseudo = dir.resolve("pseudo.xlsx");
            Path full = dir.resolve("full.xlsx");
            f.s.reports().exportWorkbook(f.counselor, term, ExportMode.PSEUDONYMISED, pseudo, Messages.indonesian(),
                    Progress.NONE);
            f.s.reports().exportWorkbook(f.counselor, term, ExportMode.FULL, full, Messages.indonesian(),
                    Progress.NONE);
            Path subject = dir.resolve("subject.xlsx");
            f.s.subjectExport().export(f.counselor, f.students.get(2), subject, Messages.indonesian(),
                    Progress.NONE);
            for (Path file : new Path[] {pseudo, full, subject}) {
                String text = unzippedText(file);
                assertThat(text).as(file.getFileName().toString()).doesNotContain(CADRE_NAME)
                        .doesNotContain(CADRE_USER);
            }
        }
    }

    /**
     * Everything the principal and the admin can read about cases, and every file that leaves the program, scanned
     * for the reporting cadre and for a teacher the counselor named as reporter: the case (timeline, status
     * history, intake), the principal's list, the TPPK part, the term figures and the principal's export, the
     * admin's audit view and its list of users. Only counselors see who reported.
     */
    @Test
    void nothingThePrincipalOrTheAdminReadsNamesAReporter() throws Exception {
        String teacher = "Bu Guru Pelapor Rahasia";
        try (Fixture f = Fixture.create(dir)) {
            Actor reporter = f.user(CADRE_USER, CADRE_NAME, Role.CADRE, "48021573", f.students.get(5));
            long cadreCase = escalatedCaseReportedBy(f, reporter);
            long teacherCase = f.s.cases().openCase(f.counselor, new CaseDraft(f.intake(f.students.get(4)),
                    ReporterKind.TEACHER, teacher));
            f.session(teacherCase);
            f.s.cases().escalate(f.counselor, teacherCase, new ReferralDraft(ReferralDestination.PRINCIPAL,
                    f.today(), "Perlu keputusan kepala sekolah."));
            f.s.cases().changeRisk(f.counselor, cadreCase, RiskLevel.HIGH, "Makin sering terjadi.");
            ReportPeriod term = ReportPeriod.of(f.s.terms().current());

            List<String> seen = new ArrayList<>();
            for (long caseId : new long[] {cadreCase, teacherCase}) {
                CaseDetail detail = f.s.cases().get(f.principal, caseId);
                seen.add(detail.toString());
                detail.timeline().forEach(t -> seen.add(String.valueOf(t.byName())));
                seen.add(f.s.ppksp().get(f.principal, caseId).toString());
            }
            seen.add(f.s.cases().escalatedToPrincipal(f.principal).toString());
            seen.add(f.s.reports().report(f.principal, term).toString());
            Path principalExport = dir.resolve("kepsek.xlsx");
            f.s.reports().exportWorkbook(f.principal, term, ExportMode.PSEUDONYMISED, principalExport,
                    Messages.indonesian(), Progress.NONE);
            seen.add(unzippedText(principalExport));
            Path teacherSubject = dir.resolve("subject-eka.xlsx");
            f.s.subjectExport().export(f.counselor, f.students.get(4), teacherSubject, Messages.indonesian(),
                    Progress.NONE);
            seen.add(unzippedText(teacherSubject));
            seen.add(f.s.auditService().search(f.admin, AuditQuery.all(AuditQuery.MAX_LIMIT)).toString());
            seen.add(f.s.auditService().users(f.admin).toString());

            assertThat(seen).allSatisfy(text -> assertThat(text).doesNotContain(CADRE_NAME, CADRE_USER, teacher));
            assertThat(f.s.cases().get(f.counselor, teacherCase).intake().reporterName()).isEqualTo(teacher);
            assertThat(f.s.cases().get(f.counselor, cadreCase).intake().reporterName()).isEqualTo(CADRE_NAME);
        }
    }

    private static long escalatedCaseReportedBy(Fixture f, Actor reporter) {
        f.s.cases().submitIntake(reporter, f.intake(f.students.get(2), f.students.get(3)));
        long caseId = f.lastCaseId();
        f.s.cases().take(f.counselor, caseId);
        f.session(caseId);
        f.s.cases().escalate(f.counselor, caseId, new ReferralDraft(ReferralDestination.PRINCIPAL, f.today(),
                "Perlu keputusan kepala sekolah."));
        return caseId;
    }

    /** Every part of an .xlsx (a zip of XML files) as text: cells, headers, footers, properties. */
    static String unzippedText(Path file) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        try (ZipFile zip = new ZipFile(file.toFile())) {
            for (ZipEntry e : java.util.Collections.list(zip.entries())) {
                try (InputStream in = zip.getInputStream(e)) {
                    in.transferTo(all);
                }
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    private static long caseIdTaken(Fixture f, long caseId) {
        f.s.cases().take(f.counselor, caseId);
        return caseId;
    }
}
