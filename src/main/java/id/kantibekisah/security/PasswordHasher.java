package id.kantibekisah.security;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

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
 */
public final class PasswordHasher {
    public static final int MEMORY_KIB = 47_104;
    public static final int ITERATIONS = 8;
    /** "not-a-real-password" at the production cost: refusing an unknown name costs one check, and no start-up. */
    static final String PRODUCTION_DUMMY =
            "$argon2id$v=19$m=47104,t=8,p=1$1Bi+D14RGyPTuCe2GNp6tg$cuNpGsy1EwoVe+m5CNQj5rtf4yFSor9Ua8dOaTj66K8";
    private static final Pattern COST = Pattern.compile("\\$m=(\\d+),t=(\\d+),");

    private final Argon2Function function;
    private final int memoryKib;
    private final int iterations;
    private final String dummyHash;
    private final AtomicLong checks = new AtomicLong();

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
        return Integer.parseInt(m.group(1)) < memoryKib || Integer.parseInt(m.group(2)) < iterations;
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
