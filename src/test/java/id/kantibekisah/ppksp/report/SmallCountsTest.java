package id.kantibekisah.ppksp.report;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Primary and complementary suppression of small counts. */
class SmallCountsTest {
    @Test
    void onesAndTwosAreHiddenZerosAndThreesAreNot() {
        boolean[][] h = SmallCounts.hide(new long[][] {{0, 1, 2, 3, 40}}, false, false);
        assertThat(h[0]).containsExactly(false, true, true, false, false);
    }

    @Test
    void aLoneHiddenCellInARowWithATotalTakesTheSmallestOtherCountWithIt() {
        // 1 + 5 + 9 = 15: with only the 1 hidden, 15 - 5 - 9 would give it back.
        boolean[][] h = SmallCounts.hide(new long[][] {{1, 5, 9, 15}}, false, true);
        assertThat(h[0]).containsExactly(true, true, false, false);
    }

    @Test
    void whenEveryOtherCountIsZeroTheTotalIsHidden() {
        // One boy and three girls: the 1 is hidden, so the 3 is; in the girls' column every other count is zero,
        // so its total (3) goes too, or the boys' total would be 4 - 3.
        boolean[][] h = SmallCounts.hide(new long[][] {{1, 3, 4}, {0, 0, 0}, {1, 3, 4}}, true, true);
        assertThat(h[0]).containsExactly(true, true, false);
        assertThat(h[2]).containsExactly(true, true, false);
        assertThat(h[1]).containsExactly(false, false, false);
    }

    @Test
    void hidingGoesOnUntilNoRowOrColumnHasASingleHiddenCell() {
        long[][] cells = {{1, 3, 4}, {5, 6, 11}, {6, 9, 15}};
        boolean[][] h = SmallCounts.hide(cells, true, true);
        for (int r = 0; r < 3; r++) {
            int n = 0;
            for (int c = 0; c < 3; c++) {
                n += h[r][c] ? 1 : 0;
            }
            assertThat(n).as("row " + r).isNotEqualTo(1);
        }
        for (int c = 0; c < 3; c++) {
            int n = 0;
            for (int r = 0; r < 3; r++) {
                n += h[r][c] ? 1 : 0;
            }
            assertThat(n).as("column " + c).isNotEqualTo(1);
        }
    }
}
