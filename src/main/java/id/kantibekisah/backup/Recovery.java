package id.kantibekisah.backup;

import id.kantibekisah.common.Progress;
import id.kantibekisah.db.PrivateFiles;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.LocalDateTime;

/**
 * Replaces a damaged database file by a backup, before the program opens it. The damaged file is never written
 * to: it is copied (with its {@code -wal} and {@code -shm}) into a {@code rusak-...} folder for inspection, and the
 * checked backup takes its place by one atomic rename. The caller holds the database's lock.
 */
public final class Recovery {
    /** Beside the database: the checked copy of a backup about to replace the damaged file. */
    static final String STAGING = "-recover";

    /** A finished replacement: what came in, and where the damaged file was put. */
    public record Result(BackupInfo from, Path keptDamaged) {
    }

    private Recovery() {
    }

    static Result replaceDamaged(Path database, Path backup, Path folder, Clock clock) {
        Path db = database.toAbsolutePath();
        BackupInfo info = Snapshots.inspect(backup);
        Path staging = BackupFolder.temporaryFor(db.resolveSibling(db.getFileName() + STAGING));
        try {
            // 1. The good copy is ready and checked beside the database before anything moves.
            Snapshots.copyFile(backup, staging, Progress.NONE);
            // 2. The damaged file and its side files are kept, then the side files go: a stale -wal would be
            //    replayed into the restored file.
            Path kept = new BackupFolder(folder, db).quarantine(LocalDateTime.now(clock));
            PrivateFiles.createDirectories(kept);
            for (String suffix : new String[] {"", "-wal", "-shm"}) {
                Path side = db.resolveSibling(db.getFileName() + suffix);
                if (Files.exists(side)) {
                    Files.copy(side, kept.resolve(side.getFileName()), StandardCopyOption.COPY_ATTRIBUTES);
                    PrivateFiles.restrict(kept.resolve(side.getFileName()));
                    Snapshots.force(kept.resolve(side.getFileName()));
                }
            }
            Snapshots.force(kept);
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
            Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
            // 3. One atomic rename: a crash before it leaves the damaged file (checked again at the next start),
            //    never no file at all.
            try {
                Files.move(staging, db, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staging, db, StandardCopyOption.REPLACE_EXISTING);
            }
            Snapshots.force(db.getParent());
            return new Result(info, kept);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            Snapshots.deleteQuietly(staging);
        }
    }
}
