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

/**
 * Reads a roster from CSV: comma or semicolon separated (Indonesian Excel saves with semicolons), UTF-8 with or
 * without a byte-order mark, or the Windows code page of older Excel. The header is found by its content
 * ({@link RosterLayout}), so title lines above it are skipped.
 */
public final class CsvRosterReader {
    /** Reads the file, after {@link RosterFiles}' size check. */
    public RosterFile read(Path file) {
        return read(RosterFiles.readCapped(file), file.getFileName().toString());
    }

    RosterFile read(byte[] bytes, String fileName) {
        String text = decode(bytes);
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

    static String decode(byte[] bytes) {
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
