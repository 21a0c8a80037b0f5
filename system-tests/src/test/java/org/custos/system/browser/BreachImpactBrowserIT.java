package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * A breach's data map in a real browser (X5): the DPM picks a system the breach touched, works out its impact, and
 * copies the figures into the breach form without losing what they typed, then saves it.
 */
@ExtendWith(SystemUnderTest.class)
class BreachImpactBrowserIT {

    private static final String PASSWORD = "copper-lantern-3141";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private final String run = Long.toString(System.currentTimeMillis() % 1_000_000, 36);
    private final String dpm = "dpm.impact." + run;
    private final String summary = "Register export left on a train " + run.toUpperCase(Locale.ROOT);

    @Test
    void theDpmTakesTheBreachsFiguresFromTheDataMapAndSavesThem_X5() {
        try (Browser browser = new Browser(SystemUnderTest.baseUrl())) {
            browser.haveAccounts(PASSWORD, new Browser.Account(dpm, "Dev Impact", "Data Protection Manager"));
            browser.logIn(dpm, PASSWORD);
            browser.open("/breaches/edit.xhtml");
            browser.type(By.id("breach:summary"), summary);
            browser.click(By.xpath("//label[starts-with(text(), 'Confidentiality')]"));
            browser.type(By.id("breach:description"), "A laptop with an export of the register was lost.");
            browser.type(By.id("breach:awareAt_input"), LocalDateTime.now().minusHours(1).format(DATE_TIME));

            browser.click(By.xpath("//*[@id='impact:systems']//label[text()='People register']"));
            browser.click(By.id("impact:work-out"));
            browser.waitForText(By.id("impact:rows"), "People register (system)");
            String people = browser.visible(By.id("impact:people")).getText();
            browser.click(By.id("impact:use"));
            browser.waitForText(By.id("breach:systems"), "People register");

            assertEquals(people, browser.visible(By.id("breach:approxPeople")).getAttribute("value"));
            assertEquals(summary, browser.visible(By.id("breach:summary")).getAttribute("value"),
                    "what was typed stays until saved");
            browser.choose("breach:likelihood", "Likely");
            browser.choose("breach:severity", "Significant");
            browser.click(By.id("breach:save"));
            browser.waitForText(By.id("status"), "left");
            browser.waitForText(By.id("breach:dataCategories"), "Postal addresses");
        }
    }
}
