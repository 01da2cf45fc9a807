package id.kantibekisah.students;

import id.kantibekisah.common.ServiceException;
import id.kantibekisah.common.ValidationException;
import org.apache.poi.ooxml.POIXMLTypeLoader;
import org.apache.poi.openxml4j.exceptions.ODFNotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTSheet;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorkbook;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.STSheetState;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.WorkbookDocument;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

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
 * themselves. The first sheet with a header naming NISN and name columns is the roster ({@link RosterLayout});
 * visible sheets are tried before hidden ones. Numbers, dates and text are kept apart ({@link RosterCell}), so an
 * NISN stored as a number gets its leading zeros back and a birth date works whether it is an Excel date or typed
 * text.
 *
 * <p>Sheets are streamed (POI's SAX event API), never built into a document tree: memory stays bounded by the
 * rows a roster may have, whatever the file claims. A hostile file is refused first: the unpacked size of the
 * whole archive is counted ({@value #MAX_UNPACKED_MB} MB at most), and POI's own zip-bomb checks (inflate ratio,
 * entry count) stay on.
 */
final class XlsxRosterReader {
    static final int MAX_UNPACKED_MB = 60;
    static final long MAX_UNPACKED_BYTES = MAX_UNPACKED_MB * 1024L * 1024;
    /** Columns beyond this are ignored: a roster has a few dozen, Excel allows 16,384. */
    static final int MAX_COLUMNS = 300;
    /** Marks a cell value the {@link TypedFormatter} turned from a number into a number or a date. */
    private static final char NUMBER = '\u0000';
    private static final char DATE = '\u0001';
    private static final Logger LOG = Logger.getLogger(XlsxRosterReader.class.getName());
    /**
     * POI's XML helper logs every parse error it meets (a refused DOCTYPE: an XXE or "billion laughs" file, or a
     * damaged part) before throwing it; the exception is what we handle and turn into the user's message, so the
     * log line would only put {@code SEVERE: DOCTYPE is disallowed ...} on the console. Held here, since the
     * logging framework keeps loggers only weakly.
     */
    private static final Logger POI_XML_ERRORS = Logger.getLogger("org.apache.poi.util.XMLHelper");

    static {
        POI_XML_ERRORS.setLevel(Level.OFF);
    }

    /** A sheet as the workbook lists it. */
    private record SheetEntry(String name, String relationId, boolean hidden) {
    }

    RosterFile read(Path file) {
        String name = file.getFileName().toString();
        checkArchive(file, name);
        OPCPackage pkg = null;
        try {
            pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
            checkIsWorkbook(pkg, name);
            XSSFReader reader = new XSSFReader(pkg);
            CTWorkbook workbook;
            try (InputStream in = reader.getWorkbookData()) {
                workbook = WorkbookDocument.Factory.parse(in, POIXMLTypeLoader.DEFAULT_XML_OPTIONS).getWorkbook();
            }
            boolean date1904 = workbook.isSetWorkbookPr() && workbook.getWorkbookPr().getDate1904();
            StylesTable styles = reader.getStylesTable();
            SharedStrings strings = new ReadOnlySharedStringsTable(pkg, false);
            List<SheetEntry> sheets = new ArrayList<>();
            if (workbook.getSheets() != null) {
                for (CTSheet s : workbook.getSheets().getSheetArray()) {
                    boolean hidden = s.isSetState() && s.getState() != STSheetState.VISIBLE;
                    sheets.add(new SheetEntry(s.getName(), s.getId(), hidden));
                }
            }
            // A roster on a hidden sheet is still found, after the visible ones.
            sheets.sort(java.util.Comparator.comparing(SheetEntry::hidden));
            for (SheetEntry sheet : sheets) {
                RosterTable table;
                try (InputStream in = reader.getSheet(sheet.relationId())) {
                    table = table(in, sheet.name(), styles, strings, date1904, name);
                }
                Optional<RosterFile> roster = RosterLayout.read(table, name);
                if (roster.isPresent()) {
                    return roster.get();
                }
            }
            throw new ValidationException("roster.error.noHeader");
        } catch (ServiceException e) {
            throw e;
        } catch (ODFNotOfficeXmlFileException e) {
            throw RosterFiles.oldFormat(name, RosterFormat.ODS);
        } catch (SAXException e) {
            if (e.getException() instanceof ServiceException se) {
                throw se;
            }
            throw corrupt(name, e);
        } catch (IOException | RuntimeException | OpenXML4JException | XmlException e) {
            if (String.valueOf(e.getMessage()).contains("Zip bomb")) {
                throw new ValidationException("roster.file.unpackedTooLarge", name);
            }
            throw corrupt(name, e);
        } finally {
            if (pkg != null) {
                pkg.revert(); // read-only: close() would try to save it
            }
        }
    }

    private static ValidationException corrupt(String name, Exception e) {
        LOG.log(Level.FINE, "unreadable workbook " + name, e);
        return new ValidationException("roster.file.corrupt", name);
    }

    /** Streams one sheet into a table: its rows that hold something, their numbers, the merges near the top. */
    private static RosterTable table(InputStream sheet, String sheetName, StylesTable styles, SharedStrings strings,
                                     boolean date1904, String fileName) throws IOException, SAXException {
        Collector collector = new Collector(fileName);
        MergeAwareHandler handler = new MergeAwareHandler(styles, strings, collector,
                new TypedFormatter(date1904));
        XMLReader xml;
        try {
            xml = XMLHelper.newXMLReader();
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IOException(e);
        }
        xml.setContentHandler(handler);
        xml.parse(new InputSource(sheet));
        List<RosterTable.Merge> merges = new ArrayList<>();
        List<Integer> sheetRows = collector.sheetRows;
        int lastHeaderRow = sheetRows.isEmpty() ? -1
                : sheetRows.get(Math.min(sheetRows.size(), RosterLayout.HEADER_SCAN_ROWS + 1) - 1);
        for (CellRangeAddress r : handler.merges) {
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
        return new RosterTable(sheetName, collector.rows, collector.numbers, merges);
    }

    /** POI's sheet handler, also noting the merged ranges (which it skips), up to a sane number of them. */
    private static final class MergeAwareHandler extends XSSFSheetXMLHandler {
        private static final int MAX_MERGES = 10_000;
        private final List<CellRangeAddress> merges = new ArrayList<>();

        MergeAwareHandler(StylesTable styles, SharedStrings strings, SheetContentsHandler rows,
                          DataFormatter formatter) {
            super(styles, strings, rows, formatter, false);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes)
                throws SAXException {
            if ("mergeCell".equals(localName) && merges.size() < MAX_MERGES) {
                String ref = attributes.getValue("ref");
                if (ref != null) {
                    try {
                        merges.add(CellRangeAddress.valueOf(ref));
                    } catch (IllegalArgumentException e) {
                        // a malformed range merges nothing
                    }
                }
            }
            super.startElement(uri, localName, qName, attributes);
        }
    }

    /**
     * Gets every number cell from POI's handler and says what it is: a date (as an ISO date) when its format is a
     * date format, otherwise a number, as the sheet shows it when that is plain digits (a "0000000000" format keeps
     * an NISN's zeros), else the number itself, never Excel's 8.12346E+10.
     */
    private static final class TypedFormatter extends DataFormatter {
        private final boolean date1904;

        TypedFormatter(boolean date1904) {
            super(Locale.ROOT);
            this.date1904 = date1904;
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime dt = DateUtil.getLocalDateTime(value, date1904);
                if (dt != null) {
                    return DATE + dt.toLocalDate().toString();
                }
            }
            String shown = super.formatRawCellContents(value, formatIndex, formatString);
            return NUMBER + (shown.matches("\\d+") ? shown : plain(value));
        }
    }

    /** Collects the rows of a sheet that hold something, refusing a sheet far longer than a roster. */
    private static final class Collector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final String fileName;
        private final List<List<RosterCell>> rows = new ArrayList<>();
        private final List<Integer> numbers = new ArrayList<>();
        private final List<Integer> sheetRows = new ArrayList<>();
        private List<RosterCell> row = new ArrayList<>();
        private int nextColumn;

        Collector(String fileName) {
            this.fileName = fileName;
        }

        @Override
        public void startRow(int rowNum) {
            row = new ArrayList<>();
            nextColumn = 0;
        }

        @Override
        public void endRow(int rowNum) {
            int last = row.size() - 1;
            while (last >= 0 && row.get(last).isBlank()) {
                last--;
            }
            if (last < 0) {
                return;
            }
            if (rows.size() >= RosterLayout.MAX_DATA_ROWS + RosterLayout.HEADER_SCAN_ROWS * 2) {
                throw new ValidationException("roster.file.tooManyRows", fileName, RosterLayout.MAX_DATA_ROWS);
            }
            rows.add(List.copyOf(row.subList(0, last + 1)));
            numbers.add(rowNum + 1);
            sheetRows.add(rowNum);
        }

        @Override
        public void cell(String reference, String value, XSSFComment comment) {
            int column = reference == null ? nextColumn : new CellReference(reference).getCol();
            nextColumn = column + 1;
            if (column >= MAX_COLUMNS || value == null || value.isEmpty()) {
                return;
            }
            while (row.size() < column) {
                row.add(RosterCell.EMPTY);
            }
            RosterCell cell = switch (value.charAt(0)) {
                case NUMBER -> new RosterCell(value.substring(1), RosterCell.Kind.NUMBER);
                case DATE -> new RosterCell(value.substring(1), RosterCell.Kind.DATE);
                default -> value.startsWith("ERROR:") ? RosterCell.EMPTY : RosterCell.text(value);
            };
            if (row.size() == column) {
                row.add(cell);
            } else {
                row.set(column, cell);
            }
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
