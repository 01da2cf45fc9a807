package id.kantibekisah.security;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * When the window must be covered by the lock screen: after {@code timeout} without input. Time comes from the
 * injected clock and nothing here runs by itself: the window reports input and calls {@link #check()}
 * periodically, so a test advances a clock and calls {@link #check()} instead of waiting.
 */
public final class AutoLock {
    private final Clock clock;
    private Duration timeout;
    private Instant lastInput;
    private boolean locked;

    public AutoLock(Clock clock, Duration timeout) {
        this.clock = Objects.requireNonNull(clock);
        this.timeout = requirePositive(timeout);
        this.lastInput = clock.instant();
    }

    /** A key or the mouse was used. Ignored while locked: typing on the lock screen does not unlock it. */
    public void inputSeen() {
        if (!locked) {
            lastInput = clock.instant();
        }
    }

    /** Returns true once, at the moment the idle time reaches the timeout; from then on it is locked. */
    public boolean check() {
        if (locked) {
            return false;
        }
        if (!clock.instant().isBefore(lastInput.plus(timeout))) {
            locked = true;
            return true;
        }
        return false;
    }

    public boolean locked() {
        return locked;
    }

    /** Locks at once (the user chose "lock now"). */
    public void lockNow() {
        locked = true;
    }

    /** The user proved who they are; the idle time starts again. */
    public void unlocked() {
        locked = false;
        lastInput = clock.instant();
    }

    public Duration timeout() {
        return timeout;
    }

    public void setTimeout(Duration newTimeout) {
        this.timeout = requirePositive(newTimeout);
    }

    /** How long until the lock is due; zero or negative when it is. */
    public Duration remaining() {
        return Duration.between(clock.instant(), lastInput.plus(timeout));
    }

    private static Duration requirePositive(Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException("timeout must be positive: " + d);
        }
        return d;
    }
}
