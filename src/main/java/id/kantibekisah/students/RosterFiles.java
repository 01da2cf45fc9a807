package id.kantibekisah.students;

import id.kantibekisah.common.ValidationException;
import org.apache.poi.poifs.filesystem.DirectoryNode;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Opens a roster file of any kind a school may hand over, in one place for the window and the command line. What
 * the file contains decides how it is read, not its name: an .xlsx workbook (Dapodik's export), or text read as
 * CSV. Everything else is refused with a message that says what the file is and what to do: a password-protected
 * workbook, Excel 97–2003 (.xls), OpenDocument, a web page saved as "Excel", a PDF or a picture renamed to .xlsx,
 * a damaged file, or one too large to be a roster.
 */
public final class RosterFiles {
    public static final long MAX_BYTES = 10L * 1024 * 1024;
    private static final int TEXT_SNIFF_BYTES = 64 * 1024;

    private RosterFiles() {
    }

    /**
     * Reads the roster in {@code file}.
     *
     * @throws ValidationException with a message for the user when the file cannot be read as a roster
     */
    public static RosterFile read(Path file) {
        String name = file.getFileName().toString();
        checkSize(file);
        FileMagic magic;
        try {
            magic = FileMagic.valueOf(file.toFile());
        } catch (IOException e) {
            throw new ValidationException("roster.error.unreadable", name);
        }
        return switch (magic) {
            case OOXML -> new XlsxRosterReader().read(file);
            case OLE2 -> throw ole2(file, name);
            case BIFF2, BIFF3, BIFF4 -> throw oldFormat(name, RosterFormat.XLS);
            case HTML -> throw oldFormat(name, RosterFormat.HTML);
            case XML -> throw xml(file, name);
            case PDF -> throw notRoster(name, RosterFormat.PDF);
            case RTF, MSWRITE, WORD2 -> throw notRoster(name, RosterFormat.DOCUMENT);
            case JPEG, GIF, PNG, TIFF, WMF, EMF, BMP -> throw notRoster(name, RosterFormat.IMAGE);
            default -> text(file, name);
        };
    }

    /** The file's bytes, refused when it is empty or larger than a roster can be. */
    static byte[] readCapped(Path file) {
        checkSize(file);
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ValidationException("roster.error.unreadable", file.getFileName());
        }
    }

    private static long checkSize(Path file) {
        String name = file.getFileName().toString();
        if (!Files.isRegularFile(file)) {
            throw new ValidationException("roster.error.noFile", file);
        }
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new ValidationException("roster.error.unreadable", name);
        }
        if (size == 0) {
            throw new ValidationException("roster.file.empty", name);
        }
        if (size > MAX_BYTES) {
            throw new ValidationException("roster.file.tooLarge", name, megabytes(size), MAX_BYTES / (1024 * 1024));
        }
        return size;
    }

    /** Text is read as CSV; a web page under a .xls name and binary junk are refused. */
    private static RosterFile text(Path file, String name) {
        byte[] bytes = readCapped(file);
        if (CsvRosterReader.utf32(bytes)) {
            throw new ValidationException("roster.file.encoding", name);
        }
        // UTF-16 text has a zero byte in every other place; other zero bytes mean a binary file.
        if (CsvRosterReader.utf16(bytes).isEmpty() && !looksLikeText(bytes)) {
            throw new ValidationException("roster.file.unknown", name);
        }
        String text = CsvRosterReader.decode(bytes, name);
        String start = text.substring(0, Math.min(text.length(), 1024)).stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<")) {
            throw oldFormat(name, start.contains("urn:schemas-microsoft-com:office:spreadsheet")
                    ? RosterFormat.XML_2003 : RosterFormat.HTML);
        }
        return new CsvRosterReader().read(text, name);
    }

    /** No NUL bytes and hardly any other control characters in the first bytes: text, not a binary file. */
    static boolean looksLikeText(byte[] bytes) {
        int n = Math.min(bytes.length, TEXT_SNIFF_BYTES);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return false;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 100 <= n;
    }

    /** An OLE2 container: a password-protected .xlsx, an Excel 97–2003 workbook, or another Office file. */
    private static ValidationException ole2(Path file, String name) {
        try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
            DirectoryNode root = fs.getRoot();
            if (root.hasEntryCaseInsensitive("EncryptionInfo") || root.hasEntryCaseInsensitive("EncryptedPackage")) {
                return new ValidationException("roster.file.encrypted", name);
            }
            if (root.hasEntryCaseInsensitive("Workbook") || root.hasEntryCaseInsensitive("Book")) {
                return oldFormat(name, RosterFormat.XLS);
            }
            if (root.hasEntryCaseInsensitive("WordDocument")) {
                return notRoster(name, RosterFormat.DOCUMENT);
            }
            if (root.hasEntryCaseInsensitive("PowerPoint Document")) {
                return notRoster(name, RosterFormat.PRESENTATION);
            }
            return new ValidationException("roster.file.unknown", name);
        } catch (IOException | RuntimeException e) {
            return new ValidationException("roster.file.corrupt", name);
        }
    }

    private static ValidationException xml(Path file, String name) {
        try (InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(4096), StandardCharsets.UTF_8);
            if (head.contains("urn:schemas-microsoft-com:office:spreadsheet")
                    || head.contains("Excel.Sheet")) {
                return oldFormat(name, RosterFormat.XML_2003);
            }
        } catch (IOException e) {
            return new ValidationException("roster.error.unreadable", name);
        }
        return new ValidationException("roster.file.unknown", name);
    }

    static ValidationException oldFormat(String name, RosterFormat format) {
        return new ValidationException("roster.file.oldFormat", name, format);
    }

    static ValidationException notRoster(String name, RosterFormat format) {
        return new ValidationException("roster.file.notRoster", name, format);
    }

    private static double megabytes(long bytes) {
        return Math.round(bytes * 10.0 / (1024 * 1024)) / 10.0;
    }
}
