package id.kantibekisah.bench;

import id.kantibekisah.access.Actor;
import id.kantibekisah.common.Messages;
import id.kantibekisah.common.Progress;
import id.kantibekisah.reports.ExportMode;
import id.kantibekisah.reports.ExportParts;
import id.kantibekisah.reports.ExportResult;
import id.kantibekisah.reports.ReportPeriod;
import id.kantibekisah.security.PasswordHasher;
import id.kantibekisah.terms.Term;
import id.kantibekisah.wiring.AppServices;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The term report export of one term of about 10,000 cases (the full version: names, NISN, narratives), through
 * {@link id.kantibekisah.reports.ReportService#exportWorkbook} as the window and {@code export-report} call it:
 * reading the term from the database, the summary sheet with its charts, the four lists, the audit row.
 *
 * <p>The floor is raw POI streaming ({@link SXSSFWorkbook}, default window) writing the same cells (same sheets,
 * rows, columns, values; numbers as numbers, dates as dates) with one plain style per kind, from values already in
 * memory: what writing that workbook costs at the least. The cells are read back from the program's own file, so
 * the two always write the same content. The floor reads nothing from the database; the two halves of the export
 * (reading, writing) are also timed apart ({@link ExportParts}), so the writing alone can be set against it.
 */
final class ExportBench {
    /** The term of the benchmark data closest to 10,000 cases (2025/2026 Ganjil: 10,077). */
    static final String TERM = "2025/2026-1";

    private ExportBench() {
    }

    static void run(Path data, Path folder, Figures figures) throws Exception {
        int rounds = Integer.getInteger("bench.exportRounds", 3);
        Path db = BenchData.copy(data, folder.resolve("export.db"));
        Path file = folder.resolve("export.xlsx");
        double[] ms = new double[rounds];
        double[] collectMs = new double[rounds];
        double[] writeMs = new double[rounds];
        double peak = 0;
        double peakOld = 0;
        ExportResult result = null;
        try (AppServices s = AppServices.open(db, BenchData.clock(), new PasswordHasher(1024, 1))) {
            Actor counselor = s.users().login("bk.1", BenchData.PASSWORD);
            Term term = s.terms().byCode(TERM);
            ReportPeriod period = ReportPeriod.of(term);
            Messages messages = Messages.indonesian();
            // One warm-up export (the JIT, POI's classes and schemas), then the measured ones.
            s.reports().exportWorkbook(counselor, period, ExportMode.FULL, file, messages, Progress.NONE);
            for (int i = 0; i < rounds; i++) {
                resetPeaks();
                long start = System.nanoTime();
                result = s.reports().exportWorkbook(counselor, period, ExportMode.FULL, file, messages,
                        Progress.NONE);
                ms[i] = (System.nanoTime() - start) / 1e6;
                peak = Math.max(peak, peakHeapMb(false));
                peakOld = Math.max(peakOld, peakHeapMb(true));
            }
            Path partsFile = folder.resolve("export-parts.xlsx");
            for (int i = 0; i < rounds; i++) {
                double[] t = ExportParts.time(s, counselor, period, ExportMode.FULL, partsFile, messages);
                collectMs[i] = t[0];
                writeMs[i] = t[1];
            }
            Files.deleteIfExists(partsFile);
        }
        figures.note("export: term " + TERM + ", full version: " + result.cases() + " cases, " + result.sessions()
                + " sessions, " + result.referrals() + " referrals, " + result.followUps() + " follow-ups, "
                + Files.size(file) / 1024 + " KB");

        List<SheetCells> cells = readBack(file);
        long cellCount = cells.stream().mapToLong(SheetCells::cellCount).sum();
        Path floorFile = folder.resolve("export-floor.xlsx");
        floor(cells, floorFile);
        double[] floorMs = new double[rounds];
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            floor(cells, floorFile);
            floorMs[i] = (System.nanoTime() - start) / 1e6;
        }
        figures.note("export floor: " + cells.size() + " sheets, " + cellCount + " cells, raw SXSSF");
        double export = Figures.median(ms);
        double floor = Figures.median(floorMs);
        figures.print("export_ms", export, "ms");
        figures.print("export_floor_ms", floor, "ms");
        figures.ratio("export_ratio", export / floor);
        figures.print("export_read_ms", Figures.median(collectMs), "ms");
        figures.print("export_write_ms", Figures.median(writeMs), "ms");
        figures.ratio("export_write_ratio", Figures.median(writeMs) / floor);
        figures.print("export_peak_heap", peak, "MB");
        figures.print("export_peak_old_gen", peakOld, "MB");
        Files.deleteIfExists(floorFile);
    }

    // ---- heap ---------------------------------------------------------------------------------------------

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /**
     * The sum of the heap pools' peaks since the reset (an upper bound: the pools peak at different moments), or
     * only the old generation's (what survived young collections: the data the export holds on to).
     */
    private static double peakHeapMb(boolean oldOnly) {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP && (!oldOnly || pool.getName().contains("Old")
                    || pool.getName().contains("Tenured"))) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024.0 * 1024.0);
    }

    // ---- the floor ----------------------------------------------------------------------------------------

    /** A date cell's value (Excel's serial number), written with a date format. */
    private record DateValue(double serial) {
    }

    private record CellRow(int index, Object[] values) {
    }

    private record SheetCells(String name, List<CellRow> rows) {
        long cellCount() {
            return rows.stream().mapToLong(r -> java.util.Arrays.stream(r.values()).filter(v -> v != null).count())
                    .sum();
        }
    }

    private static void floor(List<SheetCells> sheets, Path file) throws Exception {
        SXSSFWorkbook wb = new SXSSFWorkbook();
        try (OutputStream out = Files.newOutputStream(file)) {
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (SheetCells s : sheets) {
                Sheet sheet = wb.createSheet(s.name());
                for (CellRow r : s.rows()) {
                    Row row = sheet.createRow(r.index());
                    Object[] values = r.values();
                    for (int c = 0; c < values.length; c++) {
                        Object v = values[c];
                        if (v == null) {
                            continue;
                        }
                        Cell cell = row.createCell(c);
                        if (v instanceof String text) {
                            cell.setCellValue(text);
                        } else if (v instanceof Double d) {
                            cell.setCellValue(d);
                        } else if (v instanceof DateValue d) {
                            cell.setCellValue(d.serial());
                            cell.setCellStyle(date);
                        } else if (v instanceof Boolean b) {
                            cell.setCellValue(b);
                        }
                    }
                }
            }
            wb.write(out);
        } finally {
            wb.dispose();
            wb.close();
        }
    }

    /** Every cell of every sheet of {@code file}, streamed with POI's SAX reader. */
    private static List<SheetCells> readBack(Path file) throws Exception {
        List<SheetCells> out = new ArrayList<>();
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream in = it.next()) {
                    CellCollector collector = new CellCollector(strings, styles);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(collector);
                    xml.parse(new InputSource(in));
                    out.add(new SheetCells(it.getSheetName(), collector.rows));
                }
            }
            pkg.revert();
        }
        return out;
    }

    private static final class CellCollector extends DefaultHandler {
        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final List<CellRow> rows = new ArrayList<>();
        private final List<Object> current = new ArrayList<>();
        private final StringBuilder text = new StringBuilder();
        private int rowIndex;
        private int column;
        private String type;
        private int style;
        private boolean inValue;

        CellCollector(ReadOnlySharedStringsTable strings, StylesTable styles) {
            this.strings = strings;
            this.styles = styles;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes a) {
            switch (localName) {
                case "row" -> {
                    rowIndex = Integer.parseInt(a.getValue("r")) - 1;
                    current.clear();
                }
                case "c" -> {
                    column = new CellReference(a.getValue("r")).getCol();
                    type = a.getValue("t");
                    String s = a.getValue("s");
                    style = s == null ? 0 : Integer.parseInt(s);
                    text.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                text.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    Object value = value();
                    while (current.size() <= column) {
                        current.add(null);
                    }
                    current.set(column, value);
                }
                case "row" -> rows.add(new CellRow(rowIndex, current.toArray()));
                default -> {
                }
            }
        }

        private Object value() {
            String raw = text.toString();
            if (type == null || "n".equals(type)) {
                if (raw.isEmpty()) {
                    return null;
                }
                double d = Double.parseDouble(raw);
                XSSFCellStyle s = styles.getStyleAt(style);
                return s != null && DateUtil.isADateFormat(s.getDataFormat(), s.getDataFormatString())
                        ? new DateValue(d) : d;
            }
            return switch (type) {
                case "s" -> strings.getItemAt(Integer.parseInt(raw)).getString();
                case "b" -> "1".equals(raw);
                default -> raw; // inlineStr, str
            };
        }
    }
}
