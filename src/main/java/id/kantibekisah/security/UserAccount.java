package id.kantibekisah.security;

/**
 * One row of the admin's users screen: the account, the student a cadre is linked to (name and class only) and
 * whether it is locked right now.
 */
public record UserAccount(User user, String studentName, String studentClass, boolean locked) {
    public long id() {
        return user.id();
    }
}
