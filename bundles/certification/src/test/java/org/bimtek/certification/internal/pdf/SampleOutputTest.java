package org.bimtek.certification.internal.pdf;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import javax.imageio.ImageIO;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/** Writes sample.pdf and sample.png for a human to look at: {@code mvn test -Dcertpdf.sample.dir=.}. */
class SampleOutputTest {

    @Test
    @EnabledIfSystemProperty(named = "certpdf.sample.dir", matches = ".+")
    void writeSample() throws Exception {
        Path dir = Path.of(System.getProperty("certpdf.sample.dir"));
        write(dir, "sample", new CertificatePdf().render(SampleCertificates.dasar()));
        write(dir, "sample-stress", new CertificatePdf().render(stress()));
    }

    /** Worst case for the layout: everything long, and characters WinAnsi lacks. */
    private static PdfCertificate stress() {
        String name = "Prof. Dr. Ir. Hj. Raden Ajeng Kartika Sekar Arum Wulandari Puspitasari \u1E60 \u738B \uD83D\uDE00 "
            + "Ningrum Setyaningsih Hadiningrat, S.Sos., M.Si., M.I.Kom., Ph.D.";
        String unit = ("Bidang Pengelolaan Informasi dan Komunikasi Publik pada Dinas Komunikasi "
            + "dan Informatika Kota Samarinda, Provinsi Kalimantan Timur, Indonesia ").substring(0, 140);
        List<String> evidence = new ArrayList<>();
        for (int i = 1; i <= 8; i++) {
            evidence.add(i + ". Tata Kelola Media Sosial Pemerintah Tingkat Lanjutan dengan Studi Kasus Krisis "
                + "Komunikasi Publik di Daerah (Mahir): selesai; kuis 100; tugas akhir dinilai sangat baik");
        }
        return SampleCertificates.withEvidence(
            SampleCertificates.withHolder(SampleCertificates.dasar(), name, unit), evidence);
    }

    private static void write(Path dir, String name, byte[] pdf) throws Exception {
        Files.write(dir.resolve(name + ".pdf"), pdf);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 150, ImageType.RGB);
            ImageIO.write(page, "png", dir.resolve(name + ".png").toFile());
        }
    }
}
