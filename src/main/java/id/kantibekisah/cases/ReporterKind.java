package id.kantibekisah.cases;

import id.kantibekisah.common.Labeled;

/** Who brought the case to the BK room. Shown to counselors only. */
public enum ReporterKind implements Labeled {
    CADRE, TEACHER, COUNSELOR, PARENT, SELF, ANONYMOUS, OTHER;

    @Override
    public String labelKey() {
        return "case.reporter." + name();
    }
}
