package id.kantibekisah.ppksp;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.db.Sql;
import id.kantibekisah.students.Gender;

import java.time.Instant;
import java.util.EnumSet;
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

    private static OtherParty otherParty(id.kantibekisah.db.Row r) throws java.sql.SQLException {
        String gender = r.str("gender");
        return new OtherParty(r.lng("id"), r.lng("case_id"), r.str("name"), r.enumOf(OtherPartyKind.class, "kind"),
                r.enumOf(PartyRole.class, "role"), gender == null ? null : Gender.valueOf(gender), r.str("note"));
    }
}
