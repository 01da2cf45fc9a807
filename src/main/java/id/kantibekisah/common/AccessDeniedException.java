package id.kantibekisah.common;

/** The actor's role does not allow the action. Always audited before it is thrown. */
public class AccessDeniedException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public AccessDeniedException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
