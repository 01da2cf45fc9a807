package id.kantibekisah.reports;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The term report workbook's cell styles, made once per workbook. No printed text is smaller than
 * {@link #SMALLEST_POINTS}: with the pages scaled to at least {@link WorkbookFrame#MIN_SCALE} percent, nothing on
 * paper is below 8 points.
 */
final class WorkbookStyles {
    /** The smallest font of any style. */
    static final int SMALLEST_POINTS = 10;
    static final byte[] TEAL = {(byte) 0x0f, (byte) 0x76, (byte) 0x6e};
    static final byte[] TEAL_SOFT = {(byte) 0xe6, (byte) 0xf4, (byte) 0xf1};
    static final byte[] GREY = {(byte) 0x57, (byte) 0x60, (byte) 0x6a};
    static final byte[] RED = {(byte) 0xb4, (byte) 0x23, (byte) 0x18};
    static final byte[] BORDER = {(byte) 0xb8, (byte) 0xc4, (byte) 0xc2};

    final XSSFCellStyle title;
    final XSSFCellStyle subtitle;
    final XSSFCellStyle meta;
    final XSSFCellStyle modeNote;
    final XSSFCellStyle modeFull;
    final XSSFCellStyle section;
    final XSSFCellStyle header;
    final XSSFCellStyle headerRight;
    final XSSFCellStyle headerCenter;
    final XSSFCellStyle text;
    final XSSFCellStyle wrap;
    final XSSFCellStyle center;
    final XSSFCellStyle none;
    final XSSFCellStyle number;
    final XSSFCellStyle listNumber;
    final XSSFCellStyle share;
    final XSSFCellStyle days;
    final XSSFCellStyle change;
    final XSSFCellStyle changeDecimal;
    final XSSFCellStyle date;
    final XSSFCellStyle totalLabel;
    final XSSFCellStyle totalNumber;
    final XSSFCellStyle totalShare;
    final XSSFCellStyle note;
    final XSSFCellStyle sign;
    final XSSFCellStyle signName;
    private final XSSFWorkbook wb;
    private final Map<CellStyle, CellStyle> quoted = new HashMap<>();

    WorkbookStyles(XSSFWorkbook wb) {
        this.wb = wb;
        XSSFFont base = wb.getFontAt(0);
        base.setFontName("Arial");
        base.setFontHeightInPoints((short) 10);
        short dates = wb.createDataFormat().getFormat("dd/mm/yyyy");
        title = plain(wb, font(wb, 14, true, false, null));
        subtitle = plain(wb, font(wb, 11, true, false, TEAL));
        meta = plain(wb, font(wb, 10, false, false, GREY));
        modeNote = plain(wb, font(wb, 10, false, true, GREY));
        modeFull = plain(wb, font(wb, 10, true, false, RED));
        section = plain(wb, font(wb, 10, true, false, TEAL));
        section.setBorderBottom(BorderStyle.MEDIUM);
        section.setBottomBorderColor(new XSSFColor(TEAL));
        section.setVerticalAlignment(VerticalAlignment.BOTTOM);
        section.setWrapText(true);
        header = cell(wb, font(wb, 10, true, false, null));
        header.setFillForegroundColor(new XSSFColor(TEAL_SOFT));
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        header.setWrapText(true);
        header.setVerticalAlignment(VerticalAlignment.CENTER);
        headerRight = copy(wb, header);
        headerRight.setAlignment(HorizontalAlignment.RIGHT);
        headerCenter = copy(wb, header);
        headerCenter.setAlignment(HorizontalAlignment.CENTER);
        text = cell(wb, null);
        wrap = copy(wb, text);
        wrap.setWrapText(true);
        center = copy(wb, text);
        center.setAlignment(HorizontalAlignment.CENTER);
        none = copy(wb, text);
        none.setAlignment(HorizontalAlignment.RIGHT);
        number = numeric(wb, text, "#,##0");
        listNumber = numeric(wb, text, "0");
        share = numeric(wb, text, "0%");
        days = numeric(wb, text, "0.0");
        change = numeric(wb, text, "+#,##0;-#,##0;0");
        changeDecimal = numeric(wb, text, "+0.0;-0.0;0.0");
        date = copy(wb, text);
        date.setDataFormat(dates);
        date.setAlignment(HorizontalAlignment.CENTER);
        XSSFFont bold = font(wb, 10, true, false, null);
        totalLabel = copy(wb, text);
        totalLabel.setFont(bold);
        totalLabel.setBorderTop(BorderStyle.MEDIUM);
        totalNumber = copy(wb, number);
        totalNumber.setFont(bold);
        totalNumber.setBorderTop(BorderStyle.MEDIUM);
        totalShare = copy(wb, share);
        totalShare.setFont(bold);
        totalShare.setBorderTop(BorderStyle.MEDIUM);
        note = plain(wb, font(wb, 10, false, true, GREY));
        note.setWrapText(true);
        note.setVerticalAlignment(VerticalAlignment.TOP);
        sign = plain(wb, null);
        signName = plain(wb, font(wb, 10, true, false, null));
        signName.getFont().setUnderline(Font.U_SINGLE);
    }

    /** The same look with the quote prefix; one per style, made when first needed. */
    CellStyle quoted(CellStyle style) {
        return quoted.computeIfAbsent(style, k -> {
            XSSFCellStyle q = wb.createCellStyle();
            q.cloneStyleFrom(k);
            q.setQuotePrefixed(true);
            return q;
        });
    }

    private static XSSFFont font(XSSFWorkbook wb, int size, boolean bold, boolean italic, byte[] rgb) {
        XSSFFont f = wb.createFont();
        f.setFontName("Arial");
        f.setFontHeightInPoints((short) size);
        f.setBold(bold);
        f.setItalic(italic);
        if (rgb != null) {
            f.setColor(new XSSFColor(rgb));
        }
        return f;
    }

    private static XSSFCellStyle plain(XSSFWorkbook wb, XSSFFont font) {
        XSSFCellStyle s = wb.createCellStyle();
        if (font != null) {
            s.setFont(font);
        }
        s.setVerticalAlignment(VerticalAlignment.CENTER);
        return s;
    }

    private static XSSFCellStyle cell(XSSFWorkbook wb, XSSFFont font) {
        XSSFCellStyle s = plain(wb, font);
        s.setVerticalAlignment(VerticalAlignment.TOP);
        for (var side : List.<java.util.function.Consumer<BorderStyle>>of(s::setBorderTop, s::setBorderBottom,
                s::setBorderLeft, s::setBorderRight)) {
            side.accept(BorderStyle.THIN);
        }
        XSSFColor border = new XSSFColor(BORDER);
        s.setTopBorderColor(border);
        s.setBottomBorderColor(border);
        s.setLeftBorderColor(border);
        s.setRightBorderColor(border);
        return s;
    }

    private static XSSFCellStyle copy(XSSFWorkbook wb, XSSFCellStyle from) {
        XSSFCellStyle s = wb.createCellStyle();
        s.cloneStyleFrom(from);
        return s;
    }

    private static XSSFCellStyle numeric(XSSFWorkbook wb, XSSFCellStyle from, String format) {
        XSSFCellStyle s = copy(wb, from);
        s.setDataFormat(wb.createDataFormat().getFormat(format));
        s.setAlignment(HorizontalAlignment.RIGHT);
        return s;
    }
}
