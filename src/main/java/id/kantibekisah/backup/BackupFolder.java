package id.kantibekisah.backup;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The backup folder of one database: how its files are named, which exist, and which the rotation keeps.
 *
 * <p>Names start with the database's own name, so the demo school's backups and the real ones can share a folder:
 * {@code kanti-bekisah-2026-11-24.db} (the day's automatic copy), {@code kanti-bekisah-2026-11-24-093015-sebelum-
 * pemulihan.db} (before a restore), {@code ...-sebelum-pembaruan.db} (before a schema update),
 * {@code kanti-bekisah-2026-11-24-0930.db} (a copy made by hand).
 */
public final class BackupFolder {
    private static final Logger LOG = Logger.getLogger(BackupFolder.class.getName());
    public static final String DEFAULT_FOLDER = "backups";
    /** Copies made before a restore or an update: the newest ones are kept, older ones go. */
    public static final int KEEP_SAFETY_COPIES = 10;
    static final String BEFORE_RESTORE = "sebelum-pemulihan";
    static final String BEFORE_UPDATE = "sebelum-pembaruan";
    static final String TEMPORARY = ".tmp";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");
    private static final DateTimeFormatter SECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");
    private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmm");

    private final Path dir;
    private final String base;
    private final Pattern names;

    public BackupFolder(Path dir, Path database) {
        this.dir = dir.toAbsolutePath();
        this.base = baseName(database);
        this.names = Pattern.compile("^" + Pattern.quote(base)
                + "-(\\d{4}-\\d{2}-\\d{2})(?:-(\\d{4}|\\d{6}))?(?:-(" + BEFORE_RESTORE + "|" + BEFORE_UPDATE + "))?"
                // "-2", "-3": a second copy made within the same second or minute (see unused)
                + "(?:-\\d{1,3})?\\.db$");
    }

    /** {@code backups/} beside the database. */
    public static Path defaultFor(Path database) {
        return database.toAbsolutePath().resolveSibling(DEFAULT_FOLDER);
    }

    /** The database's file name without {@code .db}: the start of every backup's name. */
    public static String baseName(Path database) {
        String name = database.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    public Path dir() {
        return dir;
    }

    public Path daily(LocalDate day) {
        return dir.resolve(base + "-" + DAY.format(day) + ".db");
    }

    public Path safety(BackupKind kind, LocalDateTime at) {
        String suffix = switch (kind) {
            case BEFORE_RESTORE -> BEFORE_RESTORE;
            case BEFORE_UPDATE -> BEFORE_UPDATE;
            default -> throw new IllegalArgumentException(kind.name());
        };
        return unused(dir, base + "-" + SECONDS.format(at) + "-" + suffix);
    }

    /** A copy made by hand into {@code folder} (a USB stick): stamped to the minute, never over another file. */
    public static Path copyIn(Path folder, Path database, LocalDateTime at) {
        return unused(folder.toAbsolutePath(), baseName(database) + "-" + MINUTES.format(at));
    }

    /** Where a damaged database is kept for inspection when a backup replaces it. */
    public Path quarantine(LocalDateTime at) {
        return dir.resolve("rusak-" + SECONDS.format(at));
    }

    /** A temporary name beside {@code target}, unique, that no listing takes for a backup. */
    static Path temporaryFor(Path target) {
        return target.resolveSibling(target.getFileName() + "." + Long.toHexString(System.nanoTime())
                + TEMPORARY);
    }

    private static Path unused(Path folder, String stem) {
        Path p = folder.resolve(stem + ".db");
        for (int n = 2; Files.exists(p); n++) {
            p = folder.resolve(stem + "-" + n + ".db");
        }
        return p;
    }

    /** The backup files of this database, newest first; daily copies past the daily window show as weekly. */
    public List<BackupFile> list(int keepDaily) {
        List<BackupFile> files = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, base + "-*.db")) {
            for (Path p : stream) {
                parse(p).ifPresent(files::add);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.sort(Comparator.comparing(BackupFile::day).thenComparing(BackupFile::stamp)
                .thenComparing(BackupFile::modified).reversed());
        List<BackupFile> out = new ArrayList<>(files.size());
        int daily = 0;
        for (BackupFile f : files) {
            if (f.kind() == BackupKind.DAILY && daily++ >= keepDaily) {
                f = new BackupFile(f.path(), BackupKind.WEEKLY, f.day(), f.stamp(), f.modified(), f.size());
            }
            out.add(f);
        }
        return out;
    }

    Optional<BackupFile> parse(Path p) {
        Matcher m = names.matcher(p.getFileName().toString());
        if (!m.matches() || !Files.isRegularFile(p)) {
            return Optional.empty();
        }
        try {
            LocalDate day = LocalDate.parse(m.group(1));
            String stamp = m.group(2) == null ? "" : m.group(2);
            BackupKind kind = m.group(3) != null
                    ? (m.group(3).equals(BEFORE_RESTORE) ? BackupKind.BEFORE_RESTORE : BackupKind.BEFORE_UPDATE)
                    : stamp.isEmpty() ? BackupKind.DAILY : BackupKind.COPY;
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            return Optional.of(new BackupFile(p, kind, day, stamp, a.lastModifiedTime().toInstant(), a.size()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Deletes what the rotation does not keep: of the daily copies, the newest {@code keepDaily}, then among the
     * older ones the newest of each ISO week for {@code keepWeekly} weeks; of the copies made before a restore or an
     * update, the newest {@link #KEEP_SAFETY_COPIES}. Copies made by hand are never deleted.
     *
     * @return the deleted files
     */
    public List<Path> rotate(int keepDaily, int keepWeekly) {
        List<BackupFile> all = list(Integer.MAX_VALUE);
        Set<Path> keep = keep(all, keepDaily, keepWeekly);
        List<Path> deleted = new ArrayList<>();
        for (BackupFile f : all) {
            if (f.kind() != BackupKind.COPY && !keep.contains(f.path())) {
                try {
                    Files.deleteIfExists(f.path());
                    deleted.add(f.path());
                } catch (IOException e) {
                    LOG.log(Level.WARNING, "rotating out " + f.path(), e);
                }
            }
        }
        return deleted;
    }

    /** Which files the rotation keeps, from a newest-first list. */
    static Set<Path> keep(List<BackupFile> newestFirst, int keepDaily, int keepWeekly) {
        Set<Path> keep = new LinkedHashSet<>();
        List<BackupFile> daily = newestFirst.stream().filter(f -> f.kind() == BackupKind.DAILY
                || f.kind() == BackupKind.WEEKLY).toList();
        daily.stream().limit(keepDaily).forEach(f -> keep.add(f.path()));
        Set<String> weeks = new HashSet<>();
        for (BackupFile f : daily.stream().skip(keepDaily).toList()) {
            String week = f.day().get(IsoFields.WEEK_BASED_YEAR) + "-" + f.day().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
            if (weeks.contains(week)) {
                continue;
            }
            if (weeks.size() >= keepWeekly) {
                break;
            }
            weeks.add(week);
            keep.add(f.path());
        }
        newestFirst.stream().filter(f -> f.kind().safety()).limit(KEEP_SAFETY_COPIES)
                .forEach(f -> keep.add(f.path()));
        return keep;
    }

    /** Removes temporary files a crashed or failed backup left behind (older than {@code before}). */
    public void removeStaleTemporaries(Instant before) {
        if (!Files.isDirectory(dir)) {
            return;
        }
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(dir, base + "-*" + TEMPORARY + "*")) {
            for (Path p : stream) {
                if (Files.getLastModifiedTime(p).toInstant().isBefore(before)) {
                    Files.deleteIfExists(p);
                }
            }
        } catch (IOException e) {
            LOG.log(Level.WARNING, "cleaning " + dir, e);
        }
    }
}
