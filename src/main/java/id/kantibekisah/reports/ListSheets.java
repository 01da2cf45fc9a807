package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Labeled;
import id.kantibekisah.common.Messages;
import id.kantibekisah.reports.ReportExport.CaseRow;
import id.kantibekisah.reports.ReportExport.FollowUpRow;
import id.kantibekisah.reports.ReportExport.Party;
import id.kantibekisah.reports.ReportExport.ReferralRow;
import id.kantibekisah.reports.ReportExport.SessionRow;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The list sheets: {@code Daftar Kasus} (in the full version followed by {@code Uraian Kasus} with the NISN and the
 * narratives,
 * so that neither needs more columns than a landscape page holds at 80 %), {@code Layanan}, {@code Rujukan} and
 * {@code Tindak Lanjut}. Rows are streamed. Every column's width is fixed before the first row: wide enough for its
 * header's longest word, the text columns shrunk together when the sheet would not fit the page; text wraps and
 * every row is as tall as its longest text needs, so nothing is cut off.
 */
final class ListSheets {
    /** One column of a list sheet: header, width, how its cells look, and its value. */
    private record Column<T>(String header, int width, Kind kind, Function<T, Object> value, int minWidth) {
        enum Kind { WRAP, CENTER, DATE, NUMBER }

        Column<T> withWidth(int w) {
            return new Column<>(header, w, kind, value, minWidth);
        }

        /** Never narrower than the longest word of these labels, so no label is broken mid-word. */
        Column<T> fitting(List<String> labels) {
            int min = 0;
            for (String l : labels) {
                for (String word : l.split("[\\s\u200B]+")) {
                    min = Math.max(min, TextFit.widthFor(word, TextFit.REGULAR));
                }
            }
            return new Column<>(header, Math.max(width, min), kind, value, min);
        }
    }

    /** A line may break after a slash ("sosial/relasional"): a zero-width space marks the place. */
    private static final String SLASH_BREAK = "/\u200B";

    private static final int NUMBER_WIDTH = 4;
    /** The narrowest a wrapping column is shrunk to. */
    private static final int MIN_WRAP = 10;

    private final Messages m;
    private final WorkbookStyles st;
    private final WorkbookFrame frame;
    /**
     * The lists' repeated texts (labels, states), each formatted once: {@link Messages} builds a
     * {@link java.text.MessageFormat} per call, which costs more than writing the cell itself.
     */
    private final Map<Object, String> texts = new HashMap<>();

    ListSheets(Messages m, WorkbookStyles st, WorkbookFrame frame) {
        this.m = m;
        this.st = st;
        this.frame = frame;
    }

    void write(SXSSFWorkbook wb, ReportExport data, Runnable tick) {
        caseList(wb, data, tick);
        sessionList(wb, data, tick);
        referralList(wb, data, tick);
        followUpList(wb, data, tick);
    }

    private <T> Column<T> col(String key, int width, Column.Kind kind, Function<T, Object> value) {
        return new Column<>(m.get(key), width, kind, value, 0);
    }

    private <T, E extends Enum<E> & Labeled> Column<T> labels(Column<T> column, Class<E> type) {
        return column.fitting(java.util.Arrays.stream(type.getEnumConstants()).map(this::label).toList());
    }

    private void caseList(SXSSFWorkbook wb, ReportExport data, Runnable tick) {
        boolean full = data.mode() == ExportMode.FULL;
        List<Column<CaseRow>> cols = new ArrayList<>();
        cols.add(col("report.list.code", 12, Column.Kind.CENTER, CaseRow::code));
        cols.add(col("report.list.opened", 10, Column.Kind.DATE, CaseRow::openedOn));
        cols.add(col("report.list.reviewed", 10, Column.Kind.DATE, CaseRow::reviewedOn));
        cols.add(col("report.list.closed", 10, Column.Kind.DATE, CaseRow::closedOn));
        cols.add(col("report.list.days", 6, Column.Kind.NUMBER, CaseRow::daysToClose));
        cols.add(col("report.list.students", 28, Column.Kind.WRAP, c -> parties(c.parties())));
        cols.add(col("report.list.class", 6, Column.Kind.CENTER, CaseRow::className));
        cols.add(labels(col("report.list.category", 20, Column.Kind.WRAP, c -> label(c.category())),
                id.kantibekisah.cases.Category.class));
        cols.add(col("report.list.risk", 8, Column.Kind.CENTER, c -> label(c.risk())));
        cols.add(labels(col("report.list.status", 14, Column.Kind.WRAP, c -> label(c.status())), CaseStatus.class));
        cols.add(col("report.list.counselor", 18, Column.Kind.WRAP, c -> orDash(c.counselor(), c.status())));
        cols.add(col("report.list.sessions", 7, Column.Kind.NUMBER, CaseRow::sessions));
        cols.add(col("report.list.referrals", 24, Column.Kind.WRAP, c -> referrals(c.referrals())));
        list(wb, data, once("report.sheet.cases"), cols, data.cases(), tick);
        if (full) {
            List<Column<CaseRow>> texts = new ArrayList<>();
            texts.add(col("report.list.code", 12, Column.Kind.CENTER, CaseRow::code));
            texts.add(col("report.list.nisn", 11, Column.Kind.WRAP, c -> nisn(c.parties())));
            texts.add(col("report.list.description", 60, Column.Kind.WRAP, CaseRow::description));
            texts.add(col("report.list.recommendation", 45, Column.Kind.WRAP, CaseRow::recommendation));
            texts.add(col("report.list.outcome", 50, Column.Kind.WRAP, CaseRow::outcome));
            list(wb, data, once("report.sheet.caseTexts"), texts, data.cases(), () -> { });
        }
    }

    private void sessionList(SXSSFWorkbook wb, ReportExport data, Runnable tick) {
        boolean full = data.mode() == ExportMode.FULL;
        List<Column<SessionRow>> cols = new ArrayList<>();
        cols.add(col("report.list.date", 10, Column.Kind.DATE, SessionRow::heldOn));
        cols.add(col("report.list.code", 12, Column.Kind.CENTER, SessionRow::caseCode));
        cols.add(col("report.list.class", 6, Column.Kind.CENTER, s -> ReportExport.classOf(s.parties())));
        cols.add(col("report.list.students", 30, Column.Kind.WRAP, s -> parties(s.parties())));
        cols.add(labels(col("report.list.sessionKind", 20, Column.Kind.WRAP, s -> label(s.kind())),
                id.kantibekisah.cases.SessionKind.class));
        cols.add(col("report.list.counselor", 20, Column.Kind.WRAP, SessionRow::counselor));
        if (full) {
            cols.add(col("report.list.notes", 50, Column.Kind.WRAP, SessionRow::notes));
            cols.add(col("report.list.nextStep", 34, Column.Kind.WRAP, SessionRow::nextStep));
        }
        list(wb, data, once("report.sheet.sessions"), cols, data.sessions(), tick);
    }

    private void referralList(SXSSFWorkbook wb, ReportExport data, Runnable tick) {
        boolean full = data.mode() == ExportMode.FULL;
        List<Column<ReferralRow>> cols = new ArrayList<>();
        cols.add(col("report.list.date", 10, Column.Kind.DATE, ReferralRow::referredOn));
        cols.add(col("report.list.code", 12, Column.Kind.CENTER, ReferralRow::caseCode));
        cols.add(col("report.list.class", 6, Column.Kind.CENTER, r -> ReportExport.classOf(r.parties())));
        cols.add(col("report.list.students", 28, Column.Kind.WRAP, r -> parties(r.parties())));
        cols.add(labels(col("report.list.destination", 22, Column.Kind.WRAP, r -> label(r.destination())),
                id.kantibekisah.cases.ReferralDestination.class));
        cols.add(col("report.list.where", 12, Column.Kind.WRAP, r -> once(r.destination().internal()
                ? "report.list.internal" : "report.list.external")));
        cols.add(col("report.list.referredBy", 20, Column.Kind.WRAP, ReferralRow::referredBy));
        cols.add(col("report.list.acknowledged", 12, Column.Kind.DATE, ReferralRow::acknowledgedOn));
        cols.add(col("report.list.outcomeOn", 10, Column.Kind.DATE, ReferralRow::outcomeOn));
        if (full) {
            cols.add(col("report.list.reason", 36, Column.Kind.WRAP, ReferralRow::reason));
            cols.add(col("report.list.referralOutcome", 36, Column.Kind.WRAP, ReferralRow::outcome));
            cols.add(col("report.list.acknowledgement", 30, Column.Kind.WRAP, ReferralRow::acknowledgement));
        }
        list(wb, data, once("report.sheet.referrals"), cols, data.referrals(), tick);
    }

    private void followUpList(SXSSFWorkbook wb, ReportExport data, Runnable tick) {
        boolean full = data.mode() == ExportMode.FULL;
        LocalDate asOf = data.figures().asOf();
        List<Column<FollowUpRow>> cols = new ArrayList<>();
        cols.add(col("report.list.due", 10, Column.Kind.DATE, FollowUpRow::dueOn));
        cols.add(col("report.list.code", 12, Column.Kind.CENTER, FollowUpRow::caseCode));
        cols.add(col("report.list.class", 6, Column.Kind.CENTER, f -> ReportExport.classOf(f.parties())));
        cols.add(col("report.list.assignee", 22, Column.Kind.WRAP, FollowUpRow::assignee));
        cols.add(col("report.list.done", 10, Column.Kind.DATE, FollowUpRow::doneOn));
        cols.add(col("report.list.state", 30, Column.Kind.WRAP, f -> followUpState(f, asOf)));
        if (full) {
            cols.add(col("report.list.task", 44, Column.Kind.WRAP, FollowUpRow::description));
            cols.add(col("report.list.doneNote", 36, Column.Kind.WRAP, FollowUpRow::doneNote));
        }
        list(wb, data, once("report.sheet.followUps"), cols, data.followUps(), tick);
    }

    private String followUpState(FollowUpRow f, LocalDate asOf) {
        if (f.cancelled()) {
            return once("report.followUp.cancelled");
        }
        if (f.doneOn() != null) {
            long late = ChronoUnit.DAYS.between(f.dueOn(), f.doneOn());
            return late <= 0 ? once("report.followUp.onTime") : once("report.list.doneLate", late);
        }
        long overdue = ChronoUnit.DAYS.between(f.dueOn(), asOf);
        return overdue > 0 ? once("report.list.overdueBy", overdue) : once("report.followUp.pending");
    }

    /**
     * The columns as they will be: every one at least as wide as its header's longest word, then the wrapping
     * ones shrunk in proportion (not below {@link #MIN_WRAP}) until the sheet fits a landscape page at 80 %.
     */
    private static <T> List<Column<T>> fitted(List<Column<T>> cols) {
        List<Column<T>> out = new ArrayList<>();
        for (Column<T> c : cols) {
            out.add(c.withWidth(Math.max(c.width(), TextFit.widthFor(TextFit.longestWord(c.header()), TextFit.BOLD))));
        }
        double budget = WorkbookFrame.widthBudget(true) - (NUMBER_WIDTH + 1.5);
        double fixed = 0;
        double wrapping = 0;
        for (Column<T> c : out) {
            if (c.kind() == Column.Kind.WRAP) {
                wrapping += c.width() + 1.5;
            } else {
                fixed += c.width() + 1.5;
            }
        }
        if (fixed + wrapping <= budget) {
            return out;
        }
        double factor = (budget - fixed) / wrapping;
        List<Column<T>> shrunk = new ArrayList<>();
        for (Column<T> c : out) {
            int min = Math.max(Math.max(MIN_WRAP, c.minWidth()),
                    TextFit.widthFor(TextFit.longestWord(c.header()), TextFit.BOLD));
            shrunk.add(c.kind() != Column.Kind.WRAP ? c
                    : c.withWidth(Math.max(min, (int) Math.floor((c.width() + 1.5) * factor - 1.5))));
        }
        // Still too wide at the words' minimums (a language with long words): the widest text column gives way,
        // down to MIN_WRAP, since text smaller than 8 points on paper is worse than a word broken in two.
        while (total(shrunk) > budget) {
            int widest = -1;
            for (int i = 0; i < shrunk.size(); i++) {
                Column<T> c = shrunk.get(i);
                if (c.kind() == Column.Kind.WRAP && c.width() > MIN_WRAP
                        && (widest < 0 || c.width() > shrunk.get(widest).width())) {
                    widest = i;
                }
            }
            if (widest < 0) {
                break;
            }
            shrunk.set(widest, shrunk.get(widest).withWidth(shrunk.get(widest).width() - 1));
        }
        return shrunk;
    }

    private static <T> double total(List<Column<T>> cols) {
        return cols.stream().mapToDouble(c -> c.width() + 1.5).sum();
    }

    /** A list sheet: title rows, a header row with a filter, one row per item, streamed. */
    private <T> void list(SXSSFWorkbook wb, ReportExport data, String name, List<Column<T>> requested,
                          List<T> items, Runnable tick) {
        List<Column<T>> cols = fitted(requested);
        SXSSFSheet sheet = wb.createSheet(name);
        int width = cols.size() + 1;
        sheet.setColumnWidth(0, (NUMBER_WIDTH + 1) * 256 + 128);
        for (int c = 0; c < cols.size(); c++) {
            sheet.setColumnWidth(c + 1, (cols.get(c).width() + 1) * 256 + 128);
        }
        frame.titleRows(sheet, data, name, width);
        int headerRow = WorkbookFrame.TITLE_ROWS;
        Row header = sheet.createRow(headerRow);
        frame.text(header.createCell(0), m.get("report.list.number"), st.headerCenter);
        int headerLines = 1;
        for (int c = 0; c < cols.size(); c++) {
            Column<T> column = cols.get(c);
            frame.text(header.createCell(c + 1), column.header(),
                    column.kind() == Column.Kind.NUMBER ? st.headerRight : st.header);
            headerLines = Math.max(headerLines, TextFit.lines(column.header(), column.width() + 1, TextFit.BOLD));
        }
        header.setHeightInPoints(TextFit.rowPoints(headerLines));
        int r = headerRow + 1;
        for (T item : items) {
            Row x = sheet.createRow(r);
            Cell number = x.createCell(0);
            number.setCellValue(r - headerRow);
            number.setCellStyle(st.listNumber);
            int lines = 1;
            for (int c = 0; c < cols.size(); c++) {
                Column<T> column = cols.get(c);
                Object v = column.value().apply(item);
                listCell(x.createCell(c + 1), v, column.kind());
                if (column.kind() == Column.Kind.WRAP) {
                    lines = Math.max(lines, TextFit.lines(v, column.width() + 1, TextFit.REGULAR));
                }
            }
            x.setHeightInPoints(TextFit.rowPoints(lines));
            r++;
            tick.run();
        }
        if (items.isEmpty()) {
            Row x = sheet.createRow(r);
            frame.text(x.createCell(0), m.get("report.list.empty"), st.note);
            sheet.addMergedRegion(new CellRangeAddress(r, r, 0, width - 1));
        }
        sheet.createFreezePane(2, headerRow + 1);
        sheet.setAutoFilter(new CellRangeAddress(headerRow, Math.max(headerRow, r - (items.isEmpty() ? 0 : 1)), 0,
                width - 1));
        sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
        frame.pageSetup(sheet, data, true, width - 1);
    }

    private void listCell(Cell cell, Object v, Column.Kind kind) {
        if (v == null) {
            cell.setCellStyle(kind == Column.Kind.WRAP ? st.wrap : st.text);
        } else if (v instanceof LocalDate d) {
            cell.setCellValue(d);
            cell.setCellStyle(st.date);
        } else if (v instanceof Number n) {
            cell.setCellValue(n.doubleValue());
            cell.setCellStyle(st.listNumber);
        } else {
            frame.text(cell, v.toString(), kind == Column.Kind.WRAP ? st.wrap : st.center);
        }
    }

    private String label(Labeled value) {
        return value == null ? "" : texts.computeIfAbsent(value, v -> m.label(value).replace("/", SLASH_BREAK));
    }

    private String once(String key) {
        return texts.computeIfAbsent(key, k -> m.get(key));
    }

    private String once(String key, long n) {
        return texts.computeIfAbsent(List.of(key, n), k -> m.get(key, n));
    }

    private String orDash(String counselor, CaseStatus status) {
        return counselor != null ? counselor : status == CaseStatus.NEW ? once("report.list.unassigned") : "";
    }

    private String parties(List<Party> parties) {
        String primaryClass = ReportExport.classOf(parties);
        return parties.stream().map(p -> p.name() + " (" + label(p.role())
                        + (p.className().equals(primaryClass) ? "" : ", " + p.className()) + ")")
                .collect(Collectors.joining("; "));
    }

    private static String nisn(List<Party> parties) {
        return parties.stream().map(p -> p.nisn() == null ? "" : p.nisn()).collect(Collectors.joining("; "));
    }

    private String referrals(List<ReportExport.ReferralBrief> referrals) {
        return referrals.stream().map(r -> label(r.destination()) + " (" + Dates.formatShort(r.on()) + ")")
                .collect(Collectors.joining("; "));
    }
}
