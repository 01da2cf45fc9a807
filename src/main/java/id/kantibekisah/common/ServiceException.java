package id.kantibekisah.common;

import java.util.Arrays;

/**
 * A refused or failed user action. Carries a bundle key and its arguments, so the UI and the command line show the
 * same message in the user's language; the exception's own message is the key, for logs.
 */
public class ServiceException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String messageKey;
    private final transient Object[] args;

    public ServiceException(String messageKey, Object... args) {
        this(messageKey, null, args);
    }

    public ServiceException(String messageKey, Throwable cause, Object... args) {
        super(messageKey + (args.length == 0 ? "" : " " + Arrays.toString(args)), cause);
        this.messageKey = messageKey;
        this.args = args.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.clone();
    }
}
