package id.kantibekisah.access;

/** What an actor may do. Roles are sets of permissions; services check permissions, never role names. */
public enum Permission {
    /** Log an intake about a peer (cadre). */
    INTAKE_SUBMIT,
    /** See code, date and status of one's own intakes. */
    INTAKE_LIST_OWN,
    /**
     * Find a student to name them in an intake: name and class only; by NISN or class only for those who also have
     * {@link #STUDENT_READ}, by name (or class and name) for a cadre.
     */
    STUDENT_PICK,
    /** Open a case directly, not through a cadre's intake. */
    CASE_CREATE,
    /** Search and list all cases. */
    CASE_LIST,
    /** Read any case in full, including notes and the reporter. */
    CASE_READ,
    /** Act on a case: take, counsel, escalate, follow up, resolve, dismiss, reopen. */
    CASE_WORK,
    /** Read the full record of cases escalated to the principal, and acknowledge them. */
    CASE_READ_ESCALATED,
    /** See the term's figures (counts, trends; no names). */
    REPORT_VIEW,
    /** Export the term report (pseudonymised). */
    REPORT_EXPORT,
    /** Export the full term report, with names and narratives (BK team only). */
    REPORT_EXPORT_FULL,
    /** Read the roster in full (NISN, guardian, birth date). */
    STUDENT_READ,
    /** Add and edit students, import rosters, promote classes. */
    STUDENT_MANAGE,
    /** Manage user accounts. */
    USER_MANAGE,
    /** School profile, terms and settings. */
    SETTINGS_MANAGE,
    /** Back up, restore and verify the database. */
    BACKUP_MANAGE,
    /** Read the audit log. */
    AUDIT_READ,
    /**
     * Find a student by name, or class and name, to link a cadre account to them (admin): name and class only, at
     * least three letters of the name, a handful of results, audited and rate-limited; never NISN, guardian, birth
     * date or any case.
     */
    CADRE_LINK,
    /** Record and withdraw the parent's consent or the legal basis for processing a student's data. */
    CONSENT_MANAGE,
    /** Export everything held about one student for them or their parents (UU PDP subject access). */
    SUBJECT_EXPORT,
    /** Anonymise students whose retention period has passed. */
    DATA_RETENTION
}
