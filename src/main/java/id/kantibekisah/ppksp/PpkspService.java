package id.kantibekisah.ppksp;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.cases.CaseRepository;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.WorkflowException;
import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Violence cases under PPKSP (Permendikbudristek 46/2023). Each public method is one user action: the role is
 * checked (refusals audited and thrown), the input validated, and the change written in one transaction with its
 * audit row. Counselors do everything; the principal reads cases escalated to the principal; cadres and the admin
 * see none of it.
 */
public final class PpkspService {
    public static final int MAX_TEXT = 10_000;
    public static final int MAX_NAME = 200;

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final PpkspRepository repo = new PpkspRepository();
    private final CaseRepository cases = new CaseRepository();

    public PpkspService(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The PPKSP part of one case. Audited as a view of the case. */
    public PpkspCase get(Actor actor, long caseId) {
        requireRead(actor, caseId, AuditAction.PPKSP_VIEW);
        return db.tx(sql -> {
            PpkspRepository.CaseHead head = head(sql, caseId);
            PpkspCase out = new PpkspCase(caseId, repo.forms(sql, caseId), ViolenceForms.mapping(head.category()),
                    repo.reviewPending(sql, caseId), repo.otherParties(sql, caseId));
            audit.ok(sql, actor, AuditAction.PPKSP_VIEW, caseId, null, null);
            return out;
        });
    }

    /** The cases whose forms of violence the migration could not tell from the category, oldest first. */
    public List<FormReview> pendingFormReviews(Actor actor) {
        access.require(actor, Permission.CASE_LIST, AuditAction.CASE_LIST);
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.CASE_LIST, null, null, "violence forms to decide");
            return repo.pendingReviews(sql);
        });
    }

    // ---- forms of violence --------------------------------------------------------------------------------

    /**
     * Sets the case's forms of violence (replacing what was there). An empty set says "not a violence case"; a
     * case of a category that is not violence (dropout risk, family, ...) takes none. Decides a listed case.
     */
    public void setForms(Actor actor, long caseId, Set<ViolenceForm> forms) {
        requireWork(actor, caseId, AuditAction.PPKSP_FORMS);
        Set<ViolenceForm> chosen = forms == null || forms.isEmpty() ? EnumSet.noneOf(ViolenceForm.class)
                : EnumSet.copyOf(forms);
        db.tx(sql -> {
            PpkspRepository.CaseHead head = head(sql, caseId);
            if (!chosen.isEmpty() && !ViolenceForms.mayBeViolence(head.category())) {
                throw new ValidationException("ppksp.error.notViolenceCategory");
            }
            Set<ViolenceForm> before = repo.forms(sql, caseId);
            Instant now = clock.instant();
            repo.replaceForms(sql, caseId, chosen);
            boolean decided = repo.decideReview(sql, caseId, actor.userId(), now);
            cases.touch(sql, caseId, now);
            audit.ok(sql, actor, AuditAction.PPKSP_FORMS, caseId, null,
                    new TreeSet<>(before) + "->" + new TreeSet<>(chosen) + (decided ? " (decided)" : ""));
            return null;
        });
    }

    // ---- parties who are not students ---------------------------------------------------------------------

    /** Adds a victim, reported person or witness who is not a student of the roster. */
    public long addOtherParty(Actor actor, long caseId, OtherPartyDraft d) {
        requireWork(actor, caseId, AuditAction.PPKSP_PARTY_ADD);
        String name = required(d.name(), "ppksp.error.nameMissing", MAX_NAME);
        if (d.kind() == null) {
            throw new ValidationException("ppksp.error.partyKindMissing");
        }
        if (d.role() == null || d.role() == PartyRole.AT_RISK) {
            throw new ValidationException("ppksp.error.partyRoleMissing");
        }
        String note = optional(d.note(), MAX_TEXT);
        return db.tx(sql -> {
            requireOpen(head(sql, caseId));
            Instant now = clock.instant();
            long id = repo.insertOtherParty(sql, caseId, new OtherPartyDraft(name, d.kind(), d.role(), d.gender(),
                    note), actor.userId(), now);
            cases.touch(sql, caseId, now);
            // Neither the name nor the kind goes into the audit detail: the admin reads the audit log.
            audit.ok(sql, actor, AuditAction.PPKSP_PARTY_ADD, caseId, null, "party " + id);
            return id;
        });
    }

    /** Removes a non-student party added by mistake; refused once a summons or a measure names them. */
    public void removeOtherParty(Actor actor, long partyId) {
        OtherParty p = db.read(sql -> repo.otherParty(sql, partyId))
                .orElseThrow(() -> new NotFoundException("ppksp.error.partyNotFound"));
        requireWork(actor, p.caseId(), AuditAction.PPKSP_PARTY_REMOVE);
        db.tx(sql -> {
            requireOpen(head(sql, p.caseId()));
            if (repo.otherPartyInUse(sql, partyId)) {
                throw new WorkflowException("ppksp.error.partyInUse");
            }
            repo.deleteOtherParty(sql, partyId);
            cases.touch(sql, p.caseId(), clock.instant());
            audit.ok(sql, actor, AuditAction.PPKSP_PARTY_REMOVE, p.caseId(), null, "party " + partyId);
            return null;
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private PpkspRepository.CaseHead head(Sql sql, long caseId) {
        return repo.caseHead(sql, caseId).orElseThrow(() -> new NotFoundException("case.error.notFound"));
    }

    private static void requireOpen(PpkspRepository.CaseHead head) {
        if (!head.status().isOpen()) {
            throw new WorkflowException("case.error.closed", head.status());
        }
    }

    private void requireWork(Actor actor, long caseId, AuditAction action) {
        access.require(actor, Permission.CASE_WORK, action, caseId, null);
    }

    /** Counselors read every case; the principal the cases escalated to the principal; nobody else any. */
    private void requireRead(Actor actor, long caseId, AuditAction action) {
        if (actor != null && actor.can(Permission.CASE_READ)) {
            return;
        }
        if (actor != null && actor.can(Permission.CASE_READ_ESCALATED)
                && db.read(sql -> cases.isEscalatedTo(sql, caseId, ReferralDestination.PRINCIPAL))) {
            return;
        }
        throw access.refuse(actor, action, caseId, null, "read PPKSP");
    }

    LocalDate today() {
        return LocalDate.now(clock);
    }

    static String required(String text, String missingKey, int max) {
        String t = optional(text, max);
        if (t == null) {
            throw new ValidationException(missingKey);
        }
        return t;
    }

    static String optional(String text, int max) {
        String t = text == null || text.isBlank() ? null : text.trim();
        if (t != null && t.length() > max) {
            throw new ValidationException("case.error.textTooLong", max);
        }
        return t;
    }
}
