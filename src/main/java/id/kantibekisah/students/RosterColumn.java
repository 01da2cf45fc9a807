package id.kantibekisah.students;

import id.kantibekisah.common.Labeled;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The roster fields the import understands, each with the header names schools and Dapodik use for it. Headers are
 * compared after lower-casing and dropping everything but letters and digits ("Nama Peserta Didik" →
 * namapesertadidik); a header spread over two rows is read as both rows together ("Data Ayah" over "Nama" →
 * dataayahnama).
 *
 * <p>The names are listed in order of preference. When a file has several columns for one field, the row's value
 * comes from the most preferred column that is not empty: Dapodik fills "Data Wali" only for some students, so the
 * guardian is the wali where there is one, else the father, else the mother.
 */
public enum RosterColumn implements Labeled {
    NISN(true, "nisn", "nomorinduksiswanasional"),
    NIS(false, "nipd", "nis", "nisnipd", "noinduk", "nomorinduk", "nomorindukpesertadidik", "noindukpd"),
    NAME(true, "nama", "namapesertadidik", "namasiswa", "namalengkap", "namapd", "namalengkapsiswa"),
    GENDER(true, "jk", "lp", "jeniskelamin", "kelamin", "gender", "sex", "jkel"),
    CLASS(true, "rombel", "rombelsaatini", "kelas", "rombonganbelajar", "namarombel", "kelasrombel",
            "rombelkelas"),
    BIRTH_DATE(false, "tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "lahir", "tgllahirddmmyyyy",
            "tanggallahirddmmyyyy"),
    GUARDIAN_NAME(false, "namawali", "wali", "datawalinama", "namaorangtuawali", "namaorangtua", "namaortu",
            "orangtuawali", "dataayahnama", "namaayah", "namaayahkandung", "dataibunama", "namaibu",
            "namaibukandung"),
    GUARDIAN_PHONE(false, "hpwali", "nohpwali", "nomorhpwali", "teleponwali", "telpwali", "notelpwali",
            "hporangtua", "hportu", "nohportu", "teleponorangtua", "teleponortu", "hp", "nohp", "nomorhp",
            "telepon", "telp", "notelp", "nomortelepon", "notelepon");

    private final boolean required;
    private final List<String> synonyms;

    RosterColumn(boolean required, String... synonyms) {
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    public boolean required() {
        return required;
    }

    /** A header and how much it is preferred for its field (0 = most). */
    public record Match(RosterColumn column, int preference) {
    }

    public static Optional<Match> match(String header) {
        String key = normalise(header);
        if (key.isEmpty()) {
            return Optional.empty();
        }
        for (RosterColumn c : values()) {
            OptionalInt index = indexOf(c.synonyms, key);
            if (index.isPresent()) {
                return Optional.of(new Match(c, index.getAsInt()));
            }
        }
        return Optional.empty();
    }

    public static Optional<RosterColumn> forHeader(String header) {
        return match(header).map(Match::column);
    }

    private static OptionalInt indexOf(List<String> list, String key) {
        int i = list.indexOf(key);
        return i < 0 ? OptionalInt.empty() : OptionalInt.of(i);
    }

    public static String normalise(String header) {
        if (header == null) {
            return "";
        }
        String plain = Normalizer.normalize(header, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    @Override
    public String labelKey() {
        return "roster.column." + name();
    }
}
