package id.kantibekisah.backup;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Names and rotation of the backup folder, on plain files (the service test makes real copies). */
class BackupFolderTest {
    @TempDir
    Path dir;

    private final Path database = Path.of("/data/kanti-bekisah.db");

    @Test
    void namesSayTheDayAndWhyAndStartWithTheDatabasesName() {
        BackupFolder folder = new BackupFolder(dir, database);
        assertThat(folder.daily(LocalDate.of(2026, 11, 24)).getFileName())
                .hasToString("kanti-bekisah-2026-11-24.db");
        assertThat(folder.safety(BackupKind.BEFORE_RESTORE, LocalDateTime.of(2026, 11, 24, 9, 30, 15)).getFileName())
                .hasToString("kanti-bekisah-2026-11-24-093015-sebelum-pemulihan.db");
        assertThat(BackupFolder.copyIn(dir, database, LocalDateTime.of(2026, 11, 24, 9, 30)).getFileName())
                .hasToString("kanti-bekisah-2026-11-24-0930.db");
        assertThat(BackupFolder.defaultFor(database)).isEqualTo(Path.of("/data/backups"));
    }

    @Test
    void theListKnowsEachKindAndIgnoresOtherFiles() throws IOException {
        BackupFolder folder = new BackupFolder(dir, database);
        touch("kanti-bekisah-2026-11-24.db", "kanti-bekisah-2026-11-23.db",
                "kanti-bekisah-2026-11-24-093015-sebelum-pemulihan.db",
                "kanti-bekisah-2026-11-20-080000-sebelum-pembaruan.db", "kanti-bekisah-2026-11-22-1405.db",
                "kanti-bekisah-demo-2026-11-24.db", "kanti-bekisah-2026-11-24.db.1a2b.tmp", "catatan.txt");
        List<BackupFile> files = folder.list(1);
        assertThat(files).extracting(BackupFile::fileName, BackupFile::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple("kanti-bekisah-2026-11-24-093015-sebelum-pemulihan.db",
                        BackupKind.BEFORE_RESTORE),
                org.assertj.core.groups.Tuple.tuple("kanti-bekisah-2026-11-24.db", BackupKind.DAILY),
                org.assertj.core.groups.Tuple.tuple("kanti-bekisah-2026-11-23.db", BackupKind.WEEKLY),
                org.assertj.core.groups.Tuple.tuple("kanti-bekisah-2026-11-22-1405.db", BackupKind.COPY),
                org.assertj.core.groups.Tuple.tuple("kanti-bekisah-2026-11-20-080000-sebelum-pembaruan.db",
                        BackupKind.BEFORE_UPDATE));
        assertThat(new BackupFolder(dir, Path.of("kanti-bekisah-demo.db")).list(14)).singleElement()
                .extracting(BackupFile::fileName).isEqualTo("kanti-bekisah-demo-2026-11-24.db");
    }

    @Test
    void aSecondCopyInTheSameSecondGetsANumberAndIsStillListedAsABackup() throws IOException {
        BackupFolder folder = new BackupFolder(dir, database);
        LocalDateTime at = LocalDateTime.of(2026, 11, 24, 9, 30, 15);
        touch(folder.safety(BackupKind.BEFORE_UPDATE, at).getFileName().toString());
        Path second = folder.safety(BackupKind.BEFORE_UPDATE, at);
        assertThat(second.getFileName()).hasToString("kanti-bekisah-2026-11-24-093015-sebelum-pembaruan-2.db");
        touch(second.getFileName().toString(), "kanti-bekisah-2026-11-24-0930-2.db");
        assertThat(folder.list(14)).extracting(BackupFile::fileName, BackupFile::kind).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("kanti-bekisah-2026-11-24-093015-sebelum-pembaruan.db",
                        BackupKind.BEFORE_UPDATE),
                org.assertj.core.groups.Tuple.tuple("kanti-bekisah-2026-11-24-093015-sebelum-pembaruan-2.db",
                        BackupKind.BEFORE_UPDATE),
                org.assertj.core.groups.Tuple.tuple("kanti-bekisah-2026-11-24-0930-2.db", BackupKind.COPY));
    }

    @Test
    void rotationKeeps14DailyAnd8WeeklyCopiesAndNeverACopyMadeByHand() throws IOException {
        BackupFolder folder = new BackupFolder(dir, database);
        LocalDate last = LocalDate.of(2026, 11, 24);
        for (int i = 0; i < 120; i++) {
            touch("kanti-bekisah-" + last.minusDays(i) + ".db");
        }
        touch("kanti-bekisah-2026-01-05-1200.db");
        for (int i = 0; i < 12; i++) {
            touch("kanti-bekisah-2026-11-" + String.format("%02d", i + 1) + "-080000-sebelum-pemulihan.db");
        }

        List<Path> deleted = folder.rotate(14, 8);

        List<BackupFile> left = folder.list(14);
        List<LocalDate> daily = left.stream().filter(f -> f.kind() == BackupKind.DAILY).map(BackupFile::day).toList();
        assertThat(daily).hasSize(14).first().isEqualTo(last);
        assertThat(daily).last().isEqualTo(last.minusDays(13));
        List<LocalDate> weekly = left.stream().filter(f -> f.kind() == BackupKind.WEEKLY).map(BackupFile::day)
                .toList();
        assertThat(weekly).hasSize(8).allSatisfy(d -> assertThat(d).isBefore(last.minusDays(13)));
        Set<String> weeks = weekly.stream().map(d -> d.get(IsoFields.WEEK_BASED_YEAR) + "/"
                + d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)).collect(Collectors.toSet());
        assertThat(weeks).as("one copy per week").hasSize(8);
        // each weekly copy is the newest of its week that is older than the daily window
        assertThat(weekly.get(0)).isEqualTo(last.minusDays(14));
        assertThat(weekly.subList(1, 8)).allSatisfy(d -> assertThat(d.getDayOfWeek())
                .isEqualTo(java.time.DayOfWeek.SUNDAY));
        assertThat(left.stream().filter(f -> f.kind() == BackupKind.BEFORE_RESTORE)).hasSize(10)
                .allSatisfy(f -> assertThat(f.day()).isAfter(LocalDate.of(2026, 11, 2)));
        assertThat(left).anySatisfy(f -> assertThat(f.fileName()).isEqualTo("kanti-bekisah-2026-01-05-1200.db"));
        assertThat(deleted).hasSize(120 - 22 + 2);
        assertThat(folder.rotate(14, 8)).as("a second rotation changes nothing").isEmpty();
    }

    private void touch(String... names) throws IOException {
        for (String name : names) {
            Files.writeString(dir.resolve(name), name);
        }
    }
}
