package id.kantibekisah.security;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** Log-in and user accounts. */
public final class UserService {
    public static final int MAX_FAILED_LOGINS = 6;
    public static final Duration LOCKOUT = Duration.ofMinutes(30);

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final UserRepository users = new UserRepository();

    public UserService(Database db, AuditLog audit, AccessPolicy access, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.hasher = hasher;
        this.clock = clock;
    }

    /**
     * Checks the username and password (or a cadre's PIN). Six wrong tries lock the account for 30 minutes. The
     * message never says whether the username exists.
     */
    public Actor login(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new ValidationException("login.error.missing");
        }
        Instant now = clock.instant();
        User user = db.read(sql -> users.findByUsername(sql, username)).orElse(null);
        Actor attempted = new Actor(user == null ? null : user.id(), username.trim(), null,
                user == null ? null : user.role(), null);
        if (user == null) {
            hasher.verifyDummy(password);
            audit.failed(attempted, AuditAction.LOGIN_FAILED, "unknown user");
            throw new ServiceException("login.error.invalid");
        }
        if (user.lockedUntil() != null && user.lockedUntil().isAfter(now)) {
            audit.failed(attempted, AuditAction.LOGIN_FAILED, "locked");
            throw new ServiceException("login.error.locked", Date.from(user.lockedUntil()));
        }
        String hash = db.read(sql -> users.passwordHash(sql, user.id())).orElse(null);
        boolean ok = hasher.verify(password, hash);
        if (!ok) {
            int failed = user.failedLogins() + 1;
            Instant lockedUntil = failed >= MAX_FAILED_LOGINS ? now.plus(LOCKOUT) : null;
            db.tx(sql -> {
                users.recordFailedLogin(sql, user.id(), lockedUntil == null ? failed : 0, lockedUntil);
                audit.append(sql, attempted, AuditAction.LOGIN_FAILED, AuditOutcome.FAILED,
                        null, null, lockedUntil == null ? "wrong password " + failed : "locked");
                return null;
            });
            if (lockedUntil != null) {
                throw new ServiceException("login.error.locked", Date.from(lockedUntil));
            }
            throw new ServiceException("login.error.invalid");
        }
        if (!user.active()) {
            audit.failed(attempted, AuditAction.LOGIN_FAILED, "inactive");
            throw new ServiceException("login.error.inactive");
        }
        Actor actor = user.toActor();
        db.tx(sql -> {
            users.recordSuccessfulLogin(sql, user.id());
            audit.ok(sql, actor, AuditAction.LOGIN, null, null, null);
            return null;
        });
        return actor;
    }

    public void logout(Actor actor) {
        db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.LOGOUT, null, null, null);
            return null;
        });
    }

    /** Whether the user must choose a new password before going on (after an admin reset). */
    public boolean mustChangePassword(Actor actor) {
        return db.read(sql -> users.findById(sql, actor.userId()).map(User::mustChangePassword).orElse(false));
    }

    public long create(Actor actor, NewUser user) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_CREATE);
        validate(user);
        String hash = hasher.hash(user.password());
        return db.tx(sql -> {
            if (users.findByUsername(sql, user.username()).isPresent()) {
                throw new ValidationException("user.error.usernameTaken", user.username().trim());
            }
            if (user.studentId() != null
                    && sql.longValue("SELECT count(*) FROM students WHERE id = ?", user.studentId()) == 0) {
                throw new NotFoundException("student.error.notFound");
            }
            long id = users.insert(sql, user, hash, false, clock.instant());
            audit.ok(sql, actor, AuditAction.USER_CREATE, null, user.studentId(), "user " + id + " " + user.role());
            return id;
        });
    }

    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        User user = db.read(sql -> users.findById(sql, actor.userId()))
                .orElseThrow(() -> new NotFoundException("user.error.notFound"));
        String hash = db.read(sql -> users.passwordHash(sql, user.id())).orElse(null);
        if (!hasher.verify(currentPassword, hash)) {
            audit.failed(actor, AuditAction.PASSWORD_CHANGE, "wrong current password");
            throw new ValidationException("password.error.currentWrong");
        }
        PasswordPolicy.check(user.role(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("password.error.same");
        }
        String newHash = hasher.hash(newPassword);
        db.tx(sql -> {
            users.setPassword(sql, user.id(), newHash, false);
            audit.ok(sql, actor, AuditAction.PASSWORD_CHANGE, null, null, null);
            return null;
        });
    }

    public List<User> list(Actor actor) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_LIST);
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.USER_LIST, null, null, null);
            return users.listAll(sql);
        });
    }

    /** Active counselors, for assigning cases and follow-ups. Names only. */
    public List<User> counselors(Actor actor) {
        access.require(actor, Permission.CASE_WORK, AuditAction.CASE_ASSIGN);
        return db.read(sql -> users.listActiveByRole(sql, Role.COUNSELOR));
    }

    public boolean hasUsers() {
        return db.read(sql -> users.count(sql) > 0);
    }

    private static void validate(NewUser user) {
        if (user.username() == null || !user.username().trim().matches("[A-Za-z0-9._-]{3,32}")) {
            throw new ValidationException("user.error.username");
        }
        if (user.displayName() == null || user.displayName().isBlank()) {
            throw new ValidationException("user.error.displayName");
        }
        if (user.role() == null || !Role.accountRoles().contains(user.role())) {
            throw new ValidationException("user.error.role");
        }
        if (user.role() == Role.CADRE && user.studentId() == null) {
            throw new ValidationException("user.error.cadreNeedsStudent");
        }
        PasswordPolicy.check(user.role(), user.password());
    }
}
