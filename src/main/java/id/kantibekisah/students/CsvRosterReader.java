package id.kantibekisah.students;

import id.kantibekisah.common.ValidationException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Reads a roster from CSV: comma or semicolon separated (Indonesian Excel saves with semicolons), UTF-8 with or
 * without a byte-order mark. The header row is the first row that names at least the NISN and name columns, so
 * title lines above it are skipped.
 */
public final class CsvRosterReader {
    public static final long MAX_BYTES = 20L * 1024 * 1024;

    public RosterFile read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ValidationException("roster.error.tooLarge", MAX_BYTES / (1024 * 1024));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new ValidationException("roster.error.unreadable", file.getFileName());
        }
        String text = decode(bytes);
        char separator = guessSeparator(text);
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(separator).setIgnoreSurroundingSpaces(true)
                .get();
        try (Reader reader = new StringReader(text); CSVParser parser = CSVParser.parse(reader, format)) {
            List<CSVRecord> records = new ArrayList<>();
            List<Integer> lines = new ArrayList<>();
            for (CSVRecord record : parser) {
                records.add(record);
                // The line the record ends on: the row number a spreadsheet shows for a one-line record.
                lines.add((int) parser.getCurrentLineNumber());
            }
            return toRoster(records, lines);
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new ValidationException("roster.error.csvBroken", e.getMessage());
        }
    }

    private static RosterFile toRoster(List<CSVRecord> records, List<Integer> lines) {
        int headerIndex = -1;
        Map<RosterColumn, Integer> columns = new EnumMap<>(RosterColumn.class);
        Map<RosterColumn, String> mapping = new EnumMap<>(RosterColumn.class);
        for (int i = 0; i < records.size() && headerIndex < 0; i++) {
            Map<RosterColumn, Integer> found = new EnumMap<>(RosterColumn.class);
            Map<RosterColumn, String> names = new EnumMap<>(RosterColumn.class);
            CSVRecord r = records.get(i);
            for (int c = 0; c < r.size(); c++) {
                int col = c;
                RosterColumn.forHeader(r.get(c)).ifPresent(rc -> {
                    if (!found.containsKey(rc)) {
                        found.put(rc, col);
                        names.put(rc, r.get(col).trim());
                    }
                });
            }
            if (found.containsKey(RosterColumn.NISN) && found.containsKey(RosterColumn.NAME)) {
                headerIndex = i;
                columns.putAll(found);
                mapping.putAll(names);
            }
        }
        if (headerIndex < 0) {
            throw new ValidationException("roster.error.noHeader");
        }
        for (RosterColumn c : RosterColumn.values()) {
            if (c.required() && !columns.containsKey(c)) {
                throw new ValidationException("roster.error.missingColumn", c);
            }
        }
        List<RosterRow> rows = new ArrayList<>();
        for (int i = headerIndex + 1; i < records.size(); i++) {
            CSVRecord r = records.get(i);
            int rowNumber = lines.get(i);
            if (filledCells(r) <= 1) {
                continue; // blank, or a note such as "Dicetak pada ..." below the table
            }
            rows.add(RosterRows.fromCells(rowNumber, c -> {
                Integer index = columns.get(c);
                return index == null || index >= r.size() ? null : r.get(index);
            }));
        }
        return new RosterFile(mapping, rows);
    }

    private static int filledCells(CSVRecord r) {
        int n = 0;
        for (String v : r) {
            if (v != null && !v.isBlank()) {
                n++;
            }
        }
        return n;
    }

    private static String decode(byte[] bytes) {
        int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
        } catch (CharacterCodingException e) {
            // Older Excel saves CSV in the Windows code page; names then still read right.
            try (Reader r = new InputStreamReader(new ByteArrayInputStream(bytes), "windows-1252")) {
                StringBuilder sb = new StringBuilder();
                char[] buf = new char[8192];
                int n;
                while ((n = r.read(buf)) > 0) {
                    sb.append(buf, 0, n);
                }
                return sb.toString();
            } catch (IOException io) {
                throw new ValidationException("roster.error.unreadable", "");
            }
        }
    }

    /** The separator that appears more often in the first lines, outside of quotes being rare in rosters. */
    static char guessSeparator(String text) {
        String head = text.lines().limit(10).reduce("", (a, b) -> a + "\n" + b);
        long semicolons = head.chars().filter(ch -> ch == ';').count();
        long commas = head.chars().filter(ch -> ch == ',').count();
        return semicolons > commas ? ';' : ',';
    }
}
