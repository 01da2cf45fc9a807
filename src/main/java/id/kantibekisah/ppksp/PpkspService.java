package id.kantibekisah.ppksp;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.cases.CaseReadAccess;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
    private final CaseReadAccess readAccess;

    public PpkspService(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.readAccess = new CaseReadAccess(db, access);
        this.clock = clock;
    }

    // ---- reading ------------------------------------------------------------------------------------------

    /** The PPKSP part of one case. Audited as a view of the case. */
    public PpkspCase get(Actor actor, long caseId) {
        readAccess.require(actor, caseId, AuditAction.PPKSP_VIEW);
        return db.tx(sql -> {
            PpkspRepository.CaseHead head = head(sql, caseId);
            PpkspCase out = new PpkspCase(caseId, repo.forms(sql, caseId), ViolenceForms.mapping(head.category()),
                    repo.reviewPending(sql, caseId), repo.otherParties(sql, caseId), matter(sql, caseId),
                    repo.measures(sql, caseId));
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

    // ---- the TPPK track -----------------------------------------------------------------------------------

    /**
     * Step 1: the case becomes a TPPK matter, the report received (or, without a report, the day handling started).
     * The case must be a violence case with its forms recorded.
     */
    public void openMatter(Actor actor, long caseId, ReceiptDraft d) {
        requireWork(actor, caseId, AuditAction.TPPK_OPEN);
        LocalDate received = pastOrToday(d.receivedOn());
        if (d.reportedOn() != null && (d.reportedOn().isAfter(received))) {
            throw new ValidationException("tppk.error.reportAfterReceipt");
        }
        StepDraft step = stepDraft(new StepDraft(received, d.who(), d.findings()));
        db.tx(sql -> {
            requireOpen(head(sql, caseId));
            if (repo.hasMatter(sql, caseId)) {
                throw new WorkflowException("tppk.error.alreadyMatter");
            }
            if (repo.forms(sql, caseId).isEmpty()) {
                throw new WorkflowException("tppk.error.formsFirst");
            }
            Instant now = clock.instant();
            repo.insertMatter(sql, caseId, d.reportedOn(), received, actor.userId(), now);
            repo.insertStep(sql, caseId, TppkStep.RECEIPT, step, actor.userId(), now);
            cases.touch(sql, caseId, now);
            audit.ok(sql, actor, AuditAction.TPPK_OPEN, caseId, null,
                    d.reportedOn() == null ? "without report" : "report " + d.reportedOn());
            return null;
        });
    }

    /** Step 2: the examination report, with the team members who examined. */
    public void recordExamination(Actor actor, long caseId, StepDraft d) {
        requireWork(actor, caseId, AuditAction.TPPK_STEP);
        StepDraft step = stepDraft(d);
        db.tx(sql -> {
            recordStep(sql, actor, caseId, TppkStep.EXAMINATION, step);
            return null;
        });
    }

    /** Step 3: proven or not, the recommended sanction, the good name restored, support for the victim. */
    public void recordConclusion(Actor actor, long caseId, ConclusionDraft d) {
        requireWork(actor, caseId, AuditAction.TPPK_STEP);
        StepDraft step = stepDraft(new StepDraft(d.doneOn(), d.who(), d.findings()));
        String goodName = optional(d.goodNameRestoration(), MAX_TEXT);
        String support = optional(d.victimSupport(), MAX_TEXT);
        if (!d.proven() && d.sanction() != null) {
            throw new ValidationException("tppk.error.sanctionNotProven");
        }
        if (!d.proven() && goodName == null) {
            throw new ValidationException("tppk.error.goodNameMissing");
        }
        db.tx(sql -> {
            recordStep(sql, actor, caseId, TppkStep.CONCLUSION, step);
            repo.setConclusion(sql, caseId, d.proven(), d.sanction(), goodName, support);
            return null;
        });
    }

    /**
     * Step 4: the principal's decision (due within 5 working days of the examination report) and the day the copy
     * went to the Dinas. Recorded by a counselor, or by the principal on a case escalated to the principal.
     */
    public void recordDecision(Actor actor, long caseId, DecisionDraft d) {
        if (actor == null || !(actor.can(Permission.CASE_WORK) || (actor.can(Permission.CASE_READ_ESCALATED)
                && db.read(sql -> cases.isEscalatedTo(sql, caseId, ReferralDestination.PRINCIPAL))))) {
            throw access.refuse(actor, AuditAction.TPPK_STEP, caseId, null, "record TPPK decision");
        }
        StepDraft step = stepDraft(new StepDraft(d.doneOn(), d.who(), d.decision()));
        if (step.findings() == null) {
            throw new ValidationException("tppk.error.decisionMissing");
        }
        if (d.dinasCopyOn() != null && (d.dinasCopyOn().isBefore(step.doneOn()) || d.dinasCopyOn().isAfter(today()))) {
            throw new ValidationException("tppk.error.dinasCopyDate");
        }
        db.tx(sql -> {
            recordStep(sql, actor, caseId, TppkStep.DECISION, step);
            repo.setDinasCopy(sql, caseId, d.dinasCopyOn());
            return null;
        });
    }

    /** Notes the day the decision's copy went to the Dinas, when it went after the decision was recorded. */
    public void recordDinasCopy(Actor actor, long caseId, LocalDate on) {
        requireWork(actor, caseId, AuditAction.TPPK_STEP);
        LocalDate day = pastOrToday(on);
        db.tx(sql -> {
            StepRecord decision = repo.steps(sql, caseId).stream().filter(s -> s.step() == TppkStep.DECISION)
                    .findFirst().orElseThrow(() -> new WorkflowException("tppk.error.stepOrder"));
            if (day.isBefore(decision.doneOn())) {
                throw new ValidationException("tppk.error.dinasCopyDate");
            }
            repo.setDinasCopy(sql, caseId, day);
            cases.touch(sql, caseId, clock.instant());
            audit.ok(sql, actor, AuditAction.TPPK_STEP, caseId, null, "dinas copy " + day);
            return null;
        });
    }

    /** Step 5: follow-up and recovery completed; refused while a measure is still planned or under way. */
    public void recordRecovery(Actor actor, long caseId, StepDraft d) {
        requireWork(actor, caseId, AuditAction.TPPK_STEP);
        StepDraft step = stepDraft(d);
        db.tx(sql -> {
            if (repo.openMeasures(sql, caseId) > 0) {
                throw new WorkflowException("tppk.error.measuresOpen", repo.openMeasures(sql, caseId));
            }
            recordStep(sql, actor, caseId, TppkStep.RECOVERY, step);
            return null;
        });
    }

    private void recordStep(Sql sql, Actor actor, long caseId, TppkStep step, StepDraft d) {
        requireOpen(head(sql, caseId));
        if (!repo.hasMatter(sql, caseId)) {
            throw new WorkflowException("tppk.error.notMatter");
        }
        List<StepRecord> done = repo.steps(sql, caseId);
        TppkStep previous = TppkStep.values()[step.ordinal() - 1];
        StepRecord before = done.stream().filter(s -> s.step() == previous).findFirst()
                .orElseThrow(() -> new WorkflowException("tppk.error.stepOrder"));
        if (done.stream().anyMatch(s -> s.step() == step)) {
            throw new WorkflowException("tppk.error.stepDone");
        }
        if (d.doneOn().isBefore(before.doneOn())) {
            throw new ValidationException("tppk.error.stepBeforePrevious");
        }
        Instant now = clock.instant();
        repo.insertStep(sql, caseId, step, d, actor.userId(), now);
        cases.touch(sql, caseId, now);
        audit.ok(sql, actor, AuditAction.TPPK_STEP, caseId, null, step + " " + d.doneOn());
    }

    private Optional<TppkMatter> matter(Sql sql, long caseId) {
        return repo.matter(sql, caseId).map(m -> matterOf(sql, m, new WorkingDays(repo.holidayDays(sql))));
    }

    private TppkMatter matterOf(Sql sql, PpkspRepository.MatterRow m, WorkingDays workingDays) {
        List<StepRecord> steps = repo.steps(sql, m.caseId());
        List<Summons> summons = repo.summons(sql, m.caseId());
        LocalDate examDone = steps.stream().filter(s -> s.step() == TppkStep.EXAMINATION).map(StepRecord::doneOn)
                .findFirst().orElse(null);
        return new TppkMatter(m.caseId(), m.reportedOn(), m.clockStart(), steps, m.proven(), m.sanction(),
                m.goodNameRestoration(), m.victimSupport(), m.dinasCopyOn(), summons,
                m.clockStart().plusDays(TppkMatter.EXAMINATION_DAYS),
                examDone == null ? null : workingDays.plus(examDone, TppkMatter.DECISION_WORKING_DAYS),
                proceedWithout(summons));
    }

    /** People whose unattended summons reached the limit. */
    private static Set<String> proceedWithout(List<Summons> summons) {
        Map<String, Integer> missed = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (Summons s : summons) {
            if (Boolean.FALSE.equals(s.attended())) {
                missed.merge(s.personKey(), 1, Integer::sum);
                names.put(s.personKey(), s.personName());
            }
        }
        Set<String> out = new TreeSet<>();
        missed.forEach((k, n) -> {
            if (n >= TppkMatter.SUMMONS_LIMIT) {
                out.add(names.get(k));
            }
        });
        return out;
    }

    // ---- summons ------------------------------------------------------------------------------------------

    /**
     * Summons a party to the examination. For a child (a student of the roster or of another school) it is
     * addressed to the parent or guardian: the roster's guardian when none is typed. Refused once the person has
     * missed three summons: the examination goes on without them.
     */
    public long addSummons(Actor actor, long caseId, SummonsDraft d) {
        requireWork(actor, caseId, AuditAction.TPPK_SUMMONS);
        if ((d.studentId() == null) == (d.otherPartyId() == null)) {
            throw new ValidationException("tppk.error.summonsPerson");
        }
        if (d.mode() == null) {
            throw new ValidationException("tppk.error.summonsMode");
        }
        if (d.summonedFor() == null) {
            throw new ValidationException("case.error.dateMissing");
        }
        String typedTo = optional(d.addressedTo(), MAX_NAME);
        String note = optional(d.note(), MAX_TEXT);
        return db.tx(sql -> {
            requireOpen(head(sql, caseId));
            TppkMatter m = matter(sql, caseId).orElseThrow(() -> new WorkflowException("tppk.error.notMatter"));
            if (m.isDone(TppkStep.EXAMINATION)) {
                throw new WorkflowException("tppk.error.examinationDone");
            }
            String addressedTo;
            String personKey;
            if (d.studentId() != null) {
                if (!repo.isStudentParty(sql, caseId, d.studentId())) {
                    throw new ValidationException("tppk.error.summonsPerson");
                }
                addressedTo = typedTo != null ? typedTo : repo.guardianOf(sql, d.studentId()).orElse(null);
                if (addressedTo == null || addressedTo.isBlank()) {
                    throw new ValidationException("tppk.error.guardianMissing");
                }
                personKey = "s" + d.studentId();
            } else {
                OtherParty p = repo.otherParty(sql, d.otherPartyId()).filter(o -> o.caseId() == caseId)
                        .orElseThrow(() -> new ValidationException("tppk.error.summonsPerson"));
                if (p.kind().isChild() && typedTo == null) {
                    throw new ValidationException("tppk.error.guardianMissing");
                }
                addressedTo = typedTo != null ? typedTo : p.name();
                personKey = "o" + d.otherPartyId();
            }
            long missed = m.summons().stream().filter(s -> s.personKey().equals(personKey)
                    && Boolean.FALSE.equals(s.attended())).count();
            if (missed >= TppkMatter.SUMMONS_LIMIT) {
                throw new WorkflowException("tppk.error.proceedWithout");
            }
            Instant now = clock.instant();
            long id = repo.insertSummons(sql, caseId, new SummonsDraft(d.studentId(), d.otherPartyId(), addressedTo,
                    d.mode(), d.summonedFor(), note), actor.userId(), now);
            cases.touch(sql, caseId, now);
            audit.ok(sql, actor, AuditAction.TPPK_SUMMONS, caseId, d.studentId(), "summons " + id + " " + d.mode());
            return id;
        });
    }

    /** Whether the summoned person came. Returns true when this was their third unattended summons. */
    public boolean recordAttendance(Actor actor, long summonsId, boolean attended, String note) {
        Summons s = db.read(sql -> repo.oneSummons(sql, summonsId))
                .orElseThrow(() -> new NotFoundException("tppk.error.summonsNotFound"));
        requireWork(actor, s.caseId(), AuditAction.TPPK_SUMMONS_ATTENDANCE);
        String n = optional(note, MAX_TEXT);
        if (s.summonedFor().isAfter(today())) {
            throw new ValidationException("tppk.error.summonsInFuture");
        }
        return db.tx(sql -> {
            requireOpen(head(sql, s.caseId()));
            if (s.attended() != null) {
                throw new WorkflowException("tppk.error.attendanceKnown");
            }
            repo.setAttendance(sql, summonsId, attended, n);
            cases.touch(sql, s.caseId(), clock.instant());
            audit.ok(sql, actor, AuditAction.TPPK_SUMMONS_ATTENDANCE, s.caseId(), s.studentId(),
                    "summons " + summonsId + (attended ? " attended" : " not attended"));
            long missed = repo.summons(sql, s.caseId()).stream()
                    .filter(x -> x.personKey().equals(s.personKey()) && Boolean.FALSE.equals(x.attended())).count();
            return !attended && missed >= TppkMatter.SUMMONS_LIMIT;
        });
    }

    // ---- measures -----------------------------------------------------------------------------------------

    /** Adds a measure to the case plan, planned. */
    public long addMeasure(Actor actor, long caseId, MeasureDraft d) {
        requireWork(actor, caseId, AuditAction.MEASURE_ADD);
        if (d.kind() == null) {
            throw new ValidationException("measure.error.kindMissing");
        }
        if (d.studentId() != null && d.otherPartyId() != null) {
            throw new ValidationException("measure.error.onePerson");
        }
        String responsible = required(d.responsible(), "measure.error.responsibleMissing", MAX_NAME);
        if (d.dueOn() == null) {
            throw new ValidationException("measure.error.dueMissing");
        }
        String note = optional(d.note(), MAX_TEXT);
        String platform = optional(d.platform(), MAX_NAME);
        String content = optional(d.contentRef(), 2_000);
        if (d.kind() == MeasureKind.CONTENT_TAKEDOWN && (platform == null || content == null)) {
            throw new ValidationException("measure.error.takedownMissing");
        }
        if (d.kind() == MeasureKind.REFERRAL_FOLLOW_THROUGH && (d.referralTo() == null
                || !MeasureKinds.REFERRAL_SERVICES.contains(d.referralTo()))) {
            throw new ValidationException("measure.error.referralMissing");
        }
        if (d.takedownAskedOn() != null && d.takedownAskedOn().isAfter(today())) {
            throw new ValidationException("case.error.dateInFuture");
        }
        MeasureDraft clean = new MeasureDraft(d.kind(), d.studentId(), d.otherPartyId(), responsible, d.dueOn(), note,
                d.kind() == MeasureKind.REFERRAL_FOLLOW_THROUGH ? d.referralTo() : null,
                d.kind() == MeasureKind.CONTENT_TAKEDOWN ? platform : null,
                d.kind() == MeasureKind.CONTENT_TAKEDOWN ? content : null,
                d.kind() == MeasureKind.CONTENT_TAKEDOWN ? d.takedownAskedOn() : null);
        return db.tx(sql -> {
            requireOpen(head(sql, caseId));
            requirePartyOf(sql, caseId, d.studentId(), d.otherPartyId());
            Instant now = clock.instant();
            long id = repo.insertMeasure(sql, caseId, clean, actor.userId(), now);
            cases.touch(sql, caseId, now);
            audit.ok(sql, actor, AuditAction.MEASURE_ADD, caseId, d.studentId(), "measure " + id + " " + d.kind());
            return id;
        });
    }

    /** Moves a measure on: under way, done, or not done with a reason; take-down dates as they happen. */
    public void updateMeasure(Actor actor, long measureId, MeasureUpdate u) {
        Measure m = db.read(sql -> repo.measure(sql, measureId))
                .orElseThrow(() -> new NotFoundException("measure.error.notFound"));
        requireWork(actor, m.caseId(), AuditAction.MEASURE_UPDATE);
        if (u.status() == null) {
            throw new ValidationException("measure.error.statusMissing");
        }
        String reason = optional(u.notDoneReason(), MAX_TEXT);
        if (u.status() == MeasureStatus.NOT_DONE && reason == null) {
            throw new ValidationException("measure.error.reasonMissing");
        }
        String note = optional(u.note(), MAX_TEXT);
        for (LocalDate day : new LocalDate[] {u.takedownAskedOn(), u.removedOn()}) {
            if (day != null && day.isAfter(today())) {
                throw new ValidationException("case.error.dateInFuture");
            }
        }
        LocalDate asked = u.takedownAskedOn() != null ? u.takedownAskedOn() : m.takedownAskedOn();
        if (u.removedOn() != null && asked != null && u.removedOn().isBefore(asked)) {
            throw new ValidationException("measure.error.removedBeforeAsked");
        }
        if ((u.takedownAskedOn() != null || u.removedOn() != null) && m.kind() != MeasureKind.CONTENT_TAKEDOWN) {
            throw new ValidationException("measure.error.notTakedown");
        }
        db.tx(sql -> {
            requireOpen(head(sql, m.caseId()));
            Instant now = clock.instant();
            LocalDate doneOn = u.status() == MeasureStatus.DONE ? (m.doneOn() != null ? m.doneOn() : today()) : null;
            repo.updateMeasure(sql, measureId, new MeasureUpdate(u.status(),
                    u.status() == MeasureStatus.NOT_DONE ? reason : null, note, u.takedownAskedOn(), u.removedOn()),
                    doneOn, now);
            cases.touch(sql, m.caseId(), now);
            audit.ok(sql, actor, AuditAction.MEASURE_UPDATE, m.caseId(), m.studentId(),
                    "measure " + measureId + " " + m.status() + "->" + u.status());
            return null;
        });
    }

    /**
     * The case's measures still planned or under way, for the close-out rules: open work when the case is closed.
     * Runs inside the caller's transaction; no access check (the caller's action has made it).
     */
    public long openMeasures(Sql sql, long caseId) {
        return repo.openMeasures(sql, caseId);
    }

    private void requirePartyOf(Sql sql, long caseId, Long studentId, Long otherPartyId) {
        if (studentId != null && !repo.isStudentParty(sql, caseId, studentId)) {
            throw new ValidationException("measure.error.personNotInCase");
        }
        if (otherPartyId != null && repo.otherParty(sql, otherPartyId).filter(p -> p.caseId() == caseId)
                .isEmpty()) {
            throw new ValidationException("measure.error.personNotInCase");
        }
    }

    // ---- deadlines: the Beranda and the case list ---------------------------------------------------------

    /**
     * TPPK steps past their deadline and not done, of open cases, most late first. Counselors get every one; the
     * principal the decisions of cases escalated to the principal.
     */
    public List<LateStep> lateSteps(Actor actor) {
        boolean counselor = actor != null && actor.can(Permission.CASE_LIST);
        if (!counselor && (actor == null || !actor.can(Permission.CASE_READ_ESCALATED))) {
            throw access.refuse(actor, AuditAction.CASE_LIST, null, null, "late TPPK steps");
        }
        LocalDate today = today();
        return db.tx(sql -> {
            WorkingDays wd = new WorkingDays(repo.holidayDays(sql));
            List<LateStep> out = new ArrayList<>();
            for (PpkspRepository.MatterRow row : repo.matters(sql, true)) {
                if (!counselor && !cases.isEscalatedTo(sql, row.caseId(), ReferralDestination.PRINCIPAL)) {
                    continue;
                }
                TppkMatter m = matterOf(sql, row, wd);
                String code = head(sql, row.caseId()).code();
                for (TppkStep step : counselor ? List.of(TppkStep.EXAMINATION, TppkStep.DECISION)
                        : List.of(TppkStep.DECISION)) {
                    if (m.isOverdue(step, today)) {
                        out.add(new LateStep(row.caseId(), code, step, m.deadlines().get(step),
                                m.daysLate(step, today)));
                    }
                }
            }
            out.sort(Comparator.comparingLong(LateStep::daysLate).reversed().thenComparing(LateStep::code));
            audit.ok(sql, actor, AuditAction.CASE_LIST, null, null, "late TPPK steps");
            return out;
        });
    }

    /** The ids of open cases with a TPPK step past its deadline: the case list's "melewati batas waktu PPKSP". */
    public Set<Long> lateCaseIds(Actor actor) {
        access.require(actor, Permission.CASE_LIST, AuditAction.CASE_LIST);
        return lateSteps(actor).stream().map(LateStep::caseId).collect(Collectors.toCollection(TreeSet::new));
    }

    // ---- school holidays ----------------------------------------------------------------------------------

    public List<PpkspRepository.Holiday> holidays(Actor actor) {
        requireHolidays(actor);
        return db.read(repo::holidays);
    }

    /** Lists a day the school is closed (not a working day for the decision's deadline). */
    public void addHoliday(Actor actor, LocalDate day, String name) {
        requireHolidays(actor);
        if (day == null) {
            throw new ValidationException("case.error.dateMissing");
        }
        String n = required(name, "ppksp.error.holidayNameMissing", MAX_NAME);
        db.tx(sql -> {
            if (!repo.insertHoliday(sql, day, n)) {
                throw new ValidationException("ppksp.error.holidayTwice");
            }
            audit.ok(sql, actor, AuditAction.HOLIDAY_UPDATE, null, null, "add " + day);
            return null;
        });
    }

    public void removeHoliday(Actor actor, LocalDate day) {
        requireHolidays(actor);
        db.tx(sql -> {
            if (!repo.deleteHoliday(sql, day)) {
                throw new NotFoundException("ppksp.error.holidayNotFound");
            }
            audit.ok(sql, actor, AuditAction.HOLIDAY_UPDATE, null, null, "remove " + day);
            return null;
        });
    }

    private void requireHolidays(Actor actor) {
        if (actor == null || !(actor.can(Permission.CASE_WORK) || actor.can(Permission.SETTINGS_MANAGE))) {
            throw access.refuse(actor, AuditAction.HOLIDAY_UPDATE, null, null, "school holidays");
        }
    }

    private StepDraft stepDraft(StepDraft d) {
        LocalDate on = pastOrToday(d.doneOn());
        String who = required(d.who(), "tppk.error.whoMissing", 1_000);
        return new StepDraft(on, who, optional(d.findings(), MAX_TEXT));
    }

    private LocalDate pastOrToday(LocalDate date) {
        if (date == null) {
            throw new ValidationException("case.error.dateMissing");
        }
        if (date.isAfter(today())) {
            throw new ValidationException("case.error.dateInFuture");
        }
        return date;
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
