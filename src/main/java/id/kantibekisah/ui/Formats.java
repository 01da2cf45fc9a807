package id.kantibekisah.ui;

import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates and times as the screens show them, in the user's language. */
public final class Formats {
    private Formats() {
    }

    /** {@code 22 Nov 2026}: compact, for tables. */
    public static String shortDate(Messages m, LocalDate date) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMM yyyy", m.locale()).format(date);
    }

    /** {@code 22/11/2026}: the narrowest form, for table columns. */
    public static String numericDate(LocalDate date) {
        return Dates.formatShort(date);
    }

    /** {@code 22 November 2026}. */
    public static String longDate(Messages m, LocalDate date) {
        return Dates.format(date, m.locale());
    }

    /** {@code 22 Nov 2026 09.15} in the given zone. */
    public static String dateTime(Messages m, Instant instant, ZoneId zone) {
        if (instant == null) {
            return "";
        }
        String pattern = m.locale().getLanguage().equals("id") ? "d MMM yyyy HH.mm" : "d MMM yyyy HH:mm";
        return DateTimeFormatter.ofPattern(pattern, m.locale()).withZone(zone).format(instant);
    }
}
