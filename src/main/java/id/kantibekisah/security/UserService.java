package id.kantibekisah.security;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Permission;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.NotFoundException;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;
import id.kantibekisah.students.NameSearch;
import id.kantibekisah.students.StudentChoice;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.function.Supplier;

/** Log-in and user accounts. */
public final class UserService {
    public static final int MAX_FAILED_LOGINS = 6;
    public static final Duration LOCKOUT = Duration.ofMinutes(30);
    /** Wrong tries further apart than this start the count toward the lock again. */
    public static final Duration FAILURES_REMEMBERED = Duration.ofDays(1);
    public static final Duration ADMIN_FIRST_WAIT = Duration.ofSeconds(30);
    public static final Duration ADMIN_LONGEST_WAIT = Duration.ofMinutes(5);

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final PasswordHasher hasher;
    private final Clock clock;
    private final UserRepository users = new UserRepository();
    private final NameSearch nameSearch;

    public UserService(Database db, AuditLog audit, AccessPolicy access, PasswordHasher hasher, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.hasher = hasher;
        this.clock = clock;
        this.nameSearch = new NameSearch(db, audit, clock);
    }

    /**
     * Checks the username and password (or a cadre's PIN). Six wrong tries lock the account for 30 minutes. No
     * answer says whether the username exists: an unknown name is refused after the same one password check and
     * locks after the same six tries, and a locked account is checked against a dummy hash, never its own, so the
     * lock cannot be used to go on guessing. The last active admin is never locked out ({@link #adminWait}).
     */
    public Actor login(String username, String password) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            throw new ValidationException("login.error.missing");
        }
        User user = db.read(sql -> users.findByUsername(sql, username)).orElse(null);
        Actor attempted = new Actor(user == null ? null : user.id(), username.trim(), null,
                user == null ? null : user.role(), null);
        if (user == null) {
            refuseUnknownName(username.trim(), password, attempted);
        }
        String stored = checkPassword(user, password, attempted, AuditAction.LOGIN_FAILED, "",
                () -> new ServiceException("login.error.invalid"));
        // A hash from before the cost was raised is made again at today's cost, now that the password is known.
        String rehashed = hasher.cheaperThanCurrent(stored) ? hasher.hash(password) : null;
        // A PIN shorter than today's minimum opens the account this once, and only for choosing a new PIN.
        boolean shortPin = PasswordPolicy.isShortPin(user.role(), password);
        Actor actor = user.toActor();
        db.tx(sql -> {
            users.recordSuccessfulLogin(sql, user.id());
            if (rehashed != null || shortPin) {
                users.setPassword(sql, user.id(), rehashed != null ? rehashed : stored,
                        user.mustChangePassword() || shortPin);
            }
            String detail = rehashed == null ? null : "password rehashed";
            if (shortPin) {
                detail = (detail == null ? "" : detail + "; ") + "PIN shorter than " + PasswordPolicy.MIN_PIN_LENGTH
                        + " digits: must be changed";
            }
            audit.ok(sql, actor, AuditAction.LOGIN, null, null, detail);
            return null;
        });
        return actor;
    }

    /** An unknown username: the same check, the same count and lock, the same answers as an account's. */
    private void refuseUnknownName(String username, String password, Actor attempted) {
        Instant now = clock.instant();
        hasher.verifyDummy(password);
        Instant lockedUntil = db.tx(sql -> {
            UserRepository.UnknownName known = users.unknownName(sql, username).orElse(null);
            if (known != null && known.lockedUntil() != null && known.lockedUntil().isAfter(now)) {
                audit.append(sql, attempted, AuditAction.LOGIN_FAILED, AuditOutcome.FAILED, null, null,
                        "unknown user, locked");
                return known.lockedUntil();
            }
            int failed = (known == null ? 0 : counted(known.failed(), known.lastFailedAt(), now)) + 1;
            Instant lock = failed >= MAX_FAILED_LOGINS ? now.plus(LOCKOUT) : null;
            users.recordUnknownName(sql, username, lock == null ? failed : 0, lock, now);
            users.forgetUnknownNames(sql, now.minus(FAILURES_REMEMBERED), now);
            audit.append(sql, attempted, AuditAction.LOGIN_FAILED, AuditOutcome.FAILED, null, null,
                    "unknown user" + (lock == null ? "" : ", locked"));
            return lock;
        });
        if (lockedUntil != null) {
            throw new ServiceException("login.error.locked", Date.from(lockedUntil));
        }
        throw new ServiceException("login.error.invalid");
    }

    /** Wrong tries count toward the lock while they are less than a day apart (for accounts and unknown names). */
    private static int counted(int failed, Instant lastFailedAt, Instant now) {
        return lastFailedAt != null && lastFailedAt.isAfter(now.minus(FAILURES_REMEMBERED)) ? failed : 0;
    }

    /**
     * Checks a password against a stored account, as at log-in: a locked account is refused after a check against
     * a dummy hash (the same time, and no way to test guesses during the lock); a wrong password counts toward
     * the lockout (audited as {@code action}, {@code context} in the detail) and is answered by {@code wrong}, or
     * by the lock when it was the sixth; an inactive account is refused. Returns the stored hash that matched.
     */
    private String checkPassword(User user, String password, Actor attempted, AuditAction action, String context,
                                 Supplier<RuntimeException> wrong) {
        Instant now = clock.instant();
        boolean locked = user.lockedUntil() != null && user.lockedUntil().isAfter(now);
        if (locked && !db.read(sql -> mayTryWhileLocked(sql, user, now))) {
            hasher.verifyDummy(password);
            db.tx(sql -> {
                users.recordRefusedLogin(sql, user.id());
                audit.append(sql, attempted, action, AuditOutcome.FAILED, null, null, context + "locked");
                return null;
            });
            throw new ServiceException("login.error.locked", Date.from(user.lockedUntil()));
        }
        String hash = db.read(sql -> users.passwordHash(sql, user.id())).orElse(null);
        if (!hasher.verify(password, hash)) {
            int failed = counted(user.failedLogins(), user.lastFailedAt(), now) + 1;
            // The last admin's lock stays as it was: trying in the gaps neither lifts nor moves it.
            Instant lockedUntil = locked ? user.lockedUntil()
                    : failed >= MAX_FAILED_LOGINS ? now.plus(LOCKOUT) : null;
            // Locking starts the count again; during the last admin's lock it counts the guesses (the waits).
            int counted = locked || lockedUntil == null ? failed : 0;
            db.tx(sql -> {
                users.recordFailedLogin(sql, user.id(), counted, lockedUntil, now);
                audit.append(sql, attempted, action, AuditOutcome.FAILED, null, null,
                        context + (lockedUntil == null ? "wrong password " + failed : "locked"));
                return null;
            });
            if (lockedUntil != null) {
                throw new ServiceException("login.error.locked", Date.from(lockedUntil));
            }
            throw wrong.get();
        }
        if (!user.active()) {
            audit.failed(attempted, action, context + "inactive");
            throw new ServiceException("login.error.inactive");
        }
        return hash;
    }

    /**
     * Whether a locked account may still have its password checked now: only the last active admin, and only
     * once {@link #adminWait} has passed since the last wrong password. Anyone could otherwise lock the school out
     * of its own users, backups and settings with six tries at a shared PC; an attacker still gets only one guess
     * per wait, at most five minutes, while the admin at the PC waits at most that long.
     */
    private boolean mayTryWhileLocked(Sql sql, User user, Instant now) {
        if (user.role() != Role.ADMIN || !user.active() || users.countActive(sql, Role.ADMIN) > 1) {
            return false;
        }
        return user.lastFailedAt() == null
                || !now.isBefore(user.lastFailedAt().plus(adminWait(user.failedLogins())));
    }

    /** 30 seconds after the lock, doubling with each wrong guess made during it, at most 5 minutes. */
    static Duration adminWait(int wrongDuringLock) {
        Duration wait = ADMIN_FIRST_WAIT.multipliedBy(1L << Math.max(0, Math.min(10, wrongDuringLock)));
        return wait.compareTo(ADMIN_LONGEST_WAIT) > 0 ? ADMIN_LONGEST_WAIT : wait;
    }

    /**
     * A session, a lock screen and a password belong to a user account; the command-line operator and the
     * program's own jobs ({@link Role#SYSTEM}, no account) are refused.
     */
    private void requireAccount(Actor actor, AuditAction action) {
        if (actor == null || actor.userId() == null) {
            throw access.refuse(actor, action, null, null, "no user account");
        }
    }

    /** The window was covered by the lock screen after a time without input. */
    public void lockScreen(Actor actor) {
        requireAccount(actor, AuditAction.SCREEN_LOCK);
        db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.SCREEN_LOCK, null, null, null);
            return null;
        });
    }

    /**
     * The same user uncovers the locked window with their password. Wrong tries count toward the lockout exactly
     * as at log-in; once the account is locked (or deactivated meanwhile) this throws and the window must log out.
     */
    public void unlockScreen(Actor actor, String password) {
        if (password == null || password.isEmpty()) {
            throw new ValidationException("lock.error.missing");
        }
        User user = actor == null || actor.userId() == null ? null
                : db.read(sql -> users.findById(sql, actor.userId())).orElse(null);
        if (user == null) {
            throw access.refuse(actor, AuditAction.SCREEN_UNLOCK, null, null, "no account");
        }
        checkPassword(user, password, actor, AuditAction.LOGIN_FAILED, "lock screen: ",
                () -> new ServiceException("login.error.invalid"));
        db.tx(sql -> {
            users.recordSuccessfulLogin(sql, user.id());
            audit.ok(sql, actor, AuditAction.SCREEN_UNLOCK, null, null, null);
            return null;
        });
    }

    /** Whether the account has been locked (too many wrong tries) or deactivated since the actor logged in. */
    public boolean sessionStillValid(Actor actor) {
        requireAccount(actor, AuditAction.LOGIN);
        return db.read(sql -> users.findById(sql, actor.userId()))
                .map(u -> u.active() && (u.lockedUntil() == null || !u.lockedUntil().isAfter(clock.instant())))
                .orElse(false);
    }

    public void logout(Actor actor) {
        requireAccount(actor, AuditAction.LOGOUT);
        db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.LOGOUT, null, null, null);
            return null;
        });
    }

    /** Whether the user must choose a new password before going on (after an admin reset). */
    public boolean mustChangePassword(Actor actor) {
        requireAccount(actor, AuditAction.LOGIN);
        return db.read(sql -> users.findById(sql, actor.userId()).map(User::mustChangePassword).orElse(false));
    }

    /**
     * Creates an account. The admin typed its first password, so the user must choose their own at the first
     * log-in. A cadre is linked to their own student record.
     */
    public long create(Actor actor, NewUser user) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_CREATE);
        validate(user);
        Long studentId = user.role() == Role.CADRE ? user.studentId() : null;
        NewUser clean = new NewUser(user.username(), user.displayName(), user.role(), user.password(), studentId);
        String hash = hasher.hash(user.password());
        return db.tx(sql -> {
            if (users.findByUsername(sql, user.username()).isPresent()) {
                throw new ValidationException("user.error.usernameTaken", user.username().trim());
            }
            if (studentId != null) {
                requireLinkable(sql, studentId, -1);
            }
            long id = users.insert(sql, clean, hash, true, clock.instant());
            audit.ok(sql, actor, AuditAction.USER_CREATE, null, studentId, "user " + id + " " + user.role());
            return id;
        });
    }

    /** Every account with its state; the cadres' linked students by name and class only. */
    public List<UserAccount> accounts(Actor actor) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_LIST);
        return db.tx(sql -> {
            audit.ok(sql, actor, AuditAction.USER_LIST, null, null, null);
            return users.listAccounts(sql, clock.instant());
        });
    }

    /**
     * Sets a new password or PIN chosen by the admin; the user must change it at the next log-in. Also lifts a
     * lock, since a forgotten password is the usual reason for both.
     */
    public void resetPassword(Actor actor, long userId, String newPassword) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_PASSWORD_RESET);
        User target = db.read(sql -> users.findById(sql, userId))
                .orElseThrow(() -> new NotFoundException("user.error.notFound"));
        PasswordPolicy.check(target.role(), newPassword);
        String hash = hasher.hash(newPassword);
        db.tx(sql -> {
            users.setPassword(sql, userId, hash, true);
            users.clearLockout(sql, userId);
            audit.ok(sql, actor, AuditAction.USER_PASSWORD_RESET, null, null, "user " + userId);
            return null;
        });
    }

    /** Lifts a lockout before its 30 minutes are over. */
    public void unlock(Actor actor, long userId) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_UNLOCK);
        db.tx(sql -> {
            users.findById(sql, userId).orElseThrow(() -> new NotFoundException("user.error.notFound"));
            users.clearLockout(sql, userId);
            audit.ok(sql, actor, AuditAction.USER_UNLOCK, null, null, "user " + userId);
            return null;
        });
    }

    /**
     * Deactivates an account: it can no longer log in, and everything it did stays on record with its name.
     * Accounts are never deleted. The admin cannot deactivate themself or the last active admin.
     */
    public void deactivate(Actor actor, long userId) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_DEACTIVATE);
        if (actor.userId() != null && actor.userId() == userId) {
            throw new ValidationException("user.error.notYourself");
        }
        db.tx(sql -> {
            User target = users.findById(sql, userId)
                    .orElseThrow(() -> new NotFoundException("user.error.notFound"));
            if (!target.active()) {
                return null;
            }
            if (target.role() == Role.ADMIN && users.countActive(sql, Role.ADMIN) <= 1) {
                throw new ValidationException("user.error.lastAdmin");
            }
            users.setActive(sql, userId, false);
            audit.ok(sql, actor, AuditAction.USER_DEACTIVATE, null, null, "user " + userId);
            return null;
        });
    }

    /** Lets a deactivated account log in again (a mistake, a cadre back for another year). */
    public void reactivate(Actor actor, long userId) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_REACTIVATE);
        db.tx(sql -> {
            User target = users.findById(sql, userId)
                    .orElseThrow(() -> new NotFoundException("user.error.notFound"));
            if (target.active()) {
                return null;
            }
            if (target.role() == Role.CADRE) {
                if (target.studentId() == null) {
                    throw new ValidationException("user.error.cadreNeedsStudent");
                }
                requireLinkable(sql, target.studentId(), userId);
            }
            users.setActive(sql, userId, true);
            audit.ok(sql, actor, AuditAction.USER_REACTIVATE, null, null, "user " + userId);
            return null;
        });
    }

    /** Links a cadre account to the cadre's own student record. */
    public void linkStudent(Actor actor, long userId, long studentId) {
        access.require(actor, Permission.USER_MANAGE, AuditAction.USER_LINK_STUDENT, null, studentId);
        db.tx(sql -> {
            User target = users.findById(sql, userId)
                    .orElseThrow(() -> new NotFoundException("user.error.notFound"));
            if (target.role() != Role.CADRE) {
                throw new ValidationException("user.error.onlyCadreLinked");
            }
            requireLinkable(sql, studentId, userId);
            users.setStudent(sql, userId, studentId);
            audit.ok(sql, actor, AuditAction.USER_LINK_STUDENT, null, studentId, "user " + userId);
            return null;
        });
    }

    /**
     * Students to link a cadre account to, found by name or by class and name: name and class only, a handful,
     * audited and rate-limited ({@link NameSearch}): the admin can find a cadre but cannot browse the roster.
     */
    public List<StudentChoice> cadreCandidates(Actor actor, String text) {
        access.require(actor, Permission.CADRE_LINK, AuditAction.STUDENT_PICK);
        return nameSearch.find(actor, text);
    }

    private void requireLinkable(Sql sql, long studentId, long userId) {
        if (!users.linkableStudent(sql, studentId)) {
            throw new ValidationException("user.error.studentNotLinkable");
        }
        users.cadreLinkedTo(sql, studentId, userId).ifPresent(other -> {
            throw new ValidationException("user.error.studentLinked", other);
        });
    }

    /**
     * The user's own new password. A wrong current password counts toward the lockout exactly as at log-in (six
     * lock the account, and the window must then log out): the screen is no way around the lock.
     */
    public void changePassword(Actor actor, String currentPassword, String newPassword) {
        requireAccount(actor, AuditAction.PASSWORD_CHANGE);
        User user = db.read(sql -> users.findById(sql, actor.userId()))
                .orElseThrow(() -> new NotFoundException("user.error.notFound"));
        checkPassword(user, currentPassword == null ? "" : currentPassword, actor, AuditAction.PASSWORD_CHANGE,
                "current password: ", () -> new ValidationException("password.error.currentWrong"));
        PasswordPolicy.check(user.role(), newPassword);
        if (newPassword.equals(currentPassword)) {
            throw new ValidationException("password.error.same");
        }
        String newHash = hasher.hash(newPassword);
        db.tx(sql -> {
            users.setPassword(sql, user.id(), newHash, false);
            users.clearLockout(sql, user.id());
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
