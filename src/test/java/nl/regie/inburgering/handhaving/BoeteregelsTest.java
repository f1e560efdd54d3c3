package nl.regie.inburgering.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.camunda.bpm.engine.RepositoryService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.Persoon;
import nl.regie.inburgering.dossier.PersoonRepository;
import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * The fine rules, table-driven: the decision table {@code handhaving-boete} with the repeat, verwijtbaarheid and
 * the maximum per term from our tables. Every row builds its own person: a dossier in Hoorn (term 2025-01-01 up to
 * 2028-01-01) and the earlier fines the row names.
 */
class BoeteregelsTest extends ProcesTestBasis {

    @Autowired Boeteregels boeteregels;
    @Autowired RepositoryService repositoryService;
    @Autowired PersoonRepository personen;
    @Autowired HandhavingZaakRepository zaken;
    @Autowired EerdereBoeteRepository eerdereBoetes;
    @Autowired PwMaatregelRepository maatregelen;

    private Sanctiegegevens gegevens;
    private String wijziging;

    @BeforeEach
    void gegevens() {
        gegevens = new Sanctiegegevens(personen, dossiers, zaken, eerdereBoetes, maatregelen);
    }

    @AfterEach
    void wijzigingWeg() {
        if (wijziging != null) {
            repositoryService.deleteDeployment(wijziging, true);
            wijziging = null;
        }
    }

    /**
     * Earlier fines: entries separated by {@code ;}, each {@code [WAAR:]SOORT@gedragsdatum=bedrag} with SOORT
     * PIP (PIP_AFSPRAKEN) or INTAKE (BREDE_INTAKE_NIET_MEEWERKEN) and WAAR: none (a signed fine in this dossier),
     * VERHUISD (a signed fine in the same person's dossier in another gemeente of this installation), VORIG (a
     * previous gemeente outside this installation, {@link EerdereBoete}) or OPEN (computed, never signed).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            eerste PIP-boete                                  | PIP    | 2026-03-01 | VOLLEDIG      |                                                             | 50.00  | eerste boete
            herhaling binnen 12 maanden: verdubbeld           | PIP    | 2026-03-01 | VOLLEDIG      | PIP@2025-06-01=50                                           | 100.00 | 1 eerdere PIP-boete binnen 12 maanden
            herhaling op de dag 12 maanden ervoor telt        | PIP    | 2026-03-01 | VOLLEDIG      | PIP@2025-03-01=50                                           | 100.00 | 1 eerdere PIP-boete
            herhaling na 12 maanden: geen verdubbeling        | PIP    | 2026-03-01 | VOLLEDIG      | PIP@2025-02-28=50                                           | 50.00  | eerste boete
            tweede herhaling: twee keer verdubbeld            | PIP    | 2026-03-01 | VOLLEDIG      | PIP@2025-06-01=50;PIP@2025-12-01=100                         | 200.00 | 2 eerdere PIP-boetes
            herhaling na verhuizing in deze installatie       | PIP    | 2026-03-01 | VOLLEDIG      | VERHUISD:PIP@2025-12-01=50                                  | 100.00 | 1 eerdere PIP-boete
            herhaling bij een vorige gemeente                 | PIP    | 2026-03-01 | VOLLEDIG      | VORIG:PIP@2025-12-01=50                                     | 100.00 | waarvan € 50,00 van een vorige gemeente
            brede-intakeboete is geen herhaling               | PIP    | 2026-03-01 | VOLLEDIG      | INTAKE@2025-09-01=250                                       | 50.00  | eerste boete
            boete zonder beschikking telt niet                | PIP    | 2026-03-01 | VOLLEDIG      | OPEN:PIP@2025-12-01=50                                      | 50.00  | eerste boete
            verwijtbaarheid verminderd 75%                    | PIP    | 2026-03-01 | VERMINDERD_75 |                                                             | 37.50  | verwijtbaarheid 75%: € 37,50 (naar beneden afgerond op centen)
            verwijtbaarheid verminderd 50%                    | PIP    | 2026-03-01 | VERMINDERD_50 |                                                             | 25.00  | verwijtbaarheid 50%: € 25,00
            verwijtbaarheid verminderd 25%                    | PIP    | 2026-03-01 | VERMINDERD_25 |                                                             | 12.50  | verwijtbaarheid 25%: € 12,50
            niet verwijtbaar: geen boete                      | PIP    | 2026-03-01 | NIET          |                                                             | 0.00   | niet verwijtbaar (0%): geen boete
            vierde herhaling: het maximum per boete           | PIP    | 2026-03-01 | VOLLEDIG      | PIP@2025-04-01=50;PIP@2025-06-01=100;PIP@2025-08-01=200;PIP@2025-10-01=400 | 800.00 | basisbedrag € 800,00 (maximum per boete € 800,00)
            vijfde herhaling: niet boven het maximum per boete | PIP   | 2026-03-01 | VOLLEDIG      | PIP@2025-04-01=50;PIP@2025-05-01=100;PIP@2025-06-01=200;PIP@2025-07-01=400;PIP@2025-08-01=800 | 800.00 | 5 eerdere PIP-boetes
            maximum per boete verlaagd naar 75%               | PIP    | 2026-03-01 | VERMINDERD_75 | PIP@2025-04-01=50;PIP@2025-05-01=100;PIP@2025-06-01=200;PIP@2025-07-01=400;PIP@2025-08-01=800 | 600.00 | verwijtbaarheid 75%: € 600,00
            maximum per termijn begrenst, met vorige gemeente | PIP    | 2026-03-01 | VOLLEDIG      | INTAKE@2024-12-01=250;VORIG:PIP@2025-04-01=800;VERHUISD:PIP@2025-07-01=800;PIP@2025-10-01=500 | 50.00 | € 2.350,00 (waarvan € 800,00 van een vorige gemeente) van maximaal € 2.400,00: begrensd tot € 50,00
            maximum per termijn bereikt: boete nul            | PIP    | 2026-03-01 | VOLLEDIG      | INTAKE@2024-12-01=250;VORIG:PIP@2025-01-15=800;PIP@2025-02-01=800;PIP@2025-02-15=550 | 0.00 | maximum per termijn bereikt, boete € 0,00
            boete buiten de termijn telt niet voor het maximum | PIP   | 2026-03-01 | VOLLEDIG      | VORIG:PIP@2024-11-01=800;VORIG:PIP@2024-11-02=800;VORIG:PIP@2024-11-03=800 | 50.00 | eerdere gemeentelijke boetes in deze inburgeringstermijn € 0,00
            brede intake: vast bedrag                         | INTAKE | 2024-12-15 | VOLLEDIG      |                                                             | 250.00 | brede intake, vast bedrag € 250,00
            brede intake verlaagd naar 50%                    | INTAKE | 2024-12-15 | VERMINDERD_50 |                                                             | 125.00 | verwijtbaarheid 50%: € 125,00
            brede intake verlaagd naar 25%                    | INTAKE | 2024-12-15 | VERMINDERD_25 |                                                             | 62.50  | verwijtbaarheid 25%: € 62,50
            brede intake verdubbelt niet bij eerdere boetes   | INTAKE | 2024-12-15 | VOLLEDIG      | PIP@2024-11-01=50                                           | 250.00 | brede intake, vast bedrag € 250,00
            """)
    void boete(String naam, String soort, LocalDate gedragsdatum, Verwijtbaarheid verwijtbaarheid, String eerder,
               BigDecimal verwacht, String uitlegBevat) {
        Persoon persoon = gegevens.persoon();
        Dossier hoorn = gegevens.dossier(persoon, "GM0441");
        if (eerder != null) {
            for (String boete : eerder.split(";")) {
                legEerdereBoeteVast(persoon, hoorn, boete.trim());
            }
        }
        HandhavingZaak zaak = gegevens.zaak(hoorn, gedraging(soort), gedragsdatum, gedragsdatum, null);

        Boeteregels.Boete boete = boeteregels.bereken(zaak, verwijtbaarheid);

        assertThat(boete.bedrag()).as(naam).isEqualByComparingTo(verwacht);
        assertThat(boete.bedrag().scale()).isEqualTo(2);
        assertThat(boete.regelversie()).isEqualTo("Wi2021-2022-01-01");
        assertThat(boete.berekening()).contains(uitlegBevat).contains("Boete € " + Boeteregels.euro(verwacht).substring(2))
                .contains("Regels Wi2021-2022-01-01").hasSizeLessThanOrEqualTo(2000);
        assertThat(boete.grondslag()).contains("PIP".equals(soort) ? "artikel 23" : "artikel 22");
    }

    /**
     * A change in the law is a new version of the decision with rows from its start date: a conduct before the
     * change keeps the old amounts, from the change the new ones (a test-only version, amounts made up).
     */
    @ParameterizedTest(name = "{0} {1} op {2}: {4}")
    @CsvSource(delimiter = '|', textBlock = """
            voor de wijziging  | PIP    | 2027-06-30 |                   | 50.00  | Wi2021-2022-01-01
            vanaf de wijziging | PIP    | 2027-07-01 |                   | 60.00  | TEST-wijziging-2027-07-01
            herhaling erna     | PIP    | 2027-07-01 | PIP@2027-03-01=50 | 120.00 | TEST-wijziging-2027-07-01
            intake ervoor      | INTAKE | 2027-06-30 |                   | 250.00 | Wi2021-2022-01-01
            intake erna        | INTAKE | 2027-07-01 |                   | 300.00 | TEST-wijziging-2027-07-01
            """)
    void regelwijzigingOpDatum(String naam, String soort, LocalDate gedragsdatum, String eerder, BigDecimal verwacht,
                               String regelversie) {
        wijziging = repositoryService.createDeployment().name("handhaving-boete wijziging (test)")
                .addClasspathResource("handhaving-boete-wijziging.dmn").deploy().getId();
        Persoon persoon = gegevens.persoon();
        Dossier hoorn = gegevens.dossier(persoon, "GM0441");
        if (eerder != null) {
            legEerdereBoeteVast(persoon, hoorn, eerder);
        }
        HandhavingZaak zaak = gegevens.zaak(hoorn, gedraging(soort), gedragsdatum, gedragsdatum, null);

        Boeteregels.Boete boete = boeteregels.bereken(zaak, Verwijtbaarheid.VOLLEDIG);

        assertThat(boete.bedrag()).as(naam).isEqualByComparingTo(verwacht);
        assertThat(boete.regelversie()).isEqualTo(regelversie);
        assertThat(boete.berekening()).contains("Regels " + regelversie);
    }

    @Test
    void deRegelsNemenDeDatumAlsLocalDate() {
        Boeteregels.Regels regels = boeteregels.regels(LocalDate.of(2022, 1, 1), Gedraging.Soort.PIP, 0);
        assertThat(regels.basisbedrag()).isEqualByComparingTo("50");
        assertThat(regels.maximumPerBoete()).isEqualByComparingTo("800");
        assertThat(regels.maximumPerTermijn()).isEqualByComparingTo("2400");
        assertThat(regels.grondslag()).contains("Wet inburgering 2021, artikel 23");
        assertThat(boeteregels.regels(LocalDate.of(2022, 1, 1), Gedraging.Soort.BREDE_INTAKE, 0).basisbedrag())
                .isEqualByComparingTo("250");
    }

    @Test
    void gedragVoorDeWetInburgering2021HeeftGeenBoeteregels() {
        assertThatThrownBy(() -> boeteregels.regels(LocalDate.of(2021, 12, 31), Gedraging.Soort.PIP, 0))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Geen boeteregels");
    }

    @Test
    void deGemeenteBeboetNietWatDuoHandhaaftEnNietZonderVerwijtbaarheid() {
        Persoon persoon = gegevens.persoon();
        Dossier hoorn = gegevens.dossier(persoon, "GM0441");
        LocalDate dag = LocalDate.of(2026, 2, 1);
        HandhavingZaak pvt = gegevens.zaak(hoorn, Gedraging.PVT_NIET_VOLTOOID, dag, dag, null);
        assertThatThrownBy(() -> boeteregels.bereken(pvt, Verwijtbaarheid.VOLLEDIG)).hasMessageContaining("DUO");
        HandhavingZaak pip = gegevens.zaak(hoorn, Gedraging.PIP_AFSPRAKEN, dag, dag, null);
        assertThatThrownBy(() -> boeteregels.bereken(pip)).hasMessageContaining("verwijtbaarheid");
    }

    private static Gedraging gedraging(String soort) {
        return "INTAKE".equals(soort) ? Gedraging.BREDE_INTAKE_NIET_MEEWERKEN : Gedraging.PIP_AFSPRAKEN;
    }

    private void legEerdereBoeteVast(Persoon persoon, Dossier hoorn, String boete) {
        String waar = boete.contains(":") ? boete.substring(0, boete.indexOf(':')) : "";
        String rest = boete.substring(boete.indexOf(':') + 1);
        Gedraging gedraging = gedraging(rest.substring(0, rest.indexOf('@')));
        LocalDate dag = LocalDate.parse(rest.substring(rest.indexOf('@') + 1, rest.indexOf('=')));
        BigDecimal bedrag = new BigDecimal(rest.substring(rest.indexOf('=') + 1));
        switch (waar) {
            case "" -> gegevens.zaak(hoorn, gedraging, dag, dag, bedrag);
            case "VERHUISD" -> gegevens.zaak(gegevens.dossier(persoon, "GM0439"), gedraging, dag, dag, bedrag);
            case "VORIG" -> gegevens.eerdereBoete(hoorn, gedraging, dag, bedrag);
            case "OPEN" -> gegevens.zaakZonderBeschikking(hoorn, gedraging, dag, bedrag);
            default -> throw new IllegalArgumentException("Onbekende herkomst " + waar);
        }
    }
}
