package id.kantibekisah.audit;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.db.Sql;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An anchor written down outside the file finds what the chain alone cannot: a log cut short at its end, or
 * rewritten with every hash recomputed. The chain's first break says whether a row was edited, moved or removed.
 */
class AuditAnchorTest {
    @TempDir
    Path dir;

    private static AuditAnchor anchorNow(Fixture f) {
        return f.s.db().read(f.s.audit()::head);
    }

    @Test
    void anAnchorMatchesWhileTheLogOnlyGrowsAndReadsBackFromPaper() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.IN_PROGRESS);
            AuditAnchor anchor = anchorNow(f);
            assertThat(anchor.rows()).isEqualTo(f.auditCount());
            assertThat(anchor.text()).matches("KB-AUDIT \\d+/[0-9a-f]{24}");
            f.caseIn(CaseStatus.ESCALATED);
            assertThat(f.s.audit().compare(anchor)).isEqualTo(AuditLog.AnchorFinding.INTACT);
            assertThat(AuditAnchor.parse("  kb-audit " + anchor.signedPart().toUpperCase() + " ")).contains(anchor);
            assertThat(AuditAnchor.parse(anchor.signedPart())).contains(anchor);
            assertThat(AuditAnchor.parse("KB-AUDIT 12/xyz")).isEmpty();
        }
    }

    @Test
    void cuttingTheLastRowsKeepsTheChainWholeButNotTheAnchor() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.ESCALATED);
            AuditAnchor anchor = anchorNow(f);
            f.s.db().tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_delete");
                s.update("DELETE FROM audit_log WHERE id > (SELECT max(id) - 3 FROM audit_log)");
                return null;
            });
            assertThat(f.s.audit().firstBrokenRow()).as("the chain alone passes").isEmpty();
            assertThat(f.s.audit().compare(anchor)).isEqualTo(AuditLog.AnchorFinding.TRUNCATED);
        }
    }

    @Test
    void aRewrittenLogWithItsChainRecomputedIsFoundByTheAnchor() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.ESCALATED);
            AuditAnchor anchor = anchorNow(f);
            long target = f.s.db().<Long>read(s -> s.longValue("SELECT min(id) + 2 FROM audit_log"));
            f.s.db().tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_update");
                s.update("UPDATE audit_log SET username = 'someone-else' WHERE id = ?", target);
                recomputeChain(s);
                return null;
            });
            assertThat(f.s.audit().firstBrokenRow()).as("the chain alone passes").isEmpty();
            assertThat(f.s.audit().compare(anchor)).isEqualTo(AuditLog.AnchorFinding.RECOMPUTED);
        }
    }

    @Test
    void theFirstBreakSaysEditedReorderedOrRemoved() {
        try (Fixture f = Fixture.create(dir)) {
            f.caseIn(CaseStatus.ESCALATED);
            long first = f.s.db().<Long>read(s -> s.longValue("SELECT min(id) FROM audit_log"));
            f.s.db().tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_update");
                s.update("UPDATE audit_log SET detail = 'diubah' WHERE id = ?", first + 2);
                return null;
            });
            assertThat(f.s.audit().chainBreak()).contains(new AuditLog.ChainBreak(first + 2,
                    AuditLog.BreakKind.EDITED));
        }
        try (Fixture f = Fixture.create(dir.resolve("b"))) {
            f.caseIn(CaseStatus.ESCALATED);
            long first = f.s.db().<Long>read(s -> s.longValue("SELECT min(id) FROM audit_log"));
            f.s.db().tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_update");
                // rows 3 and 4 change places, each with its own content and hashes intact
                s.update("UPDATE audit_log SET id = -1 WHERE id = ?", first + 2);
                s.update("UPDATE audit_log SET id = ? WHERE id = ?", first + 2, first + 3);
                s.update("UPDATE audit_log SET id = ? WHERE id = -1", first + 3);
                return null;
            });
            assertThat(f.s.audit().chainBreak()).contains(new AuditLog.ChainBreak(first + 2,
                    AuditLog.BreakKind.REORDERED));
        }
        try (Fixture f = Fixture.create(dir.resolve("c"))) {
            f.caseIn(CaseStatus.ESCALATED);
            long first = f.s.db().<Long>read(s -> s.longValue("SELECT min(id) FROM audit_log"));
            f.s.db().tx(s -> {
                s.execute("DROP TRIGGER audit_log_no_delete");
                s.update("DELETE FROM audit_log WHERE id = ?", first + 1);
                return null;
            });
            assertThat(f.s.audit().chainBreak()).contains(new AuditLog.ChainBreak(first + 2,
                    AuditLog.BreakKind.REMOVED));
        }
    }

    /** What someone with the file and a text editor would do: every hash made again from the first row on. */
    private static void recomputeChain(Sql s) {
        List<Object[]> rows = s.list("""
                SELECT id, at, user_id, username, action, outcome, case_id, student_id, detail FROM audit_log
                ORDER BY id""", r -> new Object[] {r.lng("id"), r.str("at"), r.lngOrNull("user_id"),
                r.str("username"), r.str("action"), r.str("outcome"), r.lngOrNull("case_id"),
                r.lngOrNull("student_id"), r.str("detail")});
        String prev = AuditLog.GENESIS;
        for (Object[] r : rows) {
            String hash = AuditLog.hash(prev, (String) r[1], (Long) r[2], (String) r[3], (String) r[4],
                    (String) r[5], (Long) r[6], (Long) r[7], (String) r[8]);
            s.update("UPDATE audit_log SET prev_hash = ?, hash = ? WHERE id = ?", prev, hash, r[0]);
            prev = hash;
        }
    }
}
