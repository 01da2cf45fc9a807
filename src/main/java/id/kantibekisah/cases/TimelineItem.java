package id.kantibekisah.cases;

import java.time.Instant;

/** Something that happened to a case; the case detail shows them in one list, newest first. */
public sealed interface TimelineItem permits StatusChange, CounselingSession, Referral, FollowUp, CaseNote {
    /** When it was recorded; the timeline's order. */
    Instant recordedAt();

    /** Who recorded it. */
    String byName();
}
