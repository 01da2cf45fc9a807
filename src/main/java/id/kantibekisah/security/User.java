package id.kantibekisah.security;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;

import java.time.Instant;

/**
 * A user account as the admin sees it (never the password hash). {@code failedLogins} counts the wrong tries
 * toward the next lock; {@code failedSinceLogin} every failed try since the last successful log-in (also those
 * refused while locked), for the admin to see.
 */
public record User(long id, String username, String displayName, Role role, Long studentId, boolean active,
                   boolean mustChangePassword, int failedLogins, Instant lockedUntil, Instant createdAt,
                   int failedSinceLogin, Instant lastFailedAt) {
    public Actor toActor() {
        return new Actor(id, username, displayName, role, studentId);
    }
}
