package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A bimtek event end to end in real headless Chromium on a 360 px phone: {@code peserta} opens the demo event from the
 * list, enrols, and sees her QR code and her check-in code; {@code admin} types the code at the check-in desk and sees
 * the confirmation; {@code peserta} sees "Hadir" on her event page.
 *
 * <p>Element ids: the list {@code #events} with {@code li.event[data-event-id]}; the event page {@code #event-title},
 * {@code #enrol}, {@code #my-enrolment[data-state]}, {@code #check-in-qr} (an img with a PNG data URL),
 * {@code #check-in-code}, {@code #attended}; the check-in page {@code #code}, {@code #check-in-submit},
 * {@code #check-in-result[data-status]}.
 */
class EventsBrowserIT extends BrowserTest {

    private static final String DEMO_TITLE = "Bimtek Penulisan Berita untuk Admin Kelurahan";

    private long scrollWidth() {
        return ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
    }

    @Test
    void traineeEnrolsAndShowsHerCodeAdminChecksHerInSheSeesHadir() throws Exception {
        String base = session.base();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Http api = new Http(session.port());
        Poll.until("the demo event", Duration.ofSeconds(60), () -> api.login("peserta", "bimtek-peserta").status() == 200
                && api.get("/api/events").status() == 200 && api.get("/api/events").body().contains(DEMO_TITLE));
        long id = -1;
        for (JsonNode e : api.get("/api/events").json()) {
            if (e.path("title").asText().equals(DEMO_TITLE)) {
                id = e.path("id").asLong();
            }
        }
        assertTrue(id > 0);

        browser.manage().window().setSize(new Dimension(360, 740));
        session.login("peserta", "bimtek-peserta");
        browser.get(base + "/acara");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#events li.event[data-event-id='" + id + "'] a")));
        assertTrue(card.getText().contains("0 dari 30 kursi terisi"), card.getText());
        card.click();
        assertEquals(DEMO_TITLE, wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("event-title"))).getText());
        assertTrue(browser.findElement(By.id("event-when")).getText().endsWith("09.00\u201315.00 WITA"));
        browser.findElement(By.id("enrol")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("my-enrolment"), "data-state", "ENROLLED"));
        WebElement qr = browser.findElement(By.id("check-in-qr"));
        assertTrue(qr.getAttribute("src").startsWith("data:image/png;base64,"), "the QR code is a PNG data URL");
        Number width = (Number) ((JavascriptExecutor) browser).executeScript("return arguments[0].naturalWidth", qr);
        assertTrue(width.intValue() > 0, "the browser decoded the QR image (the page's CSP allows data: images)");
        String code = browser.findElement(By.id("check-in-code")).getText();
        assertTrue(code.matches("[2-9A-HJKMNP-Z]{10}"), code);
        assertTrue(scrollWidth() <= 360, "no sideways scrolling on a 360 px phone, was " + scrollWidth());

        session.login("admin", "bimtek-admin");
        browser.get(base + "/acara/" + id + "/check-in");
        browser.findElement(By.id("code")).sendKeys(code);
        browser.findElement(By.id("check-in-submit")).click();
        WebElement result = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("check-in-result")));
        assertEquals("recorded", result.getAttribute("data-status"));
        assertTrue(result.getText().startsWith("Kehadiran Siti Rahmawati tercatat pada"), result.getText());
        assertTrue(scrollWidth() <= 360, "the check-in desk works on a phone too, was " + scrollWidth());

        session.login("peserta", "bimtek-peserta");
        browser.get(base + "/acara/" + id);
        WebElement attended = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("attended")));
        assertTrue(attended.getText().startsWith("Hadir pada "), attended.getText());
        assertTrue(attended.getText().endsWith(" WITA"), attended.getText());
    }
}
