package id.kantibekisah.reports;

import id.kantibekisah.common.Labeled;

/**
 * Which version of the term report is written. Anything that leaves the BK room is pseudonymised: students'
 * names become initials, and neither NISN nor any free text (intake, session notes, reasons, outcomes, summaries)
 * is written. The full version is for the BK team only.
 */
public enum ExportMode implements Labeled {
    PSEUDONYMISED, FULL;

    /** How the audit row names it. */
    public String auditName() {
        return this == FULL ? "full" : "pseudonymised";
    }

    @Override
    public String labelKey() {
        return "report.mode." + name();
    }
}
