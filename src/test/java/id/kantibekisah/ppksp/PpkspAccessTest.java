package id.kantibekisah.ppksp;

import id.kantibekisah.access.Actor;
import id.kantibekisah.access.Role;
import id.kantibekisah.audit.AuditOutcome;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.common.AccessDeniedException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static id.kantibekisah.access.Role.ADMIN;
import static id.kantibekisah.access.Role.CADRE;
import static id.kantibekisah.access.Role.COUNSELOR;
import static id.kantibekisah.access.Role.PRINCIPAL;
import static id.kantibekisah.ppksp.PpkspTesting.escalated;
import static id.kantibekisah.ppksp.PpkspTesting.violenceCase;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Every PPKSP service method by every role: a cadre never sees any of it, the admin none, the principal reads the
 * cases escalated to the principal (and not those handed to the TPPK alone), counselors do everything. A refusal is
 * an {@link AccessDeniedException} with one REFUSED audit row. A new method without a row here fails
 * {@link #everyMethodWithAnActorIsInTheMatrix}.
 */
class PpkspAccessTest {
    private record Op(String method, Set<Role> allowed, BiConsumer<Fixture, Actor> call) {
        @Override
        public String toString() {
            return method;
        }
    }

    static final List<Op> OPS = new ArrayList<>(List.of(
            new Op("get", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().get(a, violenceCase(f, Category.VIOLENCE))),
            new Op("get[escalated to the principal]", Set.of(COUNSELOR, PRINCIPAL), (f, a) -> f.s.ppksp().get(a,
                    escalated(f, violenceCase(f, Category.VIOLENCE), ReferralDestination.PRINCIPAL))),
            new Op("get[handed to the TPPK only]", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().get(a,
                    escalated(f, violenceCase(f, Category.VIOLENCE), ReferralDestination.TPPK))),
            new Op("pendingFormReviews", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().pendingFormReviews(a)),
            new Op("setForms", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().setForms(a,
                    violenceCase(f, Category.VIOLENCE), EnumSet.of(ViolenceForm.PHYSICAL))),
            new Op("addOtherParty", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().addOtherParty(a,
                    violenceCase(f, Category.VIOLENCE), teacher())),
            new Op("removeOtherParty", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().removeOtherParty(a,
                    f.s.ppksp().addOtherParty(f.counselor, violenceCase(f, Category.VIOLENCE), teacher()))),
            new Op("openMatter", Set.of(COUNSELOR), (f, a) -> {
                long id = violenceCase(f, Category.VIOLENCE);
                f.s.ppksp().setForms(f.counselor, id, EnumSet.of(ViolenceForm.PHYSICAL));
                f.s.ppksp().openMatter(a, id, new ReceiptDraft(f.today(), f.today(), "Tim", null));
            }),
            new Op("recordExamination", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().recordExamination(a,
                    TppkTrackTest.matter(f, f.today()), new StepDraft(f.today(), "Tim", null))),
            new Op("recordConclusion", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().recordConclusion(a,
                    examined(f, false), new ConclusionDraft(f.today(), "Tim", true, null, null, null, null))),
            new Op("recordDecision", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().recordDecision(a, concluded(f, false),
                    new DecisionDraft(f.today(), "Kepala sekolah", "Pembinaan.", null))),
            new Op("recordDecision[escalated to the principal]", Set.of(COUNSELOR, PRINCIPAL),
                    (f, a) -> f.s.ppksp().recordDecision(a, concluded(f, true),
                            new DecisionDraft(f.today(), "Kepala sekolah", "Pembinaan.", null))),
            new Op("recordDinasCopy", Set.of(COUNSELOR), (f, a) -> {
                long id = concluded(f, false);
                f.s.ppksp().recordDecision(f.counselor, id, new DecisionDraft(f.today(), "Kepsek", "Pembinaan.",
                        null));
                f.s.ppksp().recordDinasCopy(a, id, f.today());
            }),
            new Op("recordRecovery", Set.of(COUNSELOR), (f, a) -> {
                long id = concluded(f, false);
                f.s.ppksp().recordDecision(f.counselor, id, new DecisionDraft(f.today(), "Kepsek", "Pembinaan.",
                        null));
                f.s.ppksp().recordRecovery(a, id, new StepDraft(f.today(), "Tim", null));
            }),
            new Op("addSummons", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().addSummons(a,
                    TppkTrackTest.matter(f, f.today()), new SummonsDraft(f.students.get(3), null, null,
                            SummonsMode.WRITTEN, f.today(), null))),
            new Op("recordAttendance", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().recordAttendance(a,
                    f.s.ppksp().addSummons(f.counselor, TppkTrackTest.matter(f, f.today()), new SummonsDraft(
                            f.students.get(3), null, null, SummonsMode.WRITTEN, f.today(), null)), true, null)),
            new Op("addMeasure", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().addMeasure(a,
                    violenceCase(f, Category.VIOLENCE), apology(f))),
            new Op("updateMeasure", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().updateMeasure(a,
                    f.s.ppksp().addMeasure(f.counselor, violenceCase(f, Category.VIOLENCE), apology(f)),
                    new MeasureUpdate(MeasureStatus.IN_PROGRESS, null, null, null, null))),
            new Op("lateSteps", Set.of(COUNSELOR, PRINCIPAL), (f, a) -> f.s.ppksp().lateSteps(a)),
            new Op("lateCaseIds", Set.of(COUNSELOR), (f, a) -> f.s.ppksp().lateCaseIds(a)),
            new Op("holidays", Set.of(COUNSELOR, ADMIN), (f, a) -> f.s.ppksp().holidays(a)),
            new Op("addHoliday", Set.of(COUNSELOR, ADMIN),
                    (f, a) -> f.s.ppksp().addHoliday(a, f.today().plusDays(3), "Libur")),
            new Op("removeHoliday", Set.of(COUNSELOR, ADMIN), (f, a) -> {
                f.s.ppksp().addHoliday(f.counselor, f.today().plusDays(3), "Libur");
                f.s.ppksp().removeHoliday(a, f.today().plusDays(3));
            })));

    static MeasureDraft apology(Fixture f) {
        return new MeasureDraft(MeasureKind.PUBLIC_APOLOGY, f.students.get(3), null, "Wali kelas",
                f.today().plusDays(3), null, null, null, null, null);
    }

    static long examined(Fixture f, boolean toPrincipal) {
        long id = TppkTrackTest.matter(f, f.today());
        if (toPrincipal) {
            escalated(f, id, ReferralDestination.PRINCIPAL);
        }
        f.s.ppksp().recordExamination(f.counselor, id, new StepDraft(f.today(), "Tim", null));
        return id;
    }

    static long concluded(Fixture f, boolean toPrincipal) {
        long id = examined(f, toPrincipal);
        f.s.ppksp().recordConclusion(f.counselor, id, new ConclusionDraft(f.today(), "Tim", true, null, null, null,
                null));
        return id;
    }

    static OtherPartyDraft teacher() {
        return new OtherPartyDraft("Pak Guru", OtherPartyKind.TEACHER, PartyRole.PERPETRATOR, null, null);
    }

    static Stream<Arguments> everyMethodForEveryRole() {
        List<Arguments> out = new ArrayList<>();
        for (Op op : OPS) {
            for (Role role : List.of(CADRE, COUNSELOR, PRINCIPAL, ADMIN)) {
                out.add(Arguments.of(op, role));
            }
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} by {1}")
    @MethodSource("everyMethodForEveryRole")
    void allowedOrRefusedAndAudited(Op op, Role role, @TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            Actor actor = switch (role) {
                case CADRE -> f.cadre;
                case COUNSELOR -> f.counselor;
                case PRINCIPAL -> f.principal;
                default -> f.admin;
            };
            if (op.allowed().contains(role)) {
                op.call().accept(f, actor);
                assertThat(refusals(f, actor)).isZero();
            } else {
                assertThatThrownBy(() -> op.call().accept(f, actor)).isInstanceOf(AccessDeniedException.class);
                assertThat(refusals(f, actor)).isEqualTo(1);
            }
        }
    }

    private static long refusals(Fixture f, Actor actor) {
        return f.s.db().<Long>read(sql -> sql.longValue(
                "SELECT count(*) FROM audit_log WHERE outcome = ? AND user_id = ?", AuditOutcome.REFUSED,
                actor.userId()));
    }

    @Test
    void everyMethodWithAnActorIsInTheMatrix() {
        Set<String> inMatrix = OPS.stream().map(op -> op.method().replaceAll("\\[.*]", ""))
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> declared = new TreeSet<>();
        for (Method m : PpkspService.class.getDeclaredMethods()) {
            if (Modifier.isPublic(m.getModifiers()) && m.getParameterCount() > 0
                    && m.getParameterTypes()[0] == Actor.class) {
                declared.add(m.getName());
            }
        }
        assertThat(inMatrix).containsAll(declared);
    }
}
