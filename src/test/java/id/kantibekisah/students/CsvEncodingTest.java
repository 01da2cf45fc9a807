package id.kantibekisah.students;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ValidationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Excel's "Unicode text" (UTF-16, tab separated, with a byte-order mark) and UTF-16 saved by other programs
 * without one are read like any CSV; an encoding that cannot be read is refused with "save it as CSV UTF-8".
 */
class CsvEncodingTest {
    @TempDir
    Path dir;

    private static final String ROSTER_TAB = "NISN\tNama\tJK\tKelas\r\n0012345678\tNayla Permata\tP\t7C\r\n"
            + "0012345679\tAndré Çahya Ñoman\tL\t7C\r\n";
    private static final String ROSTER_COMMA = ROSTER_TAB.replace('\t', ',');

    private Path write(String name, byte[] bom, String text, Charset charset) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(bom);
        out.write(text.getBytes(charset));
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    private static void assertRoster(RosterFile roster) {
        assertThat(roster.rows()).hasSize(2);
        assertThat(roster.rows().get(0).draft().name()).isEqualTo("Nayla Permata");
        assertThat(roster.rows().get(0).draft().nisn()).isEqualTo("0012345678");
        assertThat(roster.rows().get(1).draft().name()).isEqualTo("André Çahya Ñoman");
        assertThat(roster.rows()).allSatisfy(r -> assertThat(r.problems()).isEmpty());
    }

    @Test
    void excelsUnicodeTextUtf16LittleEndianWithItsByteOrderMarkIsRead() throws Exception {
        assertRoster(RosterFiles.read(write("siswa.txt", new byte[] {(byte) 0xFF, (byte) 0xFE}, ROSTER_TAB,
                StandardCharsets.UTF_16LE)));
    }

    @Test
    void utf16BigEndianWithItsByteOrderMarkIsRead() throws Exception {
        assertRoster(RosterFiles.read(write("siswa.csv", new byte[] {(byte) 0xFE, (byte) 0xFF}, ROSTER_COMMA,
                StandardCharsets.UTF_16BE)));
    }

    @Test
    void utf16WithoutAByteOrderMarkIsRecognisedByItsZeroBytes() throws Exception {
        assertRoster(RosterFiles.read(write("siswa-le.csv", new byte[0], ROSTER_COMMA, StandardCharsets.UTF_16LE)));
        assertRoster(RosterFiles.read(write("siswa-be.csv", new byte[0], ROSTER_TAB, StandardCharsets.UTF_16BE)));
    }

    @Test
    void anEncodingThatCannotBeReadIsRefusedWithSaveAsCsvUtf8() throws Exception {
        Path utf32 = write("siswa32.csv", new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, ROSTER_COMMA,
                Charset.forName("UTF-32LE"));
        // UTF-16 with a lone surrogate half: not text any program should guess at.
        byte[] broken = {(byte) 0xFF, (byte) 0xFE, 'N', 0, 'I', 0, 0x00, (byte) 0xD8, 'S', 0, 'N', 0};
        Path bad16 = Files.write(dir.resolve("rusak16.csv"), broken);
        for (Path file : new Path[] {utf32, bad16}) {
            ValidationException e = (ValidationException) catchThrowable(() -> RosterFiles.read(file));
            assertThat(e).as(file.getFileName().toString()).isNotNull();
            assertThat(e.messageKey()).isEqualTo("roster.file.encoding");
            assertThat(Messages.indonesian().message(e)).contains(file.getFileName().toString())
                    .contains("simpan sebagai CSV UTF-8");
            assertThat(Messages.of(Messages.ENGLISH).message(e)).contains("save it as CSV UTF-8");
        }
    }

    @Test
    void binaryJunkWithZeroBytesIsStillNotTakenForText() throws Exception {
        byte[] junk = new byte[4096];
        new java.util.Random(3).nextBytes(junk);
        junk[10] = 0;
        ValidationException e = (ValidationException) catchThrowable(
                () -> RosterFiles.read(Files.write(dir.resolve("acak.csv"), junk)));
        assertThat(e.messageKey()).isEqualTo("roster.file.unknown");
    }
}
