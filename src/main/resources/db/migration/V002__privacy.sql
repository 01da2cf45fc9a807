-- Accounts, access and privacy (UU 27/2022 on personal data protection).

-- Why the school may process a student's data: the parent's consent, or another legal basis. A consent is
-- withdrawn, never deleted, so the record shows what held on any given day.
CREATE TABLE student_consents (
    id           INTEGER PRIMARY KEY,
    student_id   INTEGER NOT NULL REFERENCES students (id),
    basis        TEXT    NOT NULL CHECK (basis IN ('PARENT_CONSENT', 'LEGAL_OBLIGATION', 'VITAL_INTEREST',
        'PUBLIC_TASK')),
    given_by     TEXT,
    given_on     TEXT    NOT NULL,
    note         TEXT,
    recorded_by  INTEGER NOT NULL REFERENCES users (id),
    recorded_at  TEXT    NOT NULL,
    withdrawn_on TEXT,
    withdrawn_by INTEGER REFERENCES users (id),
    withdrawn_at TEXT,
    CHECK (withdrawn_on IS NULL OR withdrawn_on >= given_on)
) STRICT;
CREATE INDEX student_consents_student ON student_consents (student_id, given_on);

-- The audit screen filters by action and date ("who exported ... since ...").
CREATE INDEX audit_log_action ON audit_log (action, at);
