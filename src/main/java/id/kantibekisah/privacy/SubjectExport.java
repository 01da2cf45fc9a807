package id.kantibekisah.privacy;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.NoteKind;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;
import id.kantibekisah.reports.CellText;
import id.kantibekisah.seal.FilePassword;
import id.kantibekisah.seal.ProtectedOoxml;
import id.kantibekisah.students.Gender;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Everything the school holds about one student, for the student or their parents (UU 27/2022, the right of
 * access), as an .xlsx: the student record and the cadre account, every case the student is part of with its
 * timeline, who accessed the record and those cases, and the recorded consents. Other children appear only by
 * their role in the case; the reporter is never named; narratives have other children's and the reporter's names
 * replaced (see {@link Redactor}). Audited; only the BK team may export it, since it holds case content.
 */
public final class SubjectExport {
    /** What was written. */
    public record Result(Path file, int cases, int accessRows) {
    }

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;

    public SubjectExport(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /**
     * Writes the file in one transaction with its audit row: if the file cannot be written, nothing is recorded
     * as exported and no partial file is left behind.
     */
    public Result export(Actor actor, long studentId, Path file, Messages messages, Progress progress) {
        return export(actor, studentId, file, null, messages, progress);
    }

    /**
     * As {@link #export(Actor, long, Path, Messages, Progress)}; with a {@code password} the file is written
     * encrypted ({@link ProtectedOoxml}), for handing to the parents on a stick or by mail.
     */
    public Result export(Actor actor, long studentId, Path file, FilePassword password, Messages messages,
                         Progress progress) {
        access.require(actor, Permission.SUBJECT_EXPORT, AuditAction.SUBJECT_EXPORT, null, studentId);
        return db.tx(sql -> {
            Subject subject = Subject.load(sql, studentId)
                    .orElseThrow(() -> new NotFoundException("student.error.notFound"));
            progress.update(1, 4);
            audit.ok(sql, actor, AuditAction.SUBJECT_EXPORT, null, studentId, subject.cases.size() + " cases"
                    + (password == null ? "" : ", password-protected"));
            List<AccessRow> accessRows = AccessRow.load(sql, studentId);
            progress.update(2, 4);
            String school = sql.string("SELECT name FROM school_profile WHERE id = 1").orElse("");
            Writer writer = new Writer(messages, clock, subject, accessRows, school, actor);
            write(writer, file, password);
            progress.update(4, 4);
            return new Result(file, subject.cases.size(), accessRows.size());
        });
    }

    private static void write(Writer writer, Path file, FilePassword password) {
        Path target = file.toAbsolutePath();
        Path dir = target.getParent();
        Path temp = null;
        try {
            temp = Files.createTempFile(dir, ".kanti-bekisah-", ".tmp");
            try (Workbook wb = writer.workbook(); OutputStream out = Files.newOutputStream(temp)) {
                if (password == null) {
                    wb.write(out);
                } else {
                    ProtectedOoxml.write(wb::write, password, out);
                }
            }
            try {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new ServiceException("subject.error.write", e, target);
        } finally {
            if (temp != null) {
                try {
                    Files.deleteIfExists(temp);
                } catch (IOException ignored) {
                    // Already moved, or nothing more we can do; the message above says what failed.
                }
            }
        }
    }

    // ---- what is read --------------------------------------------------------------------------------------

    record StudentRow(long id, String nisn, String nis, String name, Gender gender, String className,
                      LocalDate birthDate, String guardianName, String guardianPhone, boolean active,
                      Instant anonymisedAt) {
    }

    record CadreAccount(String username, boolean active) {
    }

    record OtherParty(String name, PartyRole role) {
    }

    record CaseRow(long id, String code, LocalDate openedOn, Category category, RiskLevel risk, CaseStatus status,
                   PartyRole subjectRole, String counselorName, IncidentLocation location, String locationDetail,
                   LocalDate occurredOn, String description, String recommendation, String closureSummary,
                   String dismissalReason, String reporterName, String reporterUserName, List<OtherParty> others,
                   List<Step> steps) {
    }

    /** One line of a case's history: what happened, when, the text and who did it (staff only). */
    record Step(Instant at, LocalDate on, String kindKey, Object[] kindArgs, String text, String byName) {
    }

    static final class Subject {
        final StudentRow student;
        final List<CadreAccount> accounts;
        final List<CaseRow> cases;
        final List<Consent> consents;
        final List<String> otherStudentNames;

        private Subject(StudentRow student, List<CadreAccount> accounts, List<CaseRow> cases,
                        List<Consent> consents, List<String> otherStudentNames) {
            this.student = student;
            this.accounts = accounts;
            this.cases = cases;
            this.consents = consents;
            this.otherStudentNames = otherStudentNames;
        }

        static java.util.Optional<Subject> load(Sql sql, long studentId) {
            return sql.one("SELECT * FROM students WHERE id = ?", r -> new StudentRow(r.lng("id"), r.str("nisn"),
                    r.str("nis"), r.str("name"), r.enumOf(Gender.class, "gender"), r.str("class_name"),
                    r.date("birth_date"), r.str("guardian_name"), r.str("guardian_phone"), r.bool("active"),
                    r.instant("anonymised_at")), studentId).map(student -> new Subject(student,
                    sql.list("SELECT username, active FROM users WHERE student_id = ? AND role = 'CADRE' ORDER BY id",
                            r -> new CadreAccount(r.str("username"), r.bool("active")), studentId),
                    cases(sql, studentId), ConsentService.list(sql, studentId),
                    sql.list("SELECT name FROM students WHERE id <> ? AND anonymised_at IS NULL",
                            r -> r.str("name"), studentId)));
        }

        private static List<CaseRow> cases(Sql sql, long studentId) {
            List<CaseRow> heads = sql.list("""
                    SELECT c.id, c.code, c.opened_on, c.category, c.risk, c.status, c.recommendation,
                           c.closure_summary, c.dismissal_reason, p.role AS subject_role,
                           u.display_name AS counselor_name, i.location, i.location_detail, i.occurred_on,
                           i.description, i.reporter_name, ru.display_name AS reporter_user_name
                      FROM case_parties p JOIN cases c ON c.id = p.case_id
                      LEFT JOIN users u ON u.id = c.counselor_id
                      LEFT JOIN intakes i ON i.case_id = c.id
                      LEFT JOIN users ru ON ru.id = i.reporter_user_id
                     WHERE p.student_id = ?
                     ORDER BY c.opened_on, c.id""", r -> new CaseRow(r.lng("id"), r.str("code"),
                    r.date("opened_on"), r.enumOf(Category.class, "category"), r.enumOf(RiskLevel.class, "risk"),
                    r.enumOf(CaseStatus.class, "status"), r.enumOf(PartyRole.class, "subject_role"),
                    r.str("counselor_name"), r.enumOf(IncidentLocation.class, "location"),
                    r.str("location_detail"), r.date("occurred_on"), r.str("description"), r.str("recommendation"),
                    r.str("closure_summary"), r.str("dismissal_reason"), r.str("reporter_name"),
                    r.str("reporter_user_name"), List.of(), List.of()), studentId);
            List<CaseRow> out = new ArrayList<>();
            for (CaseRow c : heads) {
                List<OtherParty> others = sql.list("""
                        SELECT s.name, p.role FROM case_parties p JOIN students s ON s.id = p.student_id
                         WHERE p.case_id = ? AND p.student_id <> ?
                         ORDER BY CASE p.role WHEN 'AT_RISK' THEN 1 WHEN 'VICTIM' THEN 2 WHEN 'PERPETRATOR' THEN 3
                                  ELSE 4 END""",
                        r -> new OtherParty(r.str("name"), r.enumOf(PartyRole.class, "role")), c.id(), studentId);
                out.add(new CaseRow(c.id(), c.code(), c.openedOn(), c.category(), c.risk(), c.status(),
                        c.subjectRole(), c.counselorName(), c.location(), c.locationDetail(), c.occurredOn(),
                        c.description(), c.recommendation(), c.closureSummary(), c.dismissalReason(),
                        c.reporterName(), c.reporterUserName(), others, steps(sql, c.id())));
            }
            return out;
        }

        /** The case's history; "by" is kept only for staff, so a cadre who reported it is never named. */
        private static List<Step> steps(Sql sql, long caseId) {
            List<Step> steps = new ArrayList<>();
            steps.addAll(sql.list("""
                    SELECT h.changed_at, h.from_status, h.to_status, h.reason, u.display_name, u.role
                      FROM status_history h JOIN users u ON u.id = h.changed_by WHERE h.case_id = ?""", r -> {
                CaseStatus from = r.enumOf(CaseStatus.class, "from_status");
                CaseStatus to = r.enumOf(CaseStatus.class, "to_status");
                return new Step(r.instant("changed_at"), null,
                        from == null ? "subject.step.opened" : "subject.step.status",
                        from == null ? new Object[] {to} : new Object[] {from, to}, r.str("reason"),
                        staff(r.str("display_name"), r.str("role")));
            }, caseId));
            steps.addAll(sql.list("""
                    SELECT s.held_on, s.created_at, s.kind, s.notes, s.next_step, u.display_name, u.role
                      FROM counseling_sessions s JOIN users u ON u.id = s.counselor_id WHERE s.case_id = ?""",
                    r -> new Step(r.instant("created_at"), r.date("held_on"), "subject.step.session",
                            new Object[] {r.enumOf(SessionKind.class, "kind")},
                            join(r.str("notes"), r.str("next_step")), staff(r.str("display_name"), r.str("role"))),
                    caseId));
            steps.addAll(sql.list("""
                    SELECT f.referred_on, f.created_at, f.destination, f.reason, f.outcome, f.acknowledgement_note,
                           u.display_name, u.role
                      FROM referrals f JOIN users u ON u.id = f.created_by WHERE f.case_id = ?""",
                    r -> new Step(r.instant("created_at"), r.date("referred_on"), "subject.step.referral",
                            new Object[] {r.enumOf(ReferralDestination.class, "destination")},
                            join(r.str("reason"), r.str("outcome"), r.str("acknowledgement_note")),
                            staff(r.str("display_name"), r.str("role"))), caseId));
            steps.addAll(sql.list("""
                    SELECT f.due_on, f.created_at, f.description, f.done_on, f.done_note, u.display_name, u.role
                      FROM follow_ups f JOIN users u ON u.id = f.created_by WHERE f.case_id = ?""",
                    r -> new Step(r.instant("created_at"), r.date("due_on"), "subject.step.followUp",
                            new Object[0], join(r.str("description"), r.str("done_note")),
                            staff(r.str("display_name"), r.str("role"))), caseId));
            steps.addAll(sql.list("""
                    SELECT n.created_at, n.kind, n.old_value, n.new_value, n.text, u.display_name, u.role
                      FROM case_notes n JOIN users u ON u.id = n.created_by WHERE n.case_id = ?""", r -> {
                NoteKind kind = r.enumOf(NoteKind.class, "kind");
                String text = r.str("text");
                Object[] args = new Object[0];
                if (kind == NoteKind.RISK_CHANGE) {
                    args = new Object[] {riskOrText(r.str("old_value")), riskOrText(r.str("new_value"))};
                } else if (kind == NoteKind.ASSIGNMENT) {
                    args = new Object[] {r.str("old_value") == null ? "-" : r.str("old_value"),
                        r.str("new_value") == null ? "-" : r.str("new_value")};
                }
                return new Step(r.instant("created_at"), null, "subject.step.note." + kind.name(), args, text,
                        staff(r.str("display_name"), r.str("role")));
            }, caseId));
            steps.sort(Comparator.comparing(Step::at));
            return steps;
        }

        private static Object riskOrText(String value) {
            try {
                return value == null ? "-" : RiskLevel.valueOf(value);
            } catch (IllegalArgumentException e) {
                return value;
            }
        }

        private static String staff(String name, String role) {
            return Role.COUNSELOR.name().equals(role) || Role.PRINCIPAL.name().equals(role) ? name : null;
        }

        private static String join(String... parts) {
            String joined = java.util.Arrays.stream(parts).filter(p -> p != null && !p.isBlank())
                    .collect(Collectors.joining("\n"));
            return joined.isEmpty() ? null : joined;
        }
    }

    /** One access to the student's record or one of their cases. {@code role} null: not a user account. */
    record AccessRow(Instant at, String userName, Role role, AuditAction action, AuditOutcome outcome,
                     String caseCode) {
        static List<AccessRow> load(Sql sql, long studentId) {
            return sql.list("""
                    SELECT a.at, a.username, a.action, a.outcome, c.code, u.display_name, u.role
                      FROM audit_log a LEFT JOIN users u ON u.id = a.user_id LEFT JOIN cases c ON c.id = a.case_id
                     WHERE a.id IN (SELECT id FROM audit_log WHERE student_id = ?
                                    UNION
                                    SELECT id FROM audit_log
                                     WHERE case_id IN (SELECT case_id FROM case_parties WHERE student_id = ?))
                     ORDER BY a.at, a.id""", r -> {
                String roleName = r.str("role");
                Role role = roleName == null ? null : Role.valueOf(roleName);
                String name = r.str("display_name") != null ? r.str("display_name") : r.str("username");
                return new AccessRow(r.instant("at"), name, role, AuditAction.valueOf(r.str("action")),
                        AuditOutcome.valueOf(r.str("outcome")), r.str("code"));
            }, studentId, studentId);
        }
    }

    // ---- the workbook ----------------------------------------------------------------------------------------

    private static final class Writer {
        private final Messages m;
        private final Clock clock;
        private final Subject subject;
        private final List<AccessRow> accessRows;
        private final String school;
        private final Actor actor;
        private CellStyle header;
        private CellStyle title;
        private CellStyle date;
        private CellStyle dateTime;
        private CellStyle wrap;
        private CellStyle plain;
        private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

        Writer(Messages m, Clock clock, Subject subject, List<AccessRow> accessRows, String school, Actor actor) {
            this.m = m;
            this.clock = clock;
            this.subject = subject;
            this.accessRows = accessRows;
            this.school = school;
            this.actor = actor;
        }

        Workbook workbook() {
            XSSFWorkbook wb = new XSSFWorkbook();
            styles(wb);
            studentSheet(wb);
            casesSheet(wb);
            historySheet(wb);
            accessSheet(wb);
            consentSheet(wb);
            wb.getProperties().getCoreProperties().setTitle(m.get("subject.file.title"));
            wb.getProperties().getCoreProperties().setCreator(m.get("app.name"));
            return wb;
        }

        private void styles(Workbook wb) {
            Font bold = wb.createFont();
            bold.setBold(true);
            header = wb.createCellStyle();
            header.setFont(bold);
            header.setWrapText(true);
            Font big = wb.createFont();
            big.setBold(true);
            big.setFontHeightInPoints((short) 13);
            title = wb.createCellStyle();
            title.setFont(big);
            short dateFormat = wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy");
            date = wb.createCellStyle();
            date.setDataFormat(dateFormat);
            dateTime = wb.createCellStyle();
            dateTime.setDataFormat(wb.getCreationHelper().createDataFormat().getFormat("dd/mm/yyyy hh:mm"));
            wrap = wb.createCellStyle();
            wrap.setWrapText(true);
            plain = wb.getCellStyleAt(0);
        }

        /** Other children by role, the reporter as "the reporter", every other student on the roster as such. */
        private Redactor redactor(CaseRow c) {
            Redactor.Builder b = Redactor.builder().keep(subject.student.name());
            for (OtherParty o : c.others()) {
                b.nameAndWords(o.name(), "[" + m.label(o.role()) + "]");
            }
            String reporter = "[" + m.get("subject.reporter") + "]";
            b.nameAndWords(c.reporterUserName(), reporter);
            b.nameAndWords(c.reporterName(), reporter);
            String other = "[" + m.get("subject.otherStudent") + "]";
            for (String name : subject.otherStudentNames) {
                b.fullName(name, other);
            }
            return b.build();
        }

        private void studentSheet(Workbook wb) {
            Sheet sheet = wb.createSheet(m.get("subject.sheet.student"));
            StudentRow s = subject.student;
            int r = 0;
            cell(sheet, r++, 0, m.get("subject.file.title"), title);
            cell(sheet, r++, 0, school, null);
            r = pair(sheet, r, "subject.field.exportedOn", LocalDateTime.ofInstant(clock.instant(), clock.getZone()));
            r = pair(sheet, r, "subject.field.exportedBy", actor.displayName());
            cell(sheet, r++, 0, m.get("subject.file.note"), wrap);
            sheet.addMergedRegion(new CellRangeAddress(r - 1, r - 1, 0, 3));
            sheet.getRow(r - 1).setHeightInPoints(48);
            r++;
            r = pair(sheet, r, "subject.field.name", s.name());
            r = pair(sheet, r, "subject.field.nisn", s.nisn());
            r = pair(sheet, r, "subject.field.nis", s.nis());
            r = pair(sheet, r, "subject.field.gender", s.gender() == null ? null : m.get("gender." + s.gender().name()));
            r = pair(sheet, r, "subject.field.class", s.className());
            r = pair(sheet, r, "subject.field.birthDate", s.birthDate());
            r = pair(sheet, r, "subject.field.guardianName", s.guardianName());
            r = pair(sheet, r, "subject.field.guardianPhone", s.guardianPhone());
            r = pair(sheet, r, "subject.field.active", m.get(s.active() ? "subject.yes" : "subject.no"));
            if (s.anonymisedAt() != null) {
                r = pair(sheet, r, "subject.field.anonymisedAt",
                        LocalDateTime.ofInstant(s.anonymisedAt(), clock.getZone()));
            }
            for (CadreAccount a : subject.accounts) {
                r = pair(sheet, r, "subject.field.cadreAccount", m.get(a.active() ? "subject.account.active"
                        : "subject.account.inactive", a.username()));
            }
            r = pair(sheet, r, "subject.field.cases", String.valueOf(subject.cases.size()));
            sheet.setColumnWidth(0, 30 * 256);
            sheet.setColumnWidth(1, 50 * 256);
        }

        private int pair(Sheet sheet, int r, String key, Object value) {
            cell(sheet, r, 0, m.get(key), header);
            value(sheet, r, 1, value);
            return r + 1;
        }

        private void casesSheet(Workbook wb) {
            Sheet sheet = wb.createSheet(m.get("subject.sheet.cases"));
            String[] cols = {"subject.col.code", "subject.col.opened", "subject.col.category", "subject.col.risk",
                "subject.col.status", "subject.col.role", "subject.col.others", "subject.col.counselor",
                "subject.col.location", "subject.col.occurred", "subject.col.description",
                "subject.col.recommendation", "subject.col.closure", "subject.col.dismissal"};
            int[] widths = {16, 12, 24, 10, 16, 14, 24, 22, 22, 12, 60, 40, 40, 30};
            headerRow(sheet, cols, widths);
            int r = 1;
            for (CaseRow c : subject.cases) {
                Redactor red = redactor(c);
                Map<PartyRole, Long> roles = c.others().stream().collect(Collectors.groupingBy(OtherParty::role,
                        LinkedHashMap::new, Collectors.counting()));
                String others = roles.entrySet().stream()
                        .map(e -> e.getValue() == 1 ? m.label(e.getKey())
                                : m.get("subject.others.count", e.getValue(), m.label(e.getKey())))
                        .collect(Collectors.joining(", "));
                String location = c.location() == null ? null : m.label(c.location())
                        + (c.locationDetail() == null ? "" : " (" + red.apply(c.locationDetail()) + ")");
                Object[] values = {c.code(), c.openedOn(), m.label(c.category()), m.label(c.risk()),
                    m.label(c.status()), m.label(c.subjectRole()), others.isEmpty() ? "-" : others,
                    c.counselorName(), location, c.occurredOn(), red.apply(c.description()),
                    red.apply(c.recommendation()), red.apply(c.closureSummary()), red.apply(c.dismissalReason())};
                Row row = sheet.createRow(r++);
                for (int i = 0; i < values.length; i++) {
                    value(sheet, row.getRowNum(), i, values[i]);
                }
            }
            finish(sheet, cols.length, r);
        }

        private void historySheet(Workbook wb) {
            Sheet sheet = wb.createSheet(m.get("subject.sheet.history"));
            String[] cols = {"subject.col.code", "subject.col.when", "subject.col.what", "subject.col.text",
                "subject.col.by"};
            int[] widths = {16, 16, 34, 80, 24};
            headerRow(sheet, cols, widths);
            int r = 1;
            for (CaseRow c : subject.cases) {
                Redactor red = redactor(c);
                for (Step s : c.steps()) {
                    Object when = s.on() != null ? s.on() : LocalDateTime.ofInstant(s.at(), clock.getZone());
                    Object[] values = {c.code(), when, m.get(s.kindKey(), s.kindArgs()), red.apply(s.text()),
                        s.byName()};
                    for (int i = 0; i < values.length; i++) {
                        value(sheet, r, i, values[i]);
                    }
                    r++;
                }
            }
            finish(sheet, cols.length, r);
        }

        private void accessSheet(Workbook wb) {
            Sheet sheet = wb.createSheet(m.get("subject.sheet.access"));
            String[] cols = {"subject.col.when", "subject.col.who", "subject.col.userRole", "subject.col.action",
                "subject.col.outcome", "subject.col.code"};
            int[] widths = {18, 28, 18, 28, 12, 16};
            headerRow(sheet, cols, widths);
            int r = 1;
            for (AccessRow a : accessRows) {
                // A cadre on this list is the one who reported a case: shown by role, never by name.
                String who = a.role() == Role.CADRE ? m.label(Role.CADRE)
                        : a.role() == null && "cli".equals(a.userName()) ? m.label(Role.SYSTEM) : a.userName();
                Object[] values = {LocalDateTime.ofInstant(a.at(), clock.getZone()), who,
                    a.role() == null ? null : m.label(a.role()), m.label(a.action()), m.label(a.outcome()),
                    a.role() == Role.CADRE ? null : a.caseCode()};
                for (int i = 0; i < values.length; i++) {
                    value(sheet, r, i, values[i]);
                }
                r++;
            }
            finish(sheet, cols.length, r);
        }

        private void consentSheet(Workbook wb) {
            Sheet sheet = wb.createSheet(m.get("subject.sheet.consent"));
            String[] cols = {"subject.col.basis", "subject.col.givenBy", "subject.col.givenOn", "subject.col.note",
                "subject.col.recordedBy", "subject.col.withdrawnOn"};
            int[] widths = {30, 26, 14, 40, 24, 16};
            headerRow(sheet, cols, widths);
            int r = 1;
            for (Consent c : subject.consents) {
                Object[] values = {m.label(c.basis()), c.givenBy(), c.givenOn(), c.note(), c.recordedByName(),
                    c.withdrawnOn()};
                for (int i = 0; i < values.length; i++) {
                    value(sheet, r, i, values[i]);
                }
                r++;
            }
            finish(sheet, cols.length, r);
        }

        private void headerRow(Sheet sheet, String[] keys, int[] widths) {
            Row row = sheet.createRow(0);
            for (int i = 0; i < keys.length; i++) {
                Cell c = row.createCell(i);
                c.setCellValue(m.get(keys[i]));
                c.setCellStyle(header);
                sheet.setColumnWidth(i, widths[i] * 256);
            }
        }

        private void finish(Sheet sheet, int columns, int rows) {
            sheet.createFreezePane(0, 1);
            if (rows > 1) {
                sheet.setAutoFilter(new CellRangeAddress(0, rows - 1, 0, columns - 1));
            } else {
                cell(sheet, 1, 0, m.get("subject.none"), null);
            }
        }

        private void cell(Sheet sheet, int r, int col, String text, CellStyle style) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            text(row.createCell(col), text, style);
        }

        /**
         * The one way text enters a cell, the term report's rule ({@link CellText}): cleaned, and quote-prefixed
         * when a spreadsheet could read it as a formula.
         */
        private void text(Cell c, String value, CellStyle style) {
            String clean = CellText.clean(value);
            c.setCellValue(clean == null ? "" : clean);
            if (CellText.needsQuotePrefix(clean)) {
                c.setCellStyle(quoted.computeIfAbsent(style == null ? plain : style, k -> {
                    CellStyle q = c.getSheet().getWorkbook().createCellStyle();
                    q.cloneStyleFrom(k);
                    q.setQuotePrefixed(true);
                    return q;
                }));
            } else if (style != null) {
                c.setCellStyle(style);
            }
        }

        private void value(Sheet sheet, int r, int col, Object value) {
            Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
            Cell c = row.createCell(col);
            if (value == null) {
                c.setBlank();
            } else if (value instanceof LocalDate d) {
                c.setCellValue(d);
                c.setCellStyle(date);
            } else if (value instanceof LocalDateTime t) {
                c.setCellValue(t);
                c.setCellStyle(dateTime);
            } else {
                String text = value.toString();
                text(c, text, text.length() > 40 || text.contains("\n") ? wrap : null);
            }
        }
    }
}
