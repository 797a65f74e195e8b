package org.bimtek.events.internal.checkin;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.bimtek.events.internal.event.Wita;

/**
 * The attendance list as CSV for a spreadsheet: UTF-8 with a byte-order mark (so Excel reads the names right),
 * {@code ;} as separator (what Indonesian spreadsheets expect), times in WITA.
 */
public final class AttendanceCsv {

    public static final String HEADER = "nama;nip;unit;status;hadir_pada;dicatat_oleh";

    private AttendanceCsv() {
    }

    public static byte[] write(List<AttendanceRow> rows) {
        StringBuilder out = new StringBuilder("\uFEFF").append(HEADER).append("\r\n");
        for (AttendanceRow r : rows) {
            out.append(cell(r.name())).append(';').append(cell(r.nip())).append(';').append(cell(r.unit())).append(';')
                    .append(cell(r.state().word())).append(';').append(cell(r.checkedInAt() == null ? null
                            : Wita.at(r.checkedInAt()).toLocalDateTime().withNano(0).toString().replace('T', ' ')))
                    .append(';').append(cell(r.checkedInBy())).append("\r\n");
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * One value: quoted when it holds the separator, a quote or a line break, and with a leading {@code '} when a
     * spreadsheet would take it for a formula (a name typed as "=HYPERLINK(...)" must stay text).
     */
    static String cell(String value) {
        if (value == null) {
            return "";
        }
        String v = value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(';') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
