package nl.regie.inburgering.integratie;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.Gebeurtenis;
import nl.regie.inburgering.dossier.GebeurtenisRepository;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.test.Browser;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The screens for the actions that were API-only (scripts/schermen.js), in a real browser: a casemanager opens a
 * dossier through "Dossier openen" (refused beside the field, in Dutch, for an invalid BSN; then stored with the dates
 * as typed dd-mm-jjjj), records an event through "Dossieracties", and finds the same actions in the tab "Acties" of
 * the dossier's task, whose date picker shows a Dutch calendar. Skipped when Chromium is not installed.
 */
class SchermenBrowserTest extends ProcesTestBasis {

    private static WebDriver browser;

    @LocalServerPort int poort;
    @Autowired GebeurtenisRepository gebeurtenissen;

    @BeforeAll
    static void startBrowser() {
        assumeTrue(Browser.aanwezig(), "Chromium en chromedriver (Debian: apt-get install chromium chromium-driver) ontbreken");
        browser = Browser.start("nl-NL", "nl-NL,nl");
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
            browser = null;
        }
    }

    private static String nl(LocalDate datum) {
        return String.format("%02d-%02d-%04d", datum.getDayOfMonth(), datum.getMonthValue(), datum.getYear());
    }

    private WebElement veld(String naam) {
        return browser.findElement(By.cssSelector("[data-veld='" + naam + "'] input, [data-veld='" + naam + "'] select, [data-veld='"
                + naam + "'] textarea"));
    }

    private void typ(String naam, String waarde) {
        WebElement e = veld(naam);
        e.clear();
        e.sendKeys(waarde);
    }

    private String foutBij(String naam) {
        return browser.findElement(By.cssSelector("[data-veld='" + naam + "'] .regie-fout")).getText();
    }

    private WebDriverWait wacht() {
        return new WebDriverWait(browser, Browser.WACHTTIJD);
    }

    @Test
    void casemanagerOpentEenDossierEnRegistreertEenGebeurtenis() {
        Browser.inloggen(browser, poort, "tasklist", TestGegevens.CM_HOORN.id(), "Inloggen", "Gebruikersnaam", "Wachtwoord");
        Browser.zieTeksten(browser, "Dossier openen");
        browser.findElement(By.id("regie-nav-dossier-openen-link")).click();
        wacht().until(ExpectedConditions.visibilityOfElementLocated(By.id("regie-dossier-openen")));

        LocalDate geboren = LocalDate.of(1992, 1, 15);
        LocalDate koppeling = VANDAAG.minusDays(4);
        typ("bsn", "111111111"); // fails the elfproef
        typ("voornamen", "Selam");
        typ("achternaam", "Tesfay");
        typ("geboortedatum", nl(geboren));
        typ("nationaliteit", "ERI");
        new Select(veld("doelgroep")).selectByValue("ASIELSTATUSHOUDER");
        typ("gemeente", "0441");
        typ("koppelingsdatum", nl(koppeling));
        assertThat(browser.findElement(By.cssSelector("[data-veld='geboortedatum'] .regie-begrepen")).getText())
                .as("the date as understood").isEqualTo("Begrepen als woensdag 15 januari 1992");
        new Select(veld("verhuisd")).selectByValue("MET_PIP"); // moved in with a PIP, its fields left empty
        long voor = dossiers.count();
        browser.findElement(By.cssSelector("#regie-dossier-openen button[type=submit]")).click();
        wacht().until(d -> !foutBij("bsn").isBlank());
        assertThat(foutBij("bsn")).isEqualTo("BSN: is geen geldig burgerservicenummer (9 cijfers, elfproef)");
        assertThat(foutBij("vorigePip.dagtekening")).isEqualTo("Dagtekening van het vorige PIP: is verplicht");
        new Select(veld("verhuisd")).selectByIndex(0);
        assertThat(browser.findElement(By.cssSelector("#regie-dossier-openen .alert-danger")).getText()).startsWith("Niet opgeslagen");
        assertThat(dossiers.count()).as("nothing written").isEqualTo(voor);

        typ("bsn", TestGegevens.nieuwBsn());
        browser.findElement(By.cssSelector("#regie-dossier-openen button[type=submit]")).click();
        WebElement geopend = wacht().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".regie-dossiernummer")));
        String nummer = geopend.getAttribute("data-dossiernummer");
        assertThat(geopend.getText()).contains("Dossier " + nummer + " is geopend voor Selam Tesfay");
        Dossier dossier = dossiers.findByDossiernummer(nummer).orElseThrow();
        assertThat(dossier.getPersoon().getGeboortedatum()).isEqualTo(geboren);
        assertThat(dossier.getKoppelingsdatum()).isEqualTo(koppeling);
        assertThat(dossier.getGemeente()).isEqualTo("GM0441");

        // on to the dossier's actions: a BRP registration, first refused for a date in the future
        browser.findElement(By.linkText("Naar de dossieracties")).click();
        WebElement acties = wacht().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".regie-acties[data-dossiernummer='" + nummer + "']")));
        new Select(acties.findElement(By.cssSelector("[data-veld='type'] select"))).selectByValue("BRP_INSCHRIJVING");
        WebElement datum = acties.findElement(By.cssSelector("[data-veld='datum'] input"));
        datum.sendKeys(nl(VANDAAG.plusDays(2)));
        WebElement knop = acties.findElement(By.cssSelector("button[type=submit]"));
        knop.click();
        WebElement fout = acties.findElement(By.cssSelector("[data-veld='datum'] .regie-fout"));
        wacht().until(d -> !fout.getText().isBlank());
        assertThat(fout.getText()).isEqualTo("Datum: ligt in de toekomst");

        datum.clear();
        datum.sendKeys(nl(VANDAAG.minusDays(1)));
        knop.click();
        wacht().until(d -> !acties.findElements(By.cssSelector(".alert-success")).isEmpty());
        assertThat(acties.findElement(By.cssSelector(".alert-success")).getText())
                .isEqualTo("Geregistreerd: Inschrijving in de BRP op " + nl(VANDAAG.minusDays(1)) + ".");
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId())).extracting(Gebeurtenis::getType,
                Gebeurtenis::getDatum).containsExactly(org.assertj.core.groups.Tuple.tuple(GebeurtenisType.BRP_INSCHRIJVING,
                VANDAAG.minusDays(1)));

        // the same actions as the tab "Acties" beside a task's form, for the task's dossier
        String taak = taak(dossier, "Task_OproepVersturen").getId();
        browser.get("http://localhost:" + poort + "/camunda/app/tasklist/default/#/?task=" + taak);
        // its form (the appointment date) brings the date picker: its calendar speaks Dutch, weeks from Monday
        wacht().until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space(.)='Oppakken']"))).click();
        wacht().until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".disabled-form")));
        wacht().until(ExpectedConditions.elementToBeClickable(By.cssSelector(".fjs-form input.flatpickr-input"))).click();
        WebElement kalender = wacht().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".flatpickr-calendar.open")));
        assertThat(kalender.findElements(By.cssSelector(".flatpickr-weekday")).get(0).getText().trim()).isEqualTo("ma");
        assertThat(kalender.findElement(By.cssSelector(".flatpickr-monthDropdown-months option[value='0']")).getAttribute("textContent"))
                .isEqualTo("januari");
        wacht().until(ExpectedConditions.elementToBeClickable(By.linkText("Acties"))).click();
        wacht().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".regie-acties[data-dossiernummer='" + nummer + "']")));
    }
}
