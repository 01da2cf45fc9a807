package id.kantibekisah.security.ui;

import id.kantibekisah.access.Actor;

import java.time.Duration;

/**
 * A successful log-in, with what the window must do next: ask for a new password first (after an admin reset or
 * for a new account, or when a cadre's PIN is shorter than today's minimum: {@code shortPin}), and lock after this
 * long without input.
 */
public record LoggedIn(Actor actor, boolean mustChangePassword, boolean shortPin, Duration lockAfter) {
}
