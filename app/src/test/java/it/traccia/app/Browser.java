package it.traccia.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.function.Function;

/**
 * A real browser for the page tests: Debian's Chromium, headless, driven through its {@code chromedriver}. Without
 * them the tests fail, naming the packages to install; they are never skipped. Each page can be checked with axe-core
 * (WCAG 2.1 A and AA rules) and saved as a screenshot under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getProperty("traccia.test.chromium", "/usr/bin/chromium"));
    static final Path CHROMEDRIVER = Path.of(System.getProperty("traccia.test.chromedriver", "/usr/bin/chromedriver"));
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static final String AXE = "META-INF/resources/webjars/axe-core/" + axeVersion() + "/axe.min.js";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final WebDriver driver;
    private String base;

    private Browser(WebDriver driver, int port) {
        this.driver = driver;
        useServerAt(port);
    }

    /** Points the browser at the application on this port (the tests' port is known only once Spring has started). */
    void useServerAt(int port) {
        this.base = "http://localhost:" + port;
    }

    static Browser open(int port) {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("The browser tests need Chromium at " + CHROMIUM + " and its driver at "
                    + CHROMEDRIVER + ": install Debian's packages chromium and chromium-driver "
                    + "(apt-get install -y chromium chromium-driver), as .ci/run does");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1024", "--lang=it-IT");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        return new Browser(driver, port);
    }

    /**
     * Opens the page and returns once the browser shows a new document, fully loaded: under load Chromium was seen to
     * answer {@code get} while the page before was still the one shown, so each document is marked before leaving it.
     */
    void go(String path) {
        JavascriptExecutor javascript = (JavascriptExecutor) driver;
        javascript.executeScript("window.tracciaLeaving = true;");
        driver.get(base + path);
        waitUntil(shown -> Boolean.TRUE.equals(javascript.executeScript(
                "return window.tracciaLeaving === undefined && document.readyState === 'complete';")) ? true : null);
    }

    /** The address of the page shown, with its query but without the fragment it was scrolled to. */
    String path() {
        String address = driver.getCurrentUrl().substring(base.length());
        int fragment = address.indexOf('#');
        return fragment < 0 ? address : address.substring(0, fragment);
    }

    String pageSource() {
        return driver.getPageSource();
    }

    String title() {
        return driver.getTitle();
    }

    WebElement find(By by) {
        return driver.findElement(by);
    }

    List<WebElement> findAll(By by) {
        return driver.findElements(by);
    }

    /**
     * Clicks the element as a person would, once it is scrolled to the middle of the window; again while the page still
     * scrolls smoothly to the element its address names, which may move the element away under the pointer.
     */
    void click(WebElement element) {
        new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(ElementClickInterceptedException.class).until(driver -> {
            ((JavascriptExecutor) driver).executeScript(
                    "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
            element.click();
            return true;
        });
    }

    /** Clicks what sends the page to another address, and waits until the browser has left the page. */
    void clickAndLeave(WebElement element) {
        click(element);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.stalenessOf(element));
    }

    /**
     * Moves the keyboard focus with Tab, as a person without a mouse does, until it reaches the element; fails when
     * the element cannot be reached that way within 300 presses.
     */
    WebElement tabTo(By target) {
        WebElement wanted = driver.findElement(target);
        for (int press = 0; press < 300; press++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            if (wanted.equals(driver.switchTo().activeElement())) {
                return wanted;
            }
        }
        throw new AssertionError("The keyboard never reaches " + target + " with Tab");
    }

    /** Types into whatever holds the keyboard focus, as the keyboard would. */
    void type(CharSequence... keys) {
        new Actions(driver).sendKeys(keys).perform();
    }

    /** Sets a field's value as a date picker would (typing into one depends on the browser's locale). */
    void setValue(By field, String value) {
        ((JavascriptExecutor) driver).executeScript("arguments[0].value = arguments[1];", driver.findElement(field), value);
    }

    /** Waits, at most ten seconds, until the page shows what the condition expects (after an htmx exchange, say). */
    <T> T waitUntil(Function<WebDriver, T> condition) {
        return new WebDriverWait(driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(condition::apply);
    }

    String attributeOfPage(String attribute) {
        return driver.findElement(By.tagName("html")).getAttribute(attribute);
    }

    /**
     * Runs axe-core on the page as it is now, with the WCAG 2.0 and 2.1 rules of levels A and AA, and returns every
     * violation found (rule, impact, help, the first few elements concerned).
     */
    List<AccessibilityViolation> accessibilityViolations() {
        JavascriptExecutor javascript = (JavascriptExecutor) driver;
        javascript.executeScript(axeSource());
        Object result = javascript.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']}})
                  .then(result => done(JSON.stringify(result.violations.map(violation => ({
                    id: violation.id, impact: violation.impact, help: violation.help,
                    nodes: violation.nodes.slice(0, 5).map(node => node.target.join(' '))})))))
                  .catch(error => done(JSON.stringify({error: String(error)})));""");
        try {
            JsonNode violations = JSON.readTree(String.valueOf(result));
            if (violations.has("error")) {
                throw new IllegalStateException("axe-core failed on " + path() + ": " + violations.path("error").asText());
            }
            List<AccessibilityViolation> found = new ArrayList<>();
            for (JsonNode violation : violations) {
                List<String> nodes = new ArrayList<>();
                violation.path("nodes").forEach(node -> nodes.add(node.asText()));
                found.add(new AccessibilityViolation(violation.path("id").asText(), violation.path("impact").asText(),
                        violation.path("help").asText(), nodes));
            }
            return found;
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** Saves what the browser shows as {@code target/screenshots/<name>.png}, the whole page's width. */
    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException unwritable) {
            throw new UncheckedIOException(unwritable);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static String axeSource() {
        try (InputStream in = Objects.requireNonNull(Browser.class.getClassLoader().getResourceAsStream(AXE), AXE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    private static String axeVersion() {
        try (InputStream in = Browser.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars.npm/axe-core/pom.properties")) {
            Properties properties = new Properties();
            properties.load(Objects.requireNonNull(in, "axe-core's webjar is not on the test classpath"));
            return properties.getProperty("version");
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** One failed axe-core rule on a page. */
    record AccessibilityViolation(String rule, String impact, String help, List<String> elements) {

        boolean seriousOrCritical() {
            return "serious".equals(impact) || "critical".equals(impact);
        }
    }
}
