package id.kantibekisah.cases;

import id.kantibekisah.common.ServiceException;

/** The action is not allowed in the case's current status. */
public class WorkflowException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public WorkflowException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}
