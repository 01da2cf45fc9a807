package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** How a student is involved in a case. The peer of concern comes first. */
public enum PartyRole implements Labeled {
    AT_RISK, VICTIM, PERPETRATOR, WITNESS;

    @Override
    public String labelKey() {
        return "case.party." + name();
    }
}
