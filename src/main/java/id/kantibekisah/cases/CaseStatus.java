package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

import java.util.EnumSet;
import java.util.Set;

/**
 * The case workflow as one state machine. Every transition a service makes is checked against {@link #canMoveTo};
 * everything else is refused.
 *
 * <ul>
 * <li>NEW → IN_REVIEW (a counselor takes it) or DISMISSED (not followed up, with a reason)</li>
 * <li>IN_REVIEW → IN_PROGRESS (counseling starts), ESCALATED or DISMISSED</li>
 * <li>IN_PROGRESS → ESCALATED or RESOLVED</li>
 * <li>ESCALATED → IN_PROGRESS (back with the BK team) or RESOLVED</li>
 * <li>RESOLVED, DISMISSED → IN_PROGRESS (reopen, with a reason)</li>
 * </ul>
 */
public enum CaseStatus implements Labeled {
    NEW, IN_REVIEW, IN_PROGRESS, ESCALATED, RESOLVED, DISMISSED;

    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(IN_REVIEW, DISMISSED);
            case IN_REVIEW -> EnumSet.of(IN_PROGRESS, ESCALATED, DISMISSED);
            case IN_PROGRESS -> EnumSet.of(ESCALATED, RESOLVED);
            case ESCALATED -> EnumSet.of(IN_PROGRESS, RESOLVED);
            case RESOLVED, DISMISSED -> EnumSet.of(IN_PROGRESS);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    /** Still needs work: not resolved and not dismissed. */
    public boolean isOpen() {
        return this != RESOLVED && this != DISMISSED;
    }

    @Override
    public String labelKey() {
        return "case.status." + name();
    }
}
