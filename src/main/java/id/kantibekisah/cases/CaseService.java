package id.kantibekisah.cases;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;
import id.kantibekisah.terms.Term;
import id.kantibekisah.terms.TermService;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The case workflow. Each public method is one user action: it checks the actor's rights (refusals are audited and
 * thrown), validates, writes in one transaction together with its audit row, and returns the new state.
 */
public final class CaseService {
    public static final int MAX_TEXT = 10_000;
    public static final int MIN_DESCRIPTION = 10;

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final TermService terms;
    private final Clock clock;
    private final CaseRepository cases = new CaseRepository();
    private final CaseReadAccess readAccess;

    public CaseService(Database db, AuditLog audit, AccessPolicy access, TermService terms, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.readAccess = new CaseReadAccess(db, access);
        this.terms = terms;
        this.clock = clock;
    }

    // ---- intake and creation ------------------------------------------------------------------------------

    /**
     * A cadre logs an intake. The case starts as {@code NEW} at the risk the cadre judged; the cadre gets back the
     * code, date and status and never sees the case again.
     */
    public IntakeReceipt submitIntake(Actor actor, IntakeDraft draft) {
        access.require(actor, Permission.INTAKE_SUBMIT, AuditAction.INTAKE_SUBMIT);
        validate(draft);
        return db.tx(sql -> {
            long caseId = create(sql, actor, draft, ReporterKind.CADRE, actor.userId(), null, CaseStatus.NEW, null);
            audit.ok(sql, actor, AuditAction.INTAKE_SUBMIT, caseId, null, null);
            CaseRepository.CaseState s = cases.state(sql, caseId).orElseThrow();
            return new IntakeReceipt(s.code(), today(), s.status());
        });
    }

    /** A counselor opens a case directly; it is theirs and already in review. Returns the new case's id. */
    public long openCase(Actor actor, CaseDraft draft) {
        access.require(actor, Permission.CASE_CREATE, AuditAction.CASE_CREATE);
        validate(draft.intake());
        if (draft.reporterKind() == null) {
            throw new ValidationException("case.error.reporterMissing");
        }
        String reporterName = trimToNull(draft.reporterName());
        checkLength(reporterName, 200);
        return db.tx(sql -> {
            long caseId = create(sql, actor, draft.intake(), draft.reporterKind(),
                    draft.reporterKind() == ReporterKind.COUNSELOR ? actor.userId() : null, reporterName,
                    CaseStatus.IN_REVIEW, actor.userId());
            audit.ok(sql, actor, AuditAction.CASE_CREATE, caseId, null, null);
            return caseId;
        });
    }

    private long create(Sql sql, Actor actor, IntakeDraft d, ReporterKind kind, Long reporterUserId,
                        String reporterName, CaseStatus status, Long counselorId) {
        Instant now = clock.instant();
        LocalDate today = today();
        for (PartyDraft p : d.parties()) {
            long active = sql.longValue("SELECT count(*) FROM students WHERE id = ? AND active = 1", p.studentId());
            if (active == 0) {
                throw new ValidationException("case.error.studentUnknown");
            }
        }
        Term term = terms.termFor(sql, today);
        String code = cases.nextCode(sql, today.getYear());
        long caseId = cases.insertCase(sql, code, term.id(), today, d.category(), d.urgency(), status, counselorId,
                actor.userId(), now);
        for (PartyDraft p : d.parties()) {
            cases.insertParty(sql, caseId, p.studentId(), p.role());
        }
        cases.insertIntake(sql, caseId, kind, reporterUserId, reporterName, normalised(d), now);
        cases.insertStatusChange(sql, caseId, null, CaseStatus.NEW, actor.userId(), now, null);
        if (status != CaseStatus.NEW) {
            cases.insertStatusChange(sql, caseId, CaseStatus.NEW, status, actor.userId(), now, null);
        }
        return caseId;
    }

    /** The cadre's own intakes: code, date and status only. */
    public List<IntakeReceipt> myIntakes(Actor actor) {
        access.require(actor, Permission.INTAKE_LIST_OWN, AuditAction.INTAKE_LIST_OWN);
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.INTAKE_LIST_OWN, null, null, null);
            return cases.intakesReportedBy(sql, actor.userId());
        });
    }

    // ---- reading ------------------------------------------------------------------------------------------

    public CasePage list(Actor actor, CaseQuery query) {
        access.require(actor, Permission.CASE_LIST, AuditAction.CASE_LIST);
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.CASE_LIST, null, null, describe(query));
            return cases.page(sql, query, actor.userId(), today());
        });
    }

    /**
     * The full record of one case. Counselors read every case; the principal reads only cases escalated to the
     * principal, and never sees who reported it (nor who logged the case, which for a cadre's intake is the same).
     */
    public CaseDetail get(Actor actor, long caseId) {
        readAccess.require(actor, caseId, AuditAction.CASE_VIEW);
        return db.tx(sql -> {
            CaseDetail detail = cases.detail(sql, caseId)
                    .orElseThrow(() -> new NotFoundException("case.error.notFound"));
            audit.ok(sql, actor, AuditAction.CASE_VIEW, caseId, null, null);
            return actor.can(Permission.CASE_READ) ? detail : detail.withoutReporter();
        });
    }

    /**
     * The cases a student is part of, newest first: code, date, category, status and the student's role. For the
     * BK team's student page; audited as a case list read about that student.
     */
    public List<StudentCase> casesOfStudent(Actor actor, long studentId) {
        access.require(actor, Permission.CASE_LIST, AuditAction.CASE_LIST, null, studentId);
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.CASE_LIST, null, studentId, "cases of student");
            return cases.casesOfStudent(sql, studentId);
        });
    }

    /** Cases escalated to the principal, newest first. */
    public List<CaseSummary> escalatedToPrincipal(Actor actor) {
        if (!actor.can(Permission.CASE_READ_ESCALATED) && !actor.can(Permission.CASE_LIST)) {
            access.require(actor, Permission.CASE_READ_ESCALATED, AuditAction.CASE_LIST);
        }
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.CASE_LIST, null, null, "escalated to principal");
            return cases.escalatedTo(sql, ReferralDestination.PRINCIPAL, 500);
        });
    }

    /**
     * Of the cases escalated to the principal, those whose escalation the principal has not acknowledged yet (the
     * principal's to-do list). Ids only, to mark rows of {@link #escalatedToPrincipal}.
     */
    public Set<Long> awaitingAcknowledgement(Actor actor) {
        if (!actor.can(Permission.CASE_READ_ESCALATED) && !actor.can(Permission.CASE_LIST)) {
            access.require(actor, Permission.CASE_READ_ESCALATED, AuditAction.CASE_LIST);
        }
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.CASE_LIST, null, null, "awaiting principal acknowledgement");
            return Set.copyOf(cases.awaitingAcknowledgement(sql, ReferralDestination.PRINCIPAL));
        });
    }

    /** What needs attention today: unreviewed intakes, overdue and this week's follow-ups, urgent cases. */
    public Attention attention(Actor actor) {
        access.require(actor, Permission.CASE_LIST, AuditAction.CASE_LIST);
        LocalDate today = today();
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.CASE_LIST, null, null, "attention");
            return new Attention(cases.byStatus(sql, CaseStatus.NEW, 200),
                    cases.openFollowUps(sql, LocalDate.of(1970, 1, 1), today, 200),
                    cases.openFollowUps(sql, today, today.plusDays(7), 200),
                    cases.openWithRisk(sql, RiskLevel.URGENT, 200));
        });
    }

    // ---- the workflow -------------------------------------------------------------------------------------

    /** The counselor takes the case: it becomes theirs, and a new case moves to review. */
    public void take(Actor actor, long caseId) {
        requireWork(actor, caseId, AuditAction.CASE_TAKE);
        db.tx(sql -> {
            CaseRepository.CaseState s = state(sql, caseId);
            requireOpen(s);
            Instant now = clock.instant();
            if (s.counselorId() != null && s.counselorId().equals(actor.userId()) && s.status() != CaseStatus.NEW) {
                throw new WorkflowException("case.error.alreadyYours");
            }
            if (!actor.userId().equals(s.counselorId())) {
                cases.setCounselor(sql, caseId, actor.userId(), now);
                cases.insertNote(sql, caseId, NoteKind.ASSIGNMENT, counselorName(sql, s.counselorId()),
                        actor.displayName(), null, actor.userId(), now);
            }
            if (s.status() == CaseStatus.NEW) {
                move(sql, actor, s, CaseStatus.IN_REVIEW, null, now);
            }
            audit.ok(sql, actor, AuditAction.CASE_TAKE, caseId, null, null);
            return null;
        });
    }

    /** Hands the case to another counselor. */
    public void assign(Actor actor, long caseId, long counselorId) {
        requireWork(actor, caseId, AuditAction.CASE_ASSIGN);
        db.tx(sql -> {
            CaseRepository.CaseState s = state(sql, caseId);
            requireOpen(s);
            long isCounselor = sql.longValue("SELECT count(*) FROM users WHERE id = ? AND role = ? AND active = 1",
                    counselorId, Role.COUNSELOR);
            if (isCounselor == 0) {
                throw new ValidationException("case.error.notACounselor");
            }
            if (Long.valueOf(counselorId).equals(s.counselorId())) {
                return null;
            }
            Instant now = clock.instant();
            cases.setCounselor(sql, caseId, counselorId, now);
            cases.insertNote(sql, caseId, NoteKind.ASSIGNMENT, counselorName(sql, s.counselorId()),
                    counselorName(sql, counselorId), null, actor.userId(), now);
            if (s.status() == CaseStatus.NEW) {
                move(sql, actor, s, CaseStatus.IN_REVIEW, null, now);
            }
            audit.ok(sql, actor, AuditAction.CASE_ASSIGN, caseId, null, "to user " + counselorId);
            return null;
        });
    }

    /** Counseling starts (from review) or resumes (after an escalation came back). */
    public void startCounseling(Actor actor, long caseId, String note) {
        transition(actor, caseId, CaseStatus.IN_PROGRESS, trimToNull(note), false);
    }

    /**
     * What is still open on the case (follow-ups not done, escalations awaiting the principal, referrals without an
     * outcome): what closing it must close too. Audited as a view of the case.
     */
    public OpenItems openItems(Actor actor, long caseId) {
        requireWork(actor, caseId, AuditAction.CASE_VIEW);
        return db.tx(sql -> {
            CaseDetail detail = cases.detail(sql, caseId)
                    .orElseThrow(() -> new NotFoundException("case.error.notFound"));
            audit.ok(sql, actor, AuditAction.CASE_VIEW, caseId, null, "open items");
            return OpenItems.of(detail);
        });
    }

    /** Closes a case that has nothing open as resolved. See {@link #resolve(Actor, long, String, String, List)}. */
    public void resolve(Actor actor, long caseId, String recommendation, String summary) {
        resolve(actor, caseId, recommendation, summary, List.of());
    }

    /**
     * Closes the case as resolved, with the recommendation and a closing summary (the summary is required). Every
     * item still open on the case must be closed by one of {@code closures}, in the same transaction; otherwise
     * nothing changes and the refusal names how many are open.
     */
    public void resolve(Actor actor, long caseId, String recommendation, String summary, List<ItemClosure> closures) {
        requireWork(actor, caseId, AuditAction.CASE_STATUS);
        String s = required(summary, "case.error.summaryMissing");
        String r = trimToNull(recommendation);
        checkLength(r, MAX_TEXT);
        List<ItemClosure> checked = checkClosures(closures);
        db.tx(sql -> {
            requireCanClose(sql, caseId, CaseStatus.RESOLVED);
            closeItems(sql, actor, caseId, checked);
            doTransition(sql, actor, caseId, CaseStatus.RESOLVED, null);
            cases.setResolution(sql, caseId, r, s);
            return null;
        });
    }

    /** Dismisses a case that has nothing open. See {@link #dismiss(Actor, long, String, List)}. */
    public void dismiss(Actor actor, long caseId, String reason) {
        dismiss(actor, caseId, reason, List.of());
    }

    /**
     * Not followed up (a false report, a duplicate, handled elsewhere), with a required reason; closes what is still
     * open on the case with {@code closures}, as {@link #resolve(Actor, long, String, String, List)} does.
     */
    public void dismiss(Actor actor, long caseId, String reason, List<ItemClosure> closures) {
        requireWork(actor, caseId, AuditAction.CASE_STATUS);
        String r = required(reason, "case.error.reasonMissing");
        List<ItemClosure> checked = checkClosures(closures);
        db.tx(sql -> {
            requireCanClose(sql, caseId, CaseStatus.DISMISSED);
            closeItems(sql, actor, caseId, checked);
            doTransition(sql, actor, caseId, CaseStatus.DISMISSED, r);
            cases.setDismissalReason(sql, caseId, r);
            return null;
        });
    }

    private static List<ItemClosure> checkClosures(List<ItemClosure> closures) {
        Set<String> seen = new HashSet<>();
        for (ItemClosure c : closures) {
            if (c.item() == null || !seen.add(c.item() + ":" + c.id())) {
                throw new ValidationException("case.error.closureInvalid");
            }
            String text = trimToNull(c.text());
            checkLength(text, MAX_TEXT);
            if (c.cancelled() && text == null) {
                throw new ValidationException("case.error.cancelReasonMissing");
            }
            if (!c.cancelled() && c.item() == ItemClosure.Item.REFERRAL && text == null) {
                throw new ValidationException("case.error.outcomeMissing");
            }
        }
        return closures.stream().map(c -> new ItemClosure(c.item(), c.id(), c.cancelled(), trimToNull(c.text())))
                .toList();
    }

    private void requireCanClose(Sql sql, long caseId, CaseStatus target) {
        CaseRepository.CaseState st = state(sql, caseId);
        if (!st.status().canMoveTo(target)) {
            throw new WorkflowException("case.error.transition", st.status(), target);
        }
    }

    /**
     * Closes the case's open items as the counselor decided. Each closure must name an open item of this case,
     * and every open item must have one: a closed case never keeps an open follow-up or a waiting referral.
     */
    private void closeItems(Sql sql, Actor actor, long caseId, List<ItemClosure> closures) {
        Set<Long> openFollowUps = new HashSet<>(cases.openFollowUpIds(sql, caseId));
        Set<Long> openReferrals = new HashSet<>(cases.openReferrals(sql, caseId));
        int total = openFollowUps.size() + openReferrals.size();
        for (ItemClosure c : closures) {
            boolean known = c.item() == ItemClosure.Item.FOLLOW_UP ? openFollowUps.remove(c.id())
                    : openReferrals.remove(c.id());
            if (!known) {
                throw new ValidationException("case.error.closureInvalid");
            }
        }
        if (!openFollowUps.isEmpty() || !openReferrals.isEmpty()) {
            throw new WorkflowException("case.error.openItems", openFollowUps.size() + openReferrals.size(), total);
        }
        Instant now = clock.instant();
        LocalDate today = today();
        for (ItemClosure c : closures) {
            if (c.item() == ItemClosure.Item.FOLLOW_UP) {
                if (c.cancelled()) {
                    cases.cancelFollowUp(sql, c.id(), actor.userId(), now, today, c.text());
                    audit.ok(sql, actor, AuditAction.FOLLOW_UP_DONE, caseId, null, "follow-up " + c.id()
                            + " cancelled at closing");
                } else {
                    cases.completeFollowUp(sql, c.id(), actor.userId(), now, today, c.text());
                    audit.ok(sql, actor, AuditAction.FOLLOW_UP_DONE, caseId, null, "follow-up " + c.id()
                            + " done at closing");
                }
            } else if (c.cancelled()) {
                cases.cancelReferral(sql, c.id(), c.text(), today);
                audit.ok(sql, actor, AuditAction.REFERRAL_OUTCOME, caseId, null, "referral " + c.id()
                        + " cancelled at closing");
            } else {
                cases.setReferralOutcome(sql, c.id(), c.text(), today);
                audit.ok(sql, actor, AuditAction.REFERRAL_OUTCOME, caseId, null, "referral " + c.id()
                        + " outcome at closing");
            }
        }
    }

    /** Reopens a resolved or dismissed case, with a required reason; it goes back to counseling. */
    public void reopen(Actor actor, long caseId, String reason) {
        requireWork(actor, caseId, AuditAction.CASE_STATUS);
        String r = required(reason, "case.error.reasonMissing");
        transition(actor, caseId, CaseStatus.IN_PROGRESS, r, true);
    }

    public void changeRisk(Actor actor, long caseId, RiskLevel risk, String reason) {
        requireWork(actor, caseId, AuditAction.CASE_RISK);
        if (risk == null) {
            throw new ValidationException("case.error.riskMissing");
        }
        String r = trimToNull(reason);
        checkLength(r, MAX_TEXT);
        db.tx(sql -> {
            CaseRepository.CaseState s = state(sql, caseId);
            requireOpen(s);
            if (s.risk() == risk) {
                throw new ValidationException("case.error.riskSame");
            }
            Instant now = clock.instant();
            cases.setRisk(sql, caseId, risk, now);
            cases.insertNote(sql, caseId, NoteKind.RISK_CHANGE, s.risk().name(), risk.name(), r, actor.userId(), now);
            audit.ok(sql, actor, AuditAction.CASE_RISK, caseId, null, s.risk() + "->" + risk);
            return null;
        });
    }

    /** Records a session. A case in review moves to counseling; a new case must be taken first. */
    public long recordSession(Actor actor, long caseId, SessionDraft d) {
        requireWork(actor, caseId, AuditAction.SESSION_ADD);
        if (d.kind() == null) {
            throw new ValidationException("case.error.sessionKindMissing");
        }
        LocalDate heldOn = pastOrToday(d.heldOn(), "case.error.dateMissing");
        String notes = required(d.notes(), "case.error.notesMissing");
        String next = trimToNull(d.nextStep());
        checkLength(next, MAX_TEXT);
        return db.tx(sql -> {
            CaseRepository.CaseState s = state(sql, caseId);
            requireTakenAndOpen(s);
            Instant now = clock.instant();
            long id = cases.insertSession(sql, caseId, new SessionDraft(heldOn, d.kind(), notes, next),
                    actor.userId(), now);
            if (s.status() == CaseStatus.IN_REVIEW) {
                move(sql, actor, s, CaseStatus.IN_PROGRESS, null, now);
            } else {
                cases.touch(sql, caseId, now);
            }
            audit.ok(sql, actor, AuditAction.SESSION_ADD, caseId, null, "session " + id + " " + d.kind());
            return id;
        });
    }

    /** Escalates or refers the case (alih tangan kasus). The case becomes {@code ESCALATED}. */
    public long escalate(Actor actor, long caseId, ReferralDraft d) {
        requireWork(actor, caseId, AuditAction.REFERRAL_ADD);
        if (d.destination() == null) {
            throw new ValidationException("case.error.destinationMissing");
        }
        LocalDate on = pastOrToday(d.referredOn(), "case.error.dateMissing");
        String reason = required(d.reason(), "case.error.reasonMissing");
        return db.tx(sql -> {
            CaseRepository.CaseState s = state(sql, caseId);
            requireTakenAndOpen(s);
            Instant now = clock.instant();
            long id = cases.insertReferral(sql, caseId, new ReferralDraft(d.destination(), on, reason),
                    actor.userId(), now);
            if (s.status() != CaseStatus.ESCALATED) {
                move(sql, actor, s, CaseStatus.ESCALATED, null, now);
            } else {
                cases.touch(sql, caseId, now);
            }
            audit.ok(sql, actor, AuditAction.REFERRAL_ADD, caseId, null, "referral " + id + " " + d.destination());
            return id;
        });
    }

    /** Records what came of a referral. */
    public void recordReferralOutcome(Actor actor, long referralId, String outcome, LocalDate on) {
        access.require(actor, Permission.CASE_WORK, AuditAction.REFERRAL_OUTCOME);
        String o = required(outcome, "case.error.outcomeMissing");
        LocalDate date = pastOrToday(on, "case.error.dateMissing");
        db.tx(sql -> {
            long caseId = cases.referralRef(sql, referralId)
                    .orElseThrow(() -> new NotFoundException("case.error.referralNotFound")).caseId();
            cases.setReferralOutcome(sql, referralId, o, date);
            cases.touch(sql, caseId, clock.instant());
            audit.ok(sql, actor, AuditAction.REFERRAL_OUTCOME, caseId, null, "referral " + referralId);
            return null;
        });
    }

    /** The principal acknowledges a case escalated to them, with a note. */
    public void acknowledgeEscalation(Actor actor, long referralId, String note) {
        CaseRepository.ReferralRef ref = db.read(sql -> cases.referralRef(sql, referralId)).orElse(null);
        if (ref == null || ref.destination() != ReferralDestination.PRINCIPAL
                || !actor.can(Permission.CASE_READ_ESCALATED)) {
            throw access.refuse(actor, AuditAction.ESCALATION_ACKNOWLEDGE, ref == null ? null : ref.caseId(), null,
                    "acknowledge referral " + referralId);
        }
        String n = required(note, "case.error.acknowledgementMissing");
        db.tx(sql -> {
            // Read again under the write lock: a colleague may have answered or withdrawn it since.
            CaseRepository.ReferralRef current = cases.referralRef(sql, referralId)
                    .orElseThrow(() -> new NotFoundException("case.error.referralNotFound"));
            if (current.acknowledged()) {
                throw new WorkflowException("case.error.alreadyAcknowledged");
            }
            if (current.cancelled()) {
                throw new WorkflowException("case.error.escalationWithdrawn");
            }
            Instant now = clock.instant();
            cases.acknowledgeReferral(sql, referralId, actor.userId(), now, n);
            cases.touch(sql, ref.caseId(), now);
            audit.ok(sql, actor, AuditAction.ESCALATION_ACKNOWLEDGE, ref.caseId(), null, "referral " + referralId);
            return null;
        });
    }

    public long addFollowUp(Actor actor, long caseId, FollowUpDraft d) {
        requireWork(actor, caseId, AuditAction.FOLLOW_UP_ADD);
        if (d.dueOn() == null) {
            throw new ValidationException("case.error.dateMissing");
        }
        if (d.dueOn().isBefore(today())) {
            throw new ValidationException("case.error.dueInPast");
        }
        String what = required(d.description(), "case.error.followUpMissing");
        return db.tx(sql -> {
            CaseRepository.CaseState s = state(sql, caseId);
            requireOpen(s);
            long isStaff = sql.longValue("SELECT count(*) FROM users WHERE id = ? AND active = 1 AND role = ?",
                    d.assigneeId(), Role.COUNSELOR);
            if (isStaff == 0) {
                throw new ValidationException("case.error.notACounselor");
            }
            long id = cases.insertFollowUp(sql, caseId, new FollowUpDraft(d.dueOn(), d.assigneeId(), what),
                    actor.userId(), clock.instant());
            cases.touch(sql, caseId, clock.instant());
            audit.ok(sql, actor, AuditAction.FOLLOW_UP_ADD, caseId, null, "follow-up " + id);
            return id;
        });
    }

    public void completeFollowUp(Actor actor, long followUpId, String note) {
        access.require(actor, Permission.CASE_WORK, AuditAction.FOLLOW_UP_DONE);
        String n = trimToNull(note);
        checkLength(n, MAX_TEXT);
        db.tx(sql -> {
            CaseRepository.FollowUpRef ref = cases.followUpRef(sql, followUpId)
                    .orElseThrow(() -> new NotFoundException("case.error.followUpNotFound"));
            if (ref.done()) {
                throw new WorkflowException("case.error.followUpDone");
            }
            Instant now = clock.instant();
            cases.completeFollowUp(sql, followUpId, actor.userId(), now, today(), n);
            cases.touch(sql, ref.caseId(), now);
            audit.ok(sql, actor, AuditAction.FOLLOW_UP_DONE, ref.caseId(), null, "follow-up " + followUpId);
            return null;
        });
    }

    public void addNote(Actor actor, long caseId, String text) {
        requireWork(actor, caseId, AuditAction.CASE_NOTE);
        String t = required(text, "case.error.noteMissing");
        db.tx(sql -> {
            state(sql, caseId);
            Instant now = clock.instant();
            cases.insertNote(sql, caseId, NoteKind.NOTE, null, null, t, actor.userId(), now);
            cases.touch(sql, caseId, now);
            audit.ok(sql, actor, AuditAction.CASE_NOTE, caseId, null, null);
            return null;
        });
    }

    // ---- helpers ------------------------------------------------------------------------------------------

    private void transition(Actor actor, long caseId, CaseStatus target, String reason, boolean reopening) {
        requireWork(actor, caseId, AuditAction.CASE_STATUS);
        checkLength(reason, MAX_TEXT);
        db.tx(sql -> {
            CaseRepository.CaseState s = state(sql, caseId);
            if (reopening && s.status().isOpen()) {
                throw new WorkflowException("case.error.notClosed");
            }
            if (!reopening && !s.status().isOpen()) {
                throw new WorkflowException("case.error.transition", s.status(), target);
            }
            doTransition(sql, actor, caseId, target, reason);
            return null;
        });
    }

    private void doTransition(Sql sql, Actor actor, long caseId, CaseStatus target, String reason) {
        CaseRepository.CaseState s = state(sql, caseId);
        move(sql, actor, s, target, reason, clock.instant());
        audit.ok(sql, actor, AuditAction.CASE_STATUS, caseId, null, s.status() + "->" + target);
    }

    private void move(Sql sql, Actor actor, CaseRepository.CaseState s, CaseStatus target, String reason,
                      Instant now) {
        if (!s.status().canMoveTo(target)) {
            throw new WorkflowException("case.error.transition", s.status(), target);
        }
        cases.setStatus(sql, s.id(), target, now);
        cases.insertStatusChange(sql, s.id(), s.status(), target, actor.userId(), now, reason);
    }

    private CaseRepository.CaseState state(Sql sql, long caseId) {
        return cases.state(sql, caseId).orElseThrow(() -> new NotFoundException("case.error.notFound"));
    }

    private static void requireOpen(CaseRepository.CaseState s) {
        if (!s.status().isOpen()) {
            throw new WorkflowException("case.error.closed", s.status());
        }
    }

    private static void requireTakenAndOpen(CaseRepository.CaseState s) {
        requireOpen(s);
        if (s.status() == CaseStatus.NEW) {
            throw new WorkflowException("case.error.takeFirst");
        }
    }

    private void requireWork(Actor actor, long caseId, AuditAction action) {
        access.require(actor, Permission.CASE_WORK, action, caseId, null);
    }

    private String counselorName(Sql sql, Long userId) {
        return userId == null ? null : sql.string("SELECT display_name FROM users WHERE id = ?", userId).orElse(null);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private LocalDate pastOrToday(LocalDate date, String missingKey) {
        if (date == null) {
            throw new ValidationException(missingKey);
        }
        if (date.isAfter(today())) {
            throw new ValidationException("case.error.dateInFuture");
        }
        return date;
    }

    private void validate(IntakeDraft d) {
        if (d.parties().isEmpty()) {
            throw new ValidationException("case.error.noStudent");
        }
        Set<Long> seen = new HashSet<>();
        for (PartyDraft p : d.parties()) {
            if (p.role() == null) {
                throw new ValidationException("case.error.partyRoleMissing");
            }
            if (!seen.add(p.studentId())) {
                throw new ValidationException("case.error.studentTwice");
            }
        }
        if (d.category() == null) {
            throw new ValidationException("case.error.categoryMissing");
        }
        String description = required(d.description(), "case.error.descriptionMissing");
        if (description.length() < MIN_DESCRIPTION) {
            throw new ValidationException("case.error.descriptionShort", MIN_DESCRIPTION);
        }
        if (d.location() == null) {
            throw new ValidationException("case.error.locationMissing");
        }
        checkLength(trimToNull(d.locationDetail()), 200);
        pastOrToday(d.occurredOn(), "case.error.dateMissing");
        if (d.occurredOn().isBefore(today().minusYears(1))) {
            throw new ValidationException("case.error.dateTooOld");
        }
        if (d.urgency() == null) {
            throw new ValidationException("case.error.urgencyMissing");
        }
        if (d.knowledge() == null) {
            throw new ValidationException("case.error.knowledgeMissing");
        }
    }

    private static IntakeDraft normalised(IntakeDraft d) {
        return new IntakeDraft(d.parties(), d.category(), d.description().trim(), d.location(),
                trimToNull(d.locationDetail()), d.occurredOn(), d.occurredTime(), d.urgency(), d.knowledge());
    }

    private static String required(String text, String missingKey) {
        String t = trimToNull(text);
        if (t == null) {
            throw new ValidationException(missingKey);
        }
        checkLength(t, MAX_TEXT);
        return t;
    }

    private static void checkLength(String text, int max) {
        if (text != null && text.length() > max) {
            throw new ValidationException("case.error.textTooLong", max);
        }
    }

    private static String trimToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }

    private static String describe(CaseQuery q) {
        StringBuilder sb = new StringBuilder();
        if (q.text() != null && !q.text().isBlank()) {
            sb.append("search ");
        }
        if (!q.statuses().isEmpty()) {
            sb.append("status=").append(q.statuses().stream().map(Enum::name).sorted().toList()).append(' ');
        }
        if (q.category() != null) {
            sb.append("category=").append(q.category()).append(' ');
        }
        if (q.risk() != null) {
            sb.append("risk=").append(q.risk()).append(' ');
        }
        if (q.className() != null) {
            sb.append("class=").append(q.className()).append(' ');
        }
        if (q.termId() != null) {
            sb.append("term=").append(q.termId()).append(' ');
        }
        if (q.mine()) {
            sb.append("mine ");
        }
        if (q.overdue()) {
            sb.append("overdue ");
        }
        if (q.onlyIds() != null) {
            sb.append("ids=").append(q.onlyIds().size()).append(' ');
        }
        return sb.toString().trim();
    }
}
