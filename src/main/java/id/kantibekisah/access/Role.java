package id.kantibekisah.access;

import id.kantibekisah.common.Labeled;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import static id.kantibekisah.access.Permission.*;

/** The four roles of DESIGN.md, plus the operator at the command line (not a user account). */
public enum Role implements Labeled {
    CADRE(EnumSet.of(INTAKE_SUBMIT, INTAKE_LIST_OWN, STUDENT_PICK)),
    COUNSELOR(EnumSet.of(STUDENT_PICK, CASE_CREATE, CASE_LIST, CASE_READ, CASE_WORK, REPORT_VIEW, REPORT_EXPORT,
            REPORT_EXPORT_FULL, STUDENT_READ, STUDENT_MANAGE, AUDIT_READ, CONSENT_MANAGE, SUBJECT_EXPORT)),
    PRINCIPAL(EnumSet.of(CASE_READ_ESCALATED, REPORT_VIEW, REPORT_EXPORT)),
    ADMIN(EnumSet.of(USER_MANAGE, CADRE_LINK, SETTINGS_MANAGE, BACKUP_MANAGE, AUDIT_READ, DATA_RETENTION)),
    /**
     * Whoever runs the command line on the school PC (operator, scheduled job) without logging in. Has file access
     * anyway, so it may run operator tasks, but it never reads case content through a service: the full report
     * needs a counselor's log-in ({@code --as-user}).
     */
    SYSTEM(EnumSet.of(STUDENT_MANAGE, STUDENT_READ, REPORT_VIEW, REPORT_EXPORT, SETTINGS_MANAGE, BACKUP_MANAGE));

    private final Set<Permission> permissions;

    Role(Set<Permission> permissions) {
        this.permissions = EnumSet.copyOf(permissions);
    }

    public boolean has(Permission permission) {
        return permissions.contains(permission);
    }

    /** Roles a user account can have. */
    public static List<Role> accountRoles() {
        return List.of(CADRE, COUNSELOR, PRINCIPAL, ADMIN);
    }

    @Override
    public String labelKey() {
        return "role." + name();
    }
}
