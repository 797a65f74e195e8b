package org.bimtek.itests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.chromium.ChromiumNetworkConditions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * {@code peserta} takes a quiz end to end in real headless Chromium, on a phone-sized window; the network
 * is cut in the middle (Chrome's network emulation), answers keep being entered and wait in the browser,
 * and are replayed when the network returns; the result counts them.
 */
class QuizBrowserIT extends BrowserTest {

    private static final String QUIZ = "kuis-foto-video-dasar";
    @Test
    void traineeTakesAQuizAndAnswersGivenOfflineAreReplayedAndCounted() {
        browser.manage().window().setSize(new Dimension(412, 915));
        String base = session.base();
        WebDriverWait wait = session.waiting();
        session.login("peserta", "bimtek-peserta");

        browser.get(base + "/kursus/foto-video-dasar");
        browser.findElement(By.cssSelector("#quizzes a")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.id("quiz-start"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-form")));
        assertTrue(browser.findElement(By.id("countdown")).getText().matches("1[45]:\\d\\d"), "a countdown from 15 minutes");
        List<WebElement> questions = browser.findElements(By.cssSelector("fieldset.question"));
        assertEquals(10, questions.size());

        answer(questions.get(0));
        wait.until(d -> "saved".equals(state(1)));
        assertEquals("Tersimpan ✓", browser.findElement(By.id("s1")).getText());

        ChromiumNetworkConditions offline = new ChromiumNetworkConditions();
        offline.setOffline(true);
        ((ChromiumDriver) browser).setNetworkConditions(offline);
        for (int i = 1; i <= 4; i++) {
            answer(questions.get(i));
        }
        for (int slot = 2; slot <= 5; slot++) {
            int s = slot;
            wait.until(d -> "failed".equals(state(s)));
        }
        assertTrue(browser.findElement(By.id("connection")).isDisplayed(), "a clear warning that saving failed");
        String attempt = browser.findElement(By.id("quiz")).getAttribute("data-attempt");
        Number kept = (Number) ((JavascriptExecutor) browser).executeScript(
                "return Object.keys(JSON.parse(localStorage.getItem('bimtek-kuis-' + arguments[0]) || '{}')).length", attempt);
        assertEquals(4, kept.intValue(), "the four unsent answers are kept in localStorage");

        ((ChromiumDriver) browser).deleteNetworkConditions();
        for (int slot = 2; slot <= 5; slot++) {
            int s = slot;
            wait.until(d -> "saved".equals(state(s)));
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("connection")));
        answer(browser.findElements(By.cssSelector("fieldset.question")).get(5));
        wait.until(d -> "saved".equals(state(6)));

        // After a reload the page shows what the server kept.
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-form")));
        for (int slot = 1; slot <= 6; slot++) {
            assertEquals("saved", state(slot), "slot " + slot + " shown as saved after a reload");
        }

        browser.findElement(By.id("quiz-submit")).click();
        wait.until(ExpectedConditions.alertIsPresent()).accept();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        assertEquals("6", browser.findElement(By.id("result")).getAttribute("data-answered"), "the result counts the replayed answers");
        assertTrue(browser.findElement(By.id("result")).getText().startsWith("Nilai"));
    }

    private String state(int slot) {
        return browser.findElement(By.id("s" + slot)).getAttribute("data-state");
    }

    /** Gives some well-formed answer to a question of any built-in type, with the keyboard or a tap. */
    private void answer(WebElement question) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'})", question);
        switch (question.getAttribute("data-type")) {
            case "single-choice", "true-false", "multiple-response" -> question.findElement(By.cssSelector("label.option input")).click();
            case "matching" -> question.findElements(By.tagName("select")).forEach(s -> new Select(s).selectByIndex(1));
            case "ordering" -> question.findElement(By.cssSelector("button.down")).click();
            case "numerical" -> {
                question.findElement(By.cssSelector(".answer")).sendKeys("5");
                question.findElement(By.cssSelector(".answer")).sendKeys(org.openqa.selenium.Keys.TAB);
            }
            default -> {
                question.findElement(By.cssSelector(".answer")).sendKeys("jawaban");
                question.findElement(By.cssSelector(".answer")).sendKeys(org.openqa.selenium.Keys.TAB);
            }
        }
    }
}
