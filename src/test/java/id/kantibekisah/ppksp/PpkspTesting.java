package id.kantibekisah.ppksp;

import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.testing.Fixture;

import java.util.List;

/** Violence cases for the PPKSP tests, made through the real case workflow. */
final class PpkspTesting {
    private PpkspTesting() {
    }

    /** A counselor's own case of {@code category} about students 3 (victim) and 4 (perpetrator), in review. */
    static long violenceCase(Fixture f, Category category) {
        IntakeDraft d = new IntakeDraft(List.of(new PartyDraft(f.students.get(2), PartyRole.VICTIM),
                new PartyDraft(f.students.get(3), PartyRole.PERPETRATOR)), category,
                "Didorong dan dipukul di dekat kantin saat istirahat.", IncidentLocation.CANTEEN, null, f.today(),
                null, RiskLevel.HIGH, Knowledge.SAW);
        return f.s.cases().openCase(f.counselor, new CaseDraft(d, ReporterKind.TEACHER, "Wali kelas"));
    }

    static long escalated(Fixture f, long caseId, ReferralDestination to) {
        f.session(caseId);
        f.s.cases().escalate(f.counselor, caseId, new ReferralDraft(to, f.today(), "Perlu ditangani tim."));
        return caseId;
    }

    static long audits(Fixture f, String action) {
        return f.s.db().<Long>read(sql -> sql.longValue("SELECT count(*) FROM audit_log WHERE action = ?", action));
    }
}
