package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A practice photo end to end in real headless Chromium: {@code peserta} uploads it (the page's resumable upload, its
 * progress bar and the pre-checks), hands it in; {@code instruktur} scores it with the rubric and accepts it;
 * {@code peserta} sees the scores and the comment.
 */
class PracticeBrowserIT extends BrowserTest {

    @Test
    void traineeUploadsAPhotoInstructorReviewsItTraineeSeesTheFeedback() throws Exception {
        String base = session.base();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        Http api = new Http(session.port());
        Poll.until("the practice tasks", Duration.ofSeconds(60), () -> api.login("peserta", "bimtek-peserta").status() == 200
                && api.get("/api/tasks").json().size() >= 7);
        String task = null;
        for (JsonNode t : api.get("/api/tasks").json()) {
            if (t.path("kind").asText().equals("PHOTO")) {
                task = t.path("id").asText();
                break;
            }
        }
        assertTrue(task != null, "a course has a photo task");

        Path photo = Files.createTempFile("kegiatan-", ".jpg");
        BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(30, 110, 60));
        g.fillRect(0, 0, 1920, 1080);
        g.setColor(Color.WHITE);
        g.fillOval(700, 300, 500, 500);
        g.dispose();
        ImageIO.write(image, "jpg", photo.toFile());

        session.login("peserta", "bimtek-peserta");
        browser.get(base + "/praktik/" + task);
        browser.findElement(By.id("file")).sendKeys(photo.toString());
        wait.until(ExpectedConditions.textToBe(By.id("upload-status"), "Unggahan selesai dan tersimpan sebagai draf."));
        assertEquals("100", browser.findElement(By.id("upload-progress")).getAttribute("value"));
        WebElement checks = browser.findElement(By.id("checks"));
        assertFalse(checks.findElements(By.cssSelector("li[data-id='exif-date']")).isEmpty(), checks.getText());
        assertTrue(checks.getText().contains("EXIF"), "no EXIF date in a drawn image: " + checks.getText());
        assertFalse(browser.findElements(By.cssSelector("#preview img")).isEmpty(), "the photo is previewed");
        browser.findElement(By.id("submit-file")).click();
        wait.until(ExpectedConditions.attributeToBe(By.id("task-state"), "data-state", "SUBMITTED"));

        browser.manage().deleteAllCookies();
        session.login("instruktur", "bimtek-instruktur");
        browser.get(base + "/praktik/tinjau?tugas=" + task);
        browser.findElement(By.cssSelector("#queue a")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-form")));
        assertFalse(browser.findElements(By.cssSelector("img.work")).isEmpty(), "the reviewer sees the photo");
        for (WebElement criterion : browser.findElements(By.cssSelector("#review-form fieldset"))) {
            java.util.List<WebElement> levels = criterion.findElements(By.cssSelector("input[type=radio]"));
            levels.get(levels.size() - 1).click();
        }
        browser.findElement(By.id("comment")).sendKeys("Komposisi rapi dan cahaya cukup. Pertahankan.");
        browser.findElement(By.id("accept")).click();
        wait.until(ExpectedConditions.textToBe(By.id("notice"), "Penilaian tersimpan."));

        browser.manage().deleteAllCookies();
        session.login("peserta", "bimtek-peserta");
        browser.get(base + "/praktik/" + task);
        WebElement version = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("section.version[data-version='1']")));
        assertEquals("ACCEPTED", version.getAttribute("data-state"));
        assertTrue(version.getText().contains("Komposisi rapi dan cahaya cukup."), version.getText());
        assertEquals("ACCEPTED", browser.findElement(By.id("task-state")).getAttribute("data-state"));
    }
}
