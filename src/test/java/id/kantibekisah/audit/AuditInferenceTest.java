package id.kantibekisah.audit;

import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The admin may read the audit log but not learn which case a cadre reported. Case codes are numbered in the order
 * cases are created, so hiding the code on a cadre's row is not enough: the order of the case-creating rows gives
 * it back. This test is the attack itself, run on the admin's view of the log.
 */
class AuditInferenceTest {
    @TempDir
    Path dir;

    @Test
    void theAdminCannotTieACadreToTheCaseTheyReported() {
        try (Fixture f = Fixture.create(dir)) {
            Actor third = f.user("kader.tiga", "Citra Kader", Role.CADRE, "59261384", f.students.get(4));
            List<Actor> cadres = List.of(f.cadre, f.cadre2, third);
            Map<Long, String> pins = Map.of(f.cadre.userId(), Fixture.PIN, f.cadre2.userId(), "73925146",
                    third.userId(), "59261384");
            Random random = new Random(42);
            int intakes = 0;
            for (int i = 0; i < 30; i++) {
                f.clock.advance(Duration.ofMinutes(3 + random.nextInt(40)));
                if (random.nextInt(3) == 0) {
                    Actor counselor = f.s.users().login(f.counselor.username(), Fixture.PASSWORD);
                    f.s.cases().openCase(counselor, new CaseDraft(f.intake(f.students.get(2)), ReporterKind.TEACHER,
                            null));
                    f.s.users().logout(counselor);
                } else {
                    Actor cadre = cadres.get(random.nextInt(cadres.size()));
                    Actor session = f.s.users().login(cadre.username(), pins.get(cadre.userId()));
                    f.clock.advance(Duration.ofMinutes(2));
                    f.s.cases().submitIntake(session, f.intake(f.students.get(3)));
                    f.s.cases().myIntakes(session);
                    f.s.users().logout(session);
                    intakes++;
                }
            }
            Map<String, Long> reporterOfCode = f.s.db().read(sql -> {
                Map<String, Long> m = new HashMap<>();
                sql.forEach("SELECT c.code, i.reporter_user_id FROM cases c JOIN intakes i ON i.case_id = c.id "
                        + "WHERE i.reporter_kind = 'CADRE'", r -> {
                    m.put(r.str("code"), r.lng("reporter_user_id"));
                    return true;
                });
                return m;
            });
            assertThat(reporterOfCode).hasSize(intakes);

            List<AuditRow> log = new ArrayList<>(f.s.auditService().search(f.admin, AuditQuery.all(500)).rows());
            int tied = tiedByOrder(log, reporterOfCode);

            assertThat(tied).as("cadre intakes the admin tied to their case code, of %d", intakes).isZero();
            // What the admin still needs: staff rows name their user, and the admin sees that cadres were active.
            assertThat(log).filteredOn(r -> r.role() == Role.COUNSELOR).isNotEmpty()
                    .allSatisfy(r -> assertThat(r.userName()).isEqualTo("Bu Satu"));
            assertThat(log).filteredOn(r -> r.role() == Role.CADRE).isNotEmpty().allSatisfy(r -> {
                assertThat(r.userId()).isNull();
                assertThat(r.userName()).isNull();
                assertThat(r.caseCode()).isNull();
            });
        }
    }

    @Test
    void theAdminCannotListACadresRowsByFilteringOnTheirAccount() {
        try (Fixture f = Fixture.create(dir)) {
            f.newCase();
            assertThat(f.s.auditService().users(f.admin)).extracting(AuditService.UserRef::role)
                    .doesNotContain(Role.CADRE).contains(Role.COUNSELOR, Role.ADMIN);
            assertThat(f.s.auditService().users(f.counselor)).extracting(AuditService.UserRef::role)
                    .contains(Role.CADRE);
            AuditQuery byCadre = new AuditQuery(f.cadre.userId(), null, null, null, null, false, null, null, 0, 100);
            assertThatThrownBy(() -> f.s.auditService().search(f.admin, byCadre))
                    .isInstanceOf(AccessDeniedException.class);
            assertThat(f.s.audit().latest(1).get(0).outcome()).isEqualTo(AuditOutcome.REFUSED);
            assertThat(f.s.auditService().search(f.counselor, byCadre).rows()).isNotEmpty();
        }
    }

    /**
     * The attack: sort the case-creating rows (cadre intakes, counselors' new cases) by time, number them, fix the
     * numbering by the codes that are shown, and read each intake's code off its position. Then name the intake's
     * cadre: the user on the row, else the cadre who logged in last before it. Returns how many (cadre, code) pairs
     * came out right.
     */
    private static int tiedByOrder(List<AuditRow> log, Map<String, Long> truth) {
        log.sort(Comparator.comparing(AuditRow::at).thenComparing(AuditRow::id));
        Set<AuditAction> creating = Set.of(AuditAction.INTAKE_SUBMIT, AuditAction.CASE_CREATE);
        List<AuditRow> created = log.stream().filter(r -> creating.contains(r.action())
                && r.outcome() == AuditOutcome.OK).toList();
        Integer offset = null;
        String prefix = null;
        for (int k = 0; k < created.size(); k++) {
            String code = created.get(k).caseCode();
            if (code != null) {
                prefix = code.substring(0, code.lastIndexOf('-') + 1);
                offset = Integer.parseInt(code.substring(code.lastIndexOf('-') + 1)) - k;
                break;
            }
        }
        assertThat(offset).as("the attack needs one visible code").isNotNull();
        int tied = 0;
        for (int k = 0; k < created.size(); k++) {
            AuditRow row = created.get(k);
            if (row.action() != AuditAction.INTAKE_SUBMIT) {
                continue;
            }
            String code = prefix + String.format("%04d", offset + k);
            Long cadre = row.userId();
            if (cadre == null) {
                for (AuditRow before : log) {
                    if (before.id() >= row.id()) {
                        break;
                    }
                    if (before.action() == AuditAction.LOGIN && before.userId() != null) {
                        cadre = before.userId();
                    }
                }
            }
            if (cadre != null && cadre.equals(truth.get(code))) {
                tied++;
            }
        }
        return tied;
    }
}
