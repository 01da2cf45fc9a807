package id.kantibekisah.students;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;
import id.kantibekisah.settings.Setting;
import id.kantibekisah.settings.SettingsRepository;
import id.kantibekisah.terms.Term;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Moving the roster to a new academic year in one step: every active student goes up a grade (7 → 8, 8 → 9, the
 * parallel kept), and grade 9 leaves school: marked inactive, never deleted, since they may have cases. A
 * preview shows every move before anything is written; a class name that cannot be promoted stops the whole
 * step, so no class is left behind half-promoted. Each academic year is promoted once.
 */
public final class ClassPromotion {
    /** Settings key: the academic year the roster was last promoted to. */
    public static final Setting<String> PROMOTED_TO = Setting.text("roster_promoted_to");

    /** One class and where its students go; {@code toClass} is null for a class that graduates. */
    public record Move(String fromClass, String toClass, int students) {
        public boolean graduates() {
            return toClass == null;
        }
    }

    /**
     * What promoting to {@code academicYear} would do.
     *
     * @param unknown        active students whose class cannot be promoted (they must be corrected first)
     * @param lastPromotedTo the academic year of the last promotion, or null
     * @param lastImport     when a roster was last imported, or null: a new year's Dapodik roster already has
     *                       the new classes, and promoting it again would move everyone up twice
     * @param graduatingWithOpenCases grade 9 students who are party to a case not yet resolved or dismissed:
     *                       their cases go on after they leave, and the BK team should know
     */
    public record Plan(String academicYear, List<Move> moves, List<Student> unknown, String lastPromotedTo,
                       Instant lastImport, int graduatingWithOpenCases) {
        public int promoted() {
            return moves.stream().filter(m -> !m.graduates()).mapToInt(Move::students).sum();
        }

        public int graduating() {
            return moves.stream().filter(Move::graduates).mapToInt(Move::students).sum();
        }

        /** This academic year (or a later one) was promoted already. */
        public boolean alreadyDone() {
            return lastPromotedTo != null && lastPromotedTo.compareTo(academicYear) >= 0;
        }

        public boolean canPromote() {
            return !alreadyDone() && unknown.isEmpty() && !moves.isEmpty();
        }

        /** The distinct class names that cannot be promoted, sorted. */
        public List<String> unknownClasses() {
            return unknown.stream().map(Student::className).distinct().sorted().toList();
        }
    }

    /** What was written. */
    public record Result(String academicYear, int promoted, int graduated) {
    }

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final StudentRepository students = new StudentRepository();
    private final SettingsRepository settings = new SettingsRepository();

    public ClassPromotion(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /**
     * The academic year a promotion made today is for: the one starting this July when made before September
     * (at the end of the old year or in the first weeks of the new one), otherwise the next one.
     */
    public static String academicYearFor(LocalDate today) {
        int first = today.getMonthValue() >= 9 ? today.getYear() + 1 : today.getYear();
        return first + "/" + (first + 1);
    }

    /** What promoting to the academic year for today would do. Writes nothing. */
    public Plan preview(Actor actor) {
        access.require(actor, Permission.STUDENT_MANAGE, AuditAction.ROSTER_PROMOTE);
        String year = academicYearFor(LocalDate.now(clock));
        return db.read(sql -> plan(sql, year));
    }

    /**
     * Promotes every active student to {@code academicYear} in one transaction.
     *
     * @throws ValidationException when the year is not an academic year, was promoted already, or a class name
     *                             cannot be promoted
     */
    public Result promote(Actor actor, String academicYear) {
        access.require(actor, Permission.STUDENT_MANAGE, AuditAction.ROSTER_PROMOTE);
        if (academicYear == null || Term.parseCode(academicYear.trim() + "-1") == null) {
            throw new ValidationException("promotion.error.year", String.valueOf(academicYear));
        }
        String year = academicYear.trim();
        return db.tx(sql -> {
            Plan plan = plan(sql, year);
            if (plan.alreadyDone()) {
                throw new ValidationException("promotion.error.alreadyDone", plan.lastPromotedTo());
            }
            if (!plan.unknown().isEmpty()) {
                throw new ValidationException("promotion.error.unknownClasses", plan.unknown().size(),
                        String.join(", ", plan.unknownClasses()));
            }
            if (plan.moves().isEmpty()) {
                throw new ValidationException("promotion.error.nobody");
            }
            Instant now = clock.instant();
            int promoted = 0;
            int graduated = 0;
            for (Student s : active(sql)) {
                ClassStep step = ClassStep.of(s.className());
                if (step.kind() == ClassStep.Kind.GRADUATE) {
                    students.setActive(sql, s.id(), false, now);
                    graduated++;
                } else {
                    students.setClass(sql, s.id(), step.next(), now);
                    promoted++;
                }
            }
            settings.put(sql, PROMOTED_TO, year);
            audit.ok(sql, actor, AuditAction.ROSTER_PROMOTE, null, null,
                    year + ": promoted " + promoted + ", graduated " + graduated);
            return new Result(year, promoted, graduated);
        });
    }

    private Plan plan(Sql sql, String year) {
        Map<String, int[]> counts = new TreeMap<>();
        Map<String, ClassStep> steps = new TreeMap<>();
        List<Student> unknown = new ArrayList<>();
        java.util.Set<Long> withOpenCases = new java.util.HashSet<>(sql.list("""
                SELECT DISTINCT p.student_id FROM case_parties p JOIN cases c ON c.id = p.case_id
                 WHERE c.status NOT IN ('RESOLVED', 'DISMISSED')""", r -> r.lng("student_id")));
        int graduatingWithOpenCases = 0;
        for (Student s : active(sql)) {
            ClassStep step = ClassStep.of(s.className());
            if (step.kind() == ClassStep.Kind.GRADUATE && withOpenCases.contains(s.id())) {
                graduatingWithOpenCases++;
            }
            if (step.kind() == ClassStep.Kind.UNKNOWN) {
                unknown.add(s);
            } else {
                counts.computeIfAbsent(s.className(), k -> new int[1])[0]++;
                steps.put(s.className(), step);
            }
        }
        List<Move> moves = new ArrayList<>();
        counts.forEach((c, n) -> moves.add(new Move(c, steps.get(c).next(), n[0])));
        String last = settings.get(sql, PROMOTED_TO).orElse(null);
        Instant lastImport = sql.string("SELECT max(at) FROM audit_log WHERE action = ? AND outcome = 'OK'",
                AuditAction.ROSTER_IMPORT).map(Dates::parseInstant).orElse(null);
        return new Plan(year, moves, unknown, last, lastImport, graduatingWithOpenCases);
    }

    private List<Student> active(Sql sql) {
        return students.listAll(sql).stream().filter(Student::active).toList();
    }
}
