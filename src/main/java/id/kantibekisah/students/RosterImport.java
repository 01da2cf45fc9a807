package id.kantibekisah.students;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.Progress;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Imports a roster: a preview first (new, updated, unchanged, problem rows), then all valid rows in one transaction
 * or nothing. Students are matched by NISN and never deleted; students missing from a full roster can be marked
 * inactive.
 */
public final class RosterImport {
    /** How to treat problem rows and students missing from the file. */
    public record Options(boolean skipInvalid, boolean deactivateMissing) {
        public static final Options STRICT = new Options(false, false);
    }

    /** What was written. */
    public record Result(int added, int updated, int unchanged, int deactivated, long problemRows) {
    }

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final StudentRepository students = new StudentRepository();

    public RosterImport(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    public RosterPreview preview(Actor actor, RosterFile file) {
        access.require(actor, Permission.STUDENT_MANAGE, AuditAction.ROSTER_IMPORT);
        return db.read(sql -> preview(sql, file));
    }

    /**
     * Writes the file's valid rows. With problem rows and without {@code skipInvalid}, nothing is written and a
     * {@link ValidationException} says how many rows are wrong.
     */
    public Result apply(Actor actor, RosterFile file, Options options, Progress progress) {
        access.require(actor, Permission.STUDENT_MANAGE, AuditAction.ROSTER_IMPORT);
        return db.tx(sql -> {
            RosterPreview p = preview(sql, file);
            if (p.hasProblems() && !options.skipInvalid()) {
                throw new ValidationException("roster.error.hasProblems", p.problemRows());
            }
            Instant now = clock.instant();
            long total = p.toAdd().size() + p.toUpdate().size();
            long done = 0;
            for (StudentDraft d : p.toAdd()) {
                students.insert(sql, d, now);
                progress.update(++done, total);
            }
            for (RosterPreview.Update u : p.toUpdate()) {
                students.update(sql, u.studentId(), u.after(), now);
                if (!u.before().active()) {
                    students.setActive(sql, u.studentId(), true, now);
                }
                progress.update(++done, total);
            }
            int deactivated = 0;
            if (options.deactivateMissing()) {
                for (Student s : p.missing()) {
                    students.setActive(sql, s.id(), false, now);
                    deactivated++;
                }
            }
            Result result = new Result(p.toAdd().size(), p.toUpdate().size(), p.unchanged(), deactivated,
                    p.problemRows());
            audit.ok(sql, actor, AuditAction.ROSTER_IMPORT, null, null, p.summary() + ", deactivated " + deactivated);
            return result;
        });
    }

    private RosterPreview preview(Sql sql, RosterFile file) {
        LocalDate today = LocalDate.now(clock);
        Map<String, Student> existing = new HashMap<>();
        for (Student s : students.listAll(sql)) {
            existing.put(s.nisn(), s);
        }
        List<StudentDraft> toAdd = new ArrayList<>();
        List<RosterPreview.Update> toUpdate = new ArrayList<>();
        List<RosterProblem> problems = new ArrayList<>();
        Map<String, Integer> firstRowOfNisn = new HashMap<>();
        Set<String> seen = new HashSet<>();
        Set<String> namesInProblemRows = new HashSet<>();
        int unchanged = 0;
        for (RosterRow row : file.rows()) {
            List<RosterProblem> rowProblems = new ArrayList<>(row.problems());
            Set<String> readKeys = new HashSet<>();
            row.problems().forEach(p -> readKeys.add(p.messageKey()));
            for (StudentRules.Problem p : StudentRules.check(row.draft(), today)) {
                boolean alreadyReported = p.field().equals("gender") && readKeys.contains("roster.problem.gender");
                if (!alreadyReported) {
                    rowProblems.add(new RosterProblem(row.rowNumber(), p.messageKey()));
                }
            }
            String nisn = row.draft().nisn();
            if (nisn != null && !nisn.isBlank()) {
                Integer first = firstRowOfNisn.putIfAbsent(nisn, row.rowNumber());
                if (first != null) {
                    rowProblems.add(new RosterProblem(row.rowNumber(), "roster.problem.duplicateNisn", first));
                }
            }
            if (!rowProblems.isEmpty()) {
                problems.addAll(rowProblems);
                if (row.draft().name() != null) {
                    namesInProblemRows.add(row.draft().name().toLowerCase(java.util.Locale.ROOT));
                }
                continue;
            }
            seen.add(nisn);
            Student before = existing.get(nisn);
            if (before == null) {
                toAdd.add(row.draft());
            } else {
                StudentDraft current = before.toDraft().normalised();
                StudentDraft merged = mergeKeepingExisting(current, row.draft());
                if (before.active() && merged.equals(current)) {
                    unchanged++;
                } else {
                    toUpdate.add(new RosterPreview.Update(before.id(), before, merged));
                }
            }
        }
        // A student whose row is in the file with a problem (a mistyped NISN) is not missing: skipping that row
        // must not mark them inactive.
        List<Student> missing = existing.values().stream().filter(Student::active)
                .filter(s -> !seen.contains(s.nisn()) && !firstRowOfNisn.containsKey(s.nisn()))
                .filter(s -> !namesInProblemRows.contains(s.name().toLowerCase(java.util.Locale.ROOT)))
                .sorted(Comparator.comparing(Student::className).thenComparing(Student::name)).toList();
        return new RosterPreview(toAdd, toUpdate, unchanged, problems, missing);
    }

    /**
     * Optional fields left empty in the file keep what the database has: a roster without phone numbers must not
     * wipe the numbers the BK team typed in.
     */
    static StudentDraft mergeKeepingExisting(StudentDraft db, StudentDraft file) {
        return new StudentDraft(file.nisn(), file.nis() != null ? file.nis() : db.nis(), file.name(), file.gender(),
                file.className(), file.birthDate() != null ? file.birthDate() : db.birthDate(),
                file.guardianName() != null ? file.guardianName() : db.guardianName(),
                file.guardianPhone() != null ? file.guardianPhone() : db.guardianPhone());
    }
}
