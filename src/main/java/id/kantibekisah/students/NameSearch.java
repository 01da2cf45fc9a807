package id.kantibekisah.students;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.db.Database;
import id.kantibekisah.access.Actor;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Finding a student for someone who may not browse the roster: a cadre naming peers in an intake, the admin linking
 * a cadre account to its student. By name, or by class and name ({@code "8B putri"}), with at least
 * {@value #MIN_NAME_CHARS} characters of the name; never by NISN; name and class back, at most {@value #LIMIT}.
 * Every search is audited (without its text, which is often a child's name), and more than {@value #MAX_SEARCHES}
 * searches in {@link #WINDOW} are refused and audited, so a sweep of the roster stops early and shows in the log.
 */
public final class NameSearch {
    public static final int MIN_NAME_CHARS = 3;
    public static final int LIMIT = 5;
    public static final int MAX_SEARCHES = 30;
    public static final Duration WINDOW = Duration.ofMinutes(10);

    private final Database db;
    private final AuditLog audit;
    private final Clock clock;
    private final StudentRepository students = new StudentRepository();

    public NameSearch(Database db, AuditLog audit, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.clock = clock;
    }

    /** The caller has checked the actor's permission; this applies the limits and audits. */
    public List<StudentChoice> find(Actor actor, String text) {
        String[] words = text == null ? new String[0] : text.trim().split("\\s+");
        if (String.join("", words).length() < MIN_NAME_CHARS) {
            return List.of();
        }
        Instant since = clock.instant().minus(WINDOW);
        long recent = db.read(sql -> audit.countSince(sql, actor.userId(), AuditAction.STUDENT_PICK,
                AuditOutcome.OK, since));
        if (recent >= MAX_SEARCHES) {
            audit.refused(actor, AuditAction.STUDENT_PICK, null, null, "more than " + MAX_SEARCHES
                    + " searches in " + WINDOW.toMinutes() + " minutes");
            throw new ServiceException("student.error.tooManySearches", WINDOW.toMinutes());
        }
        return db.tx(sql -> {
            String className = null;
            String name = String.join(" ", words);
            if (words.length > 1 && students.classExists(sql, words[0])) {
                className = words[0];
                name = String.join(" ", List.of(words).subList(1, words.length));
            } else if (words.length > 1 && students.classExists(sql, words[words.length - 1])) {
                className = words[words.length - 1];
                name = String.join(" ", List.of(words).subList(0, words.length - 1));
            }
            List<StudentChoice> found = name.length() < MIN_NAME_CHARS ? List.of()
                    : students.pickByName(sql, className, name, LIMIT);
            audit.ok(sql, actor, AuditAction.STUDENT_PICK, null, null, "name search, " + found.size() + " found");
            return found;
        });
    }
}
