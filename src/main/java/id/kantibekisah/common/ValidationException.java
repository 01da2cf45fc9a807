package id.kantibekisah.common;

/** The input of an action is incomplete or wrong; nothing was written. */
public class ValidationException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public ValidationException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
