package org.bimtek.itests;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The built distribution started as a process, and real headless Chromium driving it: what every browser test needs. */
final class Browser implements AutoCloseable {

    private final BimtekProcess bimtek;
    private final WebDriver driver;

    private Browser(BimtekProcess bimtek, WebDriver driver) {
        this.bimtek = bimtek;
        this.driver = driver;
    }

    /** Starts a server on a fresh database named after the test, and a browser. */
    static Browser start(String name) throws Exception {
        BimtekProcess bimtek = BimtekProcess.unpack(name, BimtekProcess.newDatabaseDir(name)).start();
        try {
            return new Browser(bimtek, chromium());
        } catch (Exception | Error e) {
            bimtek.stop();
            throw e;
        }
    }

    /** Debian's chromium and chromedriver, named explicitly so Selenium Manager never downloads anything. */
    static WebDriver chromium() throws Exception {
        Path chrome = Path.of("/usr/bin/chromium");
        Path driver = Path.of("/usr/bin/chromedriver");
        if (!Files.isExecutable(chrome) || !Files.isExecutable(driver)) {
            throw new IllegalStateException("Browser tests need Debian's chromium and chromium-driver: apt-get install -y chromium chromium-driver (.ci/run does this)");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chrome.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--user-data-dir=" + Files.createTempDirectory("bimtek-chromium"), "--lang=id");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driver.toFile()).build();
        return new ChromeDriver(service, options);
    }

    WebDriver driver() {
        return driver;
    }

    int port() {
        return bimtek.port();
    }

    /** The server's address, {@code http://127.0.0.1:<port>}. */
    String base() {
        return "http://127.0.0.1:" + bimtek.port();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    /** Logs in on the login page and waits for the home page's greeting. */
    void login(String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get(base() + "/masuk");
        driver.findElement(By.id("username")).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys(password);
        driver.findElement(By.id("login-submit")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("greeting")));
    }

    @Override
    public void close() throws InterruptedException {
        try {
            driver.quit();
        } finally {
            bimtek.stop();
        }
    }
}
