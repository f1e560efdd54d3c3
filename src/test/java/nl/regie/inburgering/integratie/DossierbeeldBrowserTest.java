package nl.regie.inburgering.integratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.identiteit.IdentiteitInrichting;
import nl.regie.inburgering.intake.Oproep;
import nl.regie.inburgering.intake.OproepRepository;
import nl.regie.inburgering.test.Browser;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The dossier view in a real browser (Debian's headless Chromium, as {@link WebappsNederlandsBrowserTest}): a
 * casemanager finds a task by the inburgeraar's name with Tasklist's search, opens the tab "Dossier" beside the form,
 * types a Dutch date in the form and completes the task (the date stored is exactly the date typed); finds a dossier
 * on the page "Dossiers" and downloads the PIP beschikking, whose text holds the dagtekening; a teamleider sees the PIP
 * draft and the audit trail. Skipped when Chromium is not installed ({@code .ci/run} installs it).
 */
class DossierbeeldBrowserTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;

    private static WebDriver browser;
    private static Path downloads;

    @LocalServerPort int poort;
    @Autowired OproepRepository oproepen;

    @BeforeAll
    static void startBrowser() throws IOException {
        assumeTrue(Browser.aanwezig(),
                "Chromium en chromedriver (Debian: apt-get install chromium chromium-driver) ontbreken");
        System.setProperty("webdriver.chrome.driver", Browser.CHROMEDRIVER.toString());
        downloads = Files.createTempDirectory("dossierbeeld-downloads");
        ChromeOptions opties = new ChromeOptions();
        opties.setBinary(Browser.CHROMIUM.toFile());
        opties.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1400,1000", "--lang=nl-NL");
        opties.setExperimentalOption("prefs", Map.of("intl.accept_languages", "nl-NL,nl",
                "download.default_directory", downloads.toString(), "download.prompt_for_download", false,
                "safebrowsing.enabled", true));
        ChromeDriverService dienst = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(Browser.CHROMEDRIVER.toString())).usingAnyFreePort().build();
        browser = new ChromeDriver(dienst, opties);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private WebDriverWait wacht() {
        return new WebDriverWait(browser, Browser.WACHTTIJD);
    }

    private void inloggen(TestGegevens.TestGebruiker gebruiker) {
        // the shared login waits until the form shows its (Dutch) texts before typing: a form not yet bound lost the
        // typed name once (fresh-machine CI, 27 November 2026)
        Browser.inloggen(browser, poort, "tasklist", gebruiker.id(), "Inloggen", "Gebruikersnaam", "Wachtwoord");
        zieTeksten("Dossiers");
    }

    private String tekst() {
        return Browser.tekst(browser);
    }

    private void zieTeksten(String... teksten) {
        Browser.zieTeksten(browser, teksten);
    }

    /** The element once it is shown; the failure message shows what the page said instead. */
    private WebElement element(String css) {
        try {
            return wacht().until(ExpectedConditions.elementToBeClickable(By.cssSelector(css)));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Niet gevonden: " + css + "; de pagina toont: " + tekst(), e);
        }
    }

    /** Clicks the element, again when the page replaced it meanwhile (a list that was still arriving). */
    private void klik(String css) {
        element(css);
        wacht().ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(d -> {
            d.findElement(By.cssSelector(css)).click();
            return true;
        });
    }

    private static String uniekeNaam() {
        StringBuilder naam = new StringBuilder("Browser");
        ThreadLocalRandom.current().ints(6, 'a', 'z' + 1).forEach(c -> naam.append((char) c));
        return naam.toString();
    }

    private Dossier open(String achternaam, LocalDate geboren) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Noor", achternaam, geboren,
                "SYR", "ASIELSTATUSHOUDER", "0441", VANDAAG.minusDays(3), true, VANDAAG.minusDays(2));
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "test").dossier();
        werkAf(dossier);
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        return dossier;
    }

    /** Tasklist's own search: the filter "Mijn gemeenten", task variable inburgeraar = the name. */
    private void zoekTaakOpNaam(String naam, String taaknaam) {
        String filter = processEngine.getFilterService().createFilterQuery()
                .filterName(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN).singleResult().getId();
        String zoekvraag = "[{\"type\":\"taskVariables\",\"operator\":\"eq\",\"value\":\"" + naam
                + "\",\"name\":\"inburgeraar\"}]";
        browser.get("http://localhost:" + poort + "/camunda/app/tasklist/default/#/?filter=" + filter
                + "&searchQuery=" + URLEncoder.encode(zoekvraag, StandardCharsets.UTF_8));
        zieTeksten("Taakvariabele", naam);
        // the list first shows the filter's tasks, then only those the search finds: every one of this inburgeraar
        List<WebElement> taken;
        try {
            taken = wacht().until(d -> {
                List<WebElement> kaarten = d.findElements(By.cssSelector(".tasks-list li.task"));
                try {
                    return kaarten.isEmpty() || !kaarten.stream().allMatch(k -> k.getText().contains(naam)) ? null : kaarten;
                } catch (org.openqa.selenium.StaleElementReferenceException opnieuw) {
                    return null;
                }
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Takenlijst: " + browser.findElements(By.cssSelector(".tasks-list li.task")).stream()
                    .map(WebElement::getText).toList(), e);
        }
        WebElement taak = taken.stream().filter(k -> k.getText().contains(taaknaam)).findFirst()
                .orElseThrow(() -> new AssertionError("Geen taak " + taaknaam + " in de lijst"));
        taak.findElement(By.cssSelector("a")).click();
    }

    private void openTab(String label) {
        wacht().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//ul[contains(@class,'nav-tabs')]//a[normalize-space()='" + label + "']"))).click();
    }

    private void openDossierPagina() {
        element("a.regie-dossiers-knop").click();
        element("#regie-dossiers input[name=zoek]");
    }

    private static String pdfTekst(Path pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(Files.readAllBytes(pdf))) {
            return new PDFTextStripper().getText(document).replaceAll("[\\s\\u00a0]+", " ");
        }
    }

    // ---- the tests -----------------------------------------------------------------------------------------------

    @Test
    void casemanagerVindtDeTaakOpNaamZietHetDossierEnVoltooitMetEenNederlandseDatum() {
        String naam = uniekeNaam();
        Dossier dossier = open(naam, LocalDate.of(1991, 4, 5));
        inloggen(CM);

        zoekTaakOpNaam("Noor " + naam, taak(dossier, "Task_OproepVersturen").getName());
        openTab("Dossier");
        WebElement beeld = element(".regie-dossierbeeld[data-dossiernummer='" + dossier.getDossiernummer() + "']");
        zieTeksten("Noor " + naam, dossier.getDossiernummer(), "Persoon", "05-04-1991", "Asielstatushouder",
                "Termijnen en deadlines", "PIP uiterlijk vastgesteld", "Trajecten", "Begeleiding", "Gebeurtenissen",
                "Kennisgeving duo", "Documenten", "Open taken");
        assertThat(beeld.getText()).doesNotContain("Inzagelog"); // the audit trail is for the teamleider

        // the form: claim, type the appointment the Dutch way, complete
        openTab("Formulier");
        element("button.claim, [ng-click*='claim']").click();
        wacht().until(d -> !tekst().contains("Oppakken")); // claimed: the form is rendered again, now editable
        WebElement datumveld = element("input[id*='oproepDatum']");
        datumveld.sendKeys("05-03-2026", Keys.TAB);
        element("input[id*='oproepLocatie'], textarea[id*='oproepLocatie']").sendKeys("Stadhuis Hoorn");
        // the picker shows the date as it understood it (nl-NL: d-m-jjjj), 5 March, not 3 May
        assertThat(browser.findElement(By.cssSelector("input[id*='oproepDatum']")).getAttribute("value"))
                .isEqualTo("5-3-2026");
        browser.findElement(By.xpath("//button[normalize-space()='Voltooien']")).click();
        try {
            wacht().until(d -> taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                    .taskDefinitionKey("Task_OproepVersturen").count() == 0);
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("Taak niet voltooid; de pagina toont: " + tekst(), e);
        }
        werkAf(dossier);
        List<Oproep> afspraken = oproepen.findByDossierIdOrderByVolgnummer(dossier.getId());
        assertThat(afspraken).hasSize(1);
        assertThat(afspraken.get(0).getDatum()).isEqualTo(LocalDate.of(2026, 3, 5));
        assertThat(afspraken.get(0).getLocatie()).isEqualTo("Stadhuis Hoorn");
    }

    @Test
    void casemanagerZoektHetDossierOpNaamEnDownloadtDePipBeschikking() throws Exception {
        String naam = uniekeNaam();
        Dossier dossier = open(naam, LocalDate.of(1980, 1, 1));
        intakeVolledig(dossier, CM, "HAALBAAR", 60);
        voltooi(CM, dossier, "Task_PipOpstellen", pip("B1"));
        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        inloggen(CM);

        openDossierPagina();
        browser.findElement(By.cssSelector("#regie-dossiers input[name=zoek]")).sendKeys(naam);
        element("#regie-dossiers button.regie-zoek").click();
        klik("#regie-dossiers tr.regie-resultaat[data-dossiernummer='" + dossier.getDossiernummer() + "']");
        element("#regie-dossiers .regie-dossierbeeld[data-dossiernummer='" + dossier.getDossiernummer() + "']");
        zieTeksten("Noor " + naam, "PIP-versies", "Vastgesteld", "02-03-2026", "PVT", "Documenten",
                "Beschikking Plan Inburgering en Participatie");

        try (Stream<Path> oud = Files.list(downloads)) {
            for (Path p : oud.toList()) {
                Files.delete(p);
            }
        }
        element("#regie-dossiers a.regie-download[data-soort='PIP_BESCHIKKING']").click();
        Path pdf = new WebDriverWait(browser, Browser.WACHTTIJD).until(d -> {
            try (Stream<Path> bestanden = Files.list(downloads)) {
                return bestanden.filter(p -> p.toString().endsWith(".pdf")).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        // the letter's text holds the dagtekening the teamleider fixed
        assertThat(pdfTekst(pdf)).contains("2 maart 2026").contains(dossier.getDossiernummer());
    }

    @Test
    void teamleiderZietHetPipConceptEnHetInzagelog() {
        String naam = uniekeNaam();
        Dossier dossier = open(naam, LocalDate.of(1979, 12, 31));
        intakeVolledig(dossier, CM, "HAALBAAR", 60);
        voltooi(CM, dossier, "Task_PipOpstellen", pip("B1"));
        assertThat(Http.als(poort, CM.id()).get("/api/dossiers/" + dossier.getDossiernummer()).status()).isEqualTo(200);
        inloggen(TL);

        zoekTaakOpNaam("Noor " + naam, taak(dossier, "Task_PipVaststellen").getName());
        openTab("Dossier");
        element(".regie-dossierbeeld[data-dossiernummer='" + dossier.getDossiernummer() + "']");
        zieTeksten("PIP-versies", "Concept", "Inzagelog", CM.id(), "Gelezen");

        openDossierPagina();
        browser.findElement(By.cssSelector("#regie-dossiers input[name=geboortedatum]")).sendKeys("31-12-1979");
        browser.findElement(By.cssSelector("#regie-dossiers input[name=zoek]")).sendKeys(naam);
        element("#regie-dossiers button.regie-zoek").click();
        element("#regie-dossiers tr.regie-resultaat[data-dossiernummer='" + dossier.getDossiernummer() + "']");
        assertThat(browser.findElements(By.cssSelector("#regie-dossiers tr.regie-resultaat"))).hasSize(1);
    }
}
