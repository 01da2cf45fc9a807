package id.kantibekisah.ppksp;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingDaysTest {
    private static final LocalDate FRIDAY = LocalDate.of(2026, 11, 27);

    @Test
    void fiveWorkingDaysAfterAFridaySkipTheWeekend() {
        WorkingDays wd = new WorkingDays(Set.of());
        assertThat(wd.plus(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
        assertThat(wd.plus(LocalDate.of(2026, 11, 24), 5)).isEqualTo(LocalDate.of(2026, 12, 1));
        // From a Saturday the first working day is Monday.
        assertThat(wd.plus(LocalDate.of(2026, 11, 28), 1)).isEqualTo(LocalDate.of(2026, 11, 30));
    }

    @Test
    void listedHolidaysAreNotWorkingDays() {
        WorkingDays wd = new WorkingDays(Set.of(LocalDate.of(2026, 12, 2), LocalDate.of(2026, 12, 4)));
        assertThat(wd.isWorkingDay(LocalDate.of(2026, 12, 2))).isFalse();
        assertThat(wd.plus(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(wd.between(FRIDAY, LocalDate.of(2026, 12, 8))).isEqualTo(5);
        assertThat(wd.between(FRIDAY, FRIDAY)).isZero();
    }

    @Test
    void aHolidayOnAWeekendChangesNothing() {
        WorkingDays wd = new WorkingDays(Set.of(LocalDate.of(2026, 11, 29)));
        assertThat(wd.plus(FRIDAY, 5)).isEqualTo(LocalDate.of(2026, 12, 4));
    }
}
