package id.kantibekisah.reports;

import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.settings.SchoolProfile;
import id.kantibekisah.students.Gender;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything one export writes, already cut to its {@link ExportMode}: in the pseudonymised version the names are
 * initials and the NISN and narrative fields are null, because they were never read from the database. The
 * reporter of a case is not here in either version.
 *
 * @param printedBy        who made the export, as the report names them; null for the command line
 * @param signingCounselor the BK teacher who signs the summary: the one who exported it, if a counselor did
 * @param sections         the figures of the other features' sheets ({@link ReportSection}), counts only
 */
public record ReportExport(SchoolProfile school, ExportMode mode, LocalDate printedOn, String printedBy,
                           String signingCounselor, TermReport figures, List<CaseRow> cases, List<SessionRow> sessions,
                           List<ReferralRow> referrals, List<FollowUpRow> followUps,
                           List<ReportSection.Figures> sections) {
    public ReportExport {
        sections = List.copyOf(sections);
        cases = List.copyOf(cases);
        sessions = List.copyOf(sessions);
        referrals = List.copyOf(referrals);
        followUps = List.copyOf(followUps);
    }

    /** A student named in a case: full name or initials; the NISN only in the full version. */
    public record Party(String name, PartyRole role, String className, Gender gender, String nisn) {
    }

    /** An escalation or referral as the case list mentions it. */
    public record ReferralBrief(ReferralDestination destination, LocalDate on) {
    }

    /**
     * One case of the period.
     *
     * @param description    the intake's account (full version only)
     * @param recommendation the recommendation at closing (full version only)
     * @param outcome        the closing summary or the reason for not following up (full version only)
     */
    public record CaseRow(String code, LocalDate openedOn, LocalDate reviewedOn, LocalDate closedOn,
                          List<Party> parties, Category category, RiskLevel risk, CaseStatus status, String counselor,
                          long sessions, List<ReferralBrief> referrals, Long daysToClose, String description,
                          String recommendation, String outcome) {
        public CaseRow {
            parties = List.copyOf(parties);
            referrals = List.copyOf(referrals);
        }

        /** The class of the case's primary student (see {@link TermReport}). */
        public String className() {
            return classOf(parties);
        }
    }

    /** One counseling session held in the period; notes and next step in the full version only. */
    public record SessionRow(LocalDate heldOn, String caseCode, List<Party> parties, SessionKind kind,
                             String counselor, String notes, String nextStep) {
        public SessionRow {
            parties = List.copyOf(parties);
        }
    }

    /** One escalation or referral made in the period; reason, outcome and note in the full version only. */
    public record ReferralRow(LocalDate referredOn, String caseCode, List<Party> parties,
                              ReferralDestination destination, String referredBy, LocalDate acknowledgedOn,
                              LocalDate outcomeOn, String reason, String outcome, String acknowledgement) {
        public ReferralRow {
            parties = List.copyOf(parties);
        }
    }

    /** One follow-up due in the period; what and the note in the full version only. */
    public record FollowUpRow(LocalDate dueOn, String caseCode, List<Party> parties, String assignee,
                              LocalDate doneOn, boolean cancelled, String description, String doneNote) {
        public FollowUpRow {
            parties = List.copyOf(parties);
        }
    }

    /** The class of the first (primary) student of a case's parties; empty when there is none. */
    public static String classOf(List<Party> parties) {
        return parties.isEmpty() ? "" : parties.get(0).className();
    }
}
