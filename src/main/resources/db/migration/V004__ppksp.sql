-- Violence cases under PPKSP (Permendikbudristek 46/2023): forms of violence, parties who are not students, the
-- TPPK's handling track (five steps, summons), measures (the case plan) and the school's holidays for deadlines.
-- Written only by id.kantibekisah.ppksp.PpkspRepository.

-- The forms of violence the rule counts (Pasal 6), several per case, beside the case's category.
CREATE TABLE case_violence_forms (
    case_id INTEGER NOT NULL REFERENCES cases (id),
    form    TEXT    NOT NULL CHECK (form IN ('PHYSICAL', 'PSYCHOLOGICAL', 'BULLYING', 'SEXUAL', 'DISCRIMINATION',
        'POLICY', 'OTHER')),
    PRIMARY KEY (case_id, form)
) STRICT;

-- Cases whose forms a counselor has to decide (the migration could not tell them from the category), and the
-- decision once taken (forms set, possibly none: "not a violence case").
CREATE TABLE violence_form_reviews (
    case_id    INTEGER PRIMARY KEY REFERENCES cases (id),
    reason     TEXT    NOT NULL CHECK (reason IN ('VIOLENCE_UNSPECIFIED', 'OTHER_CATEGORY')),
    decided_at TEXT,
    decided_by INTEGER REFERENCES users (id)
) STRICT;

-- The mapping of the existing categories (documented in ppksp.ViolenceForms and README):
--   BULLYING_PHYSICAL, BULLYING_VERBAL, BULLYING_SOCIAL, CYBERBULLYING -> BULLYING (perundungan, Pasal 10)
--   SEXUAL_VIOLENCE -> SEXUAL; DISCRIMINATION -> DISCRIMINATION
--   VIOLENCE ("kekerasan fisik/psikis") -> listed: physical, psychological or both is the counselor's call
--   OTHER -> listed: it may or may not be violence
--   DROPOUT_RISK, FAMILY, EMOTIONAL, ACADEMIC, DELINQUENCY, ECONOMIC -> no form (not violence)
INSERT INTO case_violence_forms (case_id, form)
SELECT id, 'BULLYING' FROM cases WHERE category IN ('BULLYING_PHYSICAL', 'BULLYING_VERBAL', 'BULLYING_SOCIAL',
    'CYBERBULLYING');
INSERT INTO case_violence_forms (case_id, form) SELECT id, 'SEXUAL' FROM cases WHERE category = 'SEXUAL_VIOLENCE';
INSERT INTO case_violence_forms (case_id, form)
SELECT id, 'DISCRIMINATION' FROM cases WHERE category = 'DISCRIMINATION';
INSERT INTO violence_form_reviews (case_id, reason)
SELECT id, CASE category WHEN 'VIOLENCE' THEN 'VIOLENCE_UNSPECIFIED' ELSE 'OTHER_CATEGORY' END
FROM cases WHERE category IN ('VIOLENCE', 'OTHER');

-- A victim, reported person (terlapor) or witness who is not a student of the roster. As confidential as a student.
CREATE TABLE case_other_parties (
    id         INTEGER PRIMARY KEY,
    case_id    INTEGER NOT NULL REFERENCES cases (id),
    name       TEXT    NOT NULL CHECK (length(trim(name)) > 0),
    kind       TEXT    NOT NULL CHECK (kind IN ('TEACHER', 'EDUCATION_STAFF', 'SCHOOL_COMMITTEE', 'OUTSIDER',
        'OTHER_SCHOOL_STUDENT')),
    role       TEXT    NOT NULL CHECK (role IN ('VICTIM', 'PERPETRATOR', 'WITNESS')),
    gender     TEXT    CHECK (gender IN ('L', 'P')),
    note       TEXT,
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at TEXT    NOT NULL
) STRICT;
CREATE INDEX case_other_parties_case ON case_other_parties (case_id);

-- A case handled by the TPPK. The clock of the examination starts at the report (or, when handling started
-- without a report, at the day the team took it up: started_on).
CREATE TABLE tppk_matters (
    case_id               INTEGER PRIMARY KEY REFERENCES cases (id),
    reported_on           TEXT,
    started_on            TEXT    NOT NULL,
    proven                INTEGER CHECK (proven IN (0, 1)),
    sanction_level        TEXT    CHECK (sanction_level IN ('LIGHT', 'MEDIUM', 'HEAVY')),
    good_name_restoration TEXT,
    victim_support        TEXT,
    dinas_copy_on         TEXT,
    created_by            INTEGER NOT NULL REFERENCES users (id),
    created_at            TEXT    NOT NULL
) STRICT;

-- The five steps: who, when and what was found. A step is done when it has a row.
CREATE TABLE tppk_steps (
    case_id     INTEGER NOT NULL REFERENCES tppk_matters (case_id),
    step        TEXT    NOT NULL CHECK (step IN ('RECEIPT', 'EXAMINATION', 'CONCLUSION', 'DECISION', 'RECOVERY')),
    done_on     TEXT    NOT NULL,
    who         TEXT    NOT NULL,
    findings    TEXT,
    recorded_by INTEGER NOT NULL REFERENCES users (id),
    recorded_at TEXT    NOT NULL,
    PRIMARY KEY (case_id, step)
) STRICT;
CREATE INDEX tppk_steps_done ON tppk_steps (step, done_on);

-- Summons (panggilan) during the examination; for a child addressed to the parent or guardian.
CREATE TABLE tppk_summons (
    id             INTEGER PRIMARY KEY,
    case_id        INTEGER NOT NULL REFERENCES tppk_matters (case_id),
    student_id     INTEGER REFERENCES students (id),
    other_party_id INTEGER REFERENCES case_other_parties (id),
    addressed_to   TEXT    NOT NULL,
    mode           TEXT    NOT NULL CHECK (mode IN ('WRITTEN', 'ORAL')),
    summoned_for   TEXT    NOT NULL,
    attended       INTEGER CHECK (attended IN (0, 1)),
    note           TEXT,
    created_by     INTEGER NOT NULL REFERENCES users (id),
    created_at     TEXT    NOT NULL,
    CHECK ((student_id IS NULL) <> (other_party_id IS NULL))
) STRICT;
CREATE INDEX tppk_summons_case ON tppk_summons (case_id, summoned_for);

-- Measures (tindakan): the case plan, for a TPPK matter or any violence case.
CREATE TABLE case_measures (
    id                INTEGER PRIMARY KEY,
    case_id           INTEGER NOT NULL REFERENCES cases (id),
    kind              TEXT    NOT NULL CHECK (kind IN ('PSYCHOLOGICAL_SUPPORT', 'PERPETRATOR_COUNSELING',
        'PUBLIC_APOLOGY', 'CONTENT_TAKEDOWN', 'PARENT_INVOLVEMENT', 'SANCTION', 'REFERRAL_FOLLOW_THROUGH',
        'SCHOOLING_RECOVERY')),
    student_id        INTEGER REFERENCES students (id),
    other_party_id    INTEGER REFERENCES case_other_parties (id),
    responsible       TEXT    NOT NULL,
    due_on            TEXT    NOT NULL,
    status            TEXT    NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'NOT_DONE')),
    not_done_reason   TEXT,
    note              TEXT,
    referral_to       TEXT    CHECK (referral_to IN ('KPAI', 'DINSOS', 'UPTD_PPA', 'PSYCHOLOGIST', 'PUSKESMAS',
        'POLICE')),
    platform          TEXT,
    content_ref       TEXT,
    takedown_asked_on TEXT,
    removed_on        TEXT,
    done_on           TEXT,
    created_by        INTEGER NOT NULL REFERENCES users (id),
    created_at        TEXT    NOT NULL,
    updated_at        TEXT    NOT NULL,
    CHECK (status <> 'NOT_DONE' OR not_done_reason IS NOT NULL)
) STRICT;
CREATE INDEX case_measures_case ON case_measures (case_id, status);

-- Days the school is closed besides Saturday and Sunday (for "5 working days").
CREATE TABLE school_holidays (
    day  TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;
