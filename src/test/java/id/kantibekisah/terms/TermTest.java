package id.kantibekisah.terms;

import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class TermTest {
    @Test
    void theUsualCalendarSplitsTheYearInJuly() {
        assertThat(Term.standardKeyFor(LocalDate.of(2026, 7, 1)))
                .isEqualTo(new Term.Key("2026/2027", Semester.GANJIL));
        assertThat(Term.standardKeyFor(LocalDate.of(2026, 6, 30)))
                .isEqualTo(new Term.Key("2025/2026", Semester.GENAP));
        Term.Key genap = new Term.Key("2025/2026", Semester.GENAP);
        assertThat(Term.standardStart(genap)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(Term.standardEnd(genap)).isEqualTo(LocalDate.of(2026, 6, 30));
    }

    @Test
    void termCodesAreParsedStrictly() {
        assertThat(Term.parseCode("2025/2026-1")).isEqualTo(new Term.Key("2025/2026", Semester.GANJIL));
        assertThat(Term.parseCode(" 2025/2026-2 ")).isEqualTo(new Term.Key("2025/2026", Semester.GENAP));
        assertThat(Term.parseCode("2025/2027-1")).isNull();
        assertThat(Term.parseCode("2025/2026-3")).isNull();
        assertThat(Term.parseCode("ganjil")).isNull();
    }

    @Test
    void aTermIsCreatedOnceFromTheCalendarAndFoundByCode(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            Term current = f.s.terms().current();
            assertThat(current.code()).isEqualTo("2026/2027-1");
            assertThat(current.contains(f.today())).isTrue();
            assertThat(f.s.terms().current()).isEqualTo(current);
            Term previous = f.s.terms().previous(current);
            assertThat(previous.code()).isEqualTo("2025/2026-2");
            assertThat(f.s.terms().list()).containsExactly(current, previous);
            assertThat(f.s.terms().byCode("2025/2026-2")).isEqualTo(previous);
            assertThatThrownBy(() -> f.s.terms().byCode("2020/2021-1")).hasMessageStartingWith("term.error.notFound");
            assertThatThrownBy(() -> f.s.terms().byCode("kemarin")).hasMessageStartingWith("term.error.code");
        }
    }
}
