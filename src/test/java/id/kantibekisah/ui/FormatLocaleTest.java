package id.kantibekisah.ui;

import id.kantibekisah.common.Messages;
import org.junit.jupiter.api.Test;

import java.time.DayOfWeek;
import java.time.temporal.WeekFields;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class FormatLocaleTest {
    @Test
    void weeksStartOnMondayInBothLanguagesAndTheLanguageStays() {
        for (Locale l : new Locale[] {Messages.INDONESIAN, Messages.ENGLISH}) {
            Locale format = Formats.formatLocale(l);
            assertThat(WeekFields.of(format).getFirstDayOfWeek()).as(l.toString()).isEqualTo(DayOfWeek.MONDAY);
            assertThat(format.getLanguage()).isEqualTo(l.getLanguage());
        }
    }
}
