package id.kantibekisah.access;

/**
 * Who is acting: the logged-in user (or the command-line operator). Every service method takes one and checks
 * it; the UI never decides what a user may see.
 *
 * @param userId    the user's id; {@code null} for the command-line operator
 * @param studentId the cadre's own student record, if linked
 */
public record Actor(Long userId, String username, String displayName, Role role, Long studentId) {
    public static Actor commandLine() {
        return new Actor(null, "cli", "Command line", Role.SYSTEM, null);
    }

    public boolean can(Permission permission) {
        return role.has(permission);
    }
}
