package id.kantibekisah.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

import java.util.concurrent.atomic.AtomicLong;

/**
 * Argon2id password hashes in the PHC string format ({@code $argon2id$v=19$m=...}). The production cost is OWASP's
 * recommendation (19 MiB, 2 iterations, 1 lane); the parameters are read back from each stored hash, so raising
 * them later keeps old hashes valid.
 */
public final class PasswordHasher {
    public static final int OWASP_MEMORY_KIB = 19_456;
    public static final int OWASP_ITERATIONS = 2;

    private final Argon2Function function;
    private final String dummyHash;
    private final AtomicLong checks = new AtomicLong();

    public PasswordHasher() {
        this(OWASP_MEMORY_KIB, OWASP_ITERATIONS);
    }

    /** Lower costs are for tests that create many accounts; never use them for a real database. */
    public PasswordHasher(int memoryKib, int iterations) {
        this.function = Argon2Function.getInstance(memoryKib, iterations, 1, 32, Argon2.ID);
        this.dummyHash = hash("not-a-real-password");
    }

    public String hash(String password) {
        return Password.hash(password).addRandomSalt(16).with(function).getResult();
    }

    public boolean verify(String password, String storedHash) {
        checks.incrementAndGet();
        if (password == null || storedHash == null || !storedHash.startsWith("$argon2")) {
            return false;
        }
        return Password.check(password, storedHash).with(Argon2Function.getInstanceFromHash(storedHash));
    }

    /** How many passwords this hasher has checked (each one costs the same time; a test counts them). */
    public long checks() {
        return checks.get();
    }

    /** Spends the time of one check, so an unknown username takes as long to refuse as a wrong password. */
    public void verifyDummy(String password) {
        verify(password == null ? "" : password, dummyHash);
    }
}
