package org.bimtek.registry.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvTest {

    private static Csv.Table parse(String text) throws Csv.CsvException {
        return Csv.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void commaSeparatedWithQuotesDoubledQuotesAndLineBreaks() throws Exception {
        Csv.Table table = parse("kode,nama\r\nA,\"Dinas \"\"Baru\"\", Samarinda\"\r\nB,\"dua\nbaris\"\r\nC,akhir");
        assertEquals(',', table.separator());
        assertEquals(List.of("kode", "nama"), table.header());
        assertEquals(List.of("A", "Dinas \"Baru\", Samarinda"), table.records().get(0).fields());
        assertEquals(List.of("B", "dua\nbaris"), table.records().get(1).fields());
        assertEquals(List.of("C", "akhir"), table.records().get(2).fields());
        assertEquals(2, table.records().get(0).line());
        assertEquals(3, table.records().get(1).line());
        assertEquals(5, table.records().get(2).line(), "the line after a two-line record");
    }

    @Test
    void semicolonSeparatedWithBomAsSpreadsheetsInIndonesiaSaveIt() throws Exception {
        Csv.Table table = parse("\uFEFFKode;Nama;Catatan\nA;Dinas Kesehatan;\"1,5; dua\"\n\nB;Bappeda;\n");
        assertEquals(';', table.separator());
        assertEquals(List.of("kode", "nama", "catatan"), table.header(), "BOM gone, header lower case");
        assertEquals(2, table.records().size(), "the blank line is skipped");
        assertEquals(List.of("A", "Dinas Kesehatan", "1,5; dua"), table.records().get(0).fields());
        assertEquals(List.of("B", "Bappeda", ""), table.records().get(1).fields());
        assertEquals(4, table.records().get(1).line());
    }

    @Test
    void theSeparatorComesFromTheHeaderNotFromTheData() {
        assertEquals(';', Csv.detectSeparator("a;b;c\n1,2,3,4,5"));
        assertEquals(',', Csv.detectSeparator("\"a;b\",c\n"));
    }

    @Test
    void brokenQuotingAndNonUtf8AreRefusedWithTheLine() {
        Csv.CsvException open = assertThrows(Csv.CsvException.class, () -> parse("a,b\n1,\"never closed\n2,3"));
        assertEquals(2, open.line());
        Csv.CsvException middle = assertThrows(Csv.CsvException.class, () -> parse("a,b\n1,2\n3,ab\"c\"\n"));
        assertEquals(3, middle.line());
        assertThrows(Csv.CsvException.class, () -> parse("a,b\n1,\"x\"y\n"));
        byte[] latin1 = "kode,nama\nA,Pemb\u00e9rdayaan\n".getBytes(StandardCharsets.ISO_8859_1);
        Csv.CsvException encoding = assertThrows(Csv.CsvException.class, () -> Csv.parse(latin1));
        assertTrue(encoding.getMessage().contains("UTF-8"));
    }

    @Test
    void writingQuotesWhatNeedsItGuardsFormulasAndReadsBackTheSame() throws Exception {
        byte[] bytes = Csv.write(List.of("a", "b", "c"), List.of(List.of("x,y", "say \"hi\"", "=SUM(A1)"), List.of("+62 812", "", "@x")));
        String text = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFa,b,c\r\n\"x,y\",\"say \"\"hi\"\"\",'=SUM(A1)\r\n"), text);
        Csv.Table back = Csv.parse(bytes);
        assertEquals("=SUM(A1)", Csv.unguard(back.records().get(0).fields().get(2)));
        assertEquals("+62 812", Csv.unguard(back.records().get(1).fields().get(0)));
        assertEquals("'quote", Csv.unguard("'quote"), "an ordinary apostrophe stays");
    }
}
