package id.kantibekisah.ui;

import id.kantibekisah.common.Messages;
import id.kantibekisah.common.ServiceException;

import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Turns any failure into one clear sentence in the user's language. Service refusals carry their own message;
 * anything unexpected becomes a general message (and is logged), never a stack trace on screen.
 */
public final class ErrorPresenter {
    private static final Logger LOG = Logger.getLogger(ErrorPresenter.class.getName());

    private ErrorPresenter() {
    }

    public static String message(Messages messages, Throwable error) {
        Throwable e = error;
        while (e != null && !(e instanceof ServiceException) && e.getCause() != null && e.getCause() != e) {
            e = e.getCause();
        }
        if (e instanceof ServiceException se) {
            return messages.message(se);
        }
        LOG.log(Level.WARNING, "unexpected error", error);
        return messages.get("error.unexpected");
    }
}
