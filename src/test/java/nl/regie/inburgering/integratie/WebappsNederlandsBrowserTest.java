package nl.regie.inburgering.integratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;



import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.test.Browser;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The webapps in a real browser: Debian's headless Chromium, driven through its own chromedriver (so Selenium
 * downloads nothing). A casemanager logs in to Tasklist and a procesbeheerder to Cockpit, and both read Dutch.
 * Skipped when Chromium is not installed; {@code .ci/run} installs it and fails when this test was skipped.
 */
class WebappsNederlandsBrowserTest extends ProcesTestBasis {

    private static WebDriver browser;

    @LocalServerPort int poort;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Browser.aanwezig(), "Chromium en chromedriver (Debian: apt-get install chromium chromium-driver) ontbreken");
        browser = start("nl-NL", "nl-NL,nl");
    }

    private static WebDriver start(String taal, String talen) {
        return Browser.start(taal, talen);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** Opens the app's login page, checks it is Dutch, and logs in; returns once the app's own page is shown. */
    private void inloggen(String app, String gebruiker) {
        inloggen(app, gebruiker, "Inloggen", "Gebruikersnaam", "Wachtwoord");
    }

    private void inloggen(String app, String gebruiker, String knop, String naamHint, String wachtwoordHint) {
        Browser.inloggen(browser, poort, app, gebruiker, knop, naamHint, wachtwoordHint);
    }

    private String tekst() {
        return Browser.tekst(browser);
    }

    private void zieTeksten(String... teksten) {
        Browser.zieTeksten(browser, teksten);
    }

    @Test
    void casemanagerZietTasklistInHetNederlands() {
        inloggen("tasklist", TestGegevens.CM_HOORN.id());

        zieTeksten("Dossier openen", "Dossieracties", "Sneltoetsen", "Kies een taak in de lijst.",
                "Datum en tijd in de tijdzone van deze computer");
        // no role starts a process or creates a loose task in Tasklist: both are hidden (schermen.js), not a 403
        assertThat(tekst()).doesNotContain("Start process", "Create task", "Select a task in the list", "Proces starten",
                "Taak aanmaken");
        assertThat(browser.findElements(By.cssSelector("input[placeholder='Taken filteren']")))
                .as("zoekveld met Nederlandse hint").isNotEmpty();
        // the user menu
        browser.findElement(By.partialLinkText(TestGegevens.CM_HOORN.id())).click();
        zieTeksten("Mijn profiel", "Uitloggen");

        // Camunda Forms' own validation messages (English only in form-js) as a form field shows them
        ((JavascriptExecutor) browser).executeScript("const fout = document.createElement('div');"
                + "fout.className = 'fjs-form-field-error';"
                + "fout.innerHTML = '<ul><li>Field is required.</li><li>Field must have maximum length of 2000.</li></ul>';"
                + "document.body.appendChild(fout);");
        zieTeksten("Dit veld is verplicht.", "Vul hoogstens 2000 tekens in.");
    }

    /** How Tasklist shows 15 January 2027 (noon UTC: the same day in every time zone) in one of its date formats. */
    private String tasklistDatum(String formaat) {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "const app = angular.element(document.documentElement).injector()"
                        + " || angular.element(document.body).injector();"
                        + "return app.get('$filter')('camDate')(new Date(Date.UTC(2027, 0, 15, 12)), arguments[0]);",
                formaat);
    }

    @Test
    void tasklistToontDatumsAlsDagMaandJaar() {
        inloggen("tasklist", TestGegevens.CM_HOORN.id());
        zieTeksten("Dossier openen");

        assertThat(tasklistDatum("short")).isEqualTo("15-01-2027");
        assertThat(tasklistDatum("normal")).matches("15-01-2027 \\d{2}:\\d{2}");
        assertThat(tasklistDatum("long")).matches("vrijdag 15 januari 2027 \\d{2}:\\d{2}");
    }

    @Test
    void procesbeheerderZietCockpitInHetNederlands() {
        inloggen("cockpit", TestGegevens.PB.id());

        zieTeksten("Processen", "Beslissingen", "Lopende procesinstanties");
        assertThat(tekst()).doesNotContain("Running Process Instances", "Decisions");
    }

    /** The day Camunda Forms' date fields show for 15 January 2027, in the format they take from the browser. */
    private String formulierdatum() {
        return (String) ((JavascriptExecutor) browser).executeScript(
                "return new Intl.DateTimeFormat('default').format(new Date(Date.UTC(2027, 0, 15, 12)))");
    }

    @Test
    void engelseBrowserKrijgtEngelsMaarDatumsOpzijnNederlands() {
        WebDriver nederlands = browser;
        browser = start("en-US", "en-US,en");
        try {
            inloggen("tasklist", TestGegevens.CM_HOORN.id(), "Log in", "Username", "Password");

            zieTeksten("Select a task in the list");
            // dates in forms stay dd-mm-jjjj: an English browser would read 01-03-2027 as 3 January
            assertThat(formulierdatum()).isEqualTo("15-1-2027");
        } finally {
            browser.quit();
            browser = nederlands;
        }
    }
}
