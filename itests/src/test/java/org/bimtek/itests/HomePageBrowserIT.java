package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A trainee logs in with real headless Chromium, on a phone-sized window, in Indonesian. */
class HomePageBrowserIT extends BrowserTest {

    @Test
    void traineeLogsInAndSeesTheIndonesianHomePageOnAPhone() {
        browser.manage().window().setSize(new Dimension(360, 740));
        String base = session.base();
        browser.get(base + "/masuk");
        browser.manage().deleteAllCookies();
        browser.get(base + "/");
        WebDriverWait wait = session.waiting();
        wait.until(ExpectedConditions.urlContains("/masuk"));
        assertEquals("Masuk ke Bimtek", browser.findElement(By.tagName("h1")).getText());

        browser.findElement(By.id("username")).sendKeys("peserta");
        browser.findElement(By.id("password")).sendKeys("salah-kata-sandi");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("login-error")));
        assertEquals("Nama pengguna atau kata sandi salah.", browser.findElement(By.id("login-error")).getText());

        browser.findElement(By.id("password")).sendKeys("bimtek-peserta");
        browser.findElement(By.id("login-submit")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));

        assertEquals("Selamat datang, Siti Rahmawati!", browser.findElement(By.id("greeting")).getText());
        assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertTrue(browser.findElement(By.tagName("body")).getText().contains("Peran Anda: Peserta"));
        JavascriptExecutor js = (JavascriptExecutor) browser;
        long scrollWidth = ((Number) js.executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(scrollWidth <= 360, "no sideways scrolling on a 360 px phone, was " + scrollWidth);
        long pageBytes = ((Number) js.executeScript(
                "return performance.getEntriesByType('navigation').concat(performance.getEntriesByType('resource'))"
                        + ".reduce((sum, e) => sum + (e.transferSize || e.encodedBodySize || 0), 0)")).longValue();
        assertTrue(pageBytes > 0 && pageBytes < 100_000, "the home page weighs under 100 KB, was " + pageBytes);

        browser.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.textToBe(By.id("greeting"), "Welcome, Siti Rahmawati!"));
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));
        browser.findElement(By.cssSelector("a.lang")).click();
        wait.until(ExpectedConditions.textToBe(By.id("greeting"), "Selamat datang, Siti Rahmawati!"));

        browser.findElement(By.cssSelector("form.logout button")).click();
        wait.until(ExpectedConditions.urlContains("/masuk"));
        browser.get(base + "/");
        wait.until(ExpectedConditions.urlContains("/masuk"));
    }

    @Test
    void traineeReadsALessonMarksItDoneAndSeesTheProgressBarMove() {
        browser.manage().window().setSize(new Dimension(360, 740));
        String base = session.base();
        WebDriverWait wait = session.waiting();
        session.login("peserta", "bimtek-peserta");

        browser.findElement(By.cssSelector("a[data-menu='courses']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Katalog kursus"));
        assertTrue(browser.findElement(By.id("jenjang-dasar")).getText().contains("Dasar"));
        browser.findElement(By.cssSelector("a[data-course='editing-video-dasar']")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Editing Video Dasar"));
        int before = Integer.parseInt(browser.findElement(By.tagName("progress")).getAttribute("value"));

        browser.findElement(By.id("resume")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("article.lesson")));
        assertTrue(browser.findElement(By.cssSelector("article.lesson")).getText().length() > 500, "the lesson has substance");
        assertTrue(browser.findElements(By.id("previous-lesson")).isEmpty(), "the first lesson has no previous one");
        browser.findElement(By.id("mark-done")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("lesson-done")));
        assertTrue(browser.findElement(By.id("lesson-done")).getText().contains("sudah selesai"));

        browser.findElement(By.id("next-lesson")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("previous-lesson")));
        browser.findElement(By.cssSelector("main p a")).click();
        wait.until(ExpectedConditions.textToBe(By.tagName("h1"), "Editing Video Dasar"));
        int after = Integer.parseInt(browser.findElement(By.tagName("progress")).getAttribute("value"));
        assertTrue(after > before, "the progress bar moved from " + before + " to " + after);
        assertTrue(browser.findElement(By.id("resume")).getText().startsWith("Lanjutkan"), "the course offers to resume");
        long scrollWidth = ((Number) ((JavascriptExecutor) browser).executeScript("return document.documentElement.scrollWidth")).longValue();
        assertTrue(scrollWidth <= 360, "no sideways scrolling on a 360 px phone, was " + scrollWidth);
    }

    @Test
    void unknownPageShowsTheIndonesian404Page() {
        browser.get(session.base() + "/tidak-ada-halaman-ini");
        assertEquals("Halaman tidak ditemukan", browser.findElement(By.tagName("h1")).getText());
    }
}
