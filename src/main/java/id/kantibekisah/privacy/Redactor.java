package id.kantibekisah.privacy;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces names in free text with a placeholder. A name added {@linkplain Builder#nameAndWords with its words}
 * is matched whole and by each of its capitalised words of three letters or more (a narrative says "Bima" more
 * often than "Bima Saputra"; "wali kelas" names no one); a name added {@linkplain Builder#fullName whole} only as
 * a whole. Matching ignores case and the number of spaces and respects word boundaries: "Bima" is replaced,
 * "Bimasakti" is not. Words of a {@linkplain Builder#keep kept} name (the subject's own) are never replaced on their
 * own, so the subject's first name is not turned into someone else's role.
 */
public final class Redactor {
    private static final int MIN_WORD = 3;
    /** Words of a reporter's description that name no one ("Pak Joko, wali kelas 8B"). */
    private static final Set<String> NOT_NAMES = Set.of("pak", "bapak", "ibu", "kak", "kakak", "mas", "mbak",
            "bang", "adik", "wali", "kelas", "guru", "orang", "tua", "siswa", "siswi", "teman");

    private final Pattern pattern;
    private final Map<String, String> replacements;

    private Redactor(Pattern pattern, Map<String, String> replacements) {
        this.pattern = pattern;
        this.replacements = replacements;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects names; the first placeholder given for a name or word wins. */
    public static final class Builder {
        private final Map<String, String> whole = new LinkedHashMap<>();
        private final Map<String, String> words = new LinkedHashMap<>();
        private final Set<String> kept = new HashSet<>();

        public Builder nameAndWords(String name, String placeholder) {
            fullName(name, placeholder);
            if (name != null) {
                for (String w : words(name)) {
                    words.putIfAbsent(w, placeholder);
                }
            }
            return this;
        }

        public Builder fullName(String name, String placeholder) {
            if (name != null && !name.isBlank()) {
                whole.putIfAbsent(normal(name), placeholder);
            }
            return this;
        }

        public Builder keep(String name) {
            if (name != null) {
                kept.addAll(words(name));
            }
            return this;
        }

        public Redactor build() {
            Map<String, String> replacements = new LinkedHashMap<>(whole);
            words.forEach((w, p) -> {
                if (!kept.contains(w)) {
                    replacements.putIfAbsent(w, p);
                }
            });
            if (replacements.isEmpty()) {
                return new Redactor(null, Map.of());
            }
            List<String> alternatives = new ArrayList<>(replacements.keySet());
            // Longest first, so "Bima Saputra" wins over "Bima".
            alternatives.sort(Comparator.comparingInt(String::length).reversed());
            StringBuilder regex = new StringBuilder("(?<![\\p{L}\\p{N}])(?:");
            for (int i = 0; i < alternatives.size(); i++) {
                if (i > 0) {
                    regex.append('|');
                }
                List<String> quoted = new ArrayList<>();
                for (String part : alternatives.get(i).split(" ")) {
                    quoted.add(Pattern.quote(part));
                }
                regex.append(String.join("\\s+", quoted));
            }
            regex.append(")(?![\\p{L}\\p{N}])");
            return new Redactor(Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
                    Map.copyOf(replacements));
        }
    }

    public String apply(String text) {
        if (text == null || pattern == null) {
            return text;
        }
        Matcher m = pattern.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String placeholder = replacements.getOrDefault(normal(m.group()), "[...]");
            m.appendReplacement(out, Matcher.quoteReplacement(placeholder));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String normal(String name) {
        return name.trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    /** The capitalised words of a name, lower-cased: "Pak Joko, wali kelas 8B" gives "joko". */
    private static List<String> words(String name) {
        List<String> out = new ArrayList<>();
        for (String w : name.trim().split("[^\\p{L}\\p{N}']+")) {
            if (w.length() >= MIN_WORD && Character.isUpperCase(w.charAt(0))) {
                String lower = w.toLowerCase(Locale.ROOT);
                if (!NOT_NAMES.contains(lower)) {
                    out.add(lower);
                }
            }
        }
        return out;
    }
}
