package id.kantibekisah.audit;

import id.kantibekisah.common.Labeled;

public enum AuditOutcome implements Labeled {
    OK, REFUSED, FAILED;

    @Override
    public String labelKey() {
        return "audit.outcome." + name();
    }
}
