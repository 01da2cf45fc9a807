package id.kantibekisah.ppksp;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A case handled by the TPPK: the five steps done so far, the conclusion's and decision's details, the summons, and
 * the deadlines computed from the case's dates (examination within 30 days of the report; decision within 5
 * working days of the examination report).
 *
 * @param reportedOn      the report's date; null when handling started without a report
 * @param clockStart      the report's date, else the day handling started
 * @param decisionDue     null until the examination is done
 * @param proceedWithout  people with three unattended summons: the examination goes on without them (names)
 */
public record TppkMatter(long caseId, LocalDate reportedOn, LocalDate clockStart, List<StepRecord> steps,
                         Boolean proven, SanctionLevel sanction, String goodNameRestoration, String victimSupport,
                         LocalDate dinasCopyOn, List<Summons> summons, LocalDate examinationDue,
                         LocalDate decisionDue, Set<String> proceedWithout) {
    public static final int EXAMINATION_DAYS = 30;
    public static final int DECISION_WORKING_DAYS = 5;
    /** After this many unattended summons the examination goes on without the person. */
    public static final int SUMMONS_LIMIT = 3;

    public TppkMatter {
        steps = List.copyOf(steps);
        summons = List.copyOf(summons);
        proceedWithout = Set.copyOf(proceedWithout);
    }

    public Optional<StepRecord> step(TppkStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    public boolean isDone(TppkStep step) {
        return step(step).isPresent();
    }

    /** The first step not done yet; empty when all five are. */
    public Optional<TppkStep> nextStep() {
        for (TppkStep s : TppkStep.values()) {
            if (!isDone(s)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    /** The last step done (the step reached). */
    public TppkStep reached() {
        TppkStep last = TppkStep.RECEIPT;
        for (TppkStep s : TppkStep.values()) {
            if (isDone(s)) {
                last = s;
            }
        }
        return last;
    }

    /** Each step's deadline where the rule sets one. */
    public Map<TppkStep, LocalDate> deadlines() {
        Map<TppkStep, LocalDate> out = new EnumMap<>(TppkStep.class);
        out.put(TppkStep.EXAMINATION, examinationDue);
        if (decisionDue != null) {
            out.put(TppkStep.DECISION, decisionDue);
        }
        return out;
    }

    /** Past its deadline: done after it, or not done and the deadline has passed. */
    public boolean isLate(TppkStep step, LocalDate today) {
        LocalDate due = deadlines().get(step);
        if (due == null) {
            return false;
        }
        return step(step).map(s -> s.doneOn().isAfter(due)).orElse(today.isAfter(due));
    }

    /** Not done and past its deadline today. */
    public boolean isOverdue(TppkStep step, LocalDate today) {
        return !isDone(step) && isLate(step, today);
    }

    public long daysLate(TppkStep step, LocalDate today) {
        LocalDate due = deadlines().get(step);
        LocalDate end = step(step).map(StepRecord::doneOn).orElse(today);
        return due == null || !end.isAfter(due) ? 0 : ChronoUnit.DAYS.between(due, end);
    }
}
