package id.kantibekisah.db;

import id.kantibekisah.common.ServiceException;

/** A database failure, translated from SQLite's result code into a message the user can act on. */
public class DatabaseException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public DatabaseException(String messageKey, Throwable cause, Object... args) {
        super(messageKey, cause, args);
    }
}
