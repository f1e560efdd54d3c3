package nl.regie.inburgering.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.Persoon;
import nl.regie.inburgering.dossier.PersoonRepository;
import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * The two delegates the handhaving process calls find the case by its process instance and act on our tables: the
 * routing variable {@code dubbeleSanctie}, and the fine computation that refuses to run before the verwijtbaarheid
 * was assessed (nothing written). Runs them in a test-only model; the real walk is the handhaving process's test.
 */
class BoeteregelsAdaptersTest extends ProcesTestBasis {

    @Autowired RepositoryService repositoryService;
    @Autowired PersoonRepository personen;
    @Autowired HandhavingZaakRepository zaken;
    @Autowired EerdereBoeteRepository eerdereBoetes;
    @Autowired PwMaatregelRepository maatregelen;

    private Sanctiegegevens gegevens;
    private String deployment;

    @BeforeEach
    void inrichten() {
        gegevens = new Sanctiegegevens(personen, dossiers, zaken, eerdereBoetes, maatregelen);
        deployment = repositoryService.createDeployment().name("handhaving-regels-adapters (test)")
                .addClasspathResource("handhaving-regels-adapters.bpmn").deploy().getId();
    }

    @AfterEach
    void opruimen() {
        repositoryService.deleteDeployment(deployment, true);
    }

    @Test
    void dubbeleSanctieRoutingEnBoeteAlleenNaVerwijtbaarheid() {
        Persoon persoon = gegevens.persoon();
        Dossier hoorn = gegevens.dossier(persoon, "GM0441");
        LocalDate dag = LocalDate.of(2026, 2, 10);
        gegevens.maatregel(hoorn, Gedraging.PIP_AFSPRAKEN, dag.minusDays(5), dag.plusDays(5));
        HandhavingZaak zaak = gegevens.zaak(hoorn, Gedraging.PIP_AFSPRAKEN, dag, dag, null);
        ProcessInstance pi = runtimeService.startProcessInstanceByKey("handhaving-regels-adapters", zaak.getZaaknummer());
        zaak.gestartIn(pi.getId());
        zaken.save(zaak);

        Job toets = managementService.createJobQuery().processInstanceId(pi.getId()).singleResult();
        managementService.executeJob(toets.getId());
        assertThat(runtimeService.getVariable(pi.getId(), DubbeleSanctieToetsenDelegate.VARIABELE)).isEqualTo("PW_MAATREGEL");

        String wachten = runtimeService.createExecutionQuery().processInstanceId(pi.getId()).activityId("Wachten")
                .singleResult().getId();
        assertThatThrownBy(() -> runtimeService.signal(wachten)).hasMessageContaining("verwijtbaarheid");
        HandhavingZaak na = zaken.findById(zaak.getId()).orElseThrow();
        assertThat(na.getBoeteBedrag()).isNull();
        assertThat(na.getBoeteBerekening()).isNull();
    }
}
