package id.kantibekisah.common;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The texts of the program in one language. Indonesian is the base bundle ({@code messages.properties}); English is
 * {@code messages_en.properties}. The JVM's own locale never decides: a school PC set to English still shows
 * Indonesian unless the user picks English.
 */
public final class Messages {
    public static final String BUNDLE = "id.kantibekisah.i18n.messages";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final ResourceBundle bundle;
    private final Locale locale;

    private Messages(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    public static Messages of(Locale locale) {
        return new Messages(Objects.requireNonNull(locale));
    }

    public static Messages indonesian() {
        return of(INDONESIAN);
    }

    public Locale locale() {
        return locale;
    }

    public ResourceBundle bundle() {
        return bundle;
    }

    public boolean has(String key) {
        return bundle.containsKey(key);
    }

    /**
     * The text for {@code key}, always formatted with {@link MessageFormat} (so an apostrophe is written {@code ''}
     * in every bundle entry, with or without arguments); a missing key shows as {@code !key!}.
     */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return "!" + key + "!";
        }
        return new MessageFormat(pattern, locale).format(localizeArgs(args));
    }

    public String label(Labeled value) {
        return value == null ? "" : get(value.labelKey());
    }

    public String message(ServiceException e) {
        return get(e.messageKey(), e.args());
    }

    private Object[] localizeArgs(Object[] args) {
        Object[] out = args.clone();
        for (int i = 0; i < out.length; i++) {
            if (out[i] instanceof Labeled labeled) {
                out[i] = label(labeled);
            } else if (out[i] instanceof java.time.LocalDate date) {
                out[i] = Dates.format(date, locale);
            } else if (out[i] instanceof ServiceException nested) {
                // A reason inside a message ("the backup failed: the disk is full"), in the same language.
                out[i] = message(nested);
            }
        }
        return out;
    }
}
