package id.kantibekisah.seal;

import com.google.crypto.tink.subtle.Hkdf;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;

/** HKDF-SHA256 (RFC 5869) from Tink, for keys derived from something already random (never from a password). */
public final class Kdf {
    private Kdf() {
    }

    /** 32 bytes for {@code purpose} from {@code ikm}. */
    public static byte[] hkdf(byte[] ikm, byte[] salt, String purpose) {
        try {
            return Hkdf.computeHkdf("HMACSHA256", ikm, salt,
                    ("kanti-bekisah " + purpose).getBytes(StandardCharsets.UTF_8), 32);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every JDK", e);
        }
    }
}
