package id.kantibekisah.db;

import id.kantibekisah.common.ServiceException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Refuses a database on a network drive or share. SQLite's file locking is not reliable over SMB, NFS and their
 * kin (sqlite.org/useovernet.html), so two PCs could write at once and corrupt the case file. Detected by the path
 * (Windows UNC paths such as {@code \\server\share\...}), by the file system type (Linux and macOS mounts), and on
 * Windows by the drive type of a mapped drive letter.
 */
public final class NetworkLocation {
    private static final Logger LOG = Logger.getLogger(NetworkLocation.class.getName());

    /** File system types (as {@code FileStore.type()} reports them) that live on another computer. */
    static final Set<String> NETWORK_TYPES = Set.of("nfs", "nfs4", "cifs", "smb", "smbfs", "smb2", "smb3", "afpfs",
            "afs", "9p", "ncpfs", "webdav", "davfs", "fuse.sshfs", "sshfs", "fuse.gvfsd-fuse", "gvfsd-fuse",
            "fuse.rclone", "fuse.s3fs", "ceph", "fuse.ceph", "glusterfs", "fuse.glusterfs", "lustre", "gpfs",
            "beegfs", "ocfs2", "gfs2", "vboxsf", "vmhgfs", "fuse.vmhgfs-fuse", "prl_fs");

    /** The normal check: this computer's file systems and, on Windows, PowerShell for mapped drive letters. */
    public static final NetworkLocation SYSTEM = new NetworkLocation(NetworkLocation::fileStoreType,
            NetworkLocation::windowsDriveType, System.getProperty("os.name", "").toLowerCase(Locale.ROOT)
            .contains("win"));

    private final Function<Path, Optional<String>> fileSystemType;
    private final Function<Character, Optional<String>> driveType;
    private final boolean windows;

    NetworkLocation(Function<Path, Optional<String>> fileSystemType, Function<Character, Optional<String>> driveType,
                    boolean windows) {
        this.fileSystemType = fileSystemType;
        this.driveType = driveType;
        this.windows = windows;
    }

    /** Throws a clear refusal when {@code database} is on another computer. */
    public void refuseNetwork(Path database) {
        describe(database).ifPresent(where -> {
            throw new ServiceException("startup.error.network", database.toString(), where);
        });
    }

    /** What kind of network location {@code database} is on (a share name or a file system type), if it is one. */
    public Optional<String> describe(Path database) {
        String text = database.toString();
        if (isUnc(text)) {
            return Optional.of(shareOf(text));
        }
        Path absolute = database.toAbsolutePath();
        if (windows) {
            return describeWindows(absolute.toString());
        }
        return fileSystemType.apply(existingAncestor(absolute))
                .filter(NetworkLocation::isNetworkType);
    }

    /** A Windows path: a UNC path, or a drive letter other than the system's that Windows calls a network drive. */
    Optional<String> describeWindows(String absolute) {
        if (isUnc(absolute)) {
            return Optional.of(shareOf(absolute));
        }
        if (absolute.length() >= 2 && absolute.charAt(1) == ':' && Character.isLetter(absolute.charAt(0))
                && !isSystemDrive(absolute.charAt(0))) {
            return driveType.apply(Character.toUpperCase(absolute.charAt(0)))
                    .filter(type -> type.equalsIgnoreCase("Network"))
                    .map(type -> absolute.substring(0, 2) + " (" + type + ")");
        }
        return Optional.empty();
    }

    /** {@code \\server\share}, {@code //server/share} and {@code \\?\UNC\...}; not {@code \\?\C:\} or devices. */
    static boolean isUnc(String path) {
        if (path.startsWith("\\\\?\\") || path.startsWith("\\\\.\\")) {
            return path.regionMatches(true, 4, "UNC\\", 0, 4);
        }
        return path.startsWith("\\\\") || path.startsWith("//");
    }

    static boolean isNetworkType(String type) {
        return type != null && NETWORK_TYPES.contains(type.toLowerCase(Locale.ROOT));
    }

    private static String shareOf(String unc) {
        String[] parts = unc.replace('/', '\\').replaceFirst("^\\\\\\\\(\\?\\\\UNC\\\\)?", "").split("\\\\");
        return parts.length >= 2 ? "\\\\" + parts[0] + "\\" + parts[1] : unc;
    }

    private static boolean isSystemDrive(char letter) {
        String system = System.getenv("SystemDrive");
        return system != null && !system.isEmpty() && Character.toUpperCase(system.charAt(0))
                == Character.toUpperCase(letter);
    }

    private static Path existingAncestor(Path path) {
        Path p = path;
        while (p != null && !Files.exists(p)) {
            p = p.getParent();
        }
        return p == null ? path.getRoot() : p;
    }

    private static Optional<String> fileStoreType(Path existing) {
        try {
            return Optional.ofNullable(Files.getFileStore(existing).type());
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "file store of " + existing, e);
            return Optional.empty();
        }
    }

    /**
     * Windows' own answer for a drive letter ({@code Fixed}, {@code Removable}, {@code Network}...): Java's file
     * store reports the remote file system's name (often NTFS) for a mapped drive, so it cannot tell.
     */
    private static Optional<String> windowsDriveType(char letter) {
        try {
            Process p = new ProcessBuilder("powershell.exe", "-NoProfile", "-NonInteractive", "-Command",
                    "([System.IO.DriveInfo]'" + letter + ":').DriveType").redirectErrorStream(true).start();
            if (!p.waitFor(10, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return out.isEmpty() ? Optional.empty() : Optional.of(out);
        } catch (IOException e) {
            LOG.log(Level.WARNING, "drive type of " + letter + ":", e);
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
