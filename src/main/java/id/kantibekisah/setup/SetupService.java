package id.kantibekisah.setup;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.security.NewUser;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.security.PasswordPolicy;
import id.kantibekisah.security.UserRepository;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.settings.SettingsRepository;
import id.kantibekisah.terms.Term;
import id.kantibekisah.terms.TermRepository;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The first run of a new database: the school's profile, the current term and the first admin account, in one
 * transaction. It works only while the database has no user at all, so there is never a default password and
 * nobody can use it to add an admin to a school that already has accounts.
 */
public final class SetupService {
    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final UserRepository users = new UserRepository();
    private final TermRepository terms = new TermRepository();

    public SetupService(Database db, AuditLog audit, AccessPolicy access, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.hasher = hasher;
        this.clock = clock;
    }

    /** True while the database has no user: the window shows the set-up wizard instead of the log-in. */
    public boolean needed() {
        return db.read(sql -> users.count(sql) == 0);
    }

    /** The academic year and semester of today in the usual calendar, to fill in the wizard. */
    public Term.Key suggestedTerm() {
        return Term.standardKeyFor(LocalDate.now(clock));
    }

    /**
     * Saves the school, the term and the first admin; returns the admin. Refused (and audited) once any user
     * exists.
     */
    public Actor complete(FirstRunSetup s) {
        if (!needed()) {
            throw refuse(s);
        }
        String name = trim(s.schoolName());
        if (name == null) {
            throw new ValidationException("school.error.nameMissing");
        }
        String npsn = trim(s.npsn());
        if (npsn == null || !npsn.matches("\\d{8}")) {
            throw new ValidationException("school.error.npsn");
        }
        if (s.semester() == null) {
            throw new ValidationException("setup.error.semester");
        }
        Term.Key term = Term.parseCode(trim(s.academicYear()) + "-" + s.semester().number());
        if (term == null) {
            throw new ValidationException("setup.error.academicYear");
        }
        String username = trim(s.adminUsername());
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,32}")) {
            throw new ValidationException("user.error.username");
        }
        String display = trim(s.adminDisplayName());
        if (display == null) {
            throw new ValidationException("user.error.displayName");
        }
        PasswordPolicy.check(Role.ADMIN, s.adminPassword());
        String hash = hasher.hash(s.adminPassword());
        Actor admin = db.tx(sql -> {
            if (users.count(sql) > 0) {
                return null;
            }
            Instant now = clock.instant();
            new SettingsRepository().saveProfile(sql, new SchoolProfile(name, npsn, trim(s.address()), trim(s.city()), null));
            if (terms.find(sql, term.academicYear(), term.semester()).isEmpty()) {
                terms.insert(sql, term.academicYear(), term.semester(), Term.standardStart(term),
                        Term.standardEnd(term));
            }
            long id = users.insert(sql, new NewUser(username, display, Role.ADMIN, s.adminPassword(), null), hash,
                    false, now);
            Actor actor = new Actor(id, username, display, Role.ADMIN, null);
            audit.ok(sql, actor, AuditAction.SETUP_COMPLETE, null, null, "school profile, term "
                    + term.academicYear() + "-" + term.semester().number() + ", first admin");
            return actor;
        });
        if (admin == null) {
            throw refuse(s);
        }
        return admin;
    }

    private RuntimeException refuse(FirstRunSetup s) {
        Actor someone = new Actor(null, trim(s.adminUsername()), null, null, null);
        return access.refuse(someone, AuditAction.SETUP_COMPLETE, null, null, "set-up after users exist");
    }

    private static String trim(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
