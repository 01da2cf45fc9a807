package id.kantibekisah.ppksp.report;

import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.ppksp.ConclusionDraft;
import id.kantibekisah.ppksp.DecisionDraft;
import id.kantibekisah.ppksp.MeasureDraft;
import id.kantibekisah.ppksp.MeasureKind;
import id.kantibekisah.ppksp.MeasureStatus;
import id.kantibekisah.ppksp.MeasureUpdate;
import id.kantibekisah.ppksp.OtherPartyDraft;
import id.kantibekisah.ppksp.OtherPartyKind;
import id.kantibekisah.ppksp.ReceiptDraft;
import id.kantibekisah.ppksp.SanctionLevel;
import id.kantibekisah.ppksp.StepDraft;
import id.kantibekisah.ppksp.ViolenceForm;
import id.kantibekisah.students.Gender;
import id.kantibekisah.testing.Fixture;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;

/**
 * Violence cases of the fixture's term for the PPKSP figures, made through the services. Opened on 2026-11-24
 * (a Tuesday); the clock then moves to 2026-12-30, so that an examination not done is past its 30 days.
 *
 * <ul>
 *   <li>A: bullying and physical; victim student 3 (P), perpetrator student 4 (L); examined in 7 days,
 *   proven, sanction LIGHT, decided in 3 working days; one measure done, one not done.</li>
 *   <li>B: psychological; victim student 5 (P); a teacher (gender L) reported; examined in 35 days (late), not
 *   proven; no decision yet (due 2027-01-05).</li>
 *   <li>C: sexual; victim student 1 (P), reported an outsider (gender not recorded); received, never examined
 *   (past 30 days); a measure planned.</li>
 *   <li>D: bullying, victim student 2 (L), perpetrator student 6 (L); not a TPPK matter.</li>
 *   <li>E: a family case (not violence): not counted.</li>
 * </ul>
 */
final class TppkScenario {
    static final LocalDate LAST_DAY = LocalDate.of(2026, 12, 30);

    final long a;
    final long b;
    final long c;
    final long d;

    TppkScenario(Fixture f) {
        LocalDate day0 = f.today();
        a = open(f, Category.BULLYING_PHYSICAL, f.students.get(2), f.students.get(3));
        b = open(f, Category.VIOLENCE, f.students.get(4), null);
        c = open(f, Category.SEXUAL_VIOLENCE, f.students.get(0), null);
        d = open(f, Category.BULLYING_VERBAL, f.students.get(1), f.students.get(5));
        open(f, Category.FAMILY, f.students.get(5), null);
        var p = f.s.ppksp();
        p.setForms(f.counselor, a, EnumSet.of(ViolenceForm.BULLYING, ViolenceForm.PHYSICAL));
        p.setForms(f.counselor, b, EnumSet.of(ViolenceForm.PSYCHOLOGICAL));
        p.setForms(f.counselor, c, EnumSet.of(ViolenceForm.SEXUAL));
        p.setForms(f.counselor, d, EnumSet.of(ViolenceForm.BULLYING));
        p.addOtherParty(f.counselor, b, new OtherPartyDraft("Pak Guru Fiktif", OtherPartyKind.TEACHER,
                PartyRole.PERPETRATOR, Gender.L, null));
        p.addOtherParty(f.counselor, c, new OtherPartyDraft("Orang Luar Fiktif", OtherPartyKind.OUTSIDER,
                PartyRole.PERPETRATOR, null, null));
        for (long id : new long[] {a, b, c}) {
            p.openMatter(f.counselor, id, new ReceiptDraft(day0, day0, "Tim TPPK", null));
        }
        at(f, day0.plusDays(7));
        p.recordExamination(f.counselor, a, new StepDraft(f.today(), "Tim TPPK", "Terbukti."));
        p.recordConclusion(f.counselor, a, new ConclusionDraft(f.today(), "Tim TPPK", true, SanctionLevel.LIGHT,
                null, "Pendampingan korban.", null));
        long done = p.addMeasure(f.counselor, a, new MeasureDraft(MeasureKind.PUBLIC_APOLOGY, f.students.get(3),
                null, "Wali kelas", f.today().plusDays(7), null, null, null, null, null));
        long notDone = p.addMeasure(f.counselor, a, new MeasureDraft(MeasureKind.PARENT_INVOLVEMENT, null, null,
                "Bu Satu", f.today().plusDays(7), null, null, null, null, null));
        // Friday 2026-12-04: three working days after the examination on Tuesday 2026-12-01.
        at(f, LocalDate.of(2026, 12, 4));
        p.recordDecision(f.counselor, a, new DecisionDraft(f.today(), "Kepala sekolah", "Sanksi ringan.", null));
        p.updateMeasure(f.counselor, done, new MeasureUpdate(MeasureStatus.DONE, null, null, null, null));
        p.updateMeasure(f.counselor, notDone, new MeasureUpdate(MeasureStatus.NOT_DONE, "Orang tua tidak datang.",
                null, null, null));
        p.addMeasure(f.counselor, c, new MeasureDraft(MeasureKind.PSYCHOLOGICAL_SUPPORT, f.students.get(0), null,
                "Psikolog puskesmas", f.today().plusDays(14), null, null, null, null, null));
        at(f, day0.plusDays(35));
        p.recordExamination(f.counselor, b, new StepDraft(f.today(), "Tim TPPK", "Tidak cukup bukti."));
        p.recordConclusion(f.counselor, b, new ConclusionDraft(f.today(), "Tim TPPK", false, null,
                "Nama baik dipulihkan di rapat guru.", null, null));
        at(f, LAST_DAY);
    }

    private static long open(Fixture f, Category category, long victim, Long perpetrator) {
        List<PartyDraft> parties = perpetrator == null ? List.of(new PartyDraft(victim, PartyRole.VICTIM))
                : List.of(new PartyDraft(victim, PartyRole.VICTIM), new PartyDraft(perpetrator,
                PartyRole.PERPETRATOR));
        IntakeDraft d = new IntakeDraft(parties, category, "Kejadian fiktif untuk uji.", IncidentLocation.CLASSROOM,
                null, f.today(), null, RiskLevel.HIGH, Knowledge.SAW);
        return f.s.cases().openCase(f.counselor, new CaseDraft(d, ReporterKind.TEACHER, "Wali kelas"));
    }

    static void at(Fixture f, LocalDate day) {
        f.clock.set(day.atTime(9, 0).atZone(Fixture.ZONE).toInstant());
    }
}
