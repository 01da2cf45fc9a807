package id.kantibekisah;

import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.NoteKind;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.common.Labeled;
import id.kantibekisah.common.Messages;
import id.kantibekisah.students.Gender;
import id.kantibekisah.students.RosterColumn;
import id.kantibekisah.terms.Semester;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Both languages are complete: same keys, every label and every key the code names, valid patterns. */
class LocalizationTest {
    private final Messages id = Messages.indonesian();
    private final Messages en = Messages.of(Messages.ENGLISH);

    private static Set<String> keys(Messages m) {
        return new TreeSet<>(Collections.list(m.bundle().getKeys()));
    }

    @Test
    void bothBundlesHaveTheSameKeys() {
        assertThat(keys(en)).containsExactlyElementsOf(keys(id));
    }

    @Test
    void theIndonesianBundleIsTheDefaultWhateverTheMachinesLocale() {
        assertThat(id.get("main.logout")).isEqualTo("Keluar");
        assertThat(en.get("main.logout")).isEqualTo("Log out");
    }

    @Test
    void everyEnumLabelExistsInBothLanguages() {
        List<Class<? extends Enum<?>>> types = List.of(CaseStatus.class, Category.class, RiskLevel.class,
                PartyRole.class, SessionKind.class, ReporterKind.class, IncidentLocation.class, Knowledge.class,
                NoteKind.class, ReferralDestination.class, Role.class, AuditAction.class, AuditOutcome.class,
                Gender.class, Semester.class, RosterColumn.class);
        for (Class<? extends Enum<?>> type : types) {
            for (Enum<?> value : type.getEnumConstants()) {
                String key = ((Labeled) value).labelKey();
                assertThat(id.has(key)).as(key).isTrue();
                assertThat(en.has(key)).as(key).isTrue();
            }
        }
        for (Role role : Role.accountRoles()) {
            assertThat(id.has("welcome.role." + role.name())).isTrue();
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        Set<String> prefixes = keys(id).stream().map(k -> k.substring(0, k.indexOf('.') + 1))
                .collect(Collectors.toSet());
        // A dotted literal, unless it names a system property.
        Pattern literal = Pattern.compile("(?<!getProperty\\()\"([a-z][A-Za-z]*(?:\\.[A-Za-z0-9]+)+)\"");
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher m = literal.matcher(Files.readString(file));
                while (m.find()) {
                    String key = m.group(1);
                    boolean looksLikeKey = prefixes.contains(key.substring(0, key.indexOf('.') + 1))
                            && !key.endsWith(".") && !key.startsWith("id.kantibekisah");
                    if (looksLikeKey && !key.endsWith(".properties") && !id.has(key) && !isPrefixOfKeys(key)) {
                        missing.add(key + " (" + file.getFileName() + ")");
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private boolean isPrefixOfKeys(String text) {
        return keys(id).stream().anyMatch(k -> k.startsWith(text + "."));
    }

    @Test
    void everyPatternIsAValidMessageFormat() {
        for (Messages m : List.of(id, en)) {
            for (String key : keys(m)) {
                String pattern = m.bundle().getString(key);
                MessageFormat format = new MessageFormat(pattern, m.locale());
                assertThat(format.format(new Object[] {1, 2, 3, 4, 5})).as(key).doesNotContain("!" + key);
                assertThat(pattern).as(key + ": an apostrophe must be doubled")
                        .doesNotContainPattern("(?<!')'(?!')");
            }
        }
    }

    @Test
    void countsReadNaturally() {
        assertThat(id.get("cases.count", 0L)).isEqualTo("Tidak ada kasus");
        assertThat(id.get("cases.count", 1L)).isEqualTo("1 kasus");
        assertThat(id.get("cases.count", 1234L)).isEqualTo("1.234 kasus");
        assertThat(en.get("cases.count", 1234L)).isEqualTo("1,234 cases");
        assertThat(id.get("no.such.key")).isEqualTo("!no.such.key!");
    }
}
