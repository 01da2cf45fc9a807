package id.kantibekisah.students;

import id.kantibekisah.common.Labeled;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The roster fields the import understands, each with the header names schools and Dapodik use for it. Headers are
 * compared after lower-casing and dropping everything but letters and digits ("Nama Peserta Didik" → namapesertadidik).
 */
public enum RosterColumn implements Labeled {
    NISN(true, "nisn"),
    NIS(false, "nis", "nipd", "nisnipd", "noinduk", "nomorinduk"),
    NAME(true, "nama", "namapesertadidik", "namasiswa", "namalengkap", "namapd"),
    GENDER(true, "jk", "lp", "jeniskelamin", "kelamin", "gender", "sex"),
    CLASS(true, "rombel", "rombelsaatini", "kelas", "rombonganbelajar", "namarombel"),
    BIRTH_DATE(false, "tanggallahir", "tgllahir", "tgllhr", "tanggallhr", "lahir"),
    GUARDIAN_NAME(false, "namawali", "wali", "namaorangtua", "namaortu", "namaorangtuawali", "orangtuawali"),
    GUARDIAN_PHONE(false, "teleponwali", "hpwali", "nohpwali", "telepon", "telp", "hp", "nohp", "nomorhp",
            "notelp", "nomortelepon", "telpwali");

    private final boolean required;
    private final List<String> synonyms;

    RosterColumn(boolean required, String... synonyms) {
        this.required = required;
        this.synonyms = List.of(synonyms);
    }

    public boolean required() {
        return required;
    }

    public static Optional<RosterColumn> forHeader(String header) {
        String key = normalise(header);
        for (RosterColumn c : values()) {
            if (c.synonyms.contains(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
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
