package id.kantibekisah.privacy;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RedactorTest {
    @Test
    void fullNamesAndTheirWordsAreReplacedWholeWordsOnlyIgnoringCase() {
        Redactor r = Redactor.builder().nameAndWords("Bima Saputra", "[Pelaku]").build();
        assertThat(r.apply("BIMA  saputra menendang; bima tertawa. Bimasakti tidak ikut."))
                .isEqualTo("[Pelaku] menendang; [Pelaku] tertawa. Bimasakti tidak ikut.");
    }

    @Test
    void theSubjectsOwnWordsAreKeptAndTheFirstPlaceholderWins() {
        Redactor r = Redactor.builder().keep("Putri Ayu").nameAndWords("Putri Lestari", "[Saksi]")
                .nameAndWords("Lestari Dewi", "[Pelaku]").build();
        assertThat(r.apply("Putri Lestari melihat Putri Ayu; Lestari pergi."))
                .isEqualTo("[Saksi] melihat Putri Ayu; [Saksi] pergi.");
    }

    @Test
    void titlesAndLowerCaseWordsOfAReporterDescriptionAreNotNames() {
        Redactor r = Redactor.builder().nameAndWords("Pak Joko, wali kelas 7A", "[pelapor]").build();
        assertThat(r.apply("Pak Joko (wali kelas) melapor ke guru."))
                .isEqualTo("Pak [pelapor] (wali kelas) melapor ke guru.");
    }

    @Test
    void fullNameOnlyLeavesTheWordsAlone() {
        Redactor r = Redactor.builder().fullName("Indah Permata", "[siswa lain]").build();
        assertThat(r.apply("Indah Permata dan suasana yang indah.")).isEqualTo("[siswa lain] dan suasana yang indah.");
        assertThat(Redactor.builder().build().apply("tanpa nama")).isEqualTo("tanpa nama");
    }
}
