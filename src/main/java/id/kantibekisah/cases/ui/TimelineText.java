package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseNote;
import id.kantibekisah.cases.CounselingSession;
import id.kantibekisah.cases.FollowUp;
import id.kantibekisah.cases.Referral;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.StatusChange;
import id.kantibekisah.cases.TimelineItem;
import id.kantibekisah.common.Messages;
import id.kantibekisah.ui.Formats;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * How one entry of a case's timeline reads: a title, who and when, the text lines, and whether it still waits for
 * something. Pure text, so that it is tested without a window and no entry ever shows a raw code.
 */
final class TimelineText {
    /** What kind of entry it is (its icon). */
    enum Kind { CREATED, STATUS, SESSION, REFERRAL, FOLLOW_UP, NOTE, RISK, ASSIGNMENT }

    /** Whether the entry still waits for something. */
    enum State { NONE, OPEN, OVERDUE, DONE, WAITING }

    /**
     * @param state label of the state pill, empty when there is none
     */
    record Entry(Kind kind, String title, String meta, List<String> lines, State state, String stateLabel) {
    }

    private final Messages m;
    private final ZoneId zone;

    TimelineText(Messages m, ZoneId zone) {
        this.m = m;
        this.zone = zone;
    }

    Entry of(TimelineItem item, LocalDate today) {
        // No name: the entry was made by the reporter, whom only counselors may know.
        String by = item.byName() == null ? m.get("detail.timeline.reporterHidden") : item.byName();
        String meta = m.get("detail.timeline.meta", by, Formats.dateTime(m, item.recordedAt(), zone));
        if (item instanceof StatusChange s) {
            return status(s, meta);
        }
        if (item instanceof CounselingSession s) {
            return session(s, meta);
        }
        if (item instanceof Referral r) {
            return referral(r, meta);
        }
        if (item instanceof FollowUp f) {
            return followUp(f, meta, today);
        }
        return note((CaseNote) item, meta);
    }

    private Entry status(StatusChange s, String meta) {
        List<String> lines = new ArrayList<>();
        if (s.reason() != null) {
            lines.add(m.get("detail.timeline.reason", s.reason()));
        }
        if (s.from() == null) {
            return new Entry(Kind.CREATED, m.get("detail.timeline.created"), meta, lines, State.NONE, "");
        }
        return new Entry(Kind.STATUS, m.get("detail.timeline.status", s.from(), s.to()), meta, lines, State.NONE, "");
    }

    private Entry session(CounselingSession s, String meta) {
        List<String> lines = new ArrayList<>();
        lines.add(s.notes());
        if (s.nextStep() != null) {
            lines.add(m.get("detail.timeline.nextStep", s.nextStep()));
        }
        return new Entry(Kind.SESSION, m.get("detail.timeline.session", s.kind(), s.heldOn()), meta, lines,
                State.NONE, "");
    }

    private Entry referral(Referral r, String meta) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("detail.timeline.reason", r.reason()));
        if (r.outcome() != null) {
            lines.add(m.get(r.cancelled() ? "detail.timeline.referralCancelled" : "detail.timeline.outcome",
                    r.outcomeOn(), r.outcome()));
        }
        State state = State.NONE;
        String stateLabel = "";
        if (r.acknowledged()) {
            lines.add(m.get("detail.timeline.acknowledged", r.acknowledgedByName(),
                    Formats.dateTime(m, r.acknowledgedAt(), zone), r.acknowledgementNote()));
        } else if (r.awaitingPrincipal()) {
            state = State.WAITING;
            stateLabel = m.get("detail.timeline.awaitingPrincipal");
        }
        if (r.awaitingOutcome()) {
            state = State.WAITING;
            stateLabel = m.get("detail.timeline.awaitingOutcome");
        }
        return new Entry(Kind.REFERRAL, m.get("detail.timeline.referral", r.destination(), r.referredOn()), meta,
                lines, state, stateLabel);
    }

    private Entry followUp(FollowUp f, String meta, LocalDate today) {
        List<String> lines = new ArrayList<>();
        lines.add(m.get("detail.timeline.followUpWho", f.assigneeName(), f.dueOn()));
        State state;
        String stateLabel;
        if (f.cancelled()) {
            state = State.NONE;
            stateLabel = m.get("detail.followUp.cancelled");
            lines.add(m.get("detail.timeline.followUpCancelled", f.doneByName(), f.doneOn(), f.doneNote()));
        } else if (f.done()) {
            state = State.DONE;
            stateLabel = m.get("detail.followUp.done");
            lines.add(f.doneNote() == null ? m.get("detail.timeline.followUpDone", f.doneByName(), f.doneOn())
                    : m.get("detail.timeline.followUpDoneNote", f.doneByName(), f.doneOn(), f.doneNote()));
        } else if (f.overdue(today)) {
            state = State.OVERDUE;
            stateLabel = m.get("detail.followUp.overdue", ChronoUnit.DAYS.between(f.dueOn(), today));
        } else {
            state = State.OPEN;
            stateLabel = m.get("detail.followUp.open");
        }
        return new Entry(Kind.FOLLOW_UP, m.get("detail.timeline.followUp", f.description()), meta, lines, state,
                stateLabel);
    }

    private Entry note(CaseNote n, String meta) {
        List<String> lines = new ArrayList<>();
        if (n.text() != null) {
            lines.add(n.text());
        }
        return switch (n.kind()) {
            case NOTE -> new Entry(Kind.NOTE, m.get("detail.timeline.note"), meta, lines, State.NONE, "");
            case RISK_CHANGE -> new Entry(Kind.RISK, m.get("detail.timeline.risk", risk(n.oldValue()),
                    risk(n.newValue())), meta, reasons(lines), State.NONE, "");
            case ASSIGNMENT -> new Entry(Kind.ASSIGNMENT, n.oldValue() == null
                    ? m.get("detail.timeline.assigned", n.newValue())
                    : m.get("detail.timeline.reassigned", n.oldValue(), n.newValue()), meta, lines, State.NONE, "");
        };
    }

    private List<String> reasons(List<String> lines) {
        return lines.stream().map(l -> m.get("detail.timeline.reason", l)).toList();
    }

    /** Risk changes store the level's code; show its label (an unknown code shows as it is, never blank). */
    private String risk(String code) {
        if (code == null) {
            return "";
        }
        try {
            return m.label(RiskLevel.valueOf(code));
        } catch (IllegalArgumentException e) {
            return code;
        }
    }
}
