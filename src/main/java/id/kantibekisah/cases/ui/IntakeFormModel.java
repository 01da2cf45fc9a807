package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseService;
import id.kantibekisah.cases.Category;
import id.kantibekisah.cases.IncidentLocation;
import id.kantibekisah.cases.IntakeDraft;
import id.kantibekisah.cases.Knowledge;
import id.kantibekisah.cases.PartyDraft;
import id.kantibekisah.cases.PartyRole;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.common.Dates;
import id.kantibekisah.common.Messages;
import id.kantibekisah.students.StudentChoice;
import id.kantibekisah.ui.Formats;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * What an intake form holds (the cadre's "Catat Laporan" and the counselor's "Kasus baru"), checked as it is
 * typed with the same rules and messages as {@link CaseService}. A field shows its problem once it was touched,
 * and every field does after a save attempt; {@link #summary()} says in one line what is still missing.
 */
public final class IntakeFormModel {
    /** The parts of the form, in the order they are shown. */
    public enum Field {
        REPORTER, REPORTER_NAME, STUDENTS, CATEGORY, DESCRIPTION, LOCATION, LOCATION_DETAIL, DATE, TIME, URGENCY,
        KNOWLEDGE
    }

    static final int MAX_SHORT_TEXT = 200;

    /** A student named in the form and their role in what happened. */
    public static final class PartyEntry {
        private final StudentChoice student;
        private final ObjectProperty<PartyRole> role;

        PartyEntry(StudentChoice student, PartyRole role) {
            this.student = student;
            this.role = new SimpleObjectProperty<>(role);
        }

        public StudentChoice student() {
            return student;
        }

        public ObjectProperty<PartyRole> roleProperty() {
            return role;
        }
    }

    private final Messages m;
    private final Supplier<LocalDate> today;
    private final boolean asksReporter;

    private final ObservableList<PartyEntry> parties =
            FXCollections.observableArrayList(p -> new Observable[] {p.roleProperty()});
    private final ObservableList<PartyEntry> partiesView = FXCollections.unmodifiableObservableList(parties);
    private final ObjectProperty<ReporterKind> reporterKind = new SimpleObjectProperty<>();
    private final StringProperty reporterName = new SimpleStringProperty("");
    private final ObjectProperty<Category> category = new SimpleObjectProperty<>();
    private final StringProperty description = new SimpleStringProperty("");
    private final ObjectProperty<IncidentLocation> location = new SimpleObjectProperty<>();
    private final StringProperty locationDetail = new SimpleStringProperty("");
    private final StringProperty dateText = new SimpleStringProperty("");
    private final StringProperty timeText = new SimpleStringProperty("");
    private final ObjectProperty<RiskLevel> urgency = new SimpleObjectProperty<>();
    private final ObjectProperty<Knowledge> knowledge = new SimpleObjectProperty<>();

    private final Map<Field, ReadOnlyStringWrapper> problems = new EnumMap<>(Field.class);
    private final Map<Field, ReadOnlyStringWrapper> shown = new EnumMap<>(Field.class);
    private final Set<Field> touched = EnumSet.noneOf(Field.class);
    private final ReadOnlyBooleanWrapper submitted = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper dirty = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper shownSummary = new ReadOnlyStringWrapper("");
    private volatile Set<Long> chosenIds = Set.of();
    private boolean resetting;

    /**
     * @param today        today's date by the program's clock
     * @param asksReporter whether the form asks who reported it (a counselor opening a case)
     */
    public IntakeFormModel(Messages m, Supplier<LocalDate> today, boolean asksReporter) {
        this.m = m;
        this.today = today;
        this.asksReporter = asksReporter;
        for (Field f : Field.values()) {
            problems.put(f, new ReadOnlyStringWrapper(""));
            shown.put(f, new ReadOnlyStringWrapper(""));
        }
        dateText.set(Dates.formatShort(today.get()));
        watch(parties, Field.STUDENTS);
        watch(reporterKind, Field.REPORTER);
        watch(reporterName, Field.REPORTER_NAME);
        watch(category, Field.CATEGORY);
        watch(description, Field.DESCRIPTION);
        watch(location, Field.LOCATION);
        watch(locationDetail, Field.LOCATION_DETAIL);
        watch(dateText, Field.DATE);
        watch(timeText, Field.TIME);
        watch(urgency, Field.URGENCY);
        watch(knowledge, Field.KNOWLEDGE);
        revalidate();
    }

    private void watch(Observable value, Field field) {
        value.addListener(obs -> {
            if (!resetting) {
                touched.add(field);
                revalidate();
            }
        });
    }

    // ---- students -------------------------------------------------------------------------------------------

    /**
     * Names a student in the form. The first one is the peer of concern by default; every further student's role
     * must be chosen. Naming the same student twice does nothing.
     */
    public void addStudent(StudentChoice student) {
        if (student == null || chosenIds.contains(student.id())) {
            return;
        }
        parties.add(new PartyEntry(student, parties.isEmpty() ? PartyRole.AT_RISK : null));
        chosenIds = parties.stream().map(p -> p.student().id()).collect(Collectors.toUnmodifiableSet());
    }

    public void removeStudent(PartyEntry entry) {
        parties.remove(entry);
        chosenIds = parties.stream().map(p -> p.student().id()).collect(Collectors.toUnmodifiableSet());
    }

    /** The ids of the students already named; safe to read from any thread (the suggestion lookup). */
    public Set<Long> chosenIds() {
        return chosenIds;
    }

    // ---- checking -------------------------------------------------------------------------------------------

    private void revalidate() {
        for (Field f : Field.values()) {
            String problem = check(f);
            problems.get(f).set(problem == null ? "" : problem);
            shown.get(f).set(problem != null && (submitted.get() || touched.contains(f)) ? problem : "");
        }
        dirty.set(computeDirty());
        shownSummary.set(submitted.get() ? summary() : "");
    }

    private String check(Field f) {
        return switch (f) {
            case REPORTER -> asksReporter && reporterKind.get() == null ? m.get("case.error.reporterMissing") : null;
            case REPORTER_NAME -> asksReporter ? tooLong(reporterName.get(), MAX_SHORT_TEXT) : null;
            case STUDENTS -> parties.isEmpty() ? m.get("case.error.noStudent")
                    : parties.stream().anyMatch(p -> p.roleProperty().get() == null)
                    ? m.get("case.error.partyRoleMissing") : null;
            case CATEGORY -> category.get() == null ? m.get("case.error.categoryMissing") : null;
            case DESCRIPTION -> checkDescription();
            case LOCATION -> location.get() == null ? m.get("case.error.locationMissing") : null;
            case LOCATION_DETAIL -> tooLong(locationDetail.get(), MAX_SHORT_TEXT);
            case DATE -> checkDate();
            case TIME -> blank(timeText.get()) || Formats.parseTime(timeText.get()).isPresent() ? null
                    : m.get("intake.error.timeFormat");
            case URGENCY -> urgency.get() == null ? m.get("case.error.urgencyMissing") : null;
            case KNOWLEDGE -> knowledge.get() != null ? null
                    : m.get(asksReporter ? "intake.error.reporterKnowledgeMissing" : "case.error.knowledgeMissing");
        };
    }

    private String checkDescription() {
        String text = description.get() == null ? "" : description.get().trim();
        if (text.isEmpty()) {
            return m.get("case.error.descriptionMissing");
        }
        if (text.length() < CaseService.MIN_DESCRIPTION) {
            return m.get("case.error.descriptionShort", CaseService.MIN_DESCRIPTION);
        }
        return tooLong(text, CaseService.MAX_TEXT);
    }

    private String checkDate() {
        if (blank(dateText.get())) {
            return m.get("case.error.dateMissing");
        }
        Optional<LocalDate> date = Dates.parseInput(dateText.get());
        if (date.isEmpty()) {
            return m.get("intake.error.dateFormat");
        }
        if (date.get().isAfter(today.get())) {
            return m.get("case.error.dateInFuture");
        }
        if (date.get().isBefore(today.get().minusYears(1))) {
            return m.get("case.error.dateTooOld");
        }
        return null;
    }

    private String tooLong(String text, int max) {
        return text != null && text.trim().length() > max ? m.get("case.error.textTooLong", max) : null;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private boolean computeDirty() {
        return !parties.isEmpty() || reporterKind.get() != null || !blank(reporterName.get())
                || category.get() != null || !blank(description.get()) || location.get() != null
                || !blank(locationDetail.get()) || !Dates.formatShort(today.get()).equals(dateText.get())
                || !blank(timeText.get()) || urgency.get() != null || knowledge.get() != null;
    }

    /** True when the form can be saved as it is. */
    public boolean valid() {
        return problemFields().isEmpty();
    }

    /** The fields that still have a problem, in form order. */
    public List<Field> problemFields() {
        List<Field> out = new ArrayList<>();
        for (Field f : Field.values()) {
            if (!problems.get(f).get().isEmpty()) {
                out.add(f);
            }
        }
        return out;
    }

    /** After a save attempt every problem shows, not only those of touched fields. */
    public void showAllProblems() {
        submitted.set(true);
        revalidate();
    }

    /** One line naming what is still missing or wrong, or empty when the form is complete. */
    public String summary() {
        List<Field> fields = problemFields();
        if (fields.isEmpty()) {
            return "";
        }
        // A field that is filled in but wrong (a date in the future, too short an account) says what is wrong;
        // "Lengkapi dulu" is only for what is still empty.
        List<Field> wrong = fields.stream().filter(this::filledIn).toList();
        List<Field> missing = fields.stream().filter(f -> !wrong.contains(f)).toList();
        List<String> parts = new ArrayList<>();
        if (!missing.isEmpty()) {
            parts.add(m.get("intake.incomplete", missing.stream().map(f -> m.get("intake.field." + f.name()))
                    .collect(Collectors.joining(", "))));
        }
        for (Field f : wrong) {
            parts.add(m.get(parts.isEmpty() ? "intake.wrongFirst" : "intake.wrong", m.get("intake.field." + f.name()),
                    problems.get(f).get()));
        }
        return String.join(" ", parts);
    }

    /** Whether the user typed something into this field (so its problem is what was typed, not that it is empty). */
    private boolean filledIn(Field f) {
        return switch (f) {
            case DATE -> !blank(dateText.get());
            case TIME -> !blank(timeText.get());
            case DESCRIPTION -> !blank(description.get());
            default -> false;
        };
    }

    /** The intake as the service takes it; call only when {@link #valid()}. */
    public IntakeDraft toDraft() {
        List<PartyDraft> drafts = parties.stream()
                .map(p -> new PartyDraft(p.student().id(), p.roleProperty().get())).toList();
        LocalTime time = Formats.parseTime(timeText.get()).orElse(null);
        return new IntakeDraft(drafts, category.get(), description.get().trim(), location.get(),
                blank(locationDetail.get()) ? null : locationDetail.get().trim(),
                Dates.parseInput(dateText.get()).orElse(null), time, urgency.get(), knowledge.get());
    }

    /** Empties the form for the next intake (today's date stays filled in). */
    public void clear() {
        resetting = true;
        try {
            parties.clear();
            chosenIds = Set.of();
            reporterKind.set(null);
            reporterName.set("");
            category.set(null);
            description.set("");
            location.set(null);
            locationDetail.set("");
            dateText.set(Dates.formatShort(today.get()));
            timeText.set("");
            urgency.set(null);
            knowledge.set(null);
        } finally {
            resetting = false;
        }
        touched.clear();
        submitted.set(false);
        revalidate();
    }

    // ---- properties -----------------------------------------------------------------------------------------

    public boolean asksReporter() {
        return asksReporter;
    }

    /** The problem of a field as it should show now: empty until the field was touched or a save was tried. */
    public ReadOnlyStringProperty problemProperty(Field field) {
        return shown.get(field).getReadOnlyProperty();
    }

    /** What is still missing, live after a save attempt (so it shrinks as the user fixes it); empty before. */
    public ReadOnlyStringProperty summaryProperty() {
        return shownSummary.getReadOnlyProperty();
    }

    /** Something was entered: leaving the form would lose it. */
    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty.getReadOnlyProperty();
    }

    public ObservableList<PartyEntry> parties() {
        return partiesView;
    }

    public ObjectProperty<ReporterKind> reporterKindProperty() {
        return reporterKind;
    }

    public StringProperty reporterNameProperty() {
        return reporterName;
    }

    public ObjectProperty<Category> categoryProperty() {
        return category;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObjectProperty<IncidentLocation> locationProperty() {
        return location;
    }

    public StringProperty locationDetailProperty() {
        return locationDetail;
    }

    /** The date as typed ({@code dd/MM/yyyy}). */
    public StringProperty dateTextProperty() {
        return dateText;
    }

    /** The time as typed ({@code 07.30}); may stay empty. */
    public StringProperty timeTextProperty() {
        return timeText;
    }

    public ObjectProperty<RiskLevel> urgencyProperty() {
        return urgency;
    }

    public ObjectProperty<Knowledge> knowledgeProperty() {
        return knowledge;
    }
}
