package nl.regie.inburgering.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The webapps in a real browser for tests: Debian's headless Chromium, driven through its own chromedriver (so
 * Selenium downloads nothing), logging in to a webapp and waiting for texts.
 */
public final class Browser {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    public static final Duration WACHTTIJD = Duration.ofSeconds(60);

    private Browser() {
    }

    /** Whether Chromium and its chromedriver are installed (a browser test is skipped without them). */
    public static boolean aanwezig() {
        return Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
    }

    /** A headless Chromium whose user prefers these languages. */
    public static WebDriver start(String taal, String talen) {
        System.setProperty("webdriver.chrome.driver", CHROMEDRIVER.toString());
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=" + taal);
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", talen));
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build();
        return new ChromeDriver(dienst, opties);
    }

    /** Opens the app's login page, checks its texts, and logs in; returns once the app's own page is shown. */
    public static void inloggen(WebDriver browser, int poort, String app, String gebruiker, String knop, String naamHint,
                                String wachtwoordHint) {
        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + poort + "/camunda/app/" + app + "/default/");
        WebDriverWait wacht = new WebDriverWait(browser, WACHTTIJD);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        zieTeksten(browser, knop);
        WebElement naam = browser.findElement(By.cssSelector("input[type=text], input#inputUsername"));
        WebElement wachtwoord = browser.findElement(By.cssSelector("input[type=password]"));
        assertThat(naam.getAttribute("placeholder")).isEqualTo(naamHint);
        assertThat(wachtwoord.getAttribute("placeholder")).isEqualTo(wachtwoordHint);
        naam.sendKeys(gebruiker);
        wachtwoord.sendKeys(gebruiker);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wacht.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
    }

    public static String tekst(WebDriver browser) {
        return browser.findElement(By.tagName("body")).getText();
    }

    /** Waits until every text is on the page; the failure message shows what the page said instead. */
    public static void zieTeksten(WebDriver browser, String... teksten) {
        try {
            new WebDriverWait(browser, WACHTTIJD).until(d -> {
                String pagina = tekst(browser);
                for (String t : teksten) {
                    if (!pagina.contains(t)) {
                        return false;
                    }
                }
                return true;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            assertThat(tekst(browser)).as("paginatekst (browsertalen %s)",
                    ((JavascriptExecutor) browser).executeScript("return navigator.languages")).contains(teksten);
        }
    }
}
