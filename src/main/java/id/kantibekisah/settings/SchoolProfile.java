package id.kantibekisah.settings;

/** The school the program serves; its name heads the window and every report. */
public record SchoolProfile(String name, String npsn, String address, String city, String principalName) {
    public static final SchoolProfile UNSET = new SchoolProfile("", null, null, null, null);
}
