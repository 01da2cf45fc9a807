package id.kantibekisah.reports;

import java.util.Locale;

/** Students' names as the pseudonymised report shows them: {@code Putri Lestari} becomes {@code P.L.}. */
public final class Initials {
    private Initials() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String word : name.trim().split("[\\s.]+")) {
            word.codePoints().filter(Character::isLetter).findFirst().ifPresent(cp ->
                    sb.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT)).append('.'));
        }
        return sb.toString();
    }
}
