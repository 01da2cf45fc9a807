package id.kantibekisah.security;

import id.kantibekisah.access.Role;

/** What the admin types to create an account. A cadre is linked to their own student record. */
public record NewUser(String username, String displayName, Role role, String password, Long studentId) {
}
