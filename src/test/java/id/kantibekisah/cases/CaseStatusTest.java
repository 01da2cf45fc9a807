package id.kantibekisah.cases;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static id.kantibekisah.cases.CaseStatus.*;
import static org.assertj.core.api.Assertions.assertThat;

class CaseStatusTest {
    /** DESIGN.md's workflow, written out once more by hand: every pair not listed here must be refused. */
    private static final Map<CaseStatus, Set<CaseStatus>> ALLOWED = Map.of(
            NEW, EnumSet.of(IN_REVIEW, DISMISSED),
            IN_REVIEW, EnumSet.of(IN_PROGRESS, ESCALATED, DISMISSED),
            IN_PROGRESS, EnumSet.of(ESCALATED, RESOLVED),
            ESCALATED, EnumSet.of(IN_PROGRESS, RESOLVED),
            RESOLVED, EnumSet.of(IN_PROGRESS),
            DISMISSED, EnumSet.of(IN_PROGRESS));

    @Test
    void everyPairOfStatusesIsAllowedOrRefusedAsDesigned() {
        for (CaseStatus from : values()) {
            for (CaseStatus to : values()) {
                assertThat(from.canMoveTo(to)).as("%s -> %s", from, to).isEqualTo(ALLOWED.get(from).contains(to));
            }
        }
    }

    @Test
    void onlyResolvedAndDismissedAreClosed() {
        assertThat(EnumSet.allOf(CaseStatus.class).stream().filter(s -> !s.isOpen()))
                .containsExactlyInAnyOrder(RESOLVED, DISMISSED);
    }

    @Test
    void noStatusMovesToNew() {
        for (CaseStatus from : values()) {
            assertThat(from.canMoveTo(NEW)).isFalse();
        }
    }
}
