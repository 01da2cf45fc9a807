package id.kantibekisah.seal;

import com.google.crypto.tink.HybridDecrypt;
import com.google.crypto.tink.HybridEncrypt;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkProtoKeysetFormat;
import com.google.crypto.tink.hybrid.HpkeParameters;
import com.google.crypto.tink.hybrid.HybridConfig;
import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AccessPolicy;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditLog;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Sql;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The case file's keys. One random data key (AES-256-GCM) seals the case content; it is stored only wrapped: once
 * per reader (counselors and the principal) under the key-encryption key that the reader's password derivation
 * gives ({@link id.kantibekisah.security.PasswordHasher}), and once under the school's recovery code. The admin and
 * cadres get none. Cadres write intakes sealed to the file's HPKE public key (X25519, Tink) and cannot read them
 * back; the matching private key is itself sealed under the data key.
 *
 * <p>Key events: the first counselor to log in creates the keys and is shown the recovery code once; a reader's
 * log-in unwraps their key for the session; a password change re-wraps it; an admin's reset deletes it, and the
 * reader stays without a key until a colleague who holds one (typing their own password in that reader's session)
 * or the recovery code grants it again. A reader without a key still works with everything that is not sealed.
 */
public final class SealService {
    /** Whether the logged-in user can open sealed content now. */
    public enum KeyState {
        /** The data key is open for this session. */
        HOLDS_KEY,
        /** A reader without a wrapped key (new account, after a password reset): a grant is needed. */
        NO_KEY,
        /** The reader's wrapped key no longer opens (the file was altered): a grant replaces it. */
        KEY_DAMAGED,
        /** Not a reader (admin, cadre, the command line): never holds the key. */
        NOT_A_READER
    }

    private static final String READER_CONTEXT = "seal_reader_keys.wrapped/";
    private static final String RECOVERY_CONTEXT = "seal_keyring.recovery_wrapped";
    private static final String PRIVATE_CONTEXT = "seal_keyring.private_keyset";

    static {
        try {
            HybridConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Database db;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final Clock clock;
    private final SealRepository repo = new SealRepository();
    private final Map<Long, Session> sessions = new ConcurrentHashMap<>();

    /** What a logged-in reader holds: the open data key (or none) and their key-encryption key for a grant. */
    private static final class Session {
        volatile DataKey key;
        volatile byte[] kek;
        volatile KeyState state;
        volatile String recoveryCodeToShow;
    }

    public SealService(Database db, AuditLog audit, AccessPolicy access, Clock clock) {
        this.db = db;
        this.audit = audit;
        this.access = access;
        this.clock = clock;
    }

    /** Roles whose users get a wrapped key: the counselors and the principal. */
    public static boolean isReader(Role role) {
        return role == Role.COUNSELOR || role == Role.PRINCIPAL;
    }

    // ---- key events, called by UserService inside its own transactions ---------------------------------------

    /**
     * A reader's password matched at log-in (or on the lock screen): opens their wrapped key for the session, or
     * creates the case file's keys when this is the first counselor ever. {@code kek} is the key-encryption key of
     * the stored hash now; {@code previousKek} that of the hash it replaced in this same log-in (made again at
     * today's cost), {@code null} when it was not replaced or gave no key (an older hash form).
     */
    public void loggedIn(Sql sql, Actor reader, byte[] kek, byte[] previousKek) {
        if (!isReader(reader.role()) || kek == null) {
            return;
        }
        Session s = new Session();
        s.kek = kek;
        SealRepository.Keyring keyring = repo.keyring(sql).orElse(null);
        if (keyring == null) {
            if (reader.role() == Role.COUNSELOR) {
                create(sql, reader, s);
            } else {
                s.state = KeyState.NO_KEY;
            }
            sessions.put(reader.userId(), s);
            return;
        }
        byte[] wrapped = repo.wrappedKey(sql, reader.userId()).orElse(null);
        if (wrapped == null) {
            s.state = KeyState.NO_KEY;
        } else {
            try {
                DataKey key = unwrapChecked(previousKek != null ? previousKek : kek, wrapped, reader.userId(),
                        keyring);
                if (previousKek != null) {
                    repo.putWrappedKey(sql, reader.userId(), key.wrapUnder(kek, readerContext(reader.userId())),
                            clock.instant());
                }
                s.key = key;
                s.state = KeyState.HOLDS_KEY;
            } catch (SealBrokenException e) {
                s.state = KeyState.KEY_DAMAGED;
                audit.append(sql, reader, AuditAction.SEAL_KEY_DAMAGED, AuditOutcome.FAILED, null, null,
                        "the wrapped data key of this user does not open");
            }
        }
        sessions.put(reader.userId(), s);
    }

    /**
     * The reader's own password changed (in the transaction that stores the new hash): the key is wrapped again
     * under the new password's key, so the old password no longer opens it.
     */
    public void passwordChanged(Sql sql, Actor reader, byte[] oldKek, byte[] newKek) {
        if (!isReader(reader.role()) || newKek == null) {
            return;
        }
        Session s = sessions.computeIfAbsent(reader.userId(), id -> new Session());
        DataKey key = s.key;
        byte[] wrapped = repo.wrappedKey(sql, reader.userId()).orElse(null);
        if (key == null && wrapped != null && oldKek != null) {
            try {
                key = unwrapChecked(oldKek, wrapped, reader.userId(), repo.keyring(sql).orElseThrow());
            } catch (SealBrokenException e) {
                key = null;
            }
        }
        s.kek = newKek;
        if (key != null) {
            repo.putWrappedKey(sql, reader.userId(), key.wrapUnder(newKek, readerContext(reader.userId())),
                    clock.instant());
            s.key = key;
            s.state = KeyState.HOLDS_KEY;
            audit.ok(sql, reader, AuditAction.SEAL_KEY_GRANT, null, null, "re-wrapped under the new password");
        } else if (s.state == null) {
            s.state = wrapped == null ? KeyState.NO_KEY : KeyState.KEY_DAMAGED;
        }
    }

    /**
     * An admin set a new password for {@code userId}: the admin must not be able to open the key with the password
     * they typed, so the wrapped key is deleted; the reader needs a grant at their next log-in.
     */
    public void passwordReset(Sql sql, Actor admin, long userId) {
        if (repo.deleteWrappedKey(sql, userId)) {
            audit.ok(sql, admin, AuditAction.SEAL_KEY_REVOKE, null, null, "password reset of user " + userId);
        }
        Session s = sessions.remove(userId);
        if (s != null && s.key != null) {
            s.key.destroy();
        }
    }

    /** The session ended (log-out): its keys are forgotten. */
    public void loggedOut(Actor actor) {
        Session s = actor.userId() == null ? null : sessions.remove(actor.userId());
        if (s != null && s.key != null) {
            s.key.destroy();
        }
    }

    // ---- what a reader does -------------------------------------------------------------------------------------

    public KeyState state(Actor actor) {
        if (actor == null || !isReader(actor.role()) || actor.userId() == null) {
            return KeyState.NOT_A_READER;
        }
        Session s = sessions.get(actor.userId());
        return s == null || s.state == null ? KeyState.NO_KEY : s.state;
    }

    /** The recovery code to show now, once: after the keys were created or the code re-issued in this session. */
    public Optional<String> takeRecoveryCode(Actor actor) {
        Session s = actor.userId() == null ? null : sessions.get(actor.userId());
        if (s == null || s.recoveryCodeToShow == null) {
            return Optional.empty();
        }
        String code = s.recoveryCodeToShow;
        s.recoveryCodeToShow = null;
        return Optional.of(code);
    }

    /**
     * A colleague who holds the key typed their password in this reader's session ({@code colleagueKek} from its
     * check, done by UserService): the key is wrapped for this reader under their own password's key.
     */
    public void grantFromColleague(Sql sql, Actor reader, Actor colleague, byte[] colleagueKek) {
        Session s = needsGrant(reader);
        byte[] wrapped = repo.wrappedKey(sql, colleague.userId()).orElse(null);
        if (colleague.role() != Role.COUNSELOR || wrapped == null || colleagueKek == null) {
            throw new ValidationException("seal.error.colleagueHasNoKey", colleague.displayName());
        }
        DataKey key;
        try {
            key = unwrapChecked(colleagueKek, wrapped, colleague.userId(), repo.keyring(sql).orElseThrow());
        } catch (SealBrokenException e) {
            throw new ValidationException("seal.error.colleagueHasNoKey", colleague.displayName());
        }
        grant(sql, reader, s, key, "granted by " + colleague.username());
    }

    /** The recovery code typed in this reader's session grants the key. A wrong code changes nothing. */
    public void grantWithRecoveryCode(Actor reader, String typedCode) {
        Session s = needsGrant(reader);
        db.tx(sql -> {
            SealRepository.Keyring keyring = repo.keyring(sql)
                    .orElseThrow(() -> new ValidationException("seal.error.noKeysYet"));
            DataKey key = openRecovery(keyring, typedCode);
            if (key == null) {
                return null;
            }
            grant(sql, reader, s, key, "granted with the recovery code");
            return null;
        });
        if (s.key == null) {
            audit.failed(reader, AuditAction.SEAL_KEY_GRANT, "wrong recovery code");
            throw new ValidationException("seal.error.wrongRecoveryCode");
        }
    }

    /**
     * A counselor who holds the key issues a new recovery code (the old one stops working); shown once. The
     * school keeps it in a sealed envelope.
     */
    public String reissueRecoveryCode(Actor counselor) {
        if (counselor.role() != Role.COUNSELOR) {
            throw access.refuse(counselor, AuditAction.SEAL_RECOVERY_ISSUE, null, null, "not a counselor");
        }
        DataKey key = keyOf(counselor);
        String code = RecoveryCode.generate();
        byte[] salt = Aead.randomBytes(16);
        byte[] wrapped = key.wrapUnder(RecoveryCode.kek(RecoveryCode.normalise(code), salt), RECOVERY_CONTEXT);
        db.tx(sql -> {
            repo.replaceRecovery(sql, salt, wrapped, counselor.userId(), clock.instant());
            audit.ok(sql, counselor, AuditAction.SEAL_RECOVERY_ISSUE, null, null, "new recovery code");
            return null;
        });
        return code;
    }

    /** The data key of this reader's session; refused when they hold none (say why: {@link #state}). */
    public DataKey keyOf(Actor reader) {
        Session s = reader.userId() == null ? null : sessions.get(reader.userId());
        if (s == null || s.key == null) {
            throw new ServiceException(state(reader) == KeyState.NOT_A_READER ? "error.access.denied"
                    : "seal.error.noKey");
        }
        return s.key;
    }

    /** The data key from the recovery code alone (restoring an encrypted backup); {@code null} for a wrong code. */
    public DataKey keyFromRecoveryCode(String typedCode) {
        return db.read(sql -> repo.keyring(sql).map(k -> openRecovery(k, typedCode)).orElse(null));
    }

    // ---- sealing to the case file's public key (cadres) ------------------------------------------------------

    /** Seals {@code text} so that only the data key's holders can open it; the writer cannot read it back. */
    public byte[] sealToCaseFile(Sql sql, String text, String context) {
        if (text == null) {
            return null;
        }
        SealRepository.Keyring keyring = repo.keyring(sql)
                .orElseThrow(() -> new ServiceException("seal.error.noKeysYet"));
        try {
            KeysetHandle pub = TinkProtoKeysetFormat.parseKeysetWithoutSecret(keyring.publicKeyset());
            HybridEncrypt enc = pub.getPrimitive(RegistryConfiguration.get(), HybridEncrypt.class);
            return enc.encrypt(text.getBytes(StandardCharsets.UTF_8), context.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the case file's public key does not load", e);
        }
    }

    /** Opens what {@link #sealToCaseFile} sealed, with the reader's data key. */
    public String openFromCaseFile(Sql sql, Actor reader, byte[] sealed, String context) {
        if (sealed == null) {
            return null;
        }
        DataKey key = keyOf(reader);
        SealRepository.Keyring keyring = repo.keyring(sql).orElseThrow();
        try {
            HybridDecrypt dec = privateKeyset(key, keyring).getPrimitive(RegistryConfiguration.get(),
                    HybridDecrypt.class);
            return new String(dec.decrypt(sealed, context.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        } catch (GeneralSecurityException e) {
            throw new SealBrokenException();
        }
    }

    // ---- inside -----------------------------------------------------------------------------------------------

    private void create(Sql sql, Actor counselor, Session s) {
        DataKey key = DataKey.random();
        try {
            KeysetHandle priv = KeysetHandle.generateNew(HpkeParameters.builder()
                    .setKemId(HpkeParameters.KemId.DHKEM_X25519_HKDF_SHA256)
                    .setKdfId(HpkeParameters.KdfId.HKDF_SHA256)
                    .setAeadId(HpkeParameters.AeadId.AES_256_GCM)
                    .setVariant(HpkeParameters.Variant.NO_PREFIX).build());
            byte[] publicKeyset = TinkProtoKeysetFormat.serializeKeysetWithoutSecret(priv.getPublicKeysetHandle());
            byte[] privateSealed = key.sealBytes(TinkProtoKeysetFormat.serializeKeyset(priv,
                    InsecureSecretKeyAccess.get()), PRIVATE_CONTEXT);
            String code = RecoveryCode.generate();
            byte[] salt = Aead.randomBytes(16);
            byte[] recoveryWrapped = key.wrapUnder(RecoveryCode.kek(RecoveryCode.normalise(code), salt),
                    RECOVERY_CONTEXT);
            repo.createKeyring(sql, new SealRepository.Keyring(publicKeyset, privateSealed, salt, recoveryWrapped,
                    clock.instant()), counselor.userId(), clock.instant());
            repo.putWrappedKey(sql, counselor.userId(), key.wrapUnder(s.kek, readerContext(counselor.userId())),
                    clock.instant());
            audit.ok(sql, counselor, AuditAction.SEAL_KEY_CREATE, null, null,
                    "data key, HPKE X25519 key pair and recovery code created");
            s.key = key;
            s.state = KeyState.HOLDS_KEY;
            s.recoveryCodeToShow = code;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create the case file's keys", e);
        }
    }

    private void grant(Sql sql, Actor reader, Session s, DataKey key, String how) {
        repo.putWrappedKey(sql, reader.userId(), key.wrapUnder(s.kek, readerContext(reader.userId())),
                clock.instant());
        audit.ok(sql, reader, AuditAction.SEAL_KEY_GRANT, null, null, how);
        s.key = key;
        s.state = KeyState.HOLDS_KEY;
    }

    private Session needsGrant(Actor reader) {
        if (!isReader(reader.role())) {
            throw access.refuse(reader, AuditAction.SEAL_KEY_GRANT, null, null, "not a reader");
        }
        Session s = sessions.get(reader.userId());
        if (s == null || s.kek == null) {
            // No password derivation in this session (an older hash form until the next log-in).
            throw new ValidationException("seal.error.logInAgain");
        }
        if (s.state == KeyState.HOLDS_KEY) {
            throw new ValidationException("seal.error.alreadyHoldsKey");
        }
        return s;
    }

    private DataKey openRecovery(SealRepository.Keyring keyring, String typedCode) {
        String code = RecoveryCode.normalise(typedCode);
        if (code == null) {
            return null;
        }
        try {
            DataKey key = DataKey.unwrap(RecoveryCode.kek(code, keyring.recoverySalt()), keyring.recoveryWrapped(),
                    RECOVERY_CONTEXT);
            privateKeyset(key, keyring);
            return key;
        } catch (SealBrokenException e) {
            return null;
        }
    }

    /** Unwraps a reader's key and checks that it is the case file's (it opens the sealed private keyset). */
    private static DataKey unwrapChecked(byte[] kek, byte[] wrapped, long userId, SealRepository.Keyring keyring) {
        DataKey key = DataKey.unwrap(kek, wrapped, readerContext(userId));
        privateKeyset(key, keyring);
        return key;
    }

    private static KeysetHandle privateKeyset(DataKey key, SealRepository.Keyring keyring) {
        try {
            return TinkProtoKeysetFormat.parseKeyset(key.openBytes(keyring.privateKeysetSealed(), PRIVATE_CONTEXT),
                    InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new SealBrokenException();
        }
    }

    private static String readerContext(long userId) {
        return READER_CONTEXT + userId;
    }
}
