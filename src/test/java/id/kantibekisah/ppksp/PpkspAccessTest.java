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
                    f.s.ppksp().addOtherParty(f.counselor, violenceCase(f, Category.VIOLENCE), teacher())))));

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
