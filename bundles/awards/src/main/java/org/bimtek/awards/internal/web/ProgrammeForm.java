package org.bimtek.awards.internal.web;

import static org.bimtek.api.web.Html.escape;

import java.util.ArrayList;
import java.util.List;
import org.bimtek.api.http.ApiException;
import org.bimtek.awards.internal.model.ComputedSource;
import org.bimtek.awards.internal.programme.ProgrammeInput;
import org.bimtek.awards.internal.programme.ProgrammeInput.CriterionInput;

/**
 * The "new programme" form: title, year, number of winners and a fixed number of criterion rows (title, kind or
 * source, weight), prefilled with the usual criteria. Works without script; rows left without a title are ignored.
 */
final class ProgrammeForm {

    static final int ROWS = 8;
    /** The choice of a row's kind: a computed source by name, or the jury. */
    static final String JURY = "JURY";

    private record Row(String title, String choice, String weight) {
    }

    private static final List<Row> USUAL = List.of(new Row("Tingkat sertifikat", "CERTIFICATE_TIER", "20"),
            new Row("Rata-rata nilai kuis", "QUIZ_AVERAGE", "15"), new Row("Nilai praktik", "PRACTICE_SCORE", "15"),
            new Row("Kehadiran bimtek", "ATTENDANCE", "10"), new Row("Konsistensi unggahan akun", JURY, "40"));

    private ProgrammeForm() {
    }

    static void render(StringBuilder body, Page page, int year) {
        body.append(page.form("/penghargaan/kelola", "create-form")).append("<fieldset class=\"choices\"><legend>Program baru</legend>")
                .append("<label for=\"judul\">Judul</label><input id=\"judul\" name=\"judul\" required maxlength=\"200\" value=\"")
                .append("Pengelola Medsos Terbaik ").append(year).append("\"><label for=\"periode\">Periode (tahun)</label>")
                .append("<input id=\"periode\" name=\"periode\" required inputmode=\"numeric\" pattern=\"[0-9]{4}\" value=\"").append(year)
                .append("\"><label for=\"pemenang\">Jumlah juara</label><input id=\"pemenang\" name=\"pemenang\" type=\"number\" min=\"1\" ")
                .append("max=\"50\" value=\"3\"></fieldset>\n<fieldset class=\"choices\"><legend>Kriteria dan bobot</legend>")
                .append("<p class=\"muted\">Kriteria data dinilai 0-10 otomatis; kriteria juri dinilai 1-10 oleh juri. Kosongkan judul ")
                .append("untuk tidak memakai baris.</p>\n");
        for (int i = 0; i < ROWS; i++) {
            Row row = i < USUAL.size() ? USUAL.get(i) : new Row("", JURY, "");
            body.append("<div class=\"criterion-row\"><label for=\"k").append(i).append("-judul\">Kriteria ").append(i + 1).append("</label>")
                    .append("<input id=\"k").append(i).append("-judul\" name=\"k").append(i).append("-judul\" maxlength=\"120\" value=\"")
                    .append(escape(row.title())).append("\"><label for=\"k").append(i).append("-jenis\">Dinilai dari</label><select id=\"k")
                    .append(i).append("-jenis\" name=\"k").append(i).append("-jenis\">");
            for (ComputedSource s : ComputedSource.values()) {
                option(body, s.name(), "Data: " + s.label(), row.choice());
            }
            option(body, JURY, "Juri (1-10)", row.choice());
            body.append("</select><label for=\"k").append(i).append("-bobot\">Bobot</label><input id=\"k").append(i).append("-bobot\" name=\"k")
                    .append(i).append("-bobot\" inputmode=\"decimal\" value=\"").append(escape(row.weight())).append("\"></div>\n");
        }
        body.append("</fieldset><button type=\"submit\">Buat program</button></form>\n");
    }

    private static void option(StringBuilder body, String value, String label, String selected) {
        body.append("<option value=\"").append(escape(value)).append("\"").append(value.equals(selected) ? " selected" : "").append(">")
                .append(escape(label)).append("</option>");
    }

    /** The form's fields as the API's input, so that both are checked by the same code. */
    static ProgrammeInput read(Page page) {
        List<CriterionInput> criteria = new ArrayList<>();
        for (int i = 0; i < ROWS; i++) {
            String title = page.parameter("k" + i + "-judul");
            if (title == null) {
                continue;
            }
            String choice = page.parameter("k" + i + "-jenis");
            boolean jury = choice == null || JURY.equals(choice);
            criteria.add(new CriterionInput(null, title, jury ? "JURY" : "COMPUTED", jury ? null : choice, weight(page, i)));
        }
        return new ProgrammeInput(page.parameter("judul"), page.parameter("periode"), winners(page.parameter("pemenang")), criteria);
    }

    private static Double weight(Page page, int row) {
        String text = page.parameter("k" + row + "-bobot");
        try {
            return text == null ? null : Double.valueOf(text.replace(',', '.'));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_weight", "Bobot kriteria " + (row + 1) + " harus berupa angka, misalnya 20 atau 2,5.");
        }
    }

    private static Integer winners(String text) {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_winners", "Jumlah juara harus bilangan bulat.");
        }
    }
}
