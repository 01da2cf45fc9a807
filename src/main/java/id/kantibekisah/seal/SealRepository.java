package id.kantibekisah.seal;

import id.kantibekisah.common.Dates;
import id.kantibekisah.db.Sql;

import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The seal's tables: the case file's keyring (one row) and one wrapped data key per reader. Binary values are
 * stored as Base64 text, the same on SQLite and PostgreSQL.
 */
final class SealRepository {
    /** The keyring row: the HPKE public keyset in the clear, its private keyset and the recovery wrap sealed. */
    record Keyring(byte[] publicKeyset, byte[] privateKeysetSealed, byte[] recoverySalt, byte[] recoveryWrapped,
                   Instant recoveryIssuedAt) {
    }

    Optional<Keyring> keyring(Sql sql) {
        return sql.one("""
                SELECT public_keyset, private_keyset, recovery_salt, recovery_wrapped, recovery_issued_at
                  FROM seal_keyring WHERE id = 1""", r -> new Keyring(bytes(r.str("public_keyset")),
                bytes(r.str("private_keyset")), bytes(r.str("recovery_salt")), bytes(r.str("recovery_wrapped")),
                r.instant("recovery_issued_at")));
    }

    void createKeyring(Sql sql, Keyring k, Long issuedBy, Instant now) {
        sql.update("""
                INSERT INTO seal_keyring (id, public_keyset, private_keyset, recovery_salt, recovery_wrapped,
                                          recovery_issued_at, recovery_issued_by, created_at)
                VALUES (1, ?, ?, ?, ?, ?, ?, ?)""", text(k.publicKeyset()), text(k.privateKeysetSealed()),
                text(k.recoverySalt()), text(k.recoveryWrapped()), Dates.instant(now), issuedBy, Dates.instant(now));
    }

    void replaceRecovery(Sql sql, byte[] salt, byte[] wrapped, Long issuedBy, Instant now) {
        sql.update("""
                UPDATE seal_keyring SET recovery_salt = ?, recovery_wrapped = ?, recovery_issued_at = ?,
                                        recovery_issued_by = ?
                 WHERE id = 1""", text(salt), text(wrapped), Dates.instant(now), issuedBy);
    }

    Optional<byte[]> wrappedKey(Sql sql, long userId) {
        return sql.string("SELECT wrapped FROM seal_reader_keys WHERE user_id = ?", userId).map(SealRepository::bytes);
    }

    void putWrappedKey(Sql sql, long userId, byte[] wrapped, Instant now) {
        if (sql.update("UPDATE seal_reader_keys SET wrapped = ?, created_at = ? WHERE user_id = ?", text(wrapped),
                Dates.instant(now), userId) == 0) {
            sql.update("INSERT INTO seal_reader_keys (user_id, wrapped, created_at) VALUES (?, ?, ?)", userId,
                    text(wrapped), Dates.instant(now));
        }
    }

    boolean deleteWrappedKey(Sql sql, long userId) {
        return sql.update("DELETE FROM seal_reader_keys WHERE user_id = ?", userId) > 0;
    }

    private static String text(byte[] b) {
        return Base64.getEncoder().encodeToString(b);
    }

    private static byte[] bytes(String s) {
        return s == null ? null : Base64.getDecoder().decode(s);
    }
}
