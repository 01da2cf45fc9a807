package id.kantibekisah.db;

import java.sql.SQLException;

@FunctionalInterface
public interface RowCallback {
    /** Handles one row; returns false to stop reading. */
    boolean accept(Row row) throws SQLException;
}
