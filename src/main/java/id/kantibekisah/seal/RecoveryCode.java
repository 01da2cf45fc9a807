package id.kantibekisah.seal;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.Locale;

/**
 * The school's recovery code: 25 characters from a 32-letter alphabet without look-alikes (125 random bits),
 * printed in five groups of five for a sealed envelope. Its entropy makes guessing hopeless, so its key is derived
 * with HKDF alone (no slow hash needed); typing is forgiving about case, spaces and dashes.
 */
public final class RecoveryCode {
    private static final char[] ALPHABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ".toCharArray();
    static final int LENGTH = 25;
    private static final SecureRandom RANDOM = new SecureRandom();

    private RecoveryCode() {
    }

    static String generate() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < LENGTH; i++) {
            if (i > 0 && i % 5 == 0) {
                sb.append('-');
            }
            sb.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
        }
        return sb.toString();
    }

    /** The code as typed, reduced to its 25 characters; {@code null} when it cannot be a code. */
    static String normalise(String typed) {
        if (typed == null) {
            return null;
        }
        String s = typed.toUpperCase(Locale.ROOT).replaceAll("[\\s-]", "");
        if (s.length() != LENGTH) {
            return null;
        }
        for (char c : s.toCharArray()) {
            if (new String(ALPHABET).indexOf(c) < 0) {
                return null;
            }
        }
        return s;
    }

    /** The key-encryption key of a (normalised) code under its stored salt. */
    static byte[] kek(String normalised, byte[] salt) {
        return Kdf.hkdf(normalised.getBytes(StandardCharsets.US_ASCII), salt, "recovery code kek");
    }
}
