package id.kantibekisah.students;

import id.kantibekisah.audit.AuditAction;
import id.kantibekisah.audit.AuditEntry;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.common.ServiceException;
import id.kantibekisah.access.Actor;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Those who may not browse the roster (a cadre picking peers for an intake, the admin linking a cadre account) find
 * students by name, or class and name, only. These tests are the attacks that worked: NISN prefixes, two-letter
 * sweeps, endless searching.
 */
class NameSearchTest {
    @TempDir
    Path dir;

    @Test
    void aCadreCannotFindAStudentsNisnByTypingPrefixes() {
        try (Fixture f = Fixture.create(dir)) {
            // Digit by digit: the prefix that still finds Citra is her NISN's next digit.
            String known = "";
            for (int position = 0; position < 10; position++) {
                String next = null;
                for (char d = '0'; d <= '9' && next == null; d++) {
                    String prefix = known + d;
                    if (f.s.students().pick(f.cadre, prefix).stream()
                            .anyMatch(s -> s.name().equals("Citra Maharani"))) {
                        next = prefix;
                    }
                }
                if (next == null) {
                    break;
                }
                known = next;
            }
            assertThat(known).as("digits of Citra's NISN found through the picker").isEmpty();
            assertThat(f.s.students().pick(f.cadre, "0133333333")).isEmpty();
            assertThat(f.s.students().pick(f.counselor, "01333")).extracting(StudentChoice::name)
                    .as("the BK team still finds by NISN").containsExactly("Citra Maharani");
        }
    }

    @Test
    void aCadreFindsByNameOrClassAndNameWithThreeLettersAndAHandfulOfResults() {
        try (Fixture f = Fixture.create(dir)) {
            for (int i = 0; i < 12; i++) {
                f.s.students().create(f.counselor, new StudentDraft(String.format("07000000%02d", i), null,
                        "Sari Nomor " + i, Gender.P, "8B", LocalDate.of(2012, 1, 1), null, null));
            }
            assertThat(f.s.students().pick(f.cadre, "pu")).as("two letters").isEmpty();
            assertThat(f.s.students().pick(f.cadre, "8B")).as("a class alone lists the class").isEmpty();
            assertThat(f.s.students().pick(f.cadre, "put")).extracting(StudentChoice::name)
                    .containsExactly("Bima Saputra", "Putri Lestari");
            assertThat(f.s.students().pick(f.cadre, "9c eka")).extracting(StudentChoice::name)
                    .containsExactly("Eka Wulandari");
            assertThat(f.s.students().pick(f.cadre, "7A eka")).isEmpty();
            assertThat(f.s.students().pick(f.cadre, "sari")).hasSize(NameSearch.LIMIT);
            assertThat(NameSearch.LIMIT).isLessThanOrEqualTo(6);
        }
    }

    @Test
    void theAdminCannotListTheRosterWithTwoLetterSearches() {
        try (Fixture f = Fixture.create(dir)) {
            Set<String> names = new HashSet<>();
            for (char a = 'a'; a <= 'z'; a++) {
                for (char b = 'a'; b <= 'z'; b++) {
                    f.s.users().cadreCandidates(f.admin, "" + a + b).forEach(s -> names.add(s.name()));
                }
            }
            assertThat(names).isEmpty();
            assertThat(f.s.users().cadreCandidates(f.admin, "citra")).extracting(StudentChoice::className)
                    .containsExactly("7A");
            assertThat(f.s.users().cadreCandidates(f.admin, "0133333")).as("no NISN for the admin").isEmpty();
        }
    }

    @Test
    void everySearchIsAuditedWithoutItsText() {
        try (Fixture f = Fixture.create(dir)) {
            f.s.students().pick(f.cadre, "putri");
            AuditEntry row = f.s.audit().latest(1).get(0);
            assertThat(row.action()).isEqualTo(AuditAction.STUDENT_PICK);
            assertThat(row.outcome()).isEqualTo(AuditOutcome.OK);
            assertThat(row.userId()).isEqualTo(f.cadre.userId());
            assertThat(row.detail()).isEqualTo("name search, 1 found").doesNotContain("putri");
            f.s.users().cadreCandidates(f.admin, "citra");
            assertThat(f.s.audit().latest(1).get(0)).satisfies(r -> {
                assertThat(r.action()).isEqualTo(AuditAction.STUDENT_PICK);
                assertThat(r.userId()).isEqualTo(f.admin.userId());
            });
        }
    }

    @Test
    void sweepingTheRosterIsStoppedAfterAFewDozenSearchesAndTheRefusalIsAudited() {
        try (Fixture f = Fixture.create(dir)) {
            for (Actor actor : List.of(f.cadre, f.admin)) {
                BiFunction<Actor, String, List<StudentChoice>> search = actor == f.cadre
                        ? (a, t) -> f.s.students().pick(a, t) : (a, t) -> f.s.users().cadreCandidates(a, t);
                for (int i = 0; i < NameSearch.MAX_SEARCHES; i++) {
                    search.apply(actor, "aa" + (char) ('a' + i % 26) + i);
                }
                assertThatThrownBy(() -> search.apply(actor, "putri")).isInstanceOf(ServiceException.class)
                        .hasMessageStartingWith("student.error.tooManySearches");
                AuditEntry refusal = f.s.audit().latest(1).get(0);
                assertThat(refusal.outcome()).isEqualTo(AuditOutcome.REFUSED);
                assertThat(refusal.action()).isEqualTo(AuditAction.STUDENT_PICK);
                assertThat(refusal.userId()).isEqualTo(actor.userId());
            }
            assertThat(f.s.students().pick(f.counselor, "putri")).as("the BK team is not limited").hasSize(1);
            f.clock.advance(NameSearch.WINDOW.plus(Duration.ofSeconds(1)));
            assertThat(f.s.students().pick(f.cadre, "putri")).hasSize(1);
        }
    }
}
