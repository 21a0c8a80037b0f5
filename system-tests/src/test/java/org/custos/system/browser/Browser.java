package org.custos.system.browser;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.function.Consumer;
import java.util.stream.Stream;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.custos.domain.shared.Role;
import org.custos.testsupport.TestAccounts;
import org.custos.testsupport.TestPostgres;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementNotInteractableException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.pagefactory.ByChained;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium session against Custos, with the few steps every journey takes. Every page a journey
 * opens or waits on is checked with axe-core against WCAG 2.2 AA, once per journey (the first time the journey is on
 * it, whichever record it shows): a critical or serious violation fails the
 * journey when the browser closes ({@link #close()}); the pages that open its accounts are setup, checked by the
 * accessibility journey itself.
 */
final class Browser implements AutoCloseable {

    /** The WCAG 2.0, 2.1 and 2.2 rules at levels A and AA. */
    private static final List<String> WCAG_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
    private static final Set<String> FAILING_IMPACTS = Set.of("critical", "serious");
    private static final Duration POLL = Duration.ofMillis(100);
    private final WebDriver driver;
    private final WebDriverWait wait;
    private final String baseUrl;
    private final Path downloads;
    /**
     * The pages axe-core checked, by address without its query: each page is checked once per journey however often
     * the journey comes back to it, for another record or after a step (a check costs a second or two, and journeys
     * come back to the same pages dozens of times). The accessibility journey checks pages in their other states
     * ({@link #checkThisPageAgain()}).
     */
    private final Set<String> checkedPages = new HashSet<>();
    /** While the journey's accounts are opened: setup, whose pages the accessibility journey checks itself. */
    private boolean settingUp;
    private final List<String> violations = new ArrayList<>();

    Browser(String baseUrl) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getProperty("custos.test.chromium", "/usr/bin/chromium"));
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--window-size=1400,1000");
        try {
            downloads = Files.createTempDirectory("custos-downloads");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File(System.getProperty("custos.test.chromedriver",
                        "/usr/bin/chromedriver")))
                .build();
        driver = new ChromeDriver(service, options);
        // polled every 100 ms rather than Selenium's 500: most waits end within a few polls, and there are hundreds
        wait = new WebDriverWait(driver, Duration.ofSeconds(20), POLL);
    }

    WebDriver driver() {
        return driver;
    }

    void open(String path) {
        driver.get(path.startsWith("http") ? path : baseUrl + path);
        checkThisPage();
    }

    void logIn(String username, String password) {
        open("/login.xhtml");
        type(By.id("username"), username);
        type(By.id("password"), password);
        driver.findElement(By.id("login-button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-as")));
        assertTrue(driver.findElement(By.id("signed-in-as")).getAttribute("title").contains("(" + username + ")"),
                "the page names the account signed in");
        checkThisPage();
    }

    void logOut() {
        driver.findElement(By.id("logout")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("logged-out")));
    }

    void type(By field, String text) {
        act(field, input -> {
            input.clear();
            input.sendKeys(text);
        });
    }

    /**
     * Types over what a box holds, as a user does: select all, then type (a date picker puts back a value that was
     * only cleared).
     */
    void retype(By field, String text) {
        act(field, input -> input.sendKeys(Keys.chord(Keys.CONTROL, "a"), text));
    }

    void click(By target) {
        act(target, WebElement::click);
    }

    /** The bytes of the first file the browser downloaded, once it is complete. */
    byte[] downloaded() {
        return downloaded("");
    }

    /**
     * The bytes of the first downloaded file whose name ends with {@code suffix}, once it is complete: no partial
     * download left, and the same bytes at two looks in a row (Chromium may write under the final name).
     */
    byte[] downloaded(String suffix) {
        byte[][] lastLook = {null};
        return wait.until(driver -> {
            try (Stream<Path> files = Files.list(downloads)) {
                List<Path> found = files.toList();
                if (found.stream().anyMatch(file -> file.toString().endsWith(".crdownload"))) {
                    return null;
                }
                Optional<Path> done = found.stream().filter(file -> file.toString().endsWith(suffix)).findFirst();
                byte[] bytes = done.isPresent() ? Files.readAllBytes(done.get()) : null;
                boolean settled = bytes != null && bytes.length > 0 && Arrays.equals(bytes, lastLook[0]);
                lastLook[0] = bytes;
                return settled ? bytes : null;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /**
     * Picks an option of a PrimeFaces selectOneMenu by its label, as a user does: open the panel, click the item,
     * and again until the menu shows the choice (a click while the panel is still opening, or after a scroll
     * closed it, is lost).
     */
    void choose(String menuId, String label) {
        // the menu may still be re-rendered by the Ajax answer of the step before (a search filling its options)
        wait.ignoring(StaleElementReferenceException.class).until(driver -> ((JavascriptExecutor) driver)
                .executeScript("arguments[0].scrollIntoView({block: 'center'}); return true;",
                        visible(By.id(menuId))));
        wait.ignoring(StaleElementReferenceException.class).ignoring(ElementNotInteractableException.class)
                .until(driver -> {
                    if (driver.findElement(By.id(menuId + "_label")).getText().equals(label)) {
                        return true;
                    }
                    WebElement panel = driver.findElement(By.id(menuId + "_panel"));
                    if (panel.isDisplayed()) {
                        panel.findElement(By.xpath(".//li[normalize-space(.)=\"" + label + "\"]")).click();
                    } else {
                        driver.findElement(By.id(menuId)).click();
                    }
                    return false;
                });
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id(menuId + "_panel")));
    }

    /** Registers a person with one category on the register's page; ends on their detail page. */
    void registerPerson(String givenNames, String familyName, String categoryLabel) {
        open("/people/edit.xhtml");
        type(By.id("person:givenNames"), givenNames);
        type(By.id("person:familyName"), familyName);
        click(By.xpath("//label[text()='" + categoryLabel + "']"));
        click(By.id("person:save"));
        waitForText(By.id("person-name"), givenNames + " " + familyName);
    }

    /**
     * Opens the page's tab (p:tabView) of this title and waits until it is shown: a dynamic tab's content arrives
     * by Ajax, and until then the previous tab's fields are still on screen.
     */
    void openPageTab(String title) {
        By tab = By.xpath("//*[@role='tablist']//a[@role='tab'][normalize-space(.)='" + title + "']");
        click(tab);
        wait.until(ExpectedConditions.attributeToBe(tab, "aria-selected", "true"));
    }

    /** Goes on in the tab that a link just opened. */
    void switchToTheNewTab() {
        String current = driver.getWindowHandle();
        wait.until(browser -> browser.getWindowHandles().size() > 1);
        driver.switchTo().window(driver.getWindowHandles().stream().filter(tab -> !tab.equals(current)).findFirst()
                .orElseThrow());
    }

    /** Closes the current tab and goes on in {@code tab}. */
    void closeTabAndReturnTo(String tab) {
        driver.close();
        driver.switchTo().window(tab);
    }

    /** An account a journey needs: its user name, the person's name and the label of its role. */
    record Account(String username, String name, String role) {
    }

    /**
     * The DPM who confirms the accounts the administrator opens through the screens (X6: roles that see personal
     * data wait for a DPM other than the administrator), put straight into the database before the first of them.
     */
    private static final Account STANDING_DPM = new Account("standing.dpm", "Morgan Standing",
            "Data Protection Manager");
    private static final String STANDING_DPM_PASSWORD = "standing-quartz-71-heron";
    private static boolean standingDpmOpened;

    /**
     * The journey's accounts, all with one password, as opened and confirmed a day ago: put straight into the
     * database, as the journey is not about opening them ({@link #openAccounts} goes through the screens).
     */
    void haveAccounts(String password, Account... accounts) {
        for (Account account : accounts) {
            Role role = Arrays.stream(Role.values()).filter(each -> each.label().equals(account.role())).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No role is labelled " + account.role()));
            try {
                TestAccounts.open(TestPostgres.dataSource(), account.username(), account.name(), role, password);
            } catch (SQLException e) {
                throw new IllegalStateException("The account " + account.username() + " was not opened", e);
            }
        }
    }

    /**
     * The administrator opens the journey's accounts, all with one password, and the standing DPM confirms the
     * roles that wait for a DPM; ends logged out.
     */
    void openAccounts(String password, Account... accounts) {
        synchronized (Browser.class) {
            if (!standingDpmOpened) {
                haveAccounts(STANDING_DPM_PASSWORD, STANDING_DPM);
                standingDpmOpened = true;
            }
        }
        settingUp = true;
        try {
            logIn(SystemUnderTest.adminUser(), SystemUnderTest.adminPassword());
            open("/admin/accounts.xhtml");
            for (Account account : accounts) {
                openAccount(account.username(), account.name(), password, account.role());
            }
            logOut();
            logIn(STANDING_DPM.username(), STANDING_DPM_PASSWORD);
            open("/confirmations/list.xhtml");
            for (Account account : accounts) {
                By row = By.xpath("//tbody[@id='changes:table_data']/tr[contains(., '" + account.username()
                        + " (')]");
                click(new ByChained(row, By.xpath(".//button[contains(@id, ':confirm')]")));
                click(By.cssSelector(".ui-confirmdialog-yes"));
                wait.until(ExpectedConditions.invisibilityOfElementLocated(row));
            }
            logOut();
        } finally {
            settingUp = false;
        }
    }

    private void openAccount(String username, String name, String password, String role) {
        click(By.id("accounts:new-account"));
        visible(By.id("create:username"));
        assertEveryFieldIsLabelled();
        type(By.id("create:username"), username);
        type(By.id("create:displayName"), name);
        type(By.id("create:password"), password);
        click(By.xpath("//form[@id='create']//label[text()='" + role + "']"));
        click(By.id("create:create-account"));
        waitForText(By.id("accounts:table"), username);
    }

    /** Acts on the element once it can be clicked, finding it again if an Ajax update replaced it meanwhile. */
    private void act(By target, Consumer<WebElement> action) {
        wait.ignoring(StaleElementReferenceException.class).until(driver -> {
            WebElement element = ExpectedConditions.elementToBeClickable(target).apply(driver);
            if (element == null) {
                return false;
            }
            action.accept(element);
            return true;
        });
    }

    WebElement visible(By target) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(target));
    }

    /** Waits until the keyboard focus is on the element with this id. */
    void waitForFocusOn(String id) {
        wait.until(driver -> id.equals(driver.switchTo().activeElement().getAttribute("id")));
    }

    /**
     * Keyboard only: presses Tab until the focus is on the element with this id, and checks that a sighted
     * keyboard user sees it there (WCAG 2.4.7).
     */
    void tabTo(String id) {
        for (int tab = 0; tab < 80 && !focusIsOn(id); tab++) {
            press(Keys.TAB);
        }
        assertTrue(focusIsOn(id), () -> id + " is not reached by Tab; the focus is on "
                + driver.switchTo().activeElement().getAttribute("outerHTML"));
        assertFocusIsVisible();
    }

    /** The focus is on the element, or in the PrimeFaces widget it belongs to (a check box's drawn box, say). */
    private boolean focusIsOn(String id) {
        return (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const target = document.getElementById(arguments[0]), focused = document.activeElement;
                if (target === null || target === focused) {
                    return target !== null;
                }
                const widget = target.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu');
                return widget !== null && widget.contains(focused);
                """, id);
    }

    void press(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /**
     * The focused element is outlined, or, for PrimeFaces' check boxes, radio buttons and menus whose native input
     * is hidden, the box drawn for it shows the focus.
     */
    void assertFocusIsVisible() {
        Boolean shown = (Boolean) ((JavascriptExecutor) driver).executeScript("""
                const e = document.activeElement, style = getComputedStyle(e);
                if (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0 && e.offsetWidth > 1) {
                    return true;
                }
                const drawn = e.closest('.ui-chkbox, .ui-radiobutton, .ui-selectonemenu, .ui-selectcheckboxmenu');
                return drawn !== null && (drawn.classList.contains('ui-state-focus')
                        || drawn.querySelector('.ui-state-focus') !== null);
                """);
        assertTrue(shown, () -> "the focus is not visible on " + driver.switchTo().activeElement()
                .getAttribute("outerHTML"));
    }

    /** Keyboard only: Tab {@code times} times, the focus staying inside the element with this id every time. */
    void assertTabStaysIn(String id, int times) {
        // a dialog takes the focus once it has opened: Tab before that would leave from the page behind it
        wait.until(ignored -> (Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById(arguments[0]).contains(document.activeElement);", id));
        for (int tab = 0; tab < times; tab++) {
            press(Keys.TAB);
            assertTrue((Boolean) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById(arguments[0]).contains(document.activeElement);", id),
                    "Tab " + (tab + 1) + " stays in " + id + ", not on "
                            + driver.switchTo().activeElement().getAttribute("outerHTML"));
        }
    }

    void waitUntilHidden(By target) {
        wait.until(ExpectedConditions.invisibilityOfElementLocated(target));
    }

    /**
     * Waits until the element shows the text, finding it again while an Ajax update replaces it (Chromium then
     * reports a stale element, or a node that "does not belong to the document").
     */
    void waitForText(By target, String text) {
        try {
            untilShown(target, text);
        } catch (TimeoutException late) {
            String page = driver.findElement(By.tagName("body")).getText();
            throw new AssertionError("Waited for \"" + text + "\" in " + target + " on " + driver.getCurrentUrl()
                    + "; the page shows:\n" + page.substring(0, Math.min(page.length(), 3000)), late);
        }
        checkThisPage();
    }

    /**
     * Checks the page with axe-core unless the journey checked it before (same address but for the query); what it
     * finds fails the journey when the browser closes, so that one run names every page's violations.
     */
    private void checkThisPage() {
        if (!settingUp && checkedPages.add(pageWithoutQuery())) {
            violations.addAll(violationsHere());
        }
    }

    /** Checks the page with axe-core again, as it is now (after a change of the window's size, say). */
    void checkThisPageAgain() {
        if (!settingUp) {
            checkedPages.add(pageWithoutQuery());
            violations.addAll(violationsHere());
        }
    }

    /** The page's address without its query and fragment: one page, whichever record it shows. */
    private String pageWithoutQuery() {
        String page = driver.getCurrentUrl();
        int end = page.length();
        for (char separator : new char[] {'?', '#', ';'}) {
            int at = page.indexOf(separator);
            end = at >= 0 ? Math.min(end, at) : end;
        }
        return page.substring(0, end);
    }

    private List<String> violationsHere() {
        untilSettled();
        // Without frames, axe-core's legacy mode finds the same: one run in the page, rather than a run per frame
        // whose results are put together in a blank tab opened for it (the script injected twice, a tab each time)
        boolean framed = !driver.findElements(By.tagName("iframe")).isEmpty();
        List<Rule> failing = new AxeBuilder().withTags(WCAG_AA).setLegacyMode(!framed).analyze(driver).getViolations()
                .stream()
                .filter(rule -> FAILING_IMPACTS.contains(rule.getImpact())).toList();
        return failing.stream().map(rule -> "axe-core on " + driver.getCurrentUrl() + ": " + rule.getImpact() + " "
                + rule.getId() + ": " + rule.getHelp() + " at " + rule.getNodes().stream().limit(5)
                        .map(node -> node.getTarget() + " (" + node.getFailureSummary() + ")").collect(Collectors.joining(", ")))
                .toList();
    }

    /**
     * Waits until no request of PrimeFaces is under way and no finite transition runs: a button just re-enabled fades
     * back from the theme's disabled opacity, and axe-core would measure its contrast halfway.
     */
    private void untilSettled() {
        wait.until(ignored -> (Boolean) ((JavascriptExecutor) driver).executeScript("""
                return (!window.PrimeFaces || PrimeFaces.ajax.Queue.isEmpty())
                    && document.getAnimations().every(a => a.playState !== 'running'
                        || a.effect.getComputedTiming().iterations === Infinity);
                """));
    }

    private void untilShown(By target, String text) {
        wait.until(driver -> {
            try {
                return driver.findElements(target).stream().anyMatch(found -> found.getText().contains(text));
            } catch (StaleElementReferenceException replaced) {
                return false;
            } catch (WebDriverException failure) {
                if (String.valueOf(failure.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw failure;
            }
        });
    }

    /** A field of a form and what a user puts in it: a text box or area, a menu's option, a ticked box. */
    record Typed(Kind kind, String id, String value) {

        enum Kind { TEXT, MENU, TICK, SECRET }

        static Typed text(String id, String text) {
            return new Typed(Kind.TEXT, id, text);
        }

        /** A password: typed, but never written back into a page, so not looked for afterwards. */
        static Typed secret(String id, String password) {
            return new Typed(Kind.SECRET, id, password);
        }

        /** A date picker's box, typed as day/month/year. */
        static Typed date(String id, String day) {
            return new Typed(Kind.TEXT, id + "_input", day);
        }

        static Typed menu(String id, String label) {
            return new Typed(Kind.MENU, id, label);
        }

        /** A check box of the form, by its label. */
        static Typed tick(String formId, String label) {
            return new Typed(Kind.TICK, formId, label);
        }
    }

    /**
     * Nothing typed is ever lost (issue 14): fills every field, sends the form with {@code send} so that the server
     * refuses it or a value fails validation, waits for the error message that says why (in the page's messages or
     * the form's own), and checks that every field still holds what was typed.
     */
    void assertNothingTypedIsLost(By send, String message, Typed... fields) {
        assertNothingTypedIsLost(send, false, message, fields);
    }

    /** As {@link #assertNothingTypedIsLost(By, String, Typed...)}, for a button that asks to confirm first: Yes. */
    void assertNothingTypedIsLostOnceConfirmed(By send, String message, Typed... fields) {
        assertNothingTypedIsLost(send, true, message, fields);
    }

    private void assertNothingTypedIsLost(By send, boolean confirm, String message, Typed... fields) {
        for (Typed field : fields) {
            fill(field);
        }
        click(send);
        if (confirm) {
            click(By.cssSelector(".ui-confirmdialog-yes"));
        }
        waitForText(By.cssSelector(".ui-messages-error, .ui-message-error"), message);
        List<String> lost = Stream.of(fields).filter(field -> field.kind() != Typed.Kind.SECRET)
                .filter(field -> !field.value().equals(shown(field)))
                .map(field -> field.id() + " held \"" + field.value() + "\", now \"" + shown(field) + "\"")
                .toList();
        assertTrue(lost.isEmpty(), () -> "after \"" + message + "\" on " + driver.getCurrentUrl()
                + " what was typed is lost: " + String.join("; ", lost));
    }

    private void fill(Typed field) {
        switch (field.kind()) {
            case TEXT, SECRET -> type(By.id(field.id()), field.value());
            case MENU -> choose(field.id(), field.value());
            case TICK -> click(tickBox(field));
        }
    }

    /** What the field shows now: its text, its menu's choice, or its label's text while its box is ticked. */
    private String shown(Typed field) {
        return switch (field.kind()) {
            case TEXT, SECRET -> driver.findElement(By.id(field.id())).getAttribute("value");
            case MENU -> driver.findElement(By.id(field.id() + "_label")).getText();
            case TICK -> driver.findElement(By.id(driver.findElement(tickBox(field)).getAttribute("for")))
                    .isSelected() ? field.value() : "(not ticked)";
        };
    }

    private static By tickBox(Typed field) {
        return By.xpath("//form[@id='" + field.id() + "']//label[normalize-space(.)=\"" + field.value() + "\"]");
    }

    /** The page's messages (p:messages), once at least one is shown. */
    String messages() {
        return visible(By.cssSelector(".ui-messages")).getText();
    }

    /**
     * Every field a user can reach (input, select, textarea, PrimeFaces combobox) has a visible label bound to it
     * by id. The copies PrimeFaces hides from users and assistive technology ({@code aria-hidden}) are skipped.
     */
    void assertEveryFieldIsLabelled() {
        List<WebElement> fields = driver.findElements(By.cssSelector("input:not([type=hidden]):not([type=submit])"
                + ":not([type=button]):not([aria-hidden=true]), select:not([aria-hidden=true]), textarea,"
                + " [role=combobox]"));
        for (WebElement field : fields) {
            if (!field.isDisplayed() || field.getAttribute("id") == null || field.getAttribute("id").isEmpty()) {
                continue;
            }
            String id = field.getAttribute("id");
            List<WebElement> labels = driver.findElements(By.cssSelector("label[for='" + id + "']"));
            boolean labelled = labels.stream().anyMatch(label -> !label.getText().isBlank())
                    || ancestorLabelled(field);
            assertTrue(labelled, "no visible label for field " + id + " on " + driver.getCurrentUrl());
        }
    }

    /** PrimeFaces renders some inputs inside a wrapper whose id the label names (e.g. checkbox groups). */
    private boolean ancestorLabelled(WebElement field) {
        List<WebElement> ancestors = field.findElements(By.xpath("ancestor::*[@id]"));
        for (WebElement ancestor : ancestors) {
            String id = ancestor.getAttribute("id");
            if (!driver.findElements(By.cssSelector("label[for='" + id + "']")).isEmpty()) {
                return true;
            }
            String labelledBy = field.getAttribute("aria-labelledby");
            if (labelledBy != null && !labelledBy.isBlank()) {
                return true;
            }
        }
        return false;
    }

    /** Closes the browser; fails when axe-core found a critical or serious violation on a page of the journey. */
    @Override
    public void close() {
        driver.quit();
        assertTrue(violations.isEmpty(), () -> String.join("\n", violations));
    }
}
