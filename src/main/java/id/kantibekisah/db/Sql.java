package id.kantibekisah.db;

import id.kantibekisah.common.Dates;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Query, map and update over the connection of the current transaction. Parameters are always bound, never
 * concatenated; dates, instants, enums and booleans are converted the way the schema stores them.
 */
public final class Sql {
    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    public <T> List<T> list(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            Row row = new Row(rs);
            while (rs.next()) {
                out.add(mapper.map(row));
            }
            return out;
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    public <T> Optional<T> one(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(mapper.map(new Row(rs))) : Optional.empty();
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    /** Streams rows to {@code callback} until it returns false; for walks too long to hold in memory. */
    public void forEach(String sql, RowCallback callback, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            Row row = new Row(rs);
            while (rs.next() && callback.accept(row)) {
                // keep going
            }
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    /** The first column of the first row as a long; 0 when there is no row or it is NULL. */
    public long longValue(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0L;
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    public Optional<String> string(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.ofNullable(rs.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    /** Runs an INSERT and returns the new row's id. */
    public long insert(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            ps.executeUpdate();
        } catch (SQLException e) {
            throw Database.translate(e);
        }
        return longValue("SELECT last_insert_rowid()");
    }

    public int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    /** Runs the same statement once per parameter row, in the current transaction. */
    public void batch(String sql, List<Object[]> rows) {
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            for (Object[] params : rows) {
                bind(ps, params);
                ps.addBatch();
            }
            ps.executeBatch();
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    /** Runs a script of one or more statements without parameters (migrations, pragmas). */
    public void execute(String script) {
        try (Statement st = connection.createStatement()) {
            st.executeUpdate(script);
        } catch (SQLException e) {
            throw Database.translate(e);
        }
    }

    private PreparedStatement prepare(String sql, Object[] params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            bind(ps, params);
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    static void bind(PreparedStatement ps, Object[] params) throws SQLException {
        for (int i = 0; i < params.length; i++) {
            int index = i + 1;
            Object p = params[i];
            if (p == null) {
                ps.setNull(index, Types.NULL);
            } else if (p instanceof String s) {
                ps.setString(index, s);
            } else if (p instanceof Integer n) {
                ps.setInt(index, n);
            } else if (p instanceof Long n) {
                ps.setLong(index, n);
            } else if (p instanceof Boolean b) {
                ps.setInt(index, b ? 1 : 0);
            } else if (p instanceof Double d) {
                ps.setDouble(index, d);
            } else if (p instanceof LocalDate d) {
                ps.setString(index, d.toString());
            } else if (p instanceof LocalTime t) {
                ps.setString(index, t.toString());
            } else if (p instanceof Instant t) {
                ps.setString(index, Dates.instant(t));
            } else if (p instanceof Enum<?> e) {
                ps.setString(index, e.name());
            } else if (p instanceof byte[] bytes) {
                ps.setBytes(index, bytes);
            } else {
                throw new IllegalArgumentException("Unsupported SQL parameter type: " + p.getClass().getName());
            }
        }
    }
}
