package id.kantibekisah.cases;

import id.kantibekisah.common.ValidationException;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CaseServiceTest {
    @TempDir
    Path dir;

    @Test
    void anIntakeBecomesANewCaseWithTheCadreAsReporterAndAReceiptOnly() {
        try (Fixture f = Fixture.create(dir)) {
            IntakeDraft d = new IntakeDraft(List.of(new PartyDraft(f.students.get(2), PartyRole.VICTIM),
                    new PartyDraft(f.students.get(3), PartyRole.PERPETRATOR),
                    new PartyDraft(f.students.get(4), PartyRole.WITNESS)), Category.CYBERBULLYING,
                    "  Foto diedit dan disebar di grup kelas.  ", IncidentLocation.ONLINE, "grup WA 8B",
                    f.today().minusDays(1), LocalTime.of(19, 30), RiskLevel.HIGH, Knowledge.HEARD);
            IntakeReceipt receipt = f.s.cases().submitIntake(f.cadre, d);
            assertThat(receipt.code()).isEqualTo("KB-2026-0001");
            assertThat(receipt.openedOn()).isEqualTo(f.today());
            assertThat(receipt.status()).isEqualTo(CaseStatus.NEW);

            CaseDetail c = f.s.cases().get(f.counselor, f.lastCaseId());
            assertThat(c.code()).isEqualTo("KB-2026-0001");
            assertThat(c.termCode()).isEqualTo("2026/2027-1");
            assertThat(c.category()).isEqualTo(Category.CYBERBULLYING);
            assertThat(c.risk()).isEqualTo(RiskLevel.HIGH);
            assertThat(c.counselorId()).isNull();
            assertThat(c.parties()).extracting(Party::name, Party::role).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("Citra Maharani", PartyRole.VICTIM),
                    org.assertj.core.groups.Tuple.tuple("Dimas Pratama", PartyRole.PERPETRATOR),
                    org.assertj.core.groups.Tuple.tuple("Eka Wulandari", PartyRole.WITNESS));
            Intake i = c.intake();
            assertThat(i.reporterKind()).isEqualTo(ReporterKind.CADRE);
            assertThat(i.reporterName()).isEqualTo("Putri Lestari");
            assertThat(i.description()).isEqualTo("Foto diedit dan disebar di grup kelas.");
            assertThat(i.location()).isEqualTo(IncidentLocation.ONLINE);
            assertThat(i.locationDetail()).isEqualTo("grup WA 8B");
            assertThat(i.occurredOn()).isEqualTo(f.today().minusDays(1));
            assertThat(i.occurredTime()).isEqualTo(LocalTime.of(19, 30));
            assertThat(i.urgency()).isEqualTo(RiskLevel.HIGH);
            assertThat(i.knowledge()).isEqualTo(Knowledge.HEARD);
            assertThat(c.timeline()).singleElement().isInstanceOf(StatusChange.class);
        }
    }

    @Test
    void caseCodesCountUpPerYear() {
        try (Fixture f = Fixture.create(dir)) {
            f.newCase();
            f.newCase();
            f.clock.set(LocalDate.of(2027, 1, 4).atTime(9, 0).atZone(Fixture.ZONE).toInstant());
            f.newCase();
            List<String> codes = f.s.db().read(s -> s.list("SELECT code FROM cases ORDER BY id", r -> r.str("code")));
            assertThat(codes).containsExactly("KB-2026-0001", "KB-2026-0002", "KB-2027-0001");
            CaseDetail c = f.s.cases().get(f.counselor, f.lastCaseId());
            assertThat(c.termCode()).isEqualTo("2026/2027-2");
        }
    }

    @Test
    void incompleteIntakesAreRefusedWithTheirReasonAndNothingIsWritten() {
        try (Fixture f = Fixture.create(dir)) {
            IntakeDraft ok = f.intake(f.students.get(2));
            List<IntakeDraft> bad = List.of(
                    new IntakeDraft(List.of(), ok.category(), ok.description(), ok.location(), null, ok.occurredOn(),
                            null, ok.urgency(), ok.knowledge()),
                    new IntakeDraft(ok.parties(), null, ok.description(), ok.location(), null, ok.occurredOn(), null,
                            ok.urgency(), ok.knowledge()),
                    new IntakeDraft(ok.parties(), ok.category(), "pendek", ok.location(), null, ok.occurredOn(), null,
                            ok.urgency(), ok.knowledge()),
                    new IntakeDraft(ok.parties(), ok.category(), ok.description(), null, null, ok.occurredOn(), null,
                            ok.urgency(), ok.knowledge()),
                    new IntakeDraft(ok.parties(), ok.category(), ok.description(), ok.location(), null,
                            f.today().plusDays(1), null, ok.urgency(), ok.knowledge()),
                    new IntakeDraft(ok.parties(), ok.category(), ok.description(), ok.location(), null, ok.occurredOn(),
                            null, null, ok.knowledge()),
                    new IntakeDraft(ok.parties(), ok.category(), ok.description(), ok.location(), null, ok.occurredOn(),
                            null, ok.urgency(), null),
                    new IntakeDraft(List.of(new PartyDraft(f.students.get(2), PartyRole.VICTIM),
                            new PartyDraft(f.students.get(2), PartyRole.WITNESS)), ok.category(), ok.description(),
                            ok.location(), null, ok.occurredOn(), null, ok.urgency(), ok.knowledge()),
                    new IntakeDraft(List.of(new PartyDraft(9999, PartyRole.VICTIM)), ok.category(), ok.description(),
                            ok.location(), null, ok.occurredOn(), null, ok.urgency(), ok.knowledge()));
            List<String> keys = List.of("case.error.noStudent", "case.error.categoryMissing",
                    "case.error.descriptionShort", "case.error.locationMissing", "case.error.dateInFuture",
                    "case.error.urgencyMissing", "case.error.knowledgeMissing", "case.error.studentTwice",
                    "case.error.studentUnknown");
            for (int i = 0; i < bad.size(); i++) {
                IntakeDraft d = bad.get(i);
                assertThatThrownBy(() -> f.s.cases().submitIntake(f.cadre, d)).isInstanceOf(ValidationException.class)
                        .satisfies(e -> assertThat(((ValidationException) e).messageKey()).isIn(keys));
            }
            assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM cases"))).isZero();
            assertThat(f.s.db().<Long>read(s -> s.longValue("SELECT count(*) FROM case_code_counters"))).isZero();
        }
    }

    @Test
    void aCounselorOpensACaseDirectlyAndItIsTheirsInReview() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.s.cases().openCase(f.counselor, new CaseDraft(f.intake(f.students.get(5)),
                    ReporterKind.PARENT, "Ibu dari siswa"));
            CaseDetail c = f.s.cases().get(f.counselor, id);
            assertThat(c.status()).isEqualTo(CaseStatus.IN_REVIEW);
            assertThat(c.counselorId()).isEqualTo(f.counselor.userId());
            assertThat(c.intake().reporterKind()).isEqualTo(ReporterKind.PARENT);
            assertThat(c.intake().reporterName()).isEqualTo("Ibu dari siswa");
            assertThat(f.s.cases().myIntakes(f.cadre)).isEmpty();
        }
    }

    @Test
    void theTimelineHoldsEverythingNewestFirst() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.newCase();
            f.clock.advance(Duration.ofMinutes(5));
            f.s.cases().take(f.counselor, id);
            f.clock.advance(Duration.ofMinutes(5));
            f.s.cases().changeRisk(f.counselor, id, RiskLevel.HIGH, "Ada ancaman.");
            f.clock.advance(Duration.ofMinutes(5));
            f.session(id);
            f.clock.advance(Duration.ofMinutes(5));
            f.s.cases().escalate(f.counselor, id, new ReferralDraft(ReferralDestination.PRINCIPAL, f.today(),
                    "Perlu keputusan."));
            f.clock.advance(Duration.ofMinutes(5));
            f.followUp(id, f.today().plusDays(3));
            f.clock.advance(Duration.ofMinutes(5));
            f.s.cases().addNote(f.counselor, id, "Orang tua sudah ditelepon.");

            List<TimelineItem> t = f.s.cases().get(f.counselor, id).timeline();
            assertThat(t).map(Object::getClass).map(Class::getSimpleName).containsExactly("CaseNote", "FollowUp",
                    "StatusChange", "Referral", "StatusChange", "CounselingSession", "CaseNote", "StatusChange",
                    "CaseNote", "StatusChange");
            assertThat(t).isSortedAccordingTo((a, b) -> b.recordedAt().compareTo(a.recordedAt()));
            CaseNote risk = (CaseNote) t.get(6);
            assertThat(risk.kind()).isEqualTo(NoteKind.RISK_CHANGE);
            assertThat(risk.oldValue()).isEqualTo("MEDIUM");
            assertThat(risk.newValue()).isEqualTo("HIGH");
            assertThat(risk.text()).isEqualTo("Ada ancaman.");
            StatusChange escalated = (StatusChange) t.get(2);
            assertThat(escalated.from()).isEqualTo(CaseStatus.IN_PROGRESS);
            assertThat(escalated.to()).isEqualTo(CaseStatus.ESCALATED);
            assertThat(escalated.byName()).isEqualTo("Bu Satu");
        }
    }

    @Test
    void theListFiltersSortsAndCountsInTheDatabase() {
        try (Fixture f = Fixture.create(dir)) {
            long a = f.caseIn(CaseStatus.IN_PROGRESS); // Citra (7A) + Dimas (9C), counselor 1
            long b = f.s.cases().openCase(f.counselor2, new CaseDraft(new IntakeDraft(
                    List.of(new PartyDraft(f.students.get(0), PartyRole.AT_RISK)), Category.DROPOUT_RISK,
                    "Tidak masuk seminggu tanpa keterangan.", IncidentLocation.OTHER, null, f.today(), null,
                    RiskLevel.URGENT, Knowledge.HEARD), ReporterKind.TEACHER, null));
            long c = f.caseIn(CaseStatus.RESOLVED);

            assertThat(ids(f, CaseQuery.all())).containsExactlyInAnyOrder(a, b, c);
            assertThat(ids(f, CaseQuery.all().withText("putri"))).containsExactly(b);
            assertThat(ids(f, CaseQuery.all().withText("0144"))).containsExactlyInAnyOrder(a, c);
            assertThat(ids(f, CaseQuery.all().withText("KB-2026-0002"))).containsExactly(b);
            assertThat(ids(f, CaseQuery.all().withText("%"))).isEmpty();
            assertThat(ids(f, CaseQuery.all().withStatuses(Set.of(CaseStatus.RESOLVED)))).containsExactly(c);
            assertThat(ids(f, query(f, null, Category.DROPOUT_RISK, null, null, false))).containsExactly(b);
            assertThat(ids(f, query(f, null, null, RiskLevel.URGENT, null, false))).containsExactly(b);
            assertThat(ids(f, query(f, null, null, null, "8B", false))).containsExactly(b);
            assertThat(ids(f, query(f, null, null, null, null, true))).containsExactlyInAnyOrder(a, c);

            CasePage byRisk = f.s.cases().list(f.counselor, new CaseQuery(null, Set.of(), null, null, null, null,
                    false, false, CaseSort.RISK, false, 0, 2));
            assertThat(byRisk.total()).isEqualTo(3);
            assertThat(byRisk.rows()).hasSize(2);
            assertThat(byRisk.rows().get(0).id()).isEqualTo(b);
            CaseSummary rowA = f.s.cases().list(f.counselor, CaseQuery.all().withText("KB-2026-0001")).rows().get(0);
            assertThat(rowA.studentNames()).isEqualTo("Citra Maharani, Dimas Pratama");
            assertThat(rowA.classes()).contains("7A").contains("9C");
            assertThat(rowA.counselorName()).isEqualTo("Bu Satu");
        }
    }

    @Test
    void everySortPagesThroughTheSameRowsInTheSameOrderAsOneLongPage() {
        try (Fixture f = Fixture.create(dir)) {
            List<Long> made = new java.util.ArrayList<>();
            for (CaseStatus status : List.of(CaseStatus.IN_PROGRESS, CaseStatus.RESOLVED, CaseStatus.IN_REVIEW,
                    CaseStatus.ESCALATED, CaseStatus.DISMISSED)) {
                made.add(f.caseIn(status));
            }
            for (int i = 0; i < 4; i++) {
                made.add(f.s.cases().openCase(f.counselor2, new CaseDraft(new IntakeDraft(
                        List.of(new PartyDraft(f.students.get(i), PartyRole.AT_RISK)), Category.values()[i],
                        "Catatan uji urutan.", IncidentLocation.OTHER, null, f.today(), null,
                        RiskLevel.values()[i], Knowledge.HEARD), ReporterKind.TEACHER, null)));
            }
            f.followUp(made.get(0), f.today().plusDays(3));
            f.followUp(made.get(5), f.today().plusDays(1));

            for (CaseSort sort : CaseSort.values()) {
                for (boolean ascending : List.of(true, false)) {
                    for (String text : java.util.Arrays.asList(null, "KB-2026")) {
                        CaseQuery all = new CaseQuery(text, Set.of(), null, null, null, null, false, false, sort,
                                ascending, 0, 100);
                        List<CaseSummary> whole = f.s.cases().list(f.counselor, all).rows();
                        List<CaseSummary> paged = new java.util.ArrayList<>();
                        for (int offset = 0; offset < made.size(); offset += 2) {
                            CasePage page = f.s.cases().list(f.counselor, all.withPage(offset, 2));
                            assertThat(page.total()).isEqualTo(made.size());
                            paged.addAll(page.rows());
                        }
                        assertThat(whole).as("%s %s %s", sort, ascending, text).hasSize(made.size())
                                .isEqualTo(paged);
                        assertThat(whole).allSatisfy(r -> assertThat(r.studentNames()).isNotBlank());
                    }
                }
            }
        }
    }

    @Test
    void aFollowUpBecomesOverdueWhenItsDayHasPassed() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_PROGRESS);
            long other = f.caseIn(CaseStatus.IN_PROGRESS);
            f.followUp(id, f.today().plusDays(1));
            long done = f.followUp(other, f.today().plusDays(1));
            f.s.cases().completeFollowUp(f.counselor, done, "Sudah.");
            CaseQuery overdue = query(f, null, null, null, null, false).withOverdue();
            assertThat(ids(f, overdue)).isEmpty();
            assertThat(f.s.cases().attention(f.counselor).dueThisWeek()).hasSize(1);

            f.clock.advance(Duration.ofDays(2));
            assertThat(ids(f, overdue)).containsExactly(id);
            Attention at = f.s.cases().attention(f.counselor);
            assertThat(at.overdue()).extracting(DueFollowUp::caseId).containsExactly(id);
            assertThat(at.dueThisWeek()).isEmpty();
            assertThat(f.s.cases().list(f.counselor, CaseQuery.all().withText("KB-2026-0001")).rows().get(0)
                    .overdue(f.today())).isTrue();
        }
    }

    @Test
    void attentionListsUnreviewedAndUrgentCases() {
        try (Fixture f = Fixture.create(dir)) {
            long fresh = f.newCase();
            long urgent = f.caseIn(CaseStatus.IN_PROGRESS);
            f.s.cases().changeRisk(f.counselor, urgent, RiskLevel.URGENT, null);
            long closedUrgent = f.caseIn(CaseStatus.IN_PROGRESS);
            f.s.cases().changeRisk(f.counselor, closedUrgent, RiskLevel.URGENT, null);
            f.s.cases().resolve(f.counselor, closedUrgent, null, "Sudah aman.");
            Attention a = f.s.cases().attention(f.counselor);
            assertThat(a.unreviewed()).extracting(CaseSummary::id).containsExactly(fresh);
            assertThat(a.urgent()).extracting(CaseSummary::id).containsExactly(urgent);
        }
    }

    @Test
    void thePrincipalAcknowledgesAnEscalationOnce() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.ESCALATED);
            Referral r = f.s.cases().get(f.counselor, id).referrals().get(0);
            assertThat(r.acknowledged()).isFalse();
            assertThat(f.s.cases().escalatedToPrincipal(f.principal)).extracting(CaseSummary::id).containsExactly(id);
            f.s.cases().acknowledgeEscalation(f.principal, r.id(), "Panggil orang tua minggu ini.");
            Referral after = f.s.cases().get(f.principal, id).referrals().get(0);
            assertThat(after.acknowledged()).isTrue();
            assertThat(after.acknowledgedByName()).isEqualTo("Pak Kepala");
            assertThat(after.acknowledgementNote()).isEqualTo("Panggil orang tua minggu ini.");
            assertThatThrownBy(() -> f.s.cases().acknowledgeEscalation(f.principal, r.id(), "lagi"))
                    .isInstanceOf(WorkflowException.class);
        }
    }

    @Test
    void stepsWrittenInOneMomentStayInTheirOrderNewestFirst() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.s.cases().openCase(f.counselor, new CaseDraft(f.intake(f.students.get(1)),
                    ReporterKind.SELF, null));
            f.session(id);
            List<TimelineItem> t = f.s.cases().get(f.counselor, id).timeline();
            assertThat(t).map(Object::getClass).map(Class::getSimpleName).containsExactly("StatusChange",
                    "StatusChange", "CounselingSession", "StatusChange");
            assertThat(((StatusChange) t.get(0)).to()).isEqualTo(CaseStatus.IN_PROGRESS);
            assertThat(((StatusChange) t.get(1)).to()).isEqualTo(CaseStatus.IN_REVIEW);
            assertThat(((StatusChange) t.get(3)).from()).isNull();
        }
    }

    @Test
    void anEscalationAwaitsThePrincipalUntilAcknowledged() {
        try (Fixture f = Fixture.create(dir)) {
            long first = f.caseIn(CaseStatus.ESCALATED);
            long second = f.caseIn(CaseStatus.ESCALATED);
            long tppk = f.caseIn(CaseStatus.IN_PROGRESS);
            f.s.cases().escalate(f.counselor, tppk, new ReferralDraft(ReferralDestination.TPPK, f.today(), "TPPK."));
            assertThat(f.s.cases().awaitingAcknowledgement(f.principal)).containsExactlyInAnyOrder(first, second);
            Referral r = f.s.cases().get(f.principal, first).referrals().get(0);
            f.s.cases().acknowledgeEscalation(f.principal, r.id(), "Sudah dibaca.");
            assertThat(f.s.cases().awaitingAcknowledgement(f.principal)).containsExactly(second);
            assertThat(f.s.cases().awaitingAcknowledgement(f.counselor)).containsExactly(second);
        }
    }

    @Test
    void resolvingKeepsTheSummaryAndReopeningNeedsAReason() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_PROGRESS);
            assertThatThrownBy(() -> f.s.cases().resolve(f.counselor, id, "x", " "))
                    .hasMessage("case.error.summaryMissing");
            f.s.cases().resolve(f.counselor, id, "Permintaan maaf", "Sudah damai.");
            CaseDetail c = f.s.cases().get(f.counselor, id);
            assertThat(c.recommendation()).isEqualTo("Permintaan maaf");
            assertThat(c.closureSummary()).isEqualTo("Sudah damai.");
            assertThat(c.closedAt()).isEqualTo(Fixture.START);
            assertThatThrownBy(() -> f.s.cases().reopen(f.counselor, id, "")).hasMessage("case.error.reasonMissing");
            f.s.cases().reopen(f.counselor, id, "Terulang.");
            assertThat(f.s.cases().get(f.counselor, id).closedAt()).isNull();
        }
    }

    @Test
    void aFollowUpCannotBeDueInThePastOrGoToSomeoneWhoIsNotACounselor() {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.IN_PROGRESS);
            assertThatThrownBy(() -> f.followUp(id, f.today().minusDays(1))).hasMessage("case.error.dueInPast");
            assertThatThrownBy(() -> f.s.cases().addFollowUp(f.counselor, id, new FollowUpDraft(f.today(),
                    f.principal.userId(), "Cek"))).hasMessage("case.error.notACounselor");
        }
    }

    private static List<Long> ids(Fixture f, CaseQuery q) {
        return f.s.cases().list(f.counselor, q).rows().stream().map(CaseSummary::id).toList();
    }

    private static CaseQuery query(Fixture f, String text, Category category, RiskLevel risk, String className,
                                   boolean mine) {
        return new CaseQuery(text, Set.of(), category, risk, className, null, mine, false, CaseSort.OPENED, false, 0,
                100);
    }
}
