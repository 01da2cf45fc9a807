package id.kantibekisah.cases;

import id.kantibekisah.students.Gender;
import id.kantibekisah.students.StudentDraft;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The case list's search box: indexed for three or more characters, a plain scan below that, same answers. */
class CaseSearchTest {
    @TempDir
    Path dir;

    private static List<String> codes(Fixture f, String text) {
        return f.s.cases().list(f.counselor, CaseQuery.all().withText(text)).rows().stream()
                .map(CaseSummary::code).sorted().toList();
    }

    @Test
    void searchFindsPartsOfNamesNisnsAndCodesInAnyCase() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.NEW);         // Citra Maharani, Dimas Pratama: KB-2026-0001
            f.s.cases().submitIntake(f.cadre, f.intake(f.students.get(0))); // Putri Lestari: KB-2026-0002
            assertThat(codes(f, "putri lest")).containsExactly("KB-2026-0002");
            assertThat(codes(f, "MAHARANI")).containsExactly("KB-2026-0001");
            assertThat(codes(f, "444444")).containsExactly("KB-2026-0001");
            assertThat(codes(f, "2026-000")).containsExactly("KB-2026-0001", "KB-2026-0002");
            assertThat(codes(f, "0002")).containsExactly("KB-2026-0002");
            assertThat(codes(f, "Pu")).as("two characters: scanned, not indexed").containsExactly("KB-2026-0002");
            assertThat(codes(f, "zzz")).isEmpty();
        }
    }

    @Test
    void queryCharactersInTheSearchTextAreJustText() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.NEW);
            for (String text : List.of("\"Citra", "Citra\" OR \"x", "Cit*", "NOT Citra", "(Citra)", "%%%", "a'b")) {
                assertThat(f.s.cases().list(f.counselor, CaseQuery.all().withText(text)).total())
                        .as(text).isLessThanOrEqualTo(1);
            }
            assertThat(codes(f, "\"Citra")).isEmpty();
        }
    }

    @Test
    void theIndexFollowsARenamedStudent() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.NEW);
            long citra = f.students.get(2);
            f.s.students().update(f.counselor, citra, new StudentDraft("0133333333", null, "Citra Anggraini",
                    Gender.P, "7A", null, null, null));
            assertThat(codes(f, "Maharani")).isEmpty();
            assertThat(codes(f, "Anggraini")).containsExactly("KB-2026-0001");
        }
    }
}
