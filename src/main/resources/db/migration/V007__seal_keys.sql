-- The case file's seal (issue 16). One random data key (AES-256-GCM) seals case content; it is stored only
-- wrapped: per reader (counselors, the principal) under the key their password derivation gives, and under the
-- school's recovery code. The HPKE (X25519) key pair lets cadres seal intakes they cannot read back: the public
-- keyset is in the clear, the private keyset sealed under the data key. Binary values are Base64 text.
CREATE TABLE seal_keyring (
    id                 INTEGER NOT NULL PRIMARY KEY CHECK (id = 1),
    public_keyset      TEXT    NOT NULL,
    private_keyset     TEXT    NOT NULL,
    recovery_salt      TEXT    NOT NULL,
    recovery_wrapped   TEXT    NOT NULL,
    recovery_issued_at TEXT    NOT NULL,
    recovery_issued_by INTEGER REFERENCES users (id),
    created_at         TEXT    NOT NULL
) STRICT;

CREATE TABLE seal_reader_keys (
    user_id    INTEGER NOT NULL PRIMARY KEY REFERENCES users (id),
    wrapped    TEXT    NOT NULL,
    created_at TEXT    NOT NULL
) STRICT;
