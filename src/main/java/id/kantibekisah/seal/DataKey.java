package id.kantibekisah.seal;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The case file's random 256-bit data key, unwrapped in memory for one logged-in reader. Everything sealed in the
 * file is sealed under it; it is stored only wrapped (per reader, under the recovery code).
 */
public final class DataKey {
    private final byte[] key;

    DataKey(byte[] key) {
        if (key.length != Aead.KEY_BYTES) {
            throw new IllegalArgumentException("a data key has 32 bytes");
        }
        this.key = key;
    }

    static DataKey random() {
        return new DataKey(Aead.randomBytes(Aead.KEY_BYTES));
    }

    /** Seals {@code text} for the place named by {@code context} (for example {@code "sessions.notes"}). */
    public byte[] seal(String text, String context) {
        return text == null ? null : Aead.seal(key, text.getBytes(StandardCharsets.UTF_8), aad(context));
    }

    /** Opens what {@link #seal} sealed for the same {@code context}. */
    public String open(byte[] sealed, String context) {
        return sealed == null ? null : new String(Aead.open(key, sealed, aad(context)), StandardCharsets.UTF_8);
    }

    byte[] sealBytes(byte[] plain, String context) {
        return Aead.seal(key, plain, aad(context));
    }

    byte[] openBytes(byte[] sealed, String context) {
        return Aead.open(key, sealed, aad(context));
    }

    /** Wraps this key under a key-encryption key (a reader's, the recovery code's). */
    byte[] wrapUnder(byte[] kek, String context) {
        return Aead.seal(kek, key, aad(context));
    }

    static DataKey unwrap(byte[] kek, byte[] wrapped, String context) {
        return new DataKey(Aead.open(kek, wrapped, aad(context)));
    }

    void destroy() {
        Arrays.fill(key, (byte) 0);
    }

    private static byte[] aad(String context) {
        return ("kanti-bekisah/seal/v1/" + context).getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return "DataKey[hidden]";
    }
}
