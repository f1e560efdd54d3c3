package nl.regie.inburgering.plicht;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** Issue 9 item 9: the plicht check knows the start of this law (1 January 2022) and the AOW age by birth date. */
class PlichtRegelsTest extends ProcesTestBasis {

    private Dossier open(String doelgroep, LocalDate geboren, LocalDate koppeling) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Inburgeraar", geboren,
                "SYR", doelgroep, "0441", koppeling, false, null);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "test").dossier();
        werkAf(dossier);
        return dossier;
    }

    @Test
    void eenKoppelingVoor2022ValtOnderDeOudeWetGemarkeerdEnNietGerouteerd() {
        Dossier dossier = open("ASIELSTATUSHOUDER", LocalDate.of(1990, 1, 1), LocalDate.of(2021, 12, 15));

        assertThat(hoofdproces(dossier)).isWaitingAt("Task_GeenPlichtBevestigen").variables().containsEntry("plichtig", false);
        Dossier gemarkeerd = herlaad(dossier);
        assertThat(gemarkeerd.isValtOnderWi2013()).isTrue();
        assertThat(gemarkeerd.getPlichtig()).isFalse();
        assertThat(gemarkeerd.getStatus()).isEqualTo(DossierStatus.GEEN_PLICHT_TE_BEVESTIGEN);
        assertThat(gemarkeerd.getPlichtReden()).contains("1 januari 2022").contains("Wet inburgering (2013)");

        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GeenPlichtBevestigen",
                Map.of("geenPlichtBesluit", "BEVESTIGEN", "geenPlichtToelichting", "Vergunning 2021, Wi 2013"));
        assertThat(herlaad(dossier).getStatus()).isEqualTo(DossierStatus.GESLOTEN_GEEN_PLICHT);
        assertThat(herlaad(dossier).isValtOnderWi2013()).isTrue();
    }

    @Test
    void eenKoppelingOpDeEersteDagVanDeWetIsPlichtig() {
        Dossier dossier = open("ASIELSTATUSHOUDER", LocalDate.of(1990, 1, 1), LocalDate.of(2022, 1, 1));
        assertThat(hoofdproces(dossier)).isWaitingAt("CallActivity_BredeIntake");
        assertThat(herlaad(dossier).isValtOnderWi2013()).isFalse();
        assertThat(herlaad(dossier).getPlichtig()).isTrue();
    }

    @Test
    void wieDeAowLeeftijdNaarGeboortedatumBereiktIsNietPlichtig() {
        // 2 March 2026: born 2 March 1959 turns 67 today, the AOW age of that birth year: reached
        Dossier bereikt = open("GEZINSMIGRANT", LocalDate.of(1959, 3, 2), VANDAAG.minusDays(3));
        assertThat(hoofdproces(bereikt)).isWaitingAt("Task_GeenPlichtBevestigen");
        assertThat(herlaad(bereikt).getPlichtReden()).contains("AOW-leeftijd");
        // born 3 March 1959: 67 tomorrow, still obliged today
        Dossier nogNiet = open("GEZINSMIGRANT", LocalDate.of(1959, 3, 3), VANDAAG.minusDays(3));
        assertThat(hoofdproces(nogNiet)).isWaitingAt("CallActivity_BredeIntake");
    }

    @Test
    void vanaf2028IsDeAowLeeftijd67JaarEnDrieMaanden() {
        zetKlok(LocalDate.of(2028, 2, 15));
        // born 1 January 1961: 67 in whole years, but the AOW age of 67 years and 3 months falls on 1 April 2028
        Dossier zevenenzestig = open("GEZINSMIGRANT", LocalDate.of(1961, 1, 1), LocalDate.of(2028, 2, 1));
        assertThat(hoofdproces(zevenenzestig)).isWaitingAt("CallActivity_BredeIntake");
        assertThat(herlaad(zevenenzestig).getPlichtig()).isTrue();

        zetKlok(LocalDate.of(2028, 4, 1));
        Dossier bereikt = open("GEZINSMIGRANT", LocalDate.of(1961, 1, 1), LocalDate.of(2028, 3, 1));
        assertThat(hoofdproces(bereikt)).isWaitingAt("Task_GeenPlichtBevestigen");
        assertThat(herlaad(bereikt).getPlichtReden()).contains("AOW-leeftijd");
    }
}
