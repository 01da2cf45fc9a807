package id.kantibekisah.reports;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.FollowUpDraft;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionDraft;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.terms.Term;
import id.kantibekisah.testing.Fixture;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

/**
 * Known cases over two terms, made through the real services with the fixture's clock moved to each event:
 * the previous term (January–June 2026) has two cases, the current term (July–December 2026) five. The numbers
 * the tests expect are worked out by hand in the comments.
 *
 * <pre>
 * P1 10 Mar cadre intake, Citra (victim) + Dimas; taken 11 Mar, session, resolved 20 Mar
 * P2 20 Jun cadre intake, Citra (victim) + Dimas; taken 22 Jun; session 2 Jul (current term); resolved 5 Jul
 * C1  1 Aug cadre intake, Citra 7A P (victim) + Dimas 9C L; taken 3 Aug (2.0 days); individual session;
 *           resolved 13 Aug (12 days)
 * C2  5 Sep cadre intake, dropout risk: Bima 8B L (at risk) + Putri (witness); taken 6 Sep (1.0 day); group
 *           session; escalated to the principal 7 Sep and to the parents 8 Sep; follow-ups: due 10 Sep done 9 Sep,
 *           due 15 Sep done 18 Sep, due 20 Nov open, due 30 Nov open
 * C3 10 Oct opened by a counselor (reported by a teacher), violence, high risk: Fajar (perpetrator, entered
 *           first) + Eka 9C P (victim); home visit; resolved 14 Oct (4 days)
 * C4  2 Nov cadre intake, Putri 8B P (victim); dismissed 4 Nov (2.0 days)
 * C5 20 Nov intake by a third cadre, Citra 7A P (victim); not reviewed
 * Today is 24 Nov 2026.
 * </pre>
 */
public final class ReportScenario {
    static final String DESCRIPTION_C1 = "Citra diejek dan didorong di kelas saat jam istirahat.";
    static final String SESSION_NOTE = "Siswa menceritakan perundungan yang dialaminya sejak September.";
    static final String NEXT_STEP = "Panggil orang tua pelaku minggu depan.";
    static final String REFERRAL_REASON = "Siswa sering bolos, perlu keputusan kepala sekolah.";
    static final String REFERRAL_OUTCOME = "Orang tua datang dan berjanji mengantar anaknya.";
    static final String ACKNOWLEDGEMENT = "Sudah saya baca, lanjutkan pendampingan.";
    static final String FOLLOW_UP = "Pantau kehadiran Bima bersama wali kelas";
    static final String FOLLOW_UP_NOTE = "Kehadiran membaik selama dua minggu.";
    static final String RECOMMENDATION = "Pelaku mengikuti konseling dan meminta maaf.";
    static final String SUMMARY = "Kedua siswa sudah berdamai dan dipantau wali kelas.";
    static final String DISMISSAL = "Laporan ganda dari kejadian yang sama.";
    static final String TEACHER_REPORTER = "Bu Wati Pelapor, wali kelas 9C";
    static final String THIRD_CADRE = "Gita Pelapor Rahasia";

    public final Fixture f;
    final Actor cadre3;
    public final Term current;
    public final Term previous;
    long c2;

    public ReportScenario(Fixture f) {
        this.f = f;
        this.cadre3 = f.user("kader.tiga", THIRD_CADRE, Role.CADRE, "61527309", null);
        long citra = f.students.get(2);
        long dimas = f.students.get(3);
        long bima = f.students.get(1);
        long putri = f.students.get(0);
        long eka = f.students.get(4);
        long fajar = f.students.get(5);

        // The previous term.
        at(2026, 3, 10, 9);
        long p1 = intake(f.cadre, victim(citra, dimas), Category.BULLYING_VERBAL, RiskLevel.MEDIUM, DESCRIPTION_C1);
        at(2026, 3, 11, 9);
        f.s.cases().take(f.counselor, p1);
        session(p1, SessionKind.INDIVIDUAL);
        at(2026, 3, 20, 9);
        f.s.cases().resolve(f.counselor, p1, RECOMMENDATION, SUMMARY);
        at(2026, 6, 20, 9);
        long p2 = intake(f.cadre, victim(citra, dimas), Category.BULLYING_VERBAL, RiskLevel.MEDIUM, DESCRIPTION_C1);
        at(2026, 6, 22, 9);
        f.s.cases().take(f.counselor, p2);

        // The current term.
        at(2026, 7, 2, 10);
        session(p2, SessionKind.INDIVIDUAL);
        at(2026, 7, 5, 10);
        f.s.cases().resolve(f.counselor, p2, RECOMMENDATION, SUMMARY);

        at(2026, 8, 1, 9);
        long c1 = intake(f.cadre, victim(citra, dimas), Category.BULLYING_VERBAL, RiskLevel.MEDIUM, DESCRIPTION_C1);
        at(2026, 8, 3, 9);
        f.s.cases().take(f.counselor, c1);
        session(c1, SessionKind.INDIVIDUAL);
        at(2026, 8, 13, 9);
        f.s.cases().resolve(f.counselor, c1, RECOMMENDATION, SUMMARY);

        at(2026, 9, 5, 9);
        c2 = intake(f.cadre, List.of(new PartyDraft(putri, PartyRole.WITNESS), new PartyDraft(bima,
                PartyRole.AT_RISK)), Category.DROPOUT_RISK, RiskLevel.MEDIUM, "Bima tidak masuk sekolah lima hari.");
        at(2026, 9, 6, 9);
        f.s.cases().take(f.counselor, c2);
        session(c2, SessionKind.GROUP);
        long onTime = f.s.cases().addFollowUp(f.counselor, c2, new FollowUpDraft(LocalDate.of(2026, 9, 10),
                f.counselor.userId(), FOLLOW_UP));
        long late = f.s.cases().addFollowUp(f.counselor, c2, new FollowUpDraft(LocalDate.of(2026, 9, 15),
                f.counselor.userId(), FOLLOW_UP));
        f.s.cases().addFollowUp(f.counselor, c2, new FollowUpDraft(LocalDate.of(2026, 11, 20),
                f.counselor.userId(), FOLLOW_UP));
        f.s.cases().addFollowUp(f.counselor, c2, new FollowUpDraft(LocalDate.of(2026, 11, 30),
                f.counselor.userId(), FOLLOW_UP));
        at(2026, 9, 7, 9);
        long toPrincipal = f.s.cases().escalate(f.counselor, c2, new ReferralDraft(ReferralDestination.PRINCIPAL,
                f.today(), REFERRAL_REASON));
        at(2026, 9, 7, 13);
        f.s.cases().acknowledgeEscalation(f.principal, toPrincipal, ACKNOWLEDGEMENT);
        at(2026, 9, 8, 9);
        long toParents = f.s.cases().escalate(f.counselor, c2, new ReferralDraft(ReferralDestination.PARENTS,
                f.today(), REFERRAL_REASON));
        f.s.cases().completeFollowUp(f.counselor, onTime, FOLLOW_UP_NOTE);
        f.s.cases().recordReferralOutcome(f.counselor, toParents, REFERRAL_OUTCOME, f.today());
        at(2026, 9, 18, 9);
        f.s.cases().completeFollowUp(f.counselor, late, FOLLOW_UP_NOTE);

        at(2026, 10, 10, 9);
        long c3 = f.s.cases().openCase(f.counselor2, new CaseDraft(draft(List.of(
                new PartyDraft(fajar, PartyRole.PERPETRATOR), new PartyDraft(eka, PartyRole.VICTIM)),
                Category.VIOLENCE, RiskLevel.HIGH, "Eka dipukul di toilet oleh kakak kelas."),
                ReporterKind.TEACHER, TEACHER_REPORTER));
        session(c3, SessionKind.HOME_VISIT, f.counselor2);
        at(2026, 10, 14, 9);
        f.s.cases().resolve(f.counselor2, c3, RECOMMENDATION, SUMMARY);

        at(2026, 11, 2, 9);
        long c4 = intake(f.cadre, victim(putri), Category.BULLYING_VERBAL, RiskLevel.MEDIUM,
                "Putri disindir di grup kelas setiap hari.");
        at(2026, 11, 4, 9);
        f.s.cases().dismiss(f.counselor, c4, DISMISSAL);

        at(2026, 11, 20, 9);
        intake(cadre3, victim(citra), Category.BULLYING_VERBAL, RiskLevel.MEDIUM,
                "Citra diancam akan dipukul sepulang sekolah.");

        f.clock.set(Fixture.START);
        current = f.s.terms().current();
        previous = f.s.terms().previous(current);
    }

    private void at(int year, int month, int day, int hour) {
        f.clock.set(LocalDate.of(year, month, day).atTime(LocalTime.of(hour, 0)).atZone(Fixture.ZONE).toInstant());
    }

    private static List<PartyDraft> victim(long victim, long... perpetrators) {
        List<PartyDraft> out = new java.util.ArrayList<>();
        out.add(new PartyDraft(victim, PartyRole.VICTIM));
        for (long p : perpetrators) {
            out.add(new PartyDraft(p, PartyRole.PERPETRATOR));
        }
        return out;
    }

    private IntakeDraft draft(List<PartyDraft> parties, Category category, RiskLevel risk, String description) {
        return new IntakeDraft(parties, category, description, IncidentLocation.CLASSROOM, null, f.today(), null,
                risk, Knowledge.SAW);
    }

    private long intake(Actor cadre, List<PartyDraft> parties, Category category, RiskLevel risk,
                        String description) {
        f.s.cases().submitIntake(cadre, draft(parties, category, risk, description));
        return f.lastCaseId();
    }

    private void session(long caseId, SessionKind kind) {
        session(caseId, kind, f.counselor);
    }

    private void session(long caseId, SessionKind kind, Actor counselor) {
        f.s.cases().recordSession(counselor, caseId, new SessionDraft(f.today(), kind, SESSION_NOTE, NEXT_STEP));
    }
}
