package id.kantibekisah.cases;

import id.kantibekisah.db.Row;
import id.kantibekisah.db.SearchText;
import id.kantibekisah.db.Sql;
import id.kantibekisah.students.StudentRepository;

import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** SQL for cases and everything that hangs off them. No access checks here: {@link CaseService} does those. */
public final class CaseRepository {
    /** The current state of a case, as the workflow needs it. */
    public record CaseState(long id, String code, CaseStatus status, RiskLevel risk, Long counselorId) {
    }

    /**
     * Newest first. One action writes several rows at the same instant (a session, then the status it moves the
     * case to); among those the status change is the newest and the creation the oldest, so a timeline read top to
     * bottom tells the story backwards without two steps swapped.
     */
    static final Comparator<TimelineItem> NEWEST_FIRST = Comparator.comparing(TimelineItem::recordedAt)
            .reversed()
            .thenComparingInt(CaseRepository::sameInstantRank)
            .thenComparing(Comparator.comparingLong(CaseRepository::statusId).reversed());

    private static int sameInstantRank(TimelineItem item) {
        if (item instanceof StatusChange s) {
            return s.from() == null ? 2 : 0;
        }
        return 1;
    }

    private static long statusId(TimelineItem item) {
        return item instanceof StatusChange s ? s.id() : 0;
    }

    /** Sorts on the {@code cases} row alone, which can choose a page before the summaries are built. */
    private static final Set<CaseSort> CASE_COLUMN_SORTS = EnumSet.of(CaseSort.CODE, CaseSort.OPENED,
            CaseSort.CATEGORY, CaseSort.RISK, CaseSort.STATUS);

    private static final String SUMMARY_SELECT = """
            SELECT c.id, c.code, c.opened_on, c.category, c.risk, c.status, c.counselor_id,
                   u.display_name AS counselor_name,
                   (SELECT group_concat(s.name, ', ' ORDER BY
                               CASE p.role WHEN 'AT_RISK' THEN 1 WHEN 'VICTIM' THEN 2 WHEN 'PERPETRATOR' THEN 3
                                           ELSE 4 END, s.name)
                      FROM case_parties p JOIN students s ON s.id = p.student_id
                     WHERE p.case_id = c.id) AS student_names,
                   (SELECT group_concat(DISTINCT s.class_name)
                      FROM case_parties p JOIN students s ON s.id = p.student_id
                     WHERE p.case_id = c.id) AS classes,
                   (SELECT min(f.due_on) FROM follow_ups f WHERE f.case_id = c.id AND f.done_at IS NULL)
                       AS next_follow_up
              FROM cases c LEFT JOIN users u ON u.id = c.counselor_id
            """;

    // ---- codes and creation -------------------------------------------------------------------------------

    /** The next free code for a case opened in {@code year}: {@code KB-2025-0042}. */
    public String nextCode(Sql sql, int year) {
        sql.update("""
                INSERT INTO case_code_counters (year, last) VALUES (?, 1)
                ON CONFLICT (year) DO UPDATE SET last = last + 1""", year);
        long n = sql.longValue("SELECT last FROM case_code_counters WHERE year = ?", year);
        return String.format("KB-%d-%04d", year, n);
    }

    public long insertCase(Sql sql, String code, long termId, LocalDate openedOn, Category category, RiskLevel risk,
                           CaseStatus status, Long counselorId, long createdBy, Instant now) {
        return sql.insert("""
                INSERT INTO cases (code, term_id, opened_on, category, risk, status, counselor_id, created_by,
                                   created_at, updated_at, first_reviewed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                code, termId, openedOn, category, risk, status, counselorId, createdBy, now, now,
                status == CaseStatus.NEW ? null : now);
    }

    public void insertParty(Sql sql, long caseId, long studentId, PartyRole role) {
        sql.update("INSERT INTO case_parties (case_id, student_id, role) VALUES (?, ?, ?)", caseId, studentId, role);
    }

    public void insertIntake(Sql sql, long caseId, ReporterKind kind, Long reporterUserId, String reporterName,
                             IntakeDraft d, Instant now) {
        sql.update("""
                INSERT INTO intakes (case_id, reporter_kind, reporter_user_id, reporter_name, description, location,
                                     location_detail, occurred_on, occurred_time, reporter_urgency, knowledge,
                                     created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                caseId, kind, reporterUserId, reporterName, d.description(), d.location(), d.locationDetail(),
                d.occurredOn(), d.occurredTime(), d.urgency(), d.knowledge(), now);
    }

    // ---- state changes ------------------------------------------------------------------------------------

    public Optional<CaseState> state(Sql sql, long caseId) {
        return sql.one("SELECT id, code, status, risk, counselor_id FROM cases WHERE id = ?",
                r -> new CaseState(r.lng("id"), r.str("code"), r.enumOf(CaseStatus.class, "status"),
                        r.enumOf(RiskLevel.class, "risk"), r.lngOrNull("counselor_id")), caseId);
    }

    public void setStatus(Sql sql, long caseId, CaseStatus status, Instant now) {
        sql.update("""
                UPDATE cases SET status = ?, updated_at = ?,
                       first_reviewed_at = coalesce(first_reviewed_at, CASE WHEN ? <> 'NEW' THEN ? END),
                       closed_at = CASE WHEN ? IN ('RESOLVED', 'DISMISSED') THEN ? END
                WHERE id = ?""", status, now, status, now, status, now, caseId);
    }

    public void setCounselor(Sql sql, long caseId, Long counselorId, Instant now) {
        sql.update("UPDATE cases SET counselor_id = ?, updated_at = ? WHERE id = ?", counselorId, now, caseId);
    }

    public void setRisk(Sql sql, long caseId, RiskLevel risk, Instant now) {
        sql.update("UPDATE cases SET risk = ?, updated_at = ? WHERE id = ?", risk, now, caseId);
    }

    public void setResolution(Sql sql, long caseId, String recommendation, String summary) {
        sql.update("UPDATE cases SET recommendation = ?, closure_summary = ? WHERE id = ?", recommendation, summary,
                caseId);
    }

    public void setDismissalReason(Sql sql, long caseId, String reason) {
        sql.update("UPDATE cases SET dismissal_reason = ? WHERE id = ?", reason, caseId);
    }

    public void insertStatusChange(Sql sql, long caseId, CaseStatus from, CaseStatus to, long by, Instant now,
                                   String reason) {
        sql.insert("""
                INSERT INTO status_history (case_id, from_status, to_status, changed_by, changed_at, reason)
                VALUES (?, ?, ?, ?, ?, ?)""", caseId, from, to, by, now, reason);
    }

    public void insertNote(Sql sql, long caseId, NoteKind kind, String oldValue, String newValue, String text,
                           long by, Instant now) {
        sql.insert("""
                INSERT INTO case_notes (case_id, kind, old_value, new_value, text, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", caseId, kind, oldValue, newValue, text, by, now);
    }

    public long insertSession(Sql sql, long caseId, SessionDraft d, long counselorId, Instant now) {
        return sql.insert("""
                INSERT INTO counseling_sessions (case_id, held_on, kind, notes, next_step, counselor_id, created_at)
                VALUES (?, ?, ?, ?, ?, ?, ?)""", caseId, d.heldOn(), d.kind(), d.notes(), d.nextStep(), counselorId,
                now);
    }

    public long insertReferral(Sql sql, long caseId, ReferralDraft d, long by, Instant now) {
        return sql.insert("""
                INSERT INTO referrals (case_id, destination, referred_on, reason, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", caseId, d.destination(), d.referredOn(), d.reason(), by, now);
    }

    /** The case a referral belongs to and its destination. */
    public record ReferralRef(long id, long caseId, ReferralDestination destination, boolean acknowledged,
                              boolean cancelled) {
    }

    public Optional<ReferralRef> referralRef(Sql sql, long referralId) {
        return sql.one("SELECT id, case_id, destination, acknowledged_at, cancelled FROM referrals WHERE id = ?",
                r -> new ReferralRef(r.lng("id"), r.lng("case_id"),
                        r.enumOf(ReferralDestination.class, "destination"), r.str("acknowledged_at") != null,
                        r.lng("cancelled") != 0),
                referralId);
    }

    public void setReferralOutcome(Sql sql, long referralId, String outcome, LocalDate on) {
        sql.update("UPDATE referrals SET outcome = ?, outcome_on = ? WHERE id = ?", outcome, on, referralId);
    }

    /** Closes a referral without its outcome: the case was closed without it; the reason stands as the outcome. */
    public void cancelReferral(Sql sql, long referralId, String reason, LocalDate on) {
        sql.update("UPDATE referrals SET outcome = ?, outcome_on = ?, cancelled = 1 WHERE id = ?", reason, on,
                referralId);
    }

    /** The case's referrals still waiting: for the principal's answer, or for their outcome. */
    public List<Long> openReferrals(Sql sql, long caseId) {
        return sql.list("""
                SELECT id FROM referrals
                 WHERE case_id = ? AND outcome IS NULL
                   AND NOT (destination = 'PRINCIPAL' AND acknowledged_at IS NOT NULL)
                 ORDER BY id""", r -> r.lng("id"), caseId);
    }

    /** The case's follow-ups neither done nor cancelled. */
    public List<Long> openFollowUpIds(Sql sql, long caseId) {
        return sql.list("SELECT id FROM follow_ups WHERE case_id = ? AND done_at IS NULL ORDER BY id",
                r -> r.lng("id"), caseId);
    }

    public void acknowledgeReferral(Sql sql, long referralId, long by, Instant now, String note) {
        sql.update("""
                UPDATE referrals SET acknowledged_by = ?, acknowledged_at = ?, acknowledgement_note = ?
                WHERE id = ?""", by, now, note, referralId);
    }

    public long insertFollowUp(Sql sql, long caseId, FollowUpDraft d, long by, Instant now) {
        return sql.insert("""
                INSERT INTO follow_ups (case_id, due_on, assignee_id, description, created_by, created_at)
                VALUES (?, ?, ?, ?, ?, ?)""", caseId, d.dueOn(), d.assigneeId(), d.description(), by, now);
    }

    /** The case of a follow-up and whether it is done. */
    public record FollowUpRef(long id, long caseId, boolean done) {
    }

    public Optional<FollowUpRef> followUpRef(Sql sql, long followUpId) {
        return sql.one("SELECT id, case_id, done_at FROM follow_ups WHERE id = ?",
                r -> new FollowUpRef(r.lng("id"), r.lng("case_id"), r.str("done_at") != null), followUpId);
    }

    public void completeFollowUp(Sql sql, long followUpId, long by, Instant now, LocalDate on, String note) {
        sql.update("UPDATE follow_ups SET done_at = ?, done_on = ?, done_by = ?, done_note = ? WHERE id = ?",
                now, on, by, note, followUpId);
    }

    /** Closes a follow-up as not done, with the reason. */
    public void cancelFollowUp(Sql sql, long followUpId, long by, Instant now, LocalDate on, String reason) {
        sql.update("""
                UPDATE follow_ups SET done_at = ?, done_on = ?, done_by = ?, done_note = ?, cancelled = 1
                WHERE id = ?""", now, on, by, reason, followUpId);
    }

    public void touch(Sql sql, long caseId, Instant now) {
        sql.update("UPDATE cases SET updated_at = ? WHERE id = ?", now, caseId);
    }

    // ---- reading ------------------------------------------------------------------------------------------

    public boolean isEscalatedTo(Sql sql, long caseId, ReferralDestination destination) {
        return sql.longValue("SELECT count(*) FROM referrals WHERE case_id = ? AND destination = ?", caseId,
                destination) > 0;
    }

    /** The cases a student is part of, newest first, with the student's role in each. */
    public List<StudentCase> casesOfStudent(Sql sql, long studentId) {
        return sql.list("""
                SELECT c.id, c.code, c.opened_on, c.category, c.status, p.role
                  FROM case_parties p JOIN cases c ON c.id = p.case_id
                 WHERE p.student_id = ?
                 ORDER BY c.opened_on DESC, c.id DESC""",
                r -> new StudentCase(r.lng("id"), r.str("code"), r.date("opened_on"),
                        r.enumOf(Category.class, "category"), r.enumOf(CaseStatus.class, "status"),
                        r.enumOf(PartyRole.class, "role")), studentId);
    }

    public List<IntakeReceipt> intakesReportedBy(Sql sql, long userId) {
        return sql.list("""
                SELECT c.code, c.opened_on, c.status FROM intakes i JOIN cases c ON c.id = i.case_id
                WHERE i.reporter_user_id = ? AND i.reporter_kind = 'CADRE'
                ORDER BY c.opened_on DESC, c.id DESC""",
                r -> new IntakeReceipt(r.str("code"), r.date("opened_on"), r.enumOf(CaseStatus.class, "status")),
                userId);
    }

    public CasePage page(Sql sql, CaseQuery q, Long actingUserId, LocalDate today) {
        List<Object> params = new ArrayList<>();
        String where = where(q, actingUserId, today, params);
        long total = sql.longValue("SELECT count(*) FROM cases c" + where, params.toArray());
        String order = q.sort().expression() + (q.ascending() ? " ASC" : " DESC") + ", c.id"
                + (q.ascending() ? " ASC" : " DESC");
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(q.limit());
        pageParams.add(q.offset());
        // Sorted by a column of the case itself, the page's ids are picked first and only those rows get their
        // summary (students, classes, next follow-up: three subqueries each); otherwise a search matching
        // thousands of cases would build thousands of summaries to show a hundred.
        String select = CASE_COLUMN_SORTS.contains(q.sort())
                ? SUMMARY_SELECT + " WHERE c.id IN (SELECT c.id FROM cases c" + where + " ORDER BY " + order
                        + " LIMIT ? OFFSET ?) ORDER BY " + order
                : SUMMARY_SELECT + where + " ORDER BY " + order + " LIMIT ? OFFSET ?";
        List<CaseSummary> rows = sql.list(select, CaseRepository::mapSummary, pageParams.toArray());
        return new CasePage(rows, total);
    }

    /** Cases with a referral to {@code destination}, newest referral first. */
    public List<CaseSummary> escalatedTo(Sql sql, ReferralDestination destination, int limit) {
        return sql.list(SUMMARY_SELECT + """
                 WHERE c.id IN (SELECT case_id FROM referrals WHERE destination = ?)
                 ORDER BY (SELECT max(referred_on) FROM referrals r WHERE r.case_id = c.id) DESC, c.id DESC
                 LIMIT ?""", CaseRepository::mapSummary, destination, limit);
    }

    /** Cases with a referral to {@code destination} that nobody has acknowledged yet. */
    public Set<Long> awaitingAcknowledgement(Sql sql, ReferralDestination destination) {
        return new HashSet<>(sql.list(
                """
                SELECT DISTINCT case_id FROM referrals
                 WHERE destination = ? AND acknowledged_at IS NULL AND outcome IS NULL""",
                r -> r.lng("case_id"), destination));
    }

    public List<CaseSummary> byStatus(Sql sql, CaseStatus status, int limit) {
        return sql.list(SUMMARY_SELECT + " WHERE c.status = ? ORDER BY c.opened_on, c.id LIMIT ?",
                CaseRepository::mapSummary, status, limit);
    }

    public List<CaseSummary> openWithRisk(Sql sql, RiskLevel risk, int limit) {
        return sql.list(SUMMARY_SELECT + """
                 WHERE c.risk = ? AND c.status NOT IN ('RESOLVED', 'DISMISSED')
                 ORDER BY c.opened_on, c.id LIMIT ?""", CaseRepository::mapSummary, risk, limit);
    }

    /** Open follow-ups due before {@code until} (exclusive), on open cases, earliest first. */
    public List<DueFollowUp> openFollowUps(Sql sql, LocalDate from, LocalDate until, int limit) {
        return sql.list("""
                SELECT f.id, f.case_id, c.code, f.due_on, f.assignee_id, u.display_name, f.description
                  FROM follow_ups f JOIN cases c ON c.id = f.case_id JOIN users u ON u.id = f.assignee_id
                 WHERE f.done_at IS NULL AND f.due_on >= ? AND f.due_on < ?
                   AND c.status NOT IN ('RESOLVED', 'DISMISSED')
                 ORDER BY f.due_on, f.id LIMIT ?""",
                r -> new DueFollowUp(r.lng("id"), r.lng("case_id"), r.str("code"), r.date("due_on"),
                        r.lng("assignee_id"), r.str("display_name"), r.str("description")),
                from, until, limit);
    }

    public Optional<CaseDetail> detail(Sql sql, long caseId) {
        Optional<CaseDetail> head = sql.one("""
                SELECT c.*, u.display_name AS counselor_name, t.academic_year, t.semester
                  FROM cases c LEFT JOIN users u ON u.id = c.counselor_id JOIN terms t ON t.id = c.term_id
                 WHERE c.id = ?""", r -> new CaseDetail(r.lng("id"), r.str("code"),
                r.str("academic_year") + "-" + r.integer("semester"), r.date("opened_on"),
                r.enumOf(Category.class, "category"), r.enumOf(RiskLevel.class, "risk"),
                r.enumOf(CaseStatus.class, "status"), r.lngOrNull("counselor_id"), r.str("counselor_name"),
                r.str("recommendation"), r.str("closure_summary"), r.str("dismissal_reason"), r.instant("closed_at"),
                List.of(), null, List.of()), caseId);
        if (head.isEmpty()) {
            return Optional.empty();
        }
        CaseDetail h = head.get();
        List<Party> parties = sql.list("""
                SELECT p.student_id, s.name, s.class_name, s.nisn, p.role
                  FROM case_parties p JOIN students s ON s.id = p.student_id
                 WHERE p.case_id = ?
                 ORDER BY CASE p.role WHEN 'AT_RISK' THEN 1 WHEN 'VICTIM' THEN 2 WHEN 'PERPETRATOR' THEN 3 ELSE 4 END,
                          s.name""",
                r -> new Party(r.lng("student_id"), r.str("name"), r.str("class_name"), r.str("nisn"),
                        r.enumOf(PartyRole.class, "role")), caseId);
        Intake intake = sql.one("""
                SELECT i.*, coalesce(u.display_name, i.reporter_name) AS reporter_display
                  FROM intakes i LEFT JOIN users u ON u.id = i.reporter_user_id
                 WHERE i.case_id = ?""", r -> new Intake(r.enumOf(ReporterKind.class, "reporter_kind"),
                r.str("reporter_display"), r.str("description"), r.enumOf(IncidentLocation.class, "location"),
                r.str("location_detail"), r.date("occurred_on"),
                r.str("occurred_time") == null ? null : LocalTime.parse(r.str("occurred_time")),
                r.enumOf(RiskLevel.class, "reporter_urgency"), r.enumOf(Knowledge.class, "knowledge"),
                r.instant("created_at")), caseId).orElse(null);
        List<TimelineItem> timeline = new ArrayList<>();
        timeline.addAll(sql.list("""
                SELECT h.*, u.display_name FROM status_history h JOIN users u ON u.id = h.changed_by
                 WHERE h.case_id = ?""", r -> new StatusChange(r.lng("id"),
                r.enumOf(CaseStatus.class, "from_status"), r.enumOf(CaseStatus.class, "to_status"),
                r.str("display_name"), r.instant("changed_at"), r.str("reason")), caseId));
        timeline.addAll(sql.list("""
                SELECT s.*, u.display_name FROM counseling_sessions s JOIN users u ON u.id = s.counselor_id
                 WHERE s.case_id = ?""", r -> new CounselingSession(r.lng("id"), r.date("held_on"),
                r.enumOf(SessionKind.class, "kind"), r.str("notes"), r.str("next_step"), r.str("display_name"),
                r.instant("created_at")), caseId));
        timeline.addAll(sql.list("""
                SELECT r.*, u.display_name, a.display_name AS ack_name
                  FROM referrals r JOIN users u ON u.id = r.created_by LEFT JOIN users a ON a.id = r.acknowledged_by
                 WHERE r.case_id = ?""", r -> new Referral(r.lng("id"),
                r.enumOf(ReferralDestination.class, "destination"), r.date("referred_on"), r.str("reason"),
                r.str("outcome"), r.date("outcome_on"), r.lng("cancelled") != 0, r.str("ack_name"),
                r.instant("acknowledged_at"), r.str("acknowledgement_note"), r.str("display_name"), r.instant("created_at")), caseId));
        timeline.addAll(followUps(sql, caseId));
        timeline.addAll(sql.list("""
                SELECT n.*, u.display_name FROM case_notes n JOIN users u ON u.id = n.created_by
                 WHERE n.case_id = ?""", r -> new CaseNote(r.lng("id"), r.enumOf(NoteKind.class, "kind"),
                r.str("old_value"), r.str("new_value"), r.str("text"), r.str("display_name"),
                r.instant("created_at")), caseId));
        timeline.sort(NEWEST_FIRST);
        return Optional.of(new CaseDetail(h.id(), h.code(), h.termCode(), h.openedOn(), h.category(), h.risk(),
                h.status(), h.counselorId(), h.counselorName(), h.recommendation(), h.closureSummary(),
                h.dismissalReason(), h.closedAt(), parties, intake, timeline));
    }

    public List<FollowUp> followUps(Sql sql, long caseId) {
        return sql.list("""
                SELECT f.*, a.display_name AS assignee_name, c.display_name AS creator_name,
                       d.display_name AS done_name
                  FROM follow_ups f JOIN users a ON a.id = f.assignee_id JOIN users c ON c.id = f.created_by
                  LEFT JOIN users d ON d.id = f.done_by
                 WHERE f.case_id = ? ORDER BY f.due_on, f.id""", r -> new FollowUp(r.lng("id"), r.lng("case_id"),
                r.date("due_on"), r.lng("assignee_id"), r.str("assignee_name"), r.str("description"),
                r.instant("done_at"), r.date("done_on"), r.str("done_name"), r.str("done_note"),
                r.lng("cancelled") != 0, r.str("creator_name"), r.instant("created_at")), caseId);
    }

    private static String where(CaseQuery q, Long actingUserId, LocalDate today, List<Object> params) {
        List<String> clauses = new ArrayList<>();
        if (q.text() != null && !q.text().isBlank()) {
            String text = q.text().trim();
            if (text.length() >= SearchText.MIN_INDEXED) {
                // Substring search through the trigram indexes (V003): no scan of cases or students.
                clauses.add("""
                        (c.id IN (SELECT rowid FROM case_code_search WHERE case_code_search MATCH ?)
                         OR c.id IN (SELECT p.case_id FROM case_parties p WHERE p.student_id IN
                                     (SELECT rowid FROM student_search WHERE student_search MATCH ?)))""");
                params.add(SearchText.phrase(text));
                params.add(SearchText.phrase(text));
            } else {
                String t = StudentRepository.escapeLike(text);
                clauses.add("""
                        (c.code LIKE '%' || ? || '%' ESCAPE '\\'
                         OR c.id IN (SELECT p.case_id FROM case_parties p JOIN students s ON s.id = p.student_id
                                      WHERE s.name LIKE '%' || ? || '%' ESCAPE '\\'
                                         OR s.nisn LIKE ? || '%' ESCAPE '\\'))""");
                params.add(t);
                params.add(t);
                params.add(t);
            }
        }
        if (!q.statuses().isEmpty()) {
            clauses.add("c.status IN (" + String.join(", ", q.statuses().stream().map(s -> "?").toList()) + ")");
            q.statuses().stream().sorted().forEach(params::add);
        }
        if (q.category() != null) {
            clauses.add("c.category = ?");
            params.add(q.category());
        }
        if (q.risk() != null) {
            clauses.add("c.risk = ?");
            params.add(q.risk());
        }
        if (q.className() != null && !q.className().isBlank()) {
            clauses.add("c.id IN (SELECT p.case_id FROM case_parties p JOIN students s ON s.id = p.student_id "
                    + "WHERE s.class_name = ?)");
            params.add(q.className().trim());
        }
        if (q.termId() != null) {
            clauses.add("c.term_id = ?");
            params.add(q.termId());
        }
        if (q.mine()) {
            clauses.add("c.counselor_id = ?");
            params.add(actingUserId);
        }
        if (q.overdue()) {
            clauses.add("""
                    c.status NOT IN ('RESOLVED', 'DISMISSED')
                    AND c.id IN (SELECT f.case_id FROM follow_ups f WHERE f.done_at IS NULL AND f.due_on < ?)""");
            params.add(today);
        }
        if (q.onlyIds() != null) {
            clauses.add(q.onlyIds().isEmpty() ? "0 = 1"
                    : "c.id IN (" + String.join(", ", q.onlyIds().stream().map(id -> "?").toList()) + ")");
            q.onlyIds().stream().sorted().forEach(params::add);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    static CaseSummary mapSummary(Row r) throws SQLException {
        return new CaseSummary(r.lng("id"), r.str("code"), r.date("opened_on"), r.enumOf(Category.class, "category"),
                r.enumOf(RiskLevel.class, "risk"), r.enumOf(CaseStatus.class, "status"), r.lngOrNull("counselor_id"),
                r.str("counselor_name"), r.str("student_names"), r.str("classes"), r.date("next_follow_up"));
    }
}
