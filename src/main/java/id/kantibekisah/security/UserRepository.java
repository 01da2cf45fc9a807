package id.kantibekisah.security;

import id.kantibekisah.access.Role;
import id.kantibekisah.db.Row;
import id.kantibekisah.db.Sql;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** SQL for the {@code users} table. */
public final class UserRepository {
    private static final String COLUMNS = """
            id, username, display_name, role, student_id, active, must_change_password, failed_logins,
            locked_until, created_at, failed_since_login, last_failed_at""";

    public long insert(Sql sql, NewUser user, String passwordHash, boolean mustChangePassword, Instant now) {
        return sql.insert("""
                INSERT INTO users (username, display_name, role, password_hash, student_id, active,
                                   must_change_password, created_at)
                VALUES (?, ?, ?, ?, ?, 1, ?, ?)""",
                user.username().trim(), user.displayName().trim(), user.role(), passwordHash, user.studentId(),
                mustChangePassword, now);
    }

    public Optional<User> findById(Sql sql, long id) {
        return sql.one("SELECT " + COLUMNS + " FROM users WHERE id = ?", UserRepository::map, id);
    }

    public Optional<User> findByUsername(Sql sql, String username) {
        return sql.one("SELECT " + COLUMNS + " FROM users WHERE username = ?", UserRepository::map, username.trim());
    }

    public Optional<String> passwordHash(Sql sql, long userId) {
        return sql.string("SELECT password_hash FROM users WHERE id = ?", userId);
    }

    public List<User> listAll(Sql sql) {
        return sql.list("SELECT " + COLUMNS + " FROM users ORDER BY role, display_name", UserRepository::map);
    }

    public List<User> listActiveByRole(Sql sql, Role role) {
        return sql.list("SELECT " + COLUMNS + " FROM users WHERE role = ? AND active = 1 ORDER BY display_name",
                UserRepository::map, role);
    }

    public long count(Sql sql) {
        return sql.longValue("SELECT count(*) FROM users");
    }

    /** A wrong password was checked: the count toward the lock, the lock, and the time of this try. */
    public void recordFailedLogin(Sql sql, long userId, int failedLogins, Instant lockedUntil, Instant now) {
        sql.update("""
                UPDATE users SET failed_logins = ?, locked_until = ?, last_failed_at = ?,
                                 failed_since_login = failed_since_login + 1
                 WHERE id = ?""", failedLogins, lockedUntil, now, userId);
    }

    /** A try refused without checking the password (the account is locked): counted for the admin only. */
    public void recordRefusedLogin(Sql sql, long userId) {
        sql.update("UPDATE users SET failed_since_login = failed_since_login + 1 WHERE id = ?", userId);
    }

    public void recordSuccessfulLogin(Sql sql, long userId) {
        sql.update("""
                UPDATE users SET failed_logins = 0, locked_until = NULL, last_failed_at = NULL,
                                 failed_since_login = 0
                 WHERE id = ?""", userId);
    }

    /** The wrong tries at a username that has no account: as an account's, so the answers are the same. */
    public Optional<UnknownName> unknownName(Sql sql, String username) {
        return sql.one("SELECT failed, locked_until, last_failed_at FROM login_failures WHERE username = ?",
                r -> new UnknownName(r.integer("failed"), r.instant("locked_until"), r.instant("last_failed_at")),
                username.trim());
    }

    public void recordUnknownName(Sql sql, String username, int failed, Instant lockedUntil, Instant now) {
        sql.update("DELETE FROM login_failures WHERE username = ?", username.trim());
        sql.update("INSERT INTO login_failures (username, failed, locked_until, last_failed_at) VALUES (?, ?, ?, ?)",
                username.trim(), failed, lockedUntil, now);
    }

    /** Forgets unknown names whose last wrong try is older than {@code before} and that are not locked. */
    public void forgetUnknownNames(Sql sql, Instant before, Instant now) {
        sql.update("DELETE FROM login_failures WHERE last_failed_at < ? AND (locked_until IS NULL OR locked_until < ?)",
                before, now);
    }

    /** What is counted of a username without an account. */
    public record UnknownName(int failed, Instant lockedUntil, Instant lastFailedAt) {
    }

    public void setPassword(Sql sql, long userId, String passwordHash, boolean mustChange) {
        sql.update("UPDATE users SET password_hash = ?, must_change_password = ? WHERE id = ?",
                passwordHash, mustChange, userId);
    }

    /**
     * Every account with its linked student's name and class and its failed log-in tries (and wrong current
     * passwords) of the last week, from the audit log, for the admin's users screen.
     */
    public List<UserAccount> listAccounts(Sql sql, Instant now) {
        return sql.list("""
                SELECT u.id, u.username, u.display_name, u.role, u.student_id, u.active, u.must_change_password,
                       u.failed_logins, u.locked_until, u.created_at, u.failed_since_login, u.last_failed_at,
                       s.name AS student_name,
                       s.class_name AS student_class,
                       (SELECT count(*) FROM audit_log a
                         WHERE a.user_id = u.id AND a.at >= ? AND a.outcome = 'FAILED'
                           AND a.action IN ('LOGIN_FAILED', 'PASSWORD_CHANGE')) AS failed_tries
                  FROM users u LEFT JOIN students s ON s.id = u.student_id
                 ORDER BY u.active DESC, CASE u.role WHEN 'ADMIN' THEN 1 WHEN 'COUNSELOR' THEN 2
                          WHEN 'PRINCIPAL' THEN 3 ELSE 4 END, u.display_name COLLATE NOCASE""", r -> {
            User user = map(r);
            return new UserAccount(user, r.str("student_name"), r.str("student_class"),
                    user.lockedUntil() != null && user.lockedUntil().isAfter(now), r.integer("failed_tries"));
        }, now.minus(UserAccount.FAILED_TRIES_SHOWN));
    }

    public void setActive(Sql sql, long userId, boolean active) {
        sql.update("UPDATE users SET active = ? WHERE id = ?", active, userId);
    }

    public void setStudent(Sql sql, long userId, Long studentId) {
        sql.update("UPDATE users SET student_id = ? WHERE id = ?", studentId, userId);
    }

    /**
     * Clears the count toward the lock and any lock (admin unlock, password reset); the count of failed tries
     * since the last log-in stays for the admin to see until the user logs in.
     */
    public void clearLockout(Sql sql, long userId) {
        sql.update("UPDATE users SET failed_logins = 0, locked_until = NULL, last_failed_at = NULL WHERE id = ?",
                userId);
    }

    public long countActive(Sql sql, Role role) {
        return sql.longValue("SELECT count(*) FROM users WHERE role = ? AND active = 1", role);
    }

    /** The active cadre account already linked to this student, other than {@code exceptUserId}. */
    public Optional<String> cadreLinkedTo(Sql sql, long studentId, long exceptUserId) {
        return sql.string("SELECT username FROM users WHERE student_id = ? AND role = 'CADRE' AND active = 1 "
                + "AND id <> ?", studentId, exceptUserId);
    }

    /** Whether a student can be linked to a cadre account: exists, active, not anonymised. */
    public boolean linkableStudent(Sql sql, long studentId) {
        return sql.longValue("SELECT count(*) FROM students WHERE id = ? AND active = 1 AND anonymised_at IS NULL",
                studentId) > 0;
    }

    static User map(Row r) throws SQLException {
        return new User(r.lng("id"), r.str("username"), r.str("display_name"), r.enumOf(Role.class, "role"),
                r.lngOrNull("student_id"), r.bool("active"), r.bool("must_change_password"),
                r.integer("failed_logins"), r.instant("locked_until"), r.instant("created_at"),
                r.integer("failed_since_login"), r.instant("last_failed_at"));
    }
}
