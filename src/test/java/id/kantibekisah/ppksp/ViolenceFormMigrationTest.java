package id.kantibekisah.ppksp;

import id.kantibekisah.cases.Category;
import id.kantibekisah.db.Database;
import id.kantibekisah.db.Migrations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The V004 migration maps every existing case by its category exactly as {@link ViolenceForms#mapping} documents it,
 * loses no case, and lists the cases it cannot map for a counselor to decide.
 */
class ViolenceFormMigrationTest {
    @TempDir
    Path dir;

    @Test
    void existingCasesGetTheDocumentedFormsAndTheUnmappableOnesAreListed() {
        try (Database db = Database.open(dir.resolve("old.db"))) {
            List<String> upToV3 = Migrations.resources().subList(0, 3);
            Migrations.migrate(db, upToV3);
            Map<Category, Long> caseOf = new HashMap<>();
            db.tx(sql -> {
                sql.execute("""
                        INSERT INTO terms (id, academic_year, semester, start_date, end_date)
                        VALUES (1, '2025/2026', 1, '2025-07-14', '2025-12-19');
                        INSERT INTO users (id, username, display_name, role, password_hash, created_at)
                        VALUES (1, 'bk', 'Bu BK', 'COUNSELOR', 'x', '2025-07-14T00:00:00.000Z');""");
                int n = 0;
                for (Category c : Category.values()) {
                    n++;
                    long id = sql.insert("""
                            INSERT INTO cases (code, term_id, opened_on, category, risk, status, created_by,
                                               created_at, updated_at)
                            VALUES (?, 1, '2025-08-01', ?, 'LOW', 'IN_PROGRESS', 1, '2025-08-01T00:00:00.000Z',
                                    '2025-08-01T00:00:00.000Z')""", String.format("KB-2025-%04d", n), c);
                    caseOf.put(c, id);
                }
                return null;
            });
            Migrations.migrate(db);
            PpkspRepository repo = new PpkspRepository();
            Map<Long, FormReviewReason> listed = new HashMap<>();
            db.read(sql -> {
                repo.pendingReviews(sql).forEach(r -> listed.put(r.caseId(), r.reason()));
                return null;
            });
            for (Category c : Category.values()) {
                long id = caseOf.get(c);
                Set<ViolenceForm> forms = db.read(sql -> repo.forms(sql, id));
                Optional<Set<ViolenceForm>> expected = ViolenceForms.mapping(c);
                if (expected.isPresent()) {
                    assertThat(forms).as(c.name()).isEqualTo(expected.get());
                    assertThat(listed).as(c.name()).doesNotContainKey(id);
                } else {
                    assertThat(forms).as(c.name()).isEmpty();
                    assertThat(listed).as(c.name()).containsKey(id);
                }
            }
            assertThat(listed).containsEntry(caseOf.get(Category.VIOLENCE), FormReviewReason.VIOLENCE_UNSPECIFIED)
                    .containsEntry(caseOf.get(Category.OTHER), FormReviewReason.OTHER_CATEGORY).hasSize(2);
            assertThat(db.<Long>read(sql -> sql.longValue("SELECT count(*) FROM cases")))
                    .isEqualTo(Category.values().length);
        }
    }

    @Test
    void theMappingSaysWhatTheIssueAsks() {
        assertThat(ViolenceForms.mapping(Category.CYBERBULLYING)).contains(EnumSet.of(ViolenceForm.BULLYING));
        assertThat(ViolenceForms.mapping(Category.SEXUAL_VIOLENCE)).contains(EnumSet.of(ViolenceForm.SEXUAL));
        for (Category c : List.of(Category.DROPOUT_RISK, Category.FAMILY, Category.EMOTIONAL, Category.ACADEMIC,
                Category.ECONOMIC, Category.DELINQUENCY)) {
            assertThat(ViolenceForms.mapping(c)).as(c.name()).contains(EnumSet.noneOf(ViolenceForm.class));
            assertThat(ViolenceForms.mayBeViolence(c)).isFalse();
        }
        assertThat(ViolenceForms.mapping(Category.VIOLENCE)).isEmpty();
        assertThat(ViolenceForms.mayBeViolence(Category.VIOLENCE)).isTrue();
    }
}
