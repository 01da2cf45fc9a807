-- Failed log-ins. Per account: the wrong tries since the last successful log-in (shown to the admin on Pengguna)
-- and the time of the last wrong password (how long the last active admin waits instead of being locked out).
-- Unknown usernames are counted by name in login_failures and lock exactly like accounts do, so that no answer
-- tells whether a username exists.
ALTER TABLE users ADD COLUMN failed_since_login INTEGER NOT NULL DEFAULT 0;
ALTER TABLE users ADD COLUMN last_failed_at TEXT;

CREATE TABLE login_failures (
    username       TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE,
    failed         INTEGER NOT NULL,
    locked_until   TEXT,
    last_failed_at TEXT    NOT NULL
) STRICT;
