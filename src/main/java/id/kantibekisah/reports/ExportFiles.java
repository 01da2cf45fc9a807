package id.kantibekisah.reports;

import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How an export reaches its file: written beside the target under a temporary name, audited, then moved into place,
 * so that a file appears only complete and only once its export is on the audit log. Files are written outside any
 * database transaction.
 */
public final class ExportFiles {
    private static final Logger LOG = Logger.getLogger(ExportFiles.class.getName());

    /** Writes an export's bytes. */
    @FunctionalInterface
    public interface Writer {
        void write(OutputStream out) throws IOException;
    }

    private ExportFiles() {
    }

    /** The absolute file to write; refused when it is missing, a folder, or in a folder that does not exist. */
    public static Path checkTarget(Path target) {
        if (target == null || target.getFileName() == null) {
            throw new ValidationException("report.error.noFile");
        }
        Path file = target.toAbsolutePath();
        if (Files.isDirectory(file)) {
            throw new ValidationException("report.error.isFolder", file);
        }
        if (!Files.isDirectory(file.getParent())) {
            throw new ValidationException("report.error.noFolder", file.getParent());
        }
        return file;
    }

    /**
     * Writes {@code file} (replacing it) with {@code writer}; {@code audited} runs once the bytes are complete and
     * before the move, {@code notWritten} when the move then fails. A failure is a {@code report.error.write}.
     */
    public static void write(Path file, Writer writer, Runnable audited, Runnable notWritten) {
        Path temp = null;
        try {
            temp = Files.createTempFile(file.getParent(), ".kanti-bekisah-", ".tmp");
            try (OutputStream out = Files.newOutputStream(temp)) {
                writer.write(out);
            }
            audited.run();
            try {
                move(temp, file);
            } catch (IOException e) {
                notWritten.run();
                throw e;
            }
        } catch (IOException e) {
            throw new ServiceException("report.error.write", e, file);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path file) {
        if (file == null) {
            return;
        }
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "could not delete the temporary export " + file, e);
        }
    }
}
