package id.kantibekisah.security;

import id.kantibekisah.access.Role;
import id.kantibekisah.common.ValidationException;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Rules for new passwords: at least 8 characters and not one of the commonly used ones; a cadre may instead use
 * a PIN of at least 8 digits (students remember digits). Eight, because a copied database file is attacked
 * offline, where no lock helps: at about 0.39 s of one core per Argon2id guess, 10^8 PINs take about 1.2 years of
 * one core, where 10^6 took 4.5 days. A shorter PIN from before this rule still logs in once, and its owner must
 * then choose a new one ({@link #isShortPin}).
 */
public final class PasswordPolicy {
    public static final int MIN_PASSWORD_LENGTH = 8;
    public static final int MIN_PIN_LENGTH = 8;
    private static final Set<String> COMMON = loadCommon();

    private PasswordPolicy() {
    }

    public static void check(Role role, String password) {
        if (password == null || password.isBlank()) {
            throw new ValidationException("password.error.empty");
        }
        boolean pin = password.chars().allMatch(Character::isDigit);
        if (role == Role.CADRE && pin) {
            if (password.length() < MIN_PIN_LENGTH) {
                throw new ValidationException("password.error.pinTooShort", MIN_PIN_LENGTH);
            }
            if (isTrivialPin(password)) {
                throw new ValidationException("password.error.common");
            }
            return;
        }
        if (password.length() < MIN_PASSWORD_LENGTH) {
            throw new ValidationException("password.error.tooShort", MIN_PASSWORD_LENGTH);
        }
        if (COMMON.contains(password.toLowerCase(Locale.ROOT))) {
            throw new ValidationException("password.error.common");
        }
    }

    /** A cadre's PIN (digits only) shorter than today's minimum: allowed once more at log-in, then changed. */
    public static boolean isShortPin(Role role, String password) {
        return role == Role.CADRE && password != null && !password.isEmpty()
                && password.chars().allMatch(Character::isDigit) && password.length() < MIN_PIN_LENGTH;
    }

    /** 000000, 111111, 123456, 654321 and the like. */
    static boolean isTrivialPin(String pin) {
        boolean same = pin.chars().distinct().count() == 1;
        boolean up = true;
        boolean down = true;
        for (int i = 1; i < pin.length(); i++) {
            int d = pin.charAt(i) - pin.charAt(i - 1);
            up &= d == 1;
            down &= d == -1;
        }
        return same || up || down || COMMON.contains(pin);
    }

    private static Set<String> loadCommon() {
        InputStream in = PasswordPolicy.class.getResourceAsStream("common-passwords.txt");
        if (in == null) {
            throw new IllegalStateException("common-passwords.txt missing");
        }
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            return reader.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
