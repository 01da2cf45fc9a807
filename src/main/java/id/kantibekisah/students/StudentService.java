package id.kantibekisah.students;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/** The roster: picking a student (everyone who logs intakes), reading and editing it (the BK team). */
public final class StudentService {
    public static final int PICK_MIN_CHARS = 2;
    public static final int PICK_LIMIT = 15;

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final StudentRepository students = new StudentRepository();
    private final NameSearch nameSearch;

    public StudentService(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
        this.nameSearch = new NameSearch(db, audit, clock);
    }

    /**
     * Students to name in an intake or a new case: name and class only. The BK team, who read the roster anyway,
     * find by part of a name, an NISN prefix or a class, at most {@value #PICK_LIMIT}, from
     * {@value #PICK_MIN_CHARS} characters; a cadre only by name or class and name, a handful, audited and
     * rate-limited ({@link NameSearch}).
     */
    public List<StudentChoice> pick(Actor actor, String text) {
        access.require(actor, Permission.STUDENT_PICK, AuditAction.STUDENT_PICK);
        if (!actor.can(Permission.STUDENT_READ)) {
            return nameSearch.find(actor, text);
        }
        if (text == null || text.trim().length() < PICK_MIN_CHARS) {
            return List.of();
        }
        return db.read(sql -> students.pick(sql, text, PICK_LIMIT));
    }

    /**
     * One page of the roster (full records). Audited once per page asked for, with the filter but never the search
     * text (often a child's name); the screen asks only once typing pauses, so not per keystroke.
     */
    public List<Student> search(Actor actor, String text, String className, boolean includeInactive, int offset,
                                int limit) {
        access.require(actor, Permission.STUDENT_READ, AuditAction.STUDENT_LIST);
        return db.tx(sql -> {
            List<Student> page = students.search(sql, text, className, includeInactive, offset, limit);
            audit.ok(sql, actor, AuditAction.STUDENT_LIST, null, null, describe(text, className, includeInactive,
                    offset, page.size()));
            return page;
        });
    }

    /** How many students match; goes with {@link #search}, which writes the audit row. */
    public long count(Actor actor, String text, String className, boolean includeInactive) {
        access.require(actor, Permission.STUDENT_READ, AuditAction.STUDENT_LIST);
        return db.read(sql -> students.count(sql, text, className, includeInactive));
    }

    /**
     * One student's full record (NISN, guardian, phone). Audited as a view of that student, so the student's
     * access history (Hak siswa) shows who looked.
     */
    public Student get(Actor actor, long id) {
        access.require(actor, Permission.STUDENT_READ, AuditAction.STUDENT_VIEW, null, id);
        return db.tx(sql -> {
            Student student = students.findById(sql, id)
                    .orElseThrow(() -> new NotFoundException("student.error.notFound"));
            audit.ok(sql, actor, AuditAction.STUDENT_VIEW, null, id, null);
            return student;
        });
    }

    private static String describe(String text, String className, boolean includeInactive, int offset, int found) {
        StringBuilder sb = new StringBuilder("roster");
        if (text != null && !text.isBlank()) {
            sb.append(" search");
        }
        if (className != null && !className.isBlank()) {
            sb.append(" class=").append(className.trim());
        }
        if (includeInactive) {
            sb.append(" with inactive");
        }
        return sb.append(" offset=").append(offset).append(", ").append(found).append(" shown").toString();
    }

    public List<String> classes(Actor actor) {
        if (!actor.can(Permission.STUDENT_READ) && !actor.can(Permission.CASE_LIST)) {
            access.require(actor, Permission.STUDENT_READ, AuditAction.STUDENT_LIST);
        }
        return db.read(students::classes);
    }

    public long create(Actor actor, StudentDraft draft) {
        access.require(actor, Permission.STUDENT_MANAGE, AuditAction.STUDENT_CREATE);
        StudentDraft d = validated(draft);
        return db.tx(sql -> {
            if (students.findByNisn(sql, d.nisn()).isPresent()) {
                throw new ValidationException("student.error.nisnTaken", d.nisn());
            }
            long id = students.insert(sql, d, clock.instant());
            audit.ok(sql, actor, AuditAction.STUDENT_CREATE, null, id, null);
            return id;
        });
    }

    public void update(Actor actor, long id, StudentDraft draft) {
        access.require(actor, Permission.STUDENT_MANAGE, AuditAction.STUDENT_UPDATE, null, id);
        StudentDraft d = validated(draft);
        db.tx(sql -> {
            students.findById(sql, id).orElseThrow(() -> new NotFoundException("student.error.notFound"));
            students.findByNisn(sql, d.nisn()).filter(other -> other.id() != id).ifPresent(other -> {
                throw new ValidationException("student.error.nisnTaken", d.nisn());
            });
            students.update(sql, id, d, clock.instant());
            audit.ok(sql, actor, AuditAction.STUDENT_UPDATE, null, id, null);
            return null;
        });
    }

    public void setActive(Actor actor, long id, boolean active) {
        access.require(actor, Permission.STUDENT_MANAGE, AuditAction.STUDENT_UPDATE, null, id);
        db.tx(sql -> {
            students.findById(sql, id).orElseThrow(() -> new NotFoundException("student.error.notFound"));
            students.setActive(sql, id, active, clock.instant());
            audit.ok(sql, actor, AuditAction.STUDENT_UPDATE, null, id, active ? "activated" : "deactivated");
            return null;
        });
    }

    private StudentDraft validated(StudentDraft draft) {
        StudentDraft d = draft.normalised();
        List<StudentRules.Problem> problems = StudentRules.check(d, LocalDate.now(clock));
        if (!problems.isEmpty()) {
            throw new ValidationException(problems.get(0).messageKey());
        }
        return d;
    }
}
