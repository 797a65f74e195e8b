package org.bimtek.certification.internal.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Not a benchmark: a print of the steady-state cost plus a loose sanity bound. */
class CertificatePdfPerformanceTest {

    private static final int WARM_UP = 10;
    private static final int MEASURED = 50;

    @Test
    void renderingIsCheapAfterWarmUp() {
        CertificatePdf renderer = new CertificatePdf();
        PdfCertificate certificate = SampleCertificates.dasar();
        long sink = 0;
        for (int i = 0; i < WARM_UP; i++) {
            sink += renderer.render(certificate).length;
        }
        long started = System.nanoTime();
        for (int i = 0; i < MEASURED; i++) {
            sink += renderer.render(certificate).length;
        }
        double meanMs = (System.nanoTime() - started) / 1e6 / MEASURED;

        System.out.printf("CertificatePdf: mean render %.2f ms over %d renders (after %d warm-up), %d bytes each%n",
            meanMs, MEASURED, WARM_UP, sink / (WARM_UP + MEASURED));
        assertTrue(meanMs < 500, "mean render " + meanMs + " ms");
    }
}
