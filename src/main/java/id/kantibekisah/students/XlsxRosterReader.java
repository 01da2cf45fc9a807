package id.kantibekisah.students;

import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Reads a roster from an .xlsx workbook: Dapodik's "Daftar Peserta Didik" export and the spreadsheets schools make
 * themselves. The first sheet with a header naming NISN and name columns is the roster ({@link RosterLayout}).
 * Numbers, dates and text are kept apart ({@link RosterCell}), so an NISN stored as a number gets its leading
 * zeros back and a birth date works whether it is an Excel date or typed text.
 *
 * <p>A hostile file is refused before it can exhaust memory: the unpacked size of the whole archive is counted
 * first ({@value #MAX_UNPACKED_MB} MB at most), and POI's own zip-bomb checks (inflate ratio, entry count) stay on.
 */
final class XlsxRosterReader {
    static final int MAX_UNPACKED_MB = 60;
    static final long MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024L * 1024;
    /** Columns beyond this are ignored: a roster has a few dozen, Excel allows 16,384. */
    static final int MAX_COLUMNS = 300;
    private static final Logger LOG = Logger.getLogger(XlsxRosterReader.class.getName());
    private final DataFormatter formatter = new DataFormatter(Locale.ROOT);

    RosterFile read(Path file) {
        String name = file.getFileName().toString();
        checkArchive(file, name);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            checkIsWorkbook(pkg, name);
            try (XSSFWorkbook workbook = new XSSFWorkbook(pkg)) {
                return read(workbook, name);
            }
        } catch (ServiceException e) {
            throw e;
        } catch (ODFNotOfficeXmlFileException e) {
            throw RosterFiles.oldFormat(name, RosterFormat.ODS);
        } catch (IOException | RuntimeException | org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ValidationException("roster.file.unpackedTooLarge", name);
            }
            LOG.log(Level.FINE, "unreadable workbook " + name, e);
            throw new ValidationException("roster.file.corrupt", name);
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: close() would try to save it
            }
        }
    }

    RosterFile read(XSSFWorkbook workbook, String fileName) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!workbook.isSheetHidden(i) && !workbook.isSheetVeryHidden(i)) {
                order.add(i);
            }
        }
        for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
            if (!order.contains(i)) {
                order.add(i); // a roster on a hidden sheet is still found, after the visible ones
            }
        }
        for (int i : order) {
            Optional<RosterFile> roster = RosterLayout.read(table(workbook.getSheetAt(i), fileName), fileName);
            if (roster.isPresent()) {
                return roster.get();
            }
        }
        throw new ValidationException("roster.error.noHeader");
    }

    /** The sheet's rows that hold something, with their row numbers, and the merges of its top rows. */
    private RosterTable table(Sheet sheet, String fileName) {
        List<List<RosterCell>> rows = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        List<Integer> sheetRows = new ArrayList<>();
        for (Row row : sheet) {
            List<RosterCell> cells = cells(row);
            if (cells.isEmpty()) {
                continue;
            }
            if (rows.size() >= RosterLayout.MAX_DATA_ROWS + RosterLayout.HEADER_SCAN_ROWS * 2) {
                throw new ValidationException("roster.file.tooManyRows", fileName, RosterLayout.MAX_DATA_ROWS);
            }
            rows.add(cells);
            numbers.add(row.getRowNum() + 1);
            sheetRows.add(row.getRowNum());
        }
        List<RosterTable.Merge> merges = new ArrayList<>();
        int lastHeaderRow = sheetRows.isEmpty() ? -1
                : sheetRows.get(Math.min(sheetRows.size(), RosterLayout.HEADER_SCAN_ROWS + 1) - 1);
        int regions = sheet.getNumMergedRegions();
        for (int i = 0; i < regions; i++) {
            CellRangeAddress r = sheet.getMergedRegion(i);
            if (r.getFirstRow() > lastHeaderRow || r.getFirstColumn() >= MAX_COLUMNS) {
                continue; // only the header needs merges
            }
            int first = firstIndexAtOrAfter(sheetRows, r.getFirstRow());
            int last = lastIndexAtOrBefore(sheetRows, r.getLastRow());
            if (first >= 0 && last >= first) {
                merges.add(new RosterTable.Merge(first, last, r.getFirstColumn(),
                        Math.min(r.getLastColumn(), MAX_COLUMNS - 1)));
            }
        }
        return new RosterTable(sheet.getSheetName(), rows, numbers, merges);
    }

    /** The row's cells up to its last filled one; empty when the row holds nothing. */
    private List<RosterCell> cells(Row row) {
        List<RosterCell> cells = new ArrayList<>();
        int last = -1;
        for (Cell c : row) {
            int index = c.getColumnIndex();
            if (index >= MAX_COLUMNS) {
                break;
            }
            RosterCell cell = cell(c);
            if (cell.isBlank()) {
                continue;
            }
            while (cells.size() < index) {
                cells.add(RosterCell.EMPTY);
            }
            cells.add(cell);
            last = index;
        }
        return last < 0 ? List.of() : cells;
    }

    private RosterCell cell(Cell c) {
        CellType type = c.getCellType() == CellType.FORMULA ? c.getCachedFormulaResultType() : c.getCellType();
        switch (type) {
            case STRING:
                return RosterCell.text(c.getStringCellValue());
            case BOOLEAN:
                return RosterCell.text(c.getBooleanCellValue() ? "TRUE" : "FALSE");
            case NUMERIC:
                double v = c.getNumericCellValue();
                if (DateUtil.isCellDateFormatted(c)) {
                    LocalDateTime dt = c.getLocalDateTimeCellValue();
                    return dt == null ? RosterCell.EMPTY
                            : new RosterCell(dt.toLocalDate().toString(), RosterCell.Kind.DATE);
                }
                // As the sheet shows it when that is plain digits (a "0000000000" format keeps an NISN's zeros);
                // otherwise the number itself, never Excel's 8.12346E+10.
                String shown = formatter.formatRawCellContents(v, c.getCellStyle().getDataFormat(),
                        c.getCellStyle().getDataFormatString());
                return new RosterCell(shown.matches("\\d+") ? shown : plain(v), RosterCell.Kind.NUMBER);
            default:
                return RosterCell.EMPTY;
        }
    }

    private static String plain(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return "";
        }
        BigDecimal d = BigDecimal.valueOf(v);
        return v == Math.rint(v) ? d.toBigInteger().toString() : d.stripTrailingZeros().toPlainString();
    }

    private static int firstIndexAtOrAfter(List<Integer> sheetRows, int row) {
        for (int i = 0; i < sheetRows.size(); i++) {
            if (sheetRows.get(i) >= row) {
                return i;
            }
        }
        return -1;
    }

    private static int lastIndexAtOrBefore(List<Integer> sheetRows, int row) {
        int found = -1;
        for (int i = 0; i < sheetRows.size() && sheetRows.get(i) <= row; i++) {
            found = i;
        }
        return found;
    }

    /**
     * Counts what the archive unpacks to before POI builds anything from it, and tells an OpenDocument file or a
     * plain zip archive from an Office file.
     */
    private static void checkArchive(Path file, String name) {
        long total = 0;
        boolean office = false;
        String odfType = null;
        byte[] buffer = new byte[64 * 1024];
        try (ZipFile zip = new ZipFile(file.toFile())) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                if (entry.getName().equals("[Content_Types].xml")) {
                    office = true;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    if (entry.getName().equals("mimetype")) {
                        odfType = new String(in.readNBytes(200), StandardCharsets.US_ASCII);
                    }
                    int n;
                    while ((n = in.read(buffer)) > 0) {
                        total += n;
                        if (total > MAX_UNPACKED_BYTES) {
                            throw new ValidationException("roster.file.unpackedTooLarge", name);
                        }
                    }
                }
            }
        } catch (ZipException e) {
            throw new ValidationException("roster.file.corrupt", name);
        } catch (IOException e) {
            throw new ValidationException("roster.file.corrupt", name);
        }
        if (!office) {
            if (odfType != null && odfType.contains("opendocument.spreadsheet")) {
                throw RosterFiles.oldFormat(name, RosterFormat.ODS);
            }
            if (odfType != null && odfType.contains("opendocument.presentation")) {
                throw RosterFiles.notRoster(name, RosterFormat.PRESENTATION);
            }
            if (odfType != null && odfType.contains("opendocument")) {
                throw RosterFiles.notRoster(name, RosterFormat.DOCUMENT);
            }
            throw RosterFiles.notRoster(name, RosterFormat.ZIP);
        }
    }

    /** A .docx or .pptx renamed to .xlsx is named as what it is. */
    private static void checkIsWorkbook(OPCPackage pkg, String name) {
        PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
        PackagePart main = rels.size() == 0 ? null : pkg.getPart(rels.getRelationship(0));
        String type = main == null ? "" : main.getContentType();
        if (type.contains("wordprocessingml")) {
            throw RosterFiles.notRoster(name, RosterFormat.DOCUMENT);
        }
        if (type.contains("presentationml")) {
            throw RosterFiles.notRoster(name, RosterFormat.PRESENTATION);
        }
        if (!type.contains("spreadsheetml") && !type.contains("ms-excel")) {
            throw new ValidationException("roster.file.corrupt", name);
        }
    }
}
