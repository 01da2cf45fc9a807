package id.kantibekisah.db;

import id.kantibekisah.common.Dates;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;

/** One result row, read by column name with the conversions the schema uses (ISO dates, UTC instants, enum codes). */
public final class Row {
    private final ResultSet rs;

    Row(ResultSet rs) {
        this.rs = rs;
    }

    public String str(String column) throws SQLException {
        return rs.getString(column);
    }

    public long lng(String column) throws SQLException {
        return rs.getLong(column);
    }

    public int integer(String column) throws SQLException {
        return rs.getInt(column);
    }

    /** A nullable integer column. */
    public Long lngOrNull(String column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** A nullable real column (averages, medians). */
    public Double dblOrNull(String column) throws SQLException {
        double v = rs.getDouble(column);
        return rs.wasNull() ? null : v;
    }

    public boolean bool(String column) throws SQLException {
        return rs.getInt(column) != 0;
    }

    public LocalDate date(String column) throws SQLException {
        return Dates.parseDate(rs.getString(column));
    }

    public Instant instant(String column) throws SQLException {
        return Dates.parseInstant(rs.getString(column));
    }

    public <E extends Enum<E>> E enumOf(Class<E> type, String column) throws SQLException {
        String code = rs.getString(column);
        return code == null ? null : Enum.valueOf(type, code);
    }
}
