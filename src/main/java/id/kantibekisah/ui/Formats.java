package id.kantibekisah.ui;

import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Dates and times as the screens show them, in the user's language. */
public final class Formats {
    private static final Pattern TIME = Pattern.compile("([01]?\\d|2[0-3])[.:]([0-5]\\d)");

    private Formats() {
    }

    /**
     * The locale date pickers and other formatting use for {@code language}: its weeks start on Monday (Senin),
     * as school timetables do, whatever the language's own calendar custom.
     */
    public static Locale formatLocale(Locale language) {
        return new Locale.Builder().setLocale(language).setUnicodeLocaleKeyword("fw", "mon").build();
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

    /** {@code 07.30} in Indonesian, {@code 07:30} in English. */
    public static String time(Messages m, LocalTime time) {
        if (time == null) {
            return "";
        }
        String pattern = m.locale().getLanguage().equals("id") ? "HH.mm" : "HH:mm";
        return DateTimeFormatter.ofPattern(pattern).format(time);
    }

    /** A time as people type it: {@code 7.30}, {@code 07.30} or {@code 07:30}; empty when it is not a time. */
    public static Optional<LocalTime> parseTime(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = TIME.matcher(text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(LocalTime.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
    }
}
