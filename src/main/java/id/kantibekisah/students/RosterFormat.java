package id.kantibekisah.students;

import id.kantibekisah.common.Labeled;

/** What a file that is not a readable roster turned out to be, named in the message that refuses it. */
public enum RosterFormat implements Labeled {
    /** Excel 97–2003 (.xls, BIFF). */
    XLS,
    /** LibreOffice / OpenOffice Calc. */
    ODS,
    /** A web page saved under an Excel name, as some school systems "export to Excel". */
    HTML,
    /** Excel's XML Spreadsheet 2003. */
    XML_2003,
    PDF,
    /** Word, Writer or RTF. */
    DOCUMENT,
    PRESENTATION,
    IMAGE,
    /** A zip archive that is no Office file. */
    ZIP;

    @Override
    public String labelKey() {
        return "roster.format." + name();
    }
}
