package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.bimtek.certification.internal.pdf.PdfQrReader;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The demo trainee's certificate in real headless Chromium: the ladder with what is met and what is missing, the PDF
 * downloaded by the browser, its QR code read back from the rendered page, and the link it holds opened by a
 * browser with no session, which says the certificate is valid.
 */
class CertificationBrowserIT extends BrowserTest {

    @Test
    void traineeSeesTheLadderDownloadsThePdfAndItsQrCodeVerifies() throws Exception {
        String base = session.base();
        WebDriverWait wait = session.waiting();
        session.login("peserta", "bimtek-peserta");
        browser.get(base + "/sertifikat");
        // The demo trainee earned Dasar at seed time; her page may be the moment it is issued, so wait for it.
        wait.until(d -> {
            d.navigate().refresh();
            return !d.findElements(By.cssSelector("a[id^='pdf-']")).isEmpty();
        });
        assertEquals("Sertifikat saya", browser.findElement(By.tagName("h1")).getText());
        String dasar = browser.findElement(By.id("tier-DASAR")).getText();
        assertTrue(dasar.contains("4 dari 4 persyaratan terpenuhi"), dasar);
        assertTrue(dasar.contains("Tersertifikasi"), dasar);
        WebElement menengah = browser.findElement(By.id("tier-MENENGAH"));
        assertTrue(menengah.getText().contains("dari 5 persyaratan terpenuhi"), menengah.getText());
        assertFalse(menengah.findElements(By.cssSelector("li.missing a[href='/kursus/penulisan-berita-menengah']")).isEmpty(),
                "a missing requirement links to where it is done");

        WebElement pdfLink = browser.findElement(By.cssSelector("a[id^='pdf-']"));
        String code = pdfLink.getAttribute("id").substring("pdf-".length());
        byte[] pdf = download(pdfLink.getAttribute("href"));
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));

        String url = PdfQrReader.readQr(pdf);
        assertTrue(url.endsWith("/verify/" + code), url);
        HttpResponse<String> api = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url.replace("/verify/",
                "/api/certificates/") + "/verify")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, api.statusCode());
        assertEquals("VALID", Http.JSON.readTree(api.body()).path("status").asText());

        // Anyone, logged in or not, opens the link from the QR code.
        browser.manage().deleteAllCookies();
        browser.get(url);
        WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("verdict")));
        assertEquals("VALID", verdict.getAttribute("data-status"));
        assertTrue(verdict.getText().startsWith("Berlaku"), verdict.getText());
        String page = browser.findElement(By.tagName("main")).getText();
        assertTrue(page.contains("Siti Rahmawati") && page.contains("Dasar"), page);
        assertFalse(page.contains("199203152015032004"), "the full NIP is not shown to the public");
    }

    /** The browser fetches the file with its own session, as its download would, and hands the bytes over. */
    private byte[] download(String href) {
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0], {credentials: 'same-origin'})
                  .then(r => r.ok ? r.arrayBuffer() : Promise.reject('HTTP ' + r.status))
                  .then(b => { let s = ''; new Uint8Array(b).forEach(x => s += String.fromCharCode(x)); done(btoa(s)); })
                  .catch(e => done('ERROR ' + e));""", href);
        String text = String.valueOf(result);
        assertFalse(text.startsWith("ERROR"), text);
        return Base64.getDecoder().decode(text);
    }
}
