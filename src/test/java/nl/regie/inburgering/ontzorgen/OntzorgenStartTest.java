package nl.regie.inburgering.ontzorgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The start moment of financieel ontzorgen per gemeente (regie.*.ontzorgen-start): Westfriesland (Hoorn) from the
 * housing, once the bijstand is known too (the later fact starts it); the standaard (Purmerend) at the bijstand.
 */
class OntzorgenStartTest extends ProcesTestBasis {

    private Dossier openMetVerwachteHuisvesting(String cbs, LocalDate verwacht) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Inburgeraar",
                LocalDate.of(1990, 1, 1), "SYR", "ASIELSTATUSHOUDER", cbs, VANDAAG.minusDays(3), true,
                VANDAAG.minusDays(2), null, verwacht);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "test").dossier();
        werkAf(dossier);
        return dossier;
    }

    private void gestartOp(Dossier dossier, LocalDate ingang) {
        ProcessInstance pi = proces(dossier, "ontzorgen");
        assertThat(pi).as("ontzorgen gestart").isNotNull();
        LockedExternalTask inhouding = partnertaak(dossier, "ontzorgen-inhouding");
        assertThat(inhouding.getVariables()).containsEntry("actie", "START").containsEntry("ingangsdatum", ingang.toString());
    }

    @Test
    void westfrieslandOntzorgtVanafDeHuisvestingNietOpBijstandAlleen() {
        Dossier dossier = openMetVerwachteHuisvesting("0441", VANDAAG.plusWeeks(2));
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG.minusDays(1));
        assertThat(proces(dossier, "ontzorgen")).as("bijstand alone, expected housing date known").isNull();
        assertThat(herlaad(dossier).getVerwachteHuisvestingsdatum()).isEqualTo(VANDAAG.plusWeeks(2));

        zetKlok(VANDAAG.plusDays(10));
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, VANDAAG.plusDays(10));
        gestartOp(dossier, VANDAAG.plusDays(10));
        assertThat(herlaad(dossier).getHuisvestingsdatum()).isEqualTo(VANDAAG.plusDays(10));
    }

    @Test
    void gehuisvestVoorDeBijstandStartOpDeBijstand() {
        Dossier dossier = openMetVerwachteHuisvesting("0441", null);
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, VANDAAG.minusDays(2));
        assertThat(proces(dossier, "ontzorgen")).as("housing alone").isNull();
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gestartOp(dossier, VANDAAG);
    }

    @Test
    void deStandaardOntzorgtBijDeStartVanDeBijstand() {
        Dossier dossier = openMetVerwachteHuisvesting("0439", VANDAAG.plusMonths(2));
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG.minusDays(1));
        gestartOp(dossier, VANDAAG.minusDays(1));
    }

    @Test
    void geenOntzorgenOpHuisvestingZonderPlicht() {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", VANDAAG.minusYears(15), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, VANDAAG);
        assertThat(proces(dossier, "ontzorgen")).as("not (yet) obliged").isNull();
    }
}
