package org.bimtek.itests;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.WebDriver;

/** A browser test class: one server and one Chromium for all its tests, named after the class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class BrowserTest {

    protected Browser session;
    protected WebDriver browser;

    @BeforeAll
    void start() throws Exception {
        session = Browser.start(getClass().getSimpleName());
        browser = session.driver();
    }

    @AfterAll
    void stop() throws Exception {
        if (session != null) {
            session.close();
        }
    }
}
