package id.kantibekisah.students;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

/** Builds the spreadsheets the roster tests import, with POI, the way Excel and Dapodik write them. */
public final class Workbooks {
    private Workbooks() {
    }

    public static Path write(Path file, Consumer<XSSFWorkbook> content) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(file)) {
            content.accept(wb);
            wb.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return file;
    }

    /**
     * Writes one row: a String is a text cell, a Number a numeric cell, a LocalDate an Excel date shown as
     * dd/mm/yyyy, a {@link Formatted} a number with a format; null leaves the cell out.
     */
    public static Row row(Sheet sheet, int rowNumber, Object... values) {
        Row row = sheet.createRow(rowNumber - 1);
        for (int c = 0; c < values.length; c++) {
            Object v = values[c];
            if (v == null) {
                continue;
            }
            Cell cell = row.createCell(c);
            if (v instanceof String s) {
                cell.setCellValue(s);
            } else if (v instanceof Number n) {
                cell.setCellValue(n.doubleValue());
            } else if (v instanceof LocalDate d) {
                cell.setCellValue(d);
                cell.setCellStyle(style(sheet, "dd/mm/yyyy"));
            } else if (v instanceof Formatted f) {
                cell.setCellValue(f.value());
                cell.setCellStyle(style(sheet, f.format()));
            } else {
                throw new IllegalArgumentException(String.valueOf(v));
            }
        }
        return row;
    }

    /** A number shown with an Excel number format, e.g. {@code 0000000000}. */
    public record Formatted(double value, String format) {
    }

    public static void merge(Sheet sheet, String range) {
        sheet.addMergedRegion(CellRangeAddress.valueOf(range));
    }

    private static CellStyle style(Sheet sheet, String format) {
        CellStyle s = sheet.getWorkbook().createCellStyle();
        s.setDataFormat(sheet.getWorkbook().createDataFormat().getFormat(format));
        return s;
    }
}
