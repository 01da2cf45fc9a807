package id.kantibekisah.security;

import id.kantibekisah.common.MutableClock;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AutoLockTest {
    private final MutableClock clock = new MutableClock(Fixture.START, Fixture.ZONE);

    @Test
    void locksOnceWhenTheIdleTimeReachesTheTimeoutAndInputStartsItAgain() {
        AutoLock lock = new AutoLock(clock, Duration.ofMinutes(5));
        clock.advance(Duration.ofMinutes(4));
        assertThat(lock.check()).isFalse();
        lock.inputSeen();
        clock.advance(Duration.ofMinutes(4).plusSeconds(59));
        assertThat(lock.check()).isFalse();
        assertThat(lock.remaining()).isEqualTo(Duration.ofSeconds(1));
        clock.advance(Duration.ofSeconds(1));
        assertThat(lock.check()).isTrue();
        assertThat(lock.check()).as("only once").isFalse();
        assertThat(lock.locked()).isTrue();
    }

    @Test
    void inputWhileLockedDoesNotUnlockOnlyTheUserDoes() {
        AutoLock lock = new AutoLock(clock, Duration.ofMinutes(2));
        lock.lockNow();
        lock.inputSeen();
        assertThat(lock.locked()).isTrue();
        clock.advance(Duration.ofMinutes(10));
        lock.unlocked();
        assertThat(lock.locked()).isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lock.check()).as("idle time counts from the unlock").isFalse();
        clock.advance(Duration.ofMinutes(1));
        assertThat(lock.check()).isTrue();
    }

    @Test
    void aTimeoutMustBePositive() {
        assertThatThrownBy(() -> new AutoLock(clock, Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }
}
