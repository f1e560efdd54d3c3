package nl.regie.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The Cockpit plugin in a real browser (Debian's headless Chromium through its own chromedriver, as
 * integratie/WebappsNederlandsBrowserTest): the procesbeheerder logs in to Cockpit, opens "Rapportage" from the header,
 * and finds the tables with the numbers of a small population this test creates (in May of a year in which no other
 * dossier was housed), the three charts drawn by the chart library our server serves, CSV downloads from the API, and a print
 * layout without the controls. Skipped only when Chromium or chromedriver is missing.
 */
class RapportagePluginBrowserTest extends ProcesTestBasis {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WACHTTIJD = Duration.ofSeconds(60);

    private static ChromeDriver browser;

    @LocalServerPort int poort;
    @org.springframework.beans.factory.annotation.Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    /**
     * 12 May of a year with no dossier housed in it or in the two years before (2031 in a fresh database): the report
     * and that SPUK year hold only ours, also on a database kept between runs.
     */
    private LocalDate dag;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Chromium en chromedriver (Debian: apt-get install chromium chromium-driver) ontbreken");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(CHROMIUM.toFile());
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=nl-NL");
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl"));
        browser = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString())).usingAnyFreePort().build(), opties);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    /** A statushouder linked by COA on {@code koppeling} and housed on {@code huisvesting} (the engine clock's day). */
    private Dossier gehuisvest(String cbs, LocalDate koppeling) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Inburgeraar",
                dag.minusYears(34), "SYR", "ASIELSTATUSHOUDER", cbs, koppeling, false, null);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "test").dossier();
        werkAf(dossier);
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, dag);
        return dossier;
    }

    private Object js(String script, Object... argumenten) {
        return ((JavascriptExecutor) browser).executeScript(script, argumenten);
    }

    private List<String> cellen(String tabel, String rij) {
        return browser.findElements(By.cssSelector("table[data-tabel='" + tabel + "'] tr[data-rij='" + rij + "'] td")).stream()
                .map(RapportagePluginBrowserTest::tekst).toList();
    }

    /** The element's text as the page holds it (also when scrolled out of view). */
    private static String tekst(WebElement element) {
        return element.getAttribute("textContent").strip();
    }

    private String svgTekst(WebElement grafiek) {
        return (String) js("return arguments[0].querySelector('svg').textContent", grafiek);
    }

    private void toon(String van, String tot, String gemeente) {
        js("const f = document.querySelector('.regie-rapportage form');"
                + "f.van.value = arguments[0]; f.tot.value = arguments[1]; f.gemeente.value = arguments[2];", van, tot, gemeente);
        js("document.querySelector('.regie-rapportage .inhoud').replaceChildren();");
        browser.findElement(By.cssSelector(".regie-rapportage button[type=submit]")).click();
        new WebDriverWait(browser, WACHTTIJD).until(d -> !d.findElements(By.cssSelector("table[data-tabel='spuk']")).isEmpty()
                || !d.findElement(By.cssSelector(".regie-rapportage .melding")).getText().isEmpty());
        assertThat(browser.findElement(By.cssSelector(".regie-rapportage .melding")).getText()).isEmpty();
    }

    @Test
    void procesbeheerderZietTabellenEnGrafiekenInCockpit() throws java.io.IOException {
        Integer laatste = jdbc.queryForObject("SELECT MAX(EXTRACT(YEAR FROM huisvestingsdatum)) FROM dossier", Integer.class);
        dag = LocalDate.of(Math.max(2031, laatste == null ? 0 : laatste + 3), 5, 12);
        String jaar = String.valueOf(dag.getYear());
        zetKlok(dag);
        gehuisvest("0441", dag.minusDays(10));
        gehuisvest("0441", dag.minusDays(9));
        gehuisvest("0637", dag.minusDays(8));

        browser.manage().deleteAllCookies();
        browser.get("http://localhost:" + poort + "/camunda/app/cockpit/default/");
        WebDriverWait wacht = new WebDriverWait(browser, WACHTTIJD);
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text], input#inputUsername")).sendKeys(TestGegevens.PB.id());
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(TestGegevens.PB.id());
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        // the plugin's link in Cockpit's header opens the page
        wacht.until(ExpectedConditions.elementToBeClickable(By.linkText("Rapportage"))).click();
        wacht.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".regie-rapportage form")));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Voortgangsrapportage inburgering");

        // the region (the procesbeheerder's gemeenten: Hoorn and Zoetermeer), in May
        toon(jaar + "-05-01", jaar + "-06-01", "");
        assertThat(browser.findElements(By.cssSelector("table[data-tabel='statushouders'] thead th")).stream()
                .map(RapportagePluginBrowserTest::tekst)).containsExactly("", "Hoorn", "Zoetermeer", "Totaal");
        java.nio.file.Files.write(Path.of("target/rapportage-plugin.png"), browser.getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        assertThat(cellen("statushouders", "gehuisvest")).containsExactly("Aantal gehuisvest", "2", "1", "3");
        assertThat(cellen("statushouders", "plichtig")).containsExactly("Aantal inburgeringsplichtige statushouders", "2", "1", "3");
        assertThat(cellen("statushouders", "pipVastgesteld")).containsExactly("PIP-beschikkingen vastgesteld", "0", "0", "0");
        for (String tabel : List.of("gezinsmigranten", "leerroutes-statushouders", "map", "pvt", "ontzorgen", "handhaving",
                "werk", "cohorten", "spuk")) {
            assertThat(browser.findElements(By.cssSelector("table[data-tabel='" + tabel + "'] tbody tr"))).as(tabel).isNotEmpty();
        }
        // amounts the Dutch way (SPUK: euro sign, thousands with a dot, cents with a comma)
        // (the three housed that year are plichtig: 3 × € 7.712,10 for the housing year)
        assertThat(browser.findElements(By.cssSelector("table[data-tabel='spuk'] tr[data-jaar='" + jaar + "'] td")).stream()
                .map(RapportagePluginBrowserTest::tekst).toList())
                .containsExactly(jaar, "gegevens", "3", "3", "0", "€\u00a023.136,30", "€\u00a00,00", "€\u00a00,00", "€\u00a00,00", "€\u00a023.136,30");

        // three charts, drawn as SVG by ECharts (loaded from this server's webjar)
        List<WebElement> grafieken = browser.findElements(By.cssSelector(".regie-rapportage .grafiek"));
        assertThat(grafieken).hasSize(3);
        for (WebElement grafiek : grafieken) {
            assertThat(grafiek.findElements(By.cssSelector("svg path")).size()).as(grafiek.getAttribute("data-grafiek")).isGreaterThan(5);
        }
        assertThat(svgTekst(grafieken.get(0))).contains("PIP binnen tien weken per cohort", jaar + "-K2", "Binnen 10 weken", "Lopend");
        assertThat(svgTekst(grafieken.get(1))).contains("Leerroutes gestart en afgerond", "B1-route", "Z-route", "Onderwijsroute");
        assertThat(svgTekst(grafieken.get(2))).contains("Plicht binnen de termijn per leerroute, tegen het doel", "Doel", "80 %");
        assertThat((String) js("return [...document.scripts].map(s => s.src).concat(performance.getEntriesByType('resource')"
                + ".map(r => r.name)).find(n => n.includes('echarts')) || ''")).startsWith("http://localhost:" + poort + "/webjars/echarts/");

        // one gemeente: only its column
        toon(jaar + "-05-01", jaar + "-06-01", "0441");
        assertThat(cellen("statushouders", "gehuisvest")).containsExactly("Aantal gehuisvest", "2");

        // CSV from the API, in the same session
        String csv = browser.findElement(By.linkText("Tabellen")).getAttribute("href");
        assertThat(csv).contains("/api/rapportage/tabellen", "formaat=csv", "gemeente=0441");
        Object antwoord = ((JavascriptExecutor) browser).executeAsyncScript("const klaar = arguments[arguments.length - 1];"
                + "fetch(arguments[0], {credentials: 'same-origin'}).then(r => r.text().then(t => klaar(r.status + ' '"
                + " + r.headers.get('content-type') + '\\n' + t)));", csv);
        assertThat((String) antwoord).startsWith("200 text/csv").contains("Aantal gehuisvest;2");

        // printed for the council: the controls and Cockpit's header are hidden, the tables and charts stay
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            assertThat(browser.findElement(By.cssSelector(".regie-rapportage form")).isDisplayed()).isFalse();
            assertThat(browser.findElement(By.cssSelector("table[data-tabel='statushouders']")).isDisplayed()).isTrue();
            assertThat(browser.findElement(By.cssSelector(".regie-rapportage .printkop")).getText()).contains("Hoorn", "mei " + jaar);
        } finally {
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
