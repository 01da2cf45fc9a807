package id.kantibekisah.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;

/** How dates are stored (ISO text) and shown (Indonesian long form, dd/MM/yyyy input). */
public final class Dates {
    /** Fixed width, so that text order in SQLite is time order. */
    public static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneId.of("UTC"));
    public static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Accepts 1/8/2026 as well as 01/08/2026; rejects 31/02/2026 instead of moving it. */
    private static final DateTimeFormatter LENIENT_INPUT = DateTimeFormatter.ofPattern("d/M/uuuu")
            .withResolverStyle(ResolverStyle.STRICT);

    private Dates() {
    }

    public static String instant(Instant instant) {
        return instant == null ? null : INSTANT.format(instant);
    }

    public static Instant parseInstant(String text) {
        return text == null ? null : Instant.from(INSTANT.parse(text));
    }

    public static LocalDate parseDate(String iso) {
        return iso == null ? null : LocalDate.parse(iso);
    }

    /** {@code 22 November 2026} in Indonesian, {@code 22 November 2026} in English too (day-month-year). */
    public static String format(LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofPattern("d MMMM yyyy", locale).format(date);
    }

    public static String formatShort(LocalDate date) {
        return date == null ? "" : INPUT.format(date);
    }

    public static Optional<LocalDate> parseInput(String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(text.trim(), LENIENT_INPUT));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
