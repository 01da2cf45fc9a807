package id.kantibekisah.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;

/**
 * The first 100 bytes of an SQLite file (sqlite.org/fileformat.html), read without opening the file with SQLite:
 * whether it is an SQLite database at all, and the program's marks in it, before anything could write to it.
 */
public record SqliteHeader(int pageSize, int userVersion, int applicationId, boolean wal) {
    private static final byte[] MAGIC = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    /** The header, or empty when the file is shorter than a header or does not start like an SQLite database. */
    public static Optional<SqliteHeader> read(Path file) {
        byte[] bytes = new byte[100];
        try (InputStream in = Files.newInputStream(file)) {
            if (in.readNBytes(bytes, 0, 100) < 100) {
                return Optional.empty();
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        if (!Arrays.equals(bytes, 0, 16, MAGIC, 0, 16)) {
            return Optional.empty();
        }
        ByteBuffer b = ByteBuffer.wrap(bytes); // big-endian, as SQLite writes it
        int pageSize = Short.toUnsignedInt(b.getShort(16));
        return Optional.of(new SqliteHeader(pageSize == 1 ? 65536 : pageSize, b.getInt(60), b.getInt(68),
                bytes[18] == 2 || bytes[19] == 2));
    }

    public boolean ours() {
        return applicationId == Database.APPLICATION_ID;
    }
}
