package id.kantibekisah.db;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Files about children readable by their user only: the database (and its {@code -wal}, {@code -shm} and
 * {@code -journal}, which SQLite creates with the database file's permissions), backups and the folders the
 * program makes for them are {@code 0600} / {@code 0700} on Linux and macOS whatever the umask. On Windows the
 * files stay where they are, in the user's own profile folder ({@code %APPDATA%}), whose access list already
 * keeps other users out; nothing is changed there.
 */
public final class PrivateFiles {
    private static final Logger LOG = Logger.getLogger(PrivateFiles.class.getName());
    public static final Set<PosixFilePermission> FILE = PosixFilePermissions.fromString("rw-------");
    public static final Set<PosixFilePermission> FOLDER = PosixFilePermissions.fromString("rwx------");

    private PrivateFiles() {
    }

    /** Whether this file system has POSIX permissions (not Windows). */
    public static boolean posix(Path path) {
        return path.toAbsolutePath().getFileSystem().supportedFileAttributeViews().contains("posix");
    }

    /**
     * Creates {@code folder} and any missing parents, each folder it creates readable by the user only. Folders
     * that exist already keep their permissions: the user may have chosen a shared one on purpose.
     */
    public static Path createDirectories(Path folder) throws IOException {
        Path absolute = folder.toAbsolutePath();
        if (Files.isDirectory(absolute) || !posix(absolute)) {
            return Files.createDirectories(absolute);
        }
        List<Path> missing = new ArrayList<>();
        for (Path p = absolute; p != null && !Files.exists(p); p = p.getParent()) {
            missing.add(0, p);
        }
        FileAttribute<Set<PosixFilePermission>> attribute = PosixFilePermissions.asFileAttribute(FOLDER);
        for (Path p : missing) {
            try {
                Files.createDirectory(p, attribute);
                Files.setPosixFilePermissions(p, FOLDER); // the umask may have taken bits away; add none back
            } catch (FileAlreadyExistsException e) {
                // made meanwhile by someone else: theirs to keep as it is
            }
        }
        return absolute;
    }

    /** Creates an empty file readable by the user only, unless it exists (then only {@link #restrict}s it). */
    public static void createFile(Path file) throws IOException {
        if (!posix(file)) {
            return;
        }
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(FILE));
        } catch (FileAlreadyExistsException e) {
            // fine: restricted below
        }
        restrict(file);
    }

    /** Makes an existing file of ours readable by the user only (an older installation's 0644 database). */
    public static void restrict(Path file) {
        if (!posix(file) || !Files.isRegularFile(file)) {
            return;
        }
        try {
            if (!Files.getPosixFilePermissions(file).equals(FILE)) {
                Files.setPosixFilePermissions(file, FILE);
            }
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            LOG.log(Level.WARNING, "could not make " + file + " readable by its user only", e);
        }
    }

    /** {@link #restrict}s the database file and the side files SQLite keeps beside it. */
    public static void restrictDatabase(Path database) {
        Path absolute = database.toAbsolutePath();
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            restrict(absolute.resolveSibling(absolute.getFileName() + suffix));
        }
    }
}
