package nl.regie.inburgering.duo.afstemming;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The nightly reconciliation over real HTTP against the DUO simulator: a difference becomes one procesbeheerder's task
 * with both values (again the next night: no second task), the procesbeheerder deals with it, and a difference that
 * disappears withdraws its task.
 */
class DuoAfstemmingTest extends ProcesTestBasis {

    @Autowired DuoAfstemming afstemming;
    @Autowired AfstemmingsVerschilRepository verschillen;
    @Autowired JdbcTemplate jdbc;

    private List<Task> taken(Dossier dossier) {
        return taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                .taskDefinitionKey("Task_VerschilBeoordelen").list();
    }

    @Test
    void eenVerschilGeeftDeProcesbeheerderEenTaakMetBeideWaardenEnEenVolgendeNachtGeenTweede() {
        Dossier dossier = openStatushouder("0441");
        assertThat(herlaad(dossier).getPlichtig()).isTrue();
        // DUO does not know this person: our plicht against DUO's
        DuoAfstemming.Resultaat eerste = afstemming.stemAf(dossier.getDossiernummer());
        assertThat(eerste.nieuweVerschillen()).isEqualTo(1);

        List<Task> taken = taken(dossier);
        assertThat(taken).hasSize(1);
        Task taak = taken.get(0);
        assertThat(taskService.getIdentityLinksForTask(taak.getId()))
                .anyMatch(l -> Rollen.PROCESBEHEERDER.equals(l.getGroupId()));
        assertThat(taak.getTenantId()).isEqualTo("GM0441");
        assertThat(taskService.getVariablesLocal(taak.getId())).containsEntry("duoAfstemmingOnderwerp", "Inburgeringsplicht")
                .containsEntry("duoAfstemmingOnzeWaarde", "inburgeringsplichtig")
                .containsEntry("duoAfstemmingDuoWaarde", "bij DUO niet bekend");
        AfstemmingsVerschil verschil = verschillen.findByDossierIdOrderById(dossier.getId()).get(0);
        assertThat(verschil.getStatus()).isEqualTo(AfstemmingsVerschil.Status.OPEN);

        // the next night: the same open difference, no second row or task
        DuoAfstemming.Resultaat tweede = afstemming.stemAf(dossier.getDossiernummer());
        assertThat(tweede.nieuweVerschillen()).isZero();
        assertThat(taken(dossier)).hasSize(1);
        assertThat(verschillen.findByDossierIdOrderById(dossier.getId())).hasSize(1);

        // a casemanager may not deal with it; the procesbeheerder does, with a reason
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerschilBeoordelen",
                Map.of("duoAfstemmingAfhandeling", "GEEN_ACTIE", "duoAfstemmingToelichting", "x")))
                .isInstanceOf(RuntimeException.class);
        voltooi(TestGegevens.PB, dossier, "Task_VerschilBeoordelen", Map.of("duoAfstemmingAfhandeling",
                "DUO_GEVRAAGD_TE_CORRIGEREN", "duoAfstemmingToelichting", "DUO gebeld: kennisgeving volgt"));
        AfstemmingsVerschil afgehandeld = verschillen.findById(verschil.getId()).orElseThrow();
        assertThat(afgehandeld.getStatus()).isEqualTo(AfstemmingsVerschil.Status.AFGEHANDELD);
        assertThat(afgehandeld.getAfgehandeldDoor()).isEqualTo(TestGegevens.PB.id());
        assertThat(taken(dossier)).isEmpty();

        // still different the night after: a new row and task (the earlier one was dealt with)
        assertThat(afstemming.stemAf(dossier.getDossiernummer()).nieuweVerschillen()).isEqualTo(1);
        assertThat(taken(dossier)).hasSize(1);
    }

    @Test
    void eenVerschilDatVerdwijntTrektZijnTaakIn() {
        Dossier dossier = openStatushouder("0441");
        afstemming.stemAf(dossier.getDossiernummer());
        assertThat(taken(dossier)).hasSize(1);
        // our side no longer claims a plicht (e.g. the decision is being revised): nothing to compare
        jdbc.update("update dossier set plichtig = null where id = ?", dossier.getId());
        DuoAfstemming.Resultaat r = afstemming.stemAf(dossier.getDossiernummer());
        assertThat(r.opgelost()).isEqualTo(1);
        assertThat(taken(dossier)).isEmpty();
        assertThat(verschillen.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(v -> assertThat(v.getStatus()).isEqualTo(AfstemmingsVerschil.Status.OPGELOST));
    }

    @Test
    void deNachtelijkeRondeSlaatGeslotenDossiersOver() {
        Dossier dossier = openStatushouder("0441");
        jdbc.update("update dossier set status = 'BEEINDIGD' where id = ?", dossier.getId());
        afstemming.stemAlleOpenDossiersAf();
        assertThat(verschillen.findByDossierIdOrderById(dossier.getId())).isEmpty();
    }
}
