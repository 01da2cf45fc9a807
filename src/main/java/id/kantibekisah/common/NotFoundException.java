package id.kantibekisah.common;

/** The record the action names does not exist. */
public class NotFoundException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
