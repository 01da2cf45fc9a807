package id.kantibekisah.cases.ui;

import id.kantibekisah.cases.CaseDetail;
import id.kantibekisah.cases.CaseDraft;
import id.kantibekisah.cases.CaseStatus;
import id.kantibekisah.cases.NoteKind;
import id.kantibekisah.cases.ReferralDestination;
import id.kantibekisah.cases.ReferralDraft;
import id.kantibekisah.cases.ReporterKind;
import id.kantibekisah.cases.RiskLevel;
import id.kantibekisah.cases.SessionKind;
import id.kantibekisah.cases.TimelineItem;
import id.kantibekisah.cases.ui.TimelineText.Entry;
import id.kantibekisah.cases.ui.TimelineText.State;
import id.kantibekisah.common.Messages;
import id.kantibekisah.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every kind of timeline entry reads as a sentence in both languages, never as a stored code. */
class TimelineTextTest {
    /** A case with every kind of entry: status changes, a session, referrals, follow-ups, notes, a risk change. */
    private static CaseDetail busyCase(Fixture f) {
        long id = f.caseIn(CaseStatus.ESCALATED);
        f.s.cases().changeRisk(f.counselor, id, RiskLevel.URGENT, "Ada ancaman.");
        f.s.cases().addNote(f.counselor, id, "Orang tua sudah ditelepon.");
        f.s.cases().escalate(f.counselor, id, new ReferralDraft(ReferralDestination.UPTD_PPA, f.today(), "Pendampingan."));
        long done = f.followUp(id, f.today().plusDays(1));
        f.s.cases().completeFollowUp(f.counselor, done, "Sudah hadir lagi.");
        f.followUp(id, f.today().plusDays(1));
        f.clock.advance(Duration.ofDays(3));
        f.s.cases().take(f.counselor2, id);
        return f.s.cases().get(f.counselor, id);
    }

    private static List<Entry> entries(Messages m, CaseDetail d, Fixture f) {
        TimelineText text = new TimelineText(m, Fixture.ZONE);
        return d.timeline().stream().map(i -> text.of(i, f.today())).toList();
    }

    private static Stream<String> texts(List<Entry> entries) {
        return entries.stream().flatMap(e -> Stream.concat(Stream.of(e.title(), e.meta(), e.stateLabel()),
                e.lines().stream()));
    }

    @Test
    void everyEntryReadsInIndonesianWithoutCodes(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            CaseDetail d = busyCase(f);
            List<Entry> entries = entries(Messages.indonesian(), d, f);
            List<String> titles = entries.stream().map(Entry::title).toList();
            assertThat(titles).contains("Laporan dicatat, kasus dibuka", "Status: Baru \u2192 Sedang ditinjau",
                    "Status: Ditangani \u2192 Dieskalasi", "Konseling individual pada 24 November 2026",
                    "Eskalasi/rujukan ke Kepala sekolah pada 24 November 2026",
                    "Eskalasi/rujukan ke UPTD PPA pada 24 November 2026", "Risiko: Sedang \u2192 Darurat",
                    "Catatan", "Tindak lanjut: Cek kehadiran bersama wali kelas",
                    "Diserahkan dari Bu Satu kepada Pak Dua", "Ditangani oleh Bu Satu");
            assertThat(titles.get(titles.size() - 1)).isEqualTo("Laporan dicatat, kasus dibuka");
            assertThat(entries).filteredOn(e -> e.state() == State.OVERDUE).singleElement()
                    .satisfies(e -> assertThat(e.stateLabel()).isEqualTo("terlambat 2 hari"));
            assertThat(entries).filteredOn(e -> e.state() == State.DONE).singleElement()
                    .satisfies(e -> assertThat(e.lines()).contains(
                            "Diselesaikan Bu Satu pada 24 November 2026: Sudah hadir lagi."));
            assertThat(entries).filteredOn(e -> e.state() == State.WAITING).extracting(Entry::stateLabel)
                    .containsExactlyInAnyOrder("Menunggu tanggapan kepala sekolah", "Menunggu hasil");
            assertThat(entries).filteredOn(e -> e.kind() == TimelineText.Kind.RISK).singleElement()
                    .satisfies(e -> assertThat(e.lines()).containsExactly("Keterangan: Ada ancaman."));
            assertThat(entries.get(0).meta()).isEqualTo("Pak Dua \u00b7 27 Nov 2026 09.00");
            assertNoCodes(entries);
        }
    }

    @Test
    void everyEntryReadsInEnglishToo(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            List<Entry> entries = entries(Messages.of(Messages.ENGLISH), busyCase(f), f);
            assertThat(entries).extracting(Entry::title).contains("Report logged, case opened",
                    "Status: New \u2192 In review", "Risk: Medium \u2192 Urgent",
                    "Escalated/referred to Principal on 24 November 2026");
            assertThat(entries).filteredOn(e -> e.state() == State.OVERDUE).extracting(Entry::stateLabel)
                    .containsExactly("2 days overdue");
            assertThat(texts(entries)).noneMatch(t -> t.contains("!"));
            assertNoCodes(entries);
        }
    }

    private static void assertNoCodes(List<Entry> entries) {
        List<String> codes = Stream.of(CaseStatus.values(), RiskLevel.values(), ReferralDestination.values(),
                        SessionKind.values(), NoteKind.values())
                .flatMap(Arrays::stream).map(Enum::name).filter(n -> n.length() > 3).toList();
        assertThat(texts(entries)).allSatisfy(t -> assertThat(codes).noneMatch(t::contains));
    }

    private static List<String> titles(Fixture f, long caseId) {
        return entries(Messages.indonesian(), f.s.cases().get(f.counselor, caseId), f).stream().map(Entry::title)
                .toList();
    }

    @Test
    void theTimelineIsNewestFirstAndStepsOfOneMomentKeepTheirOrder(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.newCase();
            f.clock.advance(Duration.ofMinutes(5));
            f.s.cases().take(f.counselor, id);
            f.clock.advance(Duration.ofMinutes(5));
            f.session(id);
            List<TimelineItem> timeline = f.s.cases().get(f.counselor, id).timeline();
            assertThat(timeline).hasSize(5);
            assertThat(titles(f, id)).containsExactly("Status: Sedang ditinjau \u2192 Ditangani",
                    "Konseling individual pada 24 November 2026", "Status: Baru \u2192 Sedang ditinjau",
                    "Ditangani oleh Bu Satu", "Laporan dicatat, kasus dibuka");

            // A counselor's own case is created and put in review in one moment: creation stays at the bottom.
            long own = f.s.cases().openCase(f.counselor, new CaseDraft(f.intake(f.students.get(1)),
                    ReporterKind.SELF, null));
            assertThat(titles(f, own)).containsExactly("Status: Baru \u2192 Sedang ditinjau", "Laporan dicatat, kasus dibuka");
        }
    }

    @Test
    void thePrincipalReadsTheCreationWithoutWhoLoggedIt(@TempDir Path dir) {
        try (Fixture f = Fixture.create(dir)) {
            long id = f.caseIn(CaseStatus.ESCALATED);
            List<Entry> entries = entries(Messages.indonesian(), f.s.cases().get(f.principal, id), f);
            Entry created = entries.get(entries.size() - 1);
            assertThat(created.title()).isEqualTo("Laporan dicatat, kasus dibuka");
            assertThat(created.meta()).isEqualTo("Pelapor dirahasiakan \u00b7 24 Nov 2026 09.00");
            assertThat(texts(entries)).noneMatch(t -> t.contains(f.cadre.displayName()));
        }
    }
}
