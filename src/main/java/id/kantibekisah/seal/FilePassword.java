package id.kantibekisah.seal;

import id.kantibekisah.common.ValidationException;

import java.util.Arrays;

/**
 * The password that protects one exported file (a full term report, a subject-access export). It is chosen for the
 * file, not a user's log-in password, since the file is handed on; it is never stored or audited.
 */
public final class FilePassword {
    /** Short enough to type when opening the file, long enough that it is not guessed from a list. */
    public static final int MIN_LENGTH = 10;

    private final char[] chars;

    private FilePassword(char[] chars) {
        this.chars = chars;
    }

    /**
     * The password typed twice; refused when the two differ or it is shorter than {@value #MIN_LENGTH}
     * characters.
     */
    public static FilePassword of(String password, String repeated) {
        if (password == null || password.isEmpty()) {
            throw new ValidationException("filePassword.error.missing");
        }
        if (!password.equals(repeated)) {
            throw new ValidationException("filePassword.error.different");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new ValidationException("filePassword.error.short", MIN_LENGTH);
        }
        return new FilePassword(password.toCharArray());
    }

    /** Once, for POI's encryptor (which takes a String). */
    String text() {
        return new String(chars);
    }

    /** Forgets the characters once the file is written. */
    public void clear() {
        Arrays.fill(chars, '\0');
    }

    @Override
    public String toString() {
        return "FilePassword[hidden]";
    }
}
