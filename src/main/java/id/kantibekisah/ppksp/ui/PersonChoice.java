package id.kantibekisah.ppksp.ui;

/** A party of the case to pick for a summons or a measure: a student or a non-student party. */
record PersonChoice(Long studentId, Long otherPartyId, String label, boolean child) {
    @Override
    public String toString() {
        return label;
    }
}
