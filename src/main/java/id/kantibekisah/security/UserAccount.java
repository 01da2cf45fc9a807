package id.kantibekisah.security;

import java.time.Duration;

/**
 * One row of the admin's users screen: the account, the student a cadre is linked to (name and class only),
 * whether it is locked right now and how many failed log-in tries it had in the last {@link #FAILED_TRIES_SHOWN}
 * (wrong passwords, tries while locked, wrong current passwords), so that the admin sees an attack on an account
 * even after its lock is over or its owner has logged in.
 */
public record UserAccount(User user, String studentName, String studentClass, boolean locked, int failedTries) {
    public static final Duration FAILED_TRIES_SHOWN = Duration.ofDays(7);

    public long id() {
        return user.id();
    }
}
