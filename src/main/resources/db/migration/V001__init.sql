-- Kanti Bekisah schema, version 1.
-- Dates are ISO text (yyyy-MM-dd); instants are UTC text (yyyy-MM-ddTHH:mm:ss.SSSZ), so text order is time order.
-- Enum columns hold the English code of the Java enum; the UI shows the bundle label.

PRAGMA application_id = 1262635842; -- 'KBKB': marks the file as a Kanti Bekisah database

CREATE TABLE school_profile (
    id             INTEGER PRIMARY KEY CHECK (id = 1),
    name           TEXT    NOT NULL,
    npsn           TEXT,
    address        TEXT,
    city           TEXT,
    principal_name TEXT
) STRICT;

CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE terms (
    id            INTEGER PRIMARY KEY,
    academic_year TEXT    NOT NULL CHECK (academic_year GLOB '[0-9][0-9][0-9][0-9]/[0-9][0-9][0-9][0-9]'),
    semester      INTEGER NOT NULL CHECK (semester IN (1, 2)),
    start_date    TEXT    NOT NULL,
    end_date      TEXT    NOT NULL,
    UNIQUE (academic_year, semester),
    CHECK (end_date >= start_date)
) STRICT;

CREATE TABLE students (
    id             INTEGER PRIMARY KEY,
    nisn           TEXT    NOT NULL UNIQUE CHECK (length(nisn) = 10 AND nisn NOT GLOB '*[^0-9]*'),
    nis            TEXT,
    name           TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    gender         TEXT    NOT NULL CHECK (gender IN ('L', 'P')),
    class_name     TEXT    NOT NULL,
    birth_date     TEXT,
    guardian_name  TEXT,
    guardian_phone TEXT,
    active         INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    anonymised_at  TEXT,
    created_at     TEXT    NOT NULL,
    updated_at     TEXT    NOT NULL
) STRICT;
CREATE INDEX students_class ON students (class_name, name);
CREATE INDEX students_name ON students (name COLLATE NOCASE);

CREATE TABLE users (
    id                   INTEGER PRIMARY KEY,
    username             TEXT    NOT NULL UNIQUE COLLATE NOCASE,
    display_name         TEXT    NOT NULL,
    role                 TEXT    NOT NULL CHECK (role IN ('CADRE', 'COUNSELOR', 'PRINCIPAL', 'ADMIN')),
    password_hash        TEXT    NOT NULL,
    student_id           INTEGER REFERENCES students (id),
    active               INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1)),
    must_change_password INTEGER NOT NULL DEFAULT 0 CHECK (must_change_password IN (0, 1)),
    failed_logins        INTEGER NOT NULL DEFAULT 0,
    locked_until         TEXT,
    created_at           TEXT    NOT NULL
) STRICT;

CREATE TABLE cases (
    id                 INTEGER PRIMARY KEY,
    code               TEXT    NOT NULL UNIQUE,
    term_id            INTEGER NOT NULL REFERENCES terms (id),
    opened_on          TEXT    NOT NULL,
    category           TEXT    NOT NULL CHECK (category IN ('BULLYING_PHYSICAL', 'BULLYING_VERBAL', 'BULLYING_SOCIAL',
        'CYBERBULLYING', 'VIOLENCE', 'SEXUAL_VIOLENCE', 'DISCRIMINATION', 'DROPOUT_RISK', 'FAMILY', 'EMOTIONAL',
        'ACADEMIC', 'DELINQUENCY', 'ECONOMIC', 'OTHER')),
    risk               TEXT    NOT NULL CHECK (risk IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    status             TEXT    NOT NULL CHECK (status IN ('NEW', 'IN_REVIEW', 'IN_PROGRESS', 'ESCALATED', 'RESOLVED',
        'DISMISSED')),
    counselor_id       INTEGER REFERENCES users (id),
    created_by         INTEGER NOT NULL REFERENCES users (id),
    created_at         TEXT    NOT NULL,
    updated_at         TEXT    NOT NULL,
    first_reviewed_at  TEXT,
    closed_at          TEXT,
    recommendation     TEXT,
    closure_summary    TEXT,
    dismissal_reason   TEXT
) STRICT;
CREATE INDEX cases_term ON cases (term_id, status);
CREATE INDEX cases_status ON cases (status, opened_on);
CREATE INDEX cases_counselor ON cases (counselor_id, status);
CREATE INDEX cases_opened ON cases (opened_on);

-- The last number given out per year, so the next case code costs one row, not a scan.
CREATE TABLE case_code_counters (
    year INTEGER PRIMARY KEY,
    last INTEGER NOT NULL
) STRICT;

CREATE TABLE case_parties (
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    student_id INTEGER NOT NULL REFERENCES students (id),
    role       TEXT    NOT NULL CHECK (role IN ('AT_RISK', 'VICTIM', 'PERPETRATOR', 'WITNESS')),
    PRIMARY KEY (case_id, student_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_parties_student ON case_parties (student_id);

-- One intake per case: how the case reached the BK room. The reporter is shown to counselors only.
CREATE TABLE intakes (
    case_id          INTEGER PRIMARY KEY REFERENCES cases (id),
    reporter_kind    TEXT    NOT NULL CHECK (reporter_kind IN ('CADRE', 'TEACHER', 'COUNSELOR', 'PARENT', 'SELF',
        'ANONYMOUS', 'OTHER')),
    reporter_user_id INTEGER REFERENCES users (id),
    reporter_name    TEXT,
    description      TEXT    NOT NULL,
    location         TEXT    NOT NULL CHECK (location IN ('CLASSROOM', 'TOILET', 'CANTEEN', 'SCHOOLYARD', 'ONLINE',
        'ON_THE_WAY', 'OUTSIDE_SCHOOL', 'HOME', 'OTHER')),
    location_detail  TEXT,
    occurred_on      TEXT    NOT NULL,
    occurred_time    TEXT,
    reporter_urgency TEXT    NOT NULL CHECK (reporter_urgency IN ('LOW', 'MEDIUM', 'HIGH', 'URGENT')),
    knowledge        TEXT    NOT NULL CHECK (knowledge IN ('SAW', 'HEARD')),
    created_at       TEXT    NOT NULL
) STRICT;
CREATE INDEX intakes_reporter ON intakes (reporter_user_id);

CREATE TABLE counseling_sessions (
    id           INTEGER PRIMARY KEY,
    case_id      INTEGER NOT NULL REFERENCES cases (id),
    held_on      TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('INDIVIDUAL', 'GROUP', 'HOME_VISIT', 'CASE_CONFERENCE',
        'PARENT_MEETING')),
    notes        TEXT    NOT NULL,
    next_step    TEXT,
    counselor_id INTEGER NOT NULL REFERENCES users (id),
    created_at   TEXT    NOT NULL
) STRICT;
CREATE INDEX counseling_sessions_case ON counseling_sessions (case_id, held_on);
CREATE INDEX counseling_sessions_held ON counseling_sessions (held_on);

-- Escalations (principal, TPPK) and referrals (alih tangan kasus) share one table: the destination tells them apart.
CREATE TABLE referrals (
    id                   INTEGER PRIMARY KEY,
    case_id              INTEGER NOT NULL REFERENCES cases (id),
    destination          TEXT    NOT NULL CHECK (destination IN ('PRINCIPAL', 'PARENTS', 'TPPK', 'HOMEROOM',
        'PSYCHOLOGIST', 'DINSOS', 'UPTD_PPA', 'KPAI', 'PUSKESMAS', 'POLICE')),
    referred_on          TEXT    NOT NULL,
    reason               TEXT    NOT NULL,
    outcome              TEXT,
    outcome_on           TEXT,
    acknowledged_by      INTEGER REFERENCES users (id),
    acknowledged_at      TEXT,
    acknowledgement_note TEXT,
    created_by           INTEGER NOT NULL REFERENCES users (id),
    created_at           TEXT    NOT NULL
) STRICT;
CREATE INDEX referrals_case ON referrals (case_id);
CREATE INDEX referrals_destination ON referrals (destination, case_id);

CREATE TABLE follow_ups (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    due_on      TEXT    NOT NULL,
    assignee_id INTEGER NOT NULL REFERENCES users (id),
    description TEXT    NOT NULL,
    done_at     TEXT,
    done_on     TEXT,
    done_by     INTEGER REFERENCES users (id),
    done_note   TEXT,
    created_by  INTEGER NOT NULL REFERENCES users (id),
    created_at  TEXT    NOT NULL
) STRICT;
CREATE INDEX follow_ups_case ON follow_ups (case_id);
CREATE INDEX follow_ups_open ON follow_ups (due_on, case_id) WHERE done_at IS NULL;

CREATE TABLE status_history (
    id          INTEGER PRIMARY KEY,
    case_id     INTEGER NOT NULL REFERENCES cases (id),
    from_status TEXT,
    to_status   TEXT    NOT NULL,
    changed_by  INTEGER NOT NULL REFERENCES users (id),
    changed_at  TEXT    NOT NULL,
    reason      TEXT
) STRICT;
CREATE INDEX status_history_case ON status_history (case_id, changed_at);

-- Free notes and the changes that are not status changes (risk, assignment), for the case timeline.
CREATE TABLE case_notes (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    kind       TEXT    NOT NULL CHECK (kind IN ('NOTE', 'RISK_CHANGE', 'ASSIGNMENT')),
    old_value  TEXT,
    new_value  TEXT,
    text       TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX case_notes_case ON case_notes (case_id, created_at);

-- Append-only: who did what to which case or student, including refusals. No foreign keys, so a refused call
-- naming a case that does not exist is still recorded. Each row hashes the previous one (a tamper-evident chain).
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT    NOT NULL,
    user_id    INTEGER,
    username   TEXT,
    action     TEXT    NOT NULL,
    outcome    TEXT    NOT NULL CHECK (outcome IN ('OK', 'REFUSED', 'FAILED')),
    case_id    INTEGER,
    student_id INTEGER,
    detail     TEXT,
    prev_hash  TEXT    NOT NULL,
    hash       TEXT    NOT NULL
) STRICT;
CREATE INDEX audit_log_case ON audit_log (case_id, at) WHERE case_id IS NOT NULL;
CREATE INDEX audit_log_student ON audit_log (student_id, at) WHERE student_id IS NOT NULL;
CREATE INDEX audit_log_user ON audit_log (user_id, at);
CREATE INDEX audit_log_at ON audit_log (at);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
