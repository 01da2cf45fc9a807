package id.kantibekisah.app;

import javafx.geometry.Rectangle2D;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class WindowPlacementTest {
    private static final Rectangle2D WORK_AREA = new Rectangle2D(0, 0, 1366, 728);

    @TempDir
    Path dir;

    @Test
    void theFirstStartFillsTheWorkAreaMaximised() {
        WindowPlacement.Bounds b = WindowPlacement.choose(Optional.empty(), List.of(WORK_AREA), WORK_AREA);
        assertThat(b).isEqualTo(new WindowPlacement.Bounds(0, 0, 1366, 728, true));
    }

    @Test
    void theLastPlaceIsRememberedPerPcAndPutBack() {
        WindowPlacement p = new WindowPlacement(dir);
        p.save(new WindowPlacement.Bounds(100, 50, 1100, 650, false));
        assertThat(Files.exists(dir.resolve(WindowPlacement.FILE_NAME))).isTrue();
        WindowPlacement again = new WindowPlacement(dir);
        assertThat(WindowPlacement.choose(again.load(), List.of(WORK_AREA), WORK_AREA))
                .isEqualTo(new WindowPlacement.Bounds(100, 50, 1100, 650, false));
    }

    @Test
    void aPlaceOnAScreenThatIsGoneFallsBackAndAnOversizedOneIsShrunkToTheScreen() {
        Optional<WindowPlacement.Bounds> offScreen = Optional.of(new WindowPlacement.Bounds(3000, 200, 1200, 700,
                false));
        assertThat(WindowPlacement.choose(offScreen, List.of(WORK_AREA), WORK_AREA).maximized()).isTrue();
        Optional<WindowPlacement.Bounds> big = Optional.of(new WindowPlacement.Bounds(-20, -10, 1920, 1080, true));
        assertThat(WindowPlacement.choose(big, List.of(WORK_AREA), WORK_AREA))
                .isEqualTo(new WindowPlacement.Bounds(0, 0, 1366, 728, true));
    }

    @Test
    void anUnreadableFileIsIgnored() throws Exception {
        Files.writeString(dir.resolve(WindowPlacement.FILE_NAME), "x=nonsense");
        assertThat(new WindowPlacement(dir).load()).isEmpty();
    }
}
