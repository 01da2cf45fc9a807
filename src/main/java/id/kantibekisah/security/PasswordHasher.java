package id.kantibekisah.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;
import id.kantibekisah.seal.Kdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=...}). Every password and PIN is
 * hashed at one cost, {@value #MEMORY_KIB} KiB and {@value #ITERATIONS} passes on 1 lane (about half a second
 * on one core: README, "Passwords"): above OWASP's minimum (19 MiB, 2 passes) so that a PIN read out of a copied
 * file costs days, not hours, and one cost for all so that the time of a refusal tells nothing about the account.
 * The memory stays well inside the packaged program's 256 MB heap. The parameters are read back from each stored
 * hash, so an older, cheaper hash still verifies, and is made again at this cost at its owner's next log-in.
 *
 * <p>One Argon2id computation serves two ends: its 32-byte output is split by HKDF-SHA256 into the stored
 * <em>verifier</em> and the <em>key-encryption key</em> that wraps the case file's data key for this user (see
 * the seal package). So a log-in costs one slow derivation, not two, and the stored verifier tells nothing about
 * the key. Such hashes read {@code $kb1-argon2id$v=19$m=..,t=..,p=1$salt$verifier}; the plain PHC hashes
 * ({@code $argon2id$...}) of older versions still verify and are made again in the new form at their owner's next
 * log-in (that one log-in costs two derivations).
 */
public final class PasswordHasher {
    public static final int MEMORY_KIB = 47_104;
    public static final int ITERATIONS = 8;
    /** "not-a-real-password" at the production cost: refusing an unknown name costs one check, and no start-up. */
    static final String PRODUCTION_DUMMY =
            "$argon2id$v=19$m=47104,t=8,p=1$1Bi+D14RGyPTuCe2GNp6tg$cuNpGsy1EwoVe+m5CNQj5rtf4yFSor9Ua8dOaTj66K8";
    private static final Pattern COST = Pattern.compile("\\$m=(\\d+),t=(\\d+),");
    private static final String PREFIX = "$kb1-argon2id$v=19$";
    private static final Pattern KB1 = Pattern.compile(
            "\\$kb1-argon2id\\$v=19\\$m=(\\d+),t=(\\d+),p=1\\$([A-Za-z0-9+/]+)\\$([A-Za-z0-9+/]+)");
    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A password that matched: the stored form it matched, and the user's key-encryption key, or {@code null}
     * when the stored form is an older one that does not give it (made again at log-in).
     */
    public record Match(String storedHash, byte[] keyEncryptionKey) {
    }

    /** A new stored form and the key-encryption key of the same derivation. */
    public record Derived(String storedHash, byte[] keyEncryptionKey) {
    }

    private final Argon2Function function;
    private final int memoryKib;
    private final int iterations;
    private final String dummyHash;
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong derivations = new AtomicLong();

    public PasswordHasher() {
        this(MEMORY_KIB, ITERATIONS);
    }

    /** Lower costs are for tests that create many accounts; never use them for a real database. */
    public PasswordHasher(int memoryKib, int iterations) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID);
        this.memoryKib = memoryKib;
        this.iterations = iterations;
        this.dummyHash = memoryKib == MEMORY_KIB && iterations == ITERATIONS ? PRODUCTION_DUMMY
                : hash("not-a-real-password");
    }

    /** Whether {@code storedHash} was made at a lower cost than this hasher's: then it is made again at log-in. */
    public boolean cheaperThanCurrent(String storedHash) {
        Matcher m = storedHash == null ? null : COST.matcher(storedHash);
        if (m == null || !m.find()) {
            return false;
        }
        if (!storedHash.startsWith(PREFIX)) {
            return true;
        }
        return Integer.parseInt(m.group(1)) < memoryKib || Integer.parseInt(m.group(2)) < iterations;
    }

    public String hash(String password) {
        return derive(password).storedHash();
    }

    /** Hashes a new password; the key-encryption key comes from the same single derivation. */
    public Derived derive(String password) {
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        derivations.incrementAndGet();
        byte[] out = function.hash(password.getBytes(StandardCharsets.UTF_8), salt).getBytes();
        Base64.Encoder b64 = Base64.getEncoder().withoutPadding();
        String stored = PREFIX + "m=" + memoryKib + ",t=" + iterations + ",p=1$" + b64.encodeToString(salt) + "$"
                + b64.encodeToString(verifier(out, salt));
        return new Derived(stored, kek(out, salt));
    }

    public boolean verify(String password, String storedHash) {
        return check(password, storedHash) != null;
    }

    /** Checks a password: {@code null} when it is wrong, otherwise what matched and (new forms) the user's key. */
    public Match check(String password, String storedHash) {
        checks.incrementAndGet();
        derivations.incrementAndGet();
        if (password == null || storedHash == null) {
            return null;
        }
        Matcher kb1 = KB1.matcher(storedHash);
        if (kb1.matches()) {
            Base64.Decoder b64 = Base64.getDecoder();
            byte[] salt = b64.decode(kb1.group(3));
            byte[] out = Argon2Function.getInstance(Integer.parseInt(kb1.group(1)), Integer.parseInt(kb1.group(2)),
                    1, 32, Argon2.ID).hash(password.getBytes(StandardCharsets.UTF_8), salt).getBytes();
            return MessageDigest.isEqual(verifier(out, salt), b64.decode(kb1.group(4)))
                    ? new Match(storedHash, kek(out, salt)) : null;
        }
        if (!storedHash.startsWith("$argon2")) {
            return null;
        }
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash))
                ? new Match(storedHash, null) : null;
    }

    private static byte[] verifier(byte[] argon2Output, byte[] salt) {
        return Kdf.hkdf(argon2Output, salt, "password verifier");
    }

    private static byte[] kek(byte[] argon2Output, byte[] salt) {
        return Kdf.hkdf(argon2Output, salt, "password key-encryption key");
    }

    /** How many passwords this hasher has checked (each one costs the same time; a test counts them). */
    public long checks() {
        return checks.get();
    }

    /** How many Argon2id computations this hasher has run (checks and new hashes; each is the slow part). */
    public long derivations() {
        return derivations.get();
    }

    /** Spends the time of one check, so an unknown username takes as long to refuse as a wrong password. */
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, dummyHash);
    }
}
