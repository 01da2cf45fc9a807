package id.kantibekisah.ppksp;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.db.Row;
import id.kantibekisah.db.Sql;
import id.kantibekisah.students.Gender;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * SQL for the PPKSP tables (V004): forms of violence, non-student parties, the TPPK track, summons, measures and
 * school holidays. It reads a case's code, status and category from {@code cases} for its lists, and writes only
 * its own tables. No access checks here: {@link PpkspService} does those.
 */
public final class PpkspRepository {
    /** What the PPKSP actions need to know of a case. */
    public record CaseHead(long id, String code, Category category, CaseStatus status) {
    }

    public Optional<CaseHead> caseHead(Sql sql, long caseId) {
        return sql.one("SELECT id, code, category, status FROM cases WHERE id = ?",
                r -> new CaseHead(r.lng("id"), r.str("code"), r.enumOf(Category.class, "category"),
                        r.enumOf(CaseStatus.class, "status")), caseId);
    }

    // ---- forms of violence -------------------------------------------------------------------------------

    public Set<ViolenceForm> forms(Sql sql, long caseId) {
        Set<ViolenceForm> out = EnumSet.noneOf(ViolenceForm.class);
        out.addAll(sql.list("SELECT form FROM case_violence_forms WHERE case_id = ?",
                r -> r.enumOf(ViolenceForm.class, "form"), caseId));
        return out;
    }

    public void replaceForms(Sql sql, long caseId, Set<ViolenceForm> forms) {
        sql.update("DELETE FROM case_violence_forms WHERE case_id = ?", caseId);
        for (ViolenceForm f : forms) {
            sql.update("INSERT INTO case_violence_forms (case_id, form) VALUES (?, ?)", caseId, f);
        }
    }

    /** Marks a listed case decided; returns whether it was listed and undecided. */
    public boolean decideReview(Sql sql, long caseId, long by, Instant now) {
        return sql.update("""
                UPDATE violence_form_reviews SET decided_at = ?, decided_by = ?
                 WHERE case_id = ? AND decided_at IS NULL""", now, by, caseId) > 0;
    }

    public boolean reviewPending(Sql sql, long caseId) {
        return sql.longValue("SELECT count(*) FROM violence_form_reviews WHERE case_id = ? AND decided_at IS NULL",
                caseId) > 0;
    }

    public List<FormReview> pendingReviews(Sql sql) {
        return sql.list("""
                SELECT c.id, c.code, c.opened_on, c.category, c.status, r.reason
                  FROM violence_form_reviews r JOIN cases c ON c.id = r.case_id
                 WHERE r.decided_at IS NULL
                 ORDER BY c.opened_on, c.id""", r -> new FormReview(r.lng("id"), r.str("code"), r.date("opened_on"),
                r.enumOf(Category.class, "category"), r.enumOf(CaseStatus.class, "status"),
                r.enumOf(FormReviewReason.class, "reason")));
    }

    // ---- parties who are not students --------------------------------------------------------------------

    public long insertOtherParty(Sql sql, long caseId, OtherPartyDraft d, long by, Instant now) {
        return sql.insert("""
                INSERT INTO case_other_parties (case_id, name, kind, role, gender, note, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)""", caseId, d.name(), d.kind(), d.role(), d.gender(), d.note(), by,
                now);
    }

    public List<OtherParty> otherParties(Sql sql, long caseId) {
        return sql.list("""
                SELECT * FROM case_other_parties WHERE case_id = ?
                 ORDER BY CASE role WHEN 'VICTIM' THEN 1 WHEN 'PERPETRATOR' THEN 2 ELSE 3 END, name, id""",
                PpkspRepository::otherParty, caseId);
    }

    public Optional<OtherParty> otherParty(Sql sql, long partyId) {
        return sql.one("SELECT * FROM case_other_parties WHERE id = ?", PpkspRepository::otherParty, partyId);
    }

    /** Whether a summons or a measure names this party (then it cannot be removed). */
    public boolean otherPartyInUse(Sql sql, long partyId) {
        return sql.longValue("SELECT (SELECT count(*) FROM tppk_summons WHERE other_party_id = ?)"
                + " + (SELECT count(*) FROM case_measures WHERE other_party_id = ?)", partyId, partyId) > 0;
    }

    public void deleteOtherParty(Sql sql, long partyId) {
        sql.update("DELETE FROM case_other_parties WHERE id = ?", partyId);
    }

    private static OtherParty otherParty(Row r) throws SQLException {
        String gender = r.str("gender");
        return new OtherParty(r.lng("id"), r.lng("case_id"), r.str("name"), r.enumOf(OtherPartyKind.class, "kind"),
                r.enumOf(PartyRole.class, "role"), gender == null ? null : Gender.valueOf(gender), r.str("note"));
    }

    // ---- the TPPK track ----------------------------------------------------------------------------------

    /** The matter's own row, without steps and summons. */
    public record MatterRow(long caseId, LocalDate reportedOn, LocalDate startedOn, Boolean proven,
                            SanctionLevel sanction, String goodNameRestoration, String victimSupport,
                            LocalDate dinasCopyOn) {
        public LocalDate clockStart() {
            return reportedOn != null ? reportedOn : startedOn;
        }
    }

    public boolean hasMatter(Sql sql, long caseId) {
        return sql.longValue("SELECT count(*) FROM tppk_matters WHERE case_id = ?", caseId) > 0;
    }

    public void insertMatter(Sql sql, long caseId, LocalDate reportedOn, LocalDate startedOn, long by, Instant now) {
        sql.update("""
                INSERT INTO tppk_matters (case_id, reported_on, started_on, created_by, created_at)
                VALUES (?, ?, ?, ?, ?)""", caseId, reportedOn, startedOn, by, now);
    }

    public Optional<MatterRow> matter(Sql sql, long caseId) {
        return sql.one("SELECT * FROM tppk_matters WHERE case_id = ?", PpkspRepository::matterRow, caseId);
    }

    /** Every matter of open cases (for the late-step lists), or of all cases. */
    public List<MatterRow> matters(Sql sql, boolean openCasesOnly) {
        return sql.list("SELECT m.* FROM tppk_matters m JOIN cases c ON c.id = m.case_id"
                + (openCasesOnly ? " WHERE c.status NOT IN ('RESOLVED', 'DISMISSED')" : "")
                + " ORDER BY m.case_id", PpkspRepository::matterRow);
    }

    private static MatterRow matterRow(Row r) throws SQLException {
        Long proven = r.lngOrNull("proven");
        return new MatterRow(r.lng("case_id"), r.date("reported_on"), r.date("started_on"),
                proven == null ? null : proven == 1, r.enumOf(SanctionLevel.class, "sanction_level"),
                r.str("good_name_restoration"), r.str("victim_support"), r.date("dinas_copy_on"));
    }

    public void setConclusion(Sql sql, long caseId, boolean proven, SanctionLevel sanction, String goodName,
                              String victimSupport) {
        sql.update("""
                UPDATE tppk_matters SET proven = ?, sanction_level = ?, good_name_restoration = ?, victim_support = ?
                 WHERE case_id = ?""", proven, sanction, goodName, victimSupport, caseId);
    }

    public void setDinasCopy(Sql sql, long caseId, LocalDate on) {
        sql.update("UPDATE tppk_matters SET dinas_copy_on = ? WHERE case_id = ?", on, caseId);
    }

    public void insertStep(Sql sql, long caseId, TppkStep step, StepDraft d, long by, Instant now) {
        sql.update("""
                INSERT INTO tppk_steps (case_id, step, done_on, who, findings, recorded_by, recorded_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", caseId, step, d.doneOn(), d.who(), d.findings(), by, now);
    }

    public List<StepRecord> steps(Sql sql, long caseId) {
        return sql.list("""
                SELECT t.*, u.display_name FROM tppk_steps t JOIN users u ON u.id = t.recorded_by
                 WHERE t.case_id = ?
                 ORDER BY CASE t.step WHEN 'RECEIPT' THEN 1 WHEN 'EXAMINATION' THEN 2 WHEN 'CONCLUSION' THEN 3
                                      WHEN 'DECISION' THEN 4 ELSE 5 END""",
                r -> new StepRecord(r.enumOf(TppkStep.class, "step"), r.date("done_on"), r.str("who"),
                        r.str("findings"), r.str("display_name"), r.instant("recorded_at")), caseId);
    }

    // ---- summons -----------------------------------------------------------------------------------------

    public long insertSummons(Sql sql, long caseId, SummonsDraft d, long by, Instant now) {
        return sql.insert("""
                INSERT INTO tppk_summons (case_id, student_id, other_party_id, addressed_to, mode, summoned_for,
                                          note, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""", caseId, d.studentId(), d.otherPartyId(), d.addressedTo(),
                d.mode(), d.summonedFor(), d.note(), by, now);
    }

    public List<Summons> summons(Sql sql, long caseId) {
        return sql.list(SUMMONS_SELECT + " WHERE t.case_id = ? ORDER BY t.summoned_for, t.id",
                PpkspRepository::summons, caseId);
    }

    public Optional<Summons> oneSummons(Sql sql, long summonsId) {
        return sql.one(SUMMONS_SELECT + " WHERE t.id = ?", PpkspRepository::summons, summonsId);
    }

    public void setAttendance(Sql sql, long summonsId, boolean attended, String note) {
        sql.update("UPDATE tppk_summons SET attended = ?, note = coalesce(?, note) WHERE id = ?", attended, note,
                summonsId);
    }

    private static final String SUMMONS_SELECT = """
            SELECT t.*, coalesce(s.name, o.name) AS person_name
              FROM tppk_summons t LEFT JOIN students s ON s.id = t.student_id
                   LEFT JOIN case_other_parties o ON o.id = t.other_party_id""";

    private static Summons summons(Row r) throws SQLException {
        Long attended = r.lngOrNull("attended");
        return new Summons(r.lng("id"), r.lng("case_id"), r.lngOrNull("student_id"), r.lngOrNull("other_party_id"),
                r.str("person_name"), r.str("addressed_to"), r.enumOf(SummonsMode.class, "mode"),
                r.date("summoned_for"), attended == null ? null : attended == 1, r.str("note"));
    }

    /** A student's guardian as the roster has it, for a summons to a child. */
    public Optional<String> guardianOf(Sql sql, long studentId) {
        return sql.string("SELECT guardian_name FROM students WHERE id = ?", studentId);
    }

    public boolean isStudentParty(Sql sql, long caseId, long studentId) {
        return sql.longValue("SELECT count(*) FROM case_parties WHERE case_id = ? AND student_id = ?", caseId,
                studentId) > 0;
    }

    // ---- measures ----------------------------------------------------------------------------------------

    public long insertMeasure(Sql sql, long caseId, MeasureDraft d, long by, Instant now) {
        return sql.insert("""
                INSERT INTO case_measures (case_id, kind, student_id, other_party_id, responsible, due_on, status,
                                           note, referral_to, platform, content_ref, takedown_asked_on, created_by,
                                           created_at, updated_at)
                VALUES (?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?, ?, ?, ?)""", caseId, d.kind(), d.studentId(),
                d.otherPartyId(), d.responsible(), d.dueOn(), d.note(), d.referralTo(), d.platform(), d.contentRef(),
                d.takedownAskedOn(), by, now, now);
    }

    public void updateMeasure(Sql sql, long measureId, MeasureUpdate u, LocalDate doneOn, Instant now) {
        sql.update("""
                UPDATE case_measures SET status = ?, not_done_reason = ?, note = coalesce(?, note),
                       takedown_asked_on = coalesce(?, takedown_asked_on), removed_on = coalesce(?, removed_on),
                       done_on = ?, updated_at = ?
                 WHERE id = ?""", u.status(), u.notDoneReason(), u.note(), u.takedownAskedOn(), u.removedOn(),
                doneOn, now, measureId);
    }

    public List<Measure> measures(Sql sql, long caseId) {
        return sql.list(MEASURE_SELECT + " WHERE m.case_id = ? ORDER BY m.due_on, m.id", PpkspRepository::measure,
                caseId);
    }

    public Optional<Measure> measure(Sql sql, long measureId) {
        return sql.one(MEASURE_SELECT + " WHERE m.id = ?", PpkspRepository::measure, measureId);
    }

    /** Measures still planned or under way: open work when the case is closed. */
    public long openMeasures(Sql sql, long caseId) {
        return sql.longValue("""
                SELECT count(*) FROM case_measures WHERE case_id = ? AND status IN ('PLANNED', 'IN_PROGRESS')""",
                caseId);
    }

    private static final String MEASURE_SELECT = """
            SELECT m.*, coalesce(s.name, o.name) AS person_name
              FROM case_measures m LEFT JOIN students s ON s.id = m.student_id
                   LEFT JOIN case_other_parties o ON o.id = m.other_party_id""";

    private static Measure measure(Row r) throws SQLException {
        return new Measure(r.lng("id"), r.lng("case_id"), r.enumOf(MeasureKind.class, "kind"),
                r.lngOrNull("student_id"), r.lngOrNull("other_party_id"), r.str("person_name"), r.str("responsible"),
                r.date("due_on"), r.enumOf(MeasureStatus.class, "status"), r.str("not_done_reason"), r.str("note"),
                r.enumOf(ReferralDestination.class, "referral_to"), r.str("platform"), r.str("content_ref"),
                r.date("takedown_asked_on"), r.date("removed_on"), r.date("done_on"));
    }

    // ---- school holidays ---------------------------------------------------------------------------------

    public record Holiday(LocalDate day, String name) {
    }

    public List<Holiday> holidays(Sql sql) {
        return sql.list("SELECT day, name FROM school_holidays ORDER BY day",
                r -> new Holiday(r.date("day"), r.str("name")));
    }

    public Set<LocalDate> holidayDays(Sql sql) {
        return new HashSet<>(sql.list("SELECT day FROM school_holidays", r -> r.date("day")));
    }

    public boolean insertHoliday(Sql sql, LocalDate day, String name) {
        if (sql.longValue("SELECT count(*) FROM school_holidays WHERE day = ?", day) > 0) {
            return false;
        }
        sql.update("INSERT INTO school_holidays (day, name) VALUES (?, ?)", day, name);
        return true;
    }

    public boolean deleteHoliday(Sql sql, LocalDate day) {
        return sql.update("DELETE FROM school_holidays WHERE day = ?", day) > 0;
    }
}
