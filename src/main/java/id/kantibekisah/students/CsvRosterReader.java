package id.kantibekisah.students;

import id.kantibekisah.common.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads a roster from CSV: comma, semicolon or tab separated (Indonesian Excel saves with semicolons, its "Unicode
 * text" with tabs), UTF-8 or UTF-16 with or without a byte-order mark, or the Windows code page of older Excel. The header is found by its content
 * ({@link RosterLayout}), so title lines above it are skipped.
 */
public final class CsvRosterReader {
    /** Reads the file, after {@link RosterFiles}' size check. */
    public RosterFile read(Path file) {
        return read(RosterFiles.readCapped(file), file.getFileName().toString());
    }

    RosterFile read(byte[] bytes, String fileName) {
        return read(decode(bytes, fileName), fileName);
    }

    RosterFile read(String text, String fileName) {
        char separator = guessSeparator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true)
                .get();
        List<List<RosterCell>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            for (CSVRecord record : parser) {
                List<RosterCell> cells = new ArrayList<>(record.size());
                record.forEach(v -> cells.add(RosterCell.text(v)));
                rows.add(cells);
                // The line the record ends on: the row number a spreadsheet shows for a one-line record.
                lines.add((int) parser.getCurrentLineNumber());
                if (rows.size() > RosterLayout.MAX_DATA_ROWS + RosterLayout.HEADER_SCAN_ROWS * 2) {
                    throw new ValidationException("roster.file.tooManyRows", fileName, RosterLayout.MAX_DATA_ROWS);
                }
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("roster.error.csvBroken", e.getMessage());
        }
        return RosterLayout.read(new RosterTable(null, rows, lines, List.of()), fileName)
                .orElseThrow(() -> new ValidationException("roster.error.noHeader"));
    }

    /**
     * The text of a CSV file: UTF-16 (Excel's "Unicode text", with or without a byte-order mark), UTF-8 with or
     * without a byte-order mark, or else the Windows code page of older Excel.
     *
     * @throws ValidationException {@code roster.file.encoding} (save it as CSV UTF-8) for UTF-32 and for UTF-16
     *     that does not decode
     */
    static String decode(byte[] bytes, String fileName) {
        if (utf32(bytes)) {
            throw new ValidationException("roster.file.encoding", fileName);
        }
        Optional<Charset> wide = utf16(bytes);
        if (wide.isPresent()) {
            try {
                String text = wide.get().newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
                return text.startsWith("\uFEFF") ? text.substring(1) : text;
            } catch (CharacterCodingException e) {
                throw new ValidationException("roster.file.encoding", fileName);
            }
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            // Older Excel saves CSV in the Windows code page; names then still read right.
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    /**
     * UTF-16 by its byte-order mark, or without one by the zero bytes that the letters, digits and separators of a
     * roster (all below U+0100) leave in every other place: the high bytes, first (big-endian) or second.
     */
    static Optional<Charset> utf16(byte[] bytes) {
        if (bytes.length >= 2 && !utf32(bytes)) {
            int b0 = bytes[0] & 0xFF;
            int b1 = bytes[1] & 0xFF;
            if (b0 == 0xFF && b1 == 0xFE) {
                return Optional.of(StandardCharsets.UTF_16LE);
            }
            if (b0 == 0xFE && b1 == 0xFF) {
                return Optional.of(StandardCharsets.UTF_16BE);
            }
        }
        int pairs = Math.min(bytes.length, 8192) / 2;
        if (pairs < 4) {
            return Optional.empty();
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < pairs * 2; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        // Nearly every pair has its high byte zero and its low byte not: that is UTF-16 text, not a binary file.
        if (oddZeros * 10 >= pairs * 9 && evenZeros * 50 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16LE);
        }
        if (evenZeros * 10 >= pairs * 9 && oddZeros * 50 <= pairs) {
            return Optional.of(StandardCharsets.UTF_16BE);
        }
        return Optional.empty();
    }

    /** UTF-32 (its byte-order mark), which no spreadsheet offers for CSV: refused with what to do. */
    static boolean utf32(byte[] bytes) {
        if (bytes.length < 4) {
            return false;
        }
        int b0 = bytes[0] & 0xFF;
        int b1 = bytes[1] & 0xFF;
        int b2 = bytes[2] & 0xFF;
        int b3 = bytes[3] & 0xFF;
        return (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) || (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF);
    }

    /**
     * The separator that appears most often in the first lines (quotes being rare in rosters): a semicolon, a tab
     * (text copied out of a spreadsheet) or a comma.
     */
    static char guessSeparator(String text) {
        String head = text.lines().limit(10).reduce("", (a, b) -> a + "\n" + b);
        long semicolons = head.chars().filter(ch -> ch == ';').count();
        long tabs = head.chars().filter(ch -> ch == '\t').count();
        long commas = head.chars().filter(ch -> ch == ',').count();
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons > commas ? ';' : ',';
    }
}
