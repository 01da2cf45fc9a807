package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** How serious a case is, in increasing order; {@code URGENT} stands out everywhere. */
public enum RiskLevel implements Labeled {
    LOW, MEDIUM, HIGH, URGENT;

    @Override
    public String labelKey() {
        return "case.risk." + name();
    }
}
