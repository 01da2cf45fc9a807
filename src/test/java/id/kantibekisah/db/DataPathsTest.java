package id.kantibekisah.db;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class DataPathsTest {
    @Test
    void theDataFolderFollowsEachOperatingSystemsConvention() {
        assertThat(DataPaths.dataFolder("Windows 10", "C:\\Users\\bk", Map.of("APPDATA", "C:\\Users\\bk\\AppData\\Roaming")))
                .isEqualTo(Path.of("C:\\Users\\bk\\AppData\\Roaming", "KantiBekisah"));
        assertThat(DataPaths.dataFolder("Linux", "/home/bk", Map.of()))
                .isEqualTo(Path.of("/home/bk/.local/share/kanti-bekisah"));
        assertThat(DataPaths.dataFolder("Linux", "/home/bk", Map.of("XDG_DATA_HOME", "/data")))
                .isEqualTo(Path.of("/data/kanti-bekisah"));
        assertThat(DataPaths.dataFolder("Mac OS X", "/Users/bk", Map.of()))
                .isEqualTo(Path.of("/Users/bk/Library/Application Support/KantiBekisah"));
    }
}
