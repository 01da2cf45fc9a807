package id.kantibekisah.backup;

import id.kantibekisah.db.Database;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Breaks database files the way a bad sector or a half-written copy does, for the damage tests. */
final class Damage {
    private Damage() {
    }

    /** Overwrites the first bytes of the root page of {@code table} (its b-tree header) with garbage. */
    static void flipRootPageOf(Path file, String table) {
        long page;
        long pageSize;
        try (Database db = Database.openReadOnly(file)) {
            page = db.read(sql -> sql.longValue("SELECT rootpage FROM sqlite_schema WHERE name = ?", table));
            pageSize = db.read(sql -> sql.longValue("PRAGMA page_size"));
        }
        flipBytes(file, (page - 1) * pageSize, 64);
    }

    static void flipBytes(Path file, long offset, int length) {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "rw")) {
            raf.seek(offset);
            byte[] bytes = new byte[length];
            raf.readFully(bytes);
            for (int i = 0; i < length; i++) {
                bytes[i] = (byte) ~bytes[i];
            }
            raf.seek(offset);
            raf.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256(Path file) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
