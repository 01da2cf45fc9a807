package id.kantibekisah.ppksp.report;

import id.kantibekisah.common.Labeled;
import id.kantibekisah.ppksp.MeasureKind;
import id.kantibekisah.ppksp.MeasureStatus;
import id.kantibekisah.ppksp.SanctionLevel;
import id.kantibekisah.ppksp.TppkStep;
import id.kantibekisah.ppksp.ViolenceForm;

import java.util.Map;

/**
 * The PPKSP figures of a period (counts only): the violence cases by form, victims and reported persons by kind
 * and gender, the TPPK matters by step reached, how many examinations and decisions kept their deadline, the
 * sanctions and the measures. A violence case is a case with at least one form of violence recorded.
 *
 * @param violenceCases      violence cases of the period (each once, whatever its forms)
 * @param notMatter          violence cases not (or not yet) handled as a TPPK matter
 * @param provenNoSanction   proven, without a recommended sanction (e.g. the reported person is not a student)
 * @param notProven          not proven (good name restored)
 */
public record PpkspFigures(long violenceCases, Map<ViolenceForm, Long> byForm, Map<PersonGroup, Genders> victims,
                           Map<PersonGroup, Genders> reported, long notMatter, Map<TppkStep, Long> byStepReached,
                           Deadline examination, Deadline decision, Map<SanctionLevel, Long> sanctions,
                           long provenNoSanction, long notProven,
                           Map<MeasureKind, Map<MeasureStatus, Long>> measures) {
    public PpkspFigures {
        byForm = Map.copyOf(byForm);
        victims = Map.copyOf(victims);
        reported = Map.copyOf(reported);
        byStepReached = Map.copyOf(byStepReached);
        sanctions = Map.copyOf(sanctions);
        measures = Map.copyOf(measures);
    }

    /** Who a party is, as the report groups them: a student (of this or another school), teacher, staff, other. */
    public enum PersonGroup implements Labeled {
        STUDENT, TEACHER, EDUCATION_STAFF, OTHER;

        @Override
        public String labelKey() {
            return "ppksp.report.group." + name();
        }
    }

    /** People of one group by gender; {@code unknown} when the gender was not recorded (non-student parties). */
    public record Genders(long male, long female, long unknown) {
        public static final Genders NONE = new Genders(0, 0, 0);

        public long total() {
            return male + female + unknown;
        }
    }

    /**
     * One deadline of the TPPK track over the period's matters: steps done in time and late, steps not done yet
     * within and past the deadline (open cases only), and the median days (for the decision: working days) taken.
     */
    public record Deadline(long inTime, long late, long openInTime, long openLate, Double median) {
    }
}
