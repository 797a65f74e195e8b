package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An administrator, in real headless Chromium, imports a people file with a broken NIP (the dry run shows the
 * row and column, nothing is written), fixes it, imports again, finds the new admins in the registry, writes an
 * SK for one of them on the SK form, and sees the coverage chart.
 */
class RegistryBrowserIT extends BrowserTest {

    @Test
    void adminImportsFixesReimportsWritesAnSkAndSeesTheCoverageChart(@TempDir Path dir) throws Exception {
        browser.manage().window().setSize(new Dimension(1024, 900));
        String base = session.base();
        WebDriverWait wait = session.waiting();
        session.login("admin", "bimtek-admin");

        Path broken = dir.resolve("admin-baru.csv");
        Files.writeString(broken, """
                nip;nama;jabatan;email;kode_unit
                198703152015032001;Rina Wulandari;Pranata Humas;rina.w@samarindakota.go.id;KEL-AIRPUTIH
                19870315201503200X;Dedi Kurniawan;Pengelola Medsos;dedi.k@samarindakota.go.id;KEL-AIRPUTIH
                """);
        browser.get(base + "/registri/impor");
        new Select(browser.findElement(By.id("kind"))).selectByValue("people");
        browser.findElement(By.id("file")).sendKeys(broken.toString());
        browser.findElement(By.id("import-dry")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-errors")));
        String errors = browser.findElement(By.id("import-errors")).getText();
        assertTrue(errors.contains("3") && errors.contains("nip"), "the bad row and column are named: " + errors);

        Files.writeString(broken, Files.readString(broken).replace("19870315201503200X", "198703152015031002"));
        new Select(browser.findElement(By.id("kind"))).selectByValue("people");
        browser.findElement(By.id("file")).sendKeys(broken.toString());
        browser.findElement(By.id("import-run")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("import-report")));
        assertTrue(browser.findElements(By.id("import-errors")).isEmpty(), browser.findElement(By.id("import-report")).getText());
        assertTrue(browser.findElement(By.id("import-changes")).getText().contains("198703152015031002"));

        browser.get(base + "/registri?q=Dedi");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Dedi Kurniawan"));

        browser.get(base + "/registri/sk");
        browser.findElement(By.id("decree-add")).click();
        new Select(wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("unitCode")))).selectByValue("KEL-AIRPUTIH");
        browser.findElement(By.id("unit-next")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("number"))).sendKeys("800/123/KEL-AP/2026");
        setDate("date", "2026-11-01");
        browser.findElement(By.id("signedByName")).sendKeys("H. Ahmad Yani");
        browser.findElement(By.id("signedByTitle")).sendKeys("Lurah Air Putih");
        setDate("validFrom", "2026-11-01");
        browser.findElement(By.xpath("//label[contains(., 'Dedi Kurniawan')]/input")).click();
        browser.findElement(By.id("decree-save")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("decree-upload")));
        assertEquals("SK 800/123/KEL-AP/2026", browser.findElement(By.tagName("h1")).getText());
        assertTrue(browser.findElement(By.tagName("main")).getText().contains("Dedi Kurniawan"));

        browser.get(base + "/registri/cakupan");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("figure svg")));
        assertTrue(browser.findElement(By.cssSelector("figure svg")).getSize().getHeight() > 100, "the chart is drawn");
        assertTrue(browser.findElement(By.id("coverage")).getText().contains("Air Putih"));
    }

    /** Date inputs take typed dates in the browser's locale order; the value itself is ISO whatever the locale. */
    private void setDate(String id, String isoDate) {
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1]", browser.findElement(By.id(id)), isoDate);
    }
}
