package id.kantibekisah.audit;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The head of the audit log's hash chain at one moment, written down outside the file (on a term report, in a
 * backup record): how many rows the log had and the first 96 bits of the last row's hash, and optionally a
 * signature (an HMAC under a key derived from the case file's data key, so only a holder of the key can make or
 * check one). Text form: {@code KB-AUDIT 1234/0123456789abcdef01234567} with {@code /SIGNATURE} appended when
 * signed. A later {@code verify --anchor} compares the file's log with it: fewer rows means the log was cut, a
 * different hash at that row means it was rewritten and its chain recomputed.
 */
public record AuditAnchor(long rows, String hashPrefix, String signature) {
    public static final int HASH_CHARS = 24;
    private static final Pattern TEXT = Pattern.compile(
            "(?:KB-AUDIT\\s+)?(\\d+)/([0-9a-f]{" + HASH_CHARS + "})(?:/([0-9a-f]{16}))?");

    /** The anchor of a log of {@code rows} rows whose last hash is {@code lastHash}; unsigned. */
    public static AuditAnchor of(long rows, String lastHash) {
        return new AuditAnchor(rows, lastHash.substring(0, HASH_CHARS), null);
    }

    /** The anchor as typed back from paper; empty when it cannot be one. */
    public static Optional<AuditAnchor> parse(String text) {
        Matcher m = text == null ? null : TEXT.matcher(text.trim().toLowerCase(Locale.ROOT)
                .replace("kb-audit", "KB-AUDIT"));
        if (m == null || !m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new AuditAnchor(Long.parseLong(m.group(1)), m.group(2), m.group(3)));
    }

    /** What a signature covers. */
    public String signedPart() {
        return rows + "/" + hashPrefix;
    }

    public AuditAnchor signedWith(String newSignature) {
        return new AuditAnchor(rows, hashPrefix, newSignature);
    }

    public String text() {
        return "KB-AUDIT " + signedPart() + (signature == null ? "" : "/" + signature);
    }
}
