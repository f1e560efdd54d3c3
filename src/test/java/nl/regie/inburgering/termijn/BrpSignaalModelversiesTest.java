package nl.regie.inburgering.termijn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.ModelVersies;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The BRP signal's firing without the koppelingsdatum as a task variable (issue 13, timer burst: one read of the
 * dossier and one variable with its history less per firing; the casemanager reads the date in the Dossier tab).
 * Running dossiers keep their model version, no migration: a dossier opened on the main process as it landed at
 * 13b3991 ({@code landed-13b3991/}, with that version's form) still gets the task with the koppelingsdatum when its
 * timer fires, beside a dossier on today's model, and both finish. (Their BRP timer fires at most
 * {@code brp-onbekend-signaal-na} after the koppeling, so the old path dies out within weeks of a release.)
 */
class BrpSignaalModelversiesTest extends ProcesTestBasis {

    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;

    private ModelVersies versies;

    @BeforeEach
    void versies() {
        versies = new ModelVersies(repositoryService);
    }

    @AfterEach
    void deploymentsOpruimen() {
        versies.opruimen();
    }

    @Test
    void eenDossierOpDeVorigeVersieKrijgtDeKoppelingsdatumEenNieuwNietEnBeideRondenAf() {
        String landed = versies.deployVan("landed-13b3991", "landed 13b3991 (test)", "inburgering.bpmn",
                "forms/brp-inschrijving-nagaan.form");
        Dossier oud = openStatushouder("0441");
        String vandaag = versies.deploy("vandaag (test)");
        Dossier nieuw = openStatushouder("0441");
        assertThat(hoofdproces(oud).getProcessDefinitionId()).isEqualTo(versies.definitie(landed, "inburgering").getId());
        assertThat(hoofdproces(nieuw).getProcessDefinitionId()).isEqualTo(versies.definitie(vandaag, "inburgering").getId());

        LocalDate signaal = oud.getKoppelingsdatum().plusWeeks(6);
        verstrijkTot(signaal.minusDays(1), oud.getDossiernummer(), nieuw.getDossiernummer());
        assertThat(taak(oud, "Task_BrpInschrijvingNagaan")).isNull();
        assertThat(taak(nieuw, "Task_BrpInschrijvingNagaan")).isNull();
        verstrijkTot(signaal, oud.getDossiernummer(), nieuw.getDossiernummer());

        Task oudeTaak = taak(oud, "Task_BrpInschrijvingNagaan");
        assertThat(taskService.getVariable(oudeTaak.getId(), "koppelingsdatum")).isEqualTo(oud.getKoppelingsdatum().toString());
        Task nieuweTaak = taak(nieuw, "Task_BrpInschrijvingNagaan");
        assertThat(taskService.getVariables(nieuweTaak.getId())).doesNotContainKey("koppelingsdatum")
                .containsEntry("dossiernummer", nieuw.getDossiernummer());
        assertThat(runtimeService.getVariablesLocal(nieuweTaak.getExecutionId())).containsKey("brpNagaanOpmerking");
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(hoofdproces(nieuw).getId())
                .variableName("koppelingsdatum").count()).isZero();
        for (Dossier dossier : java.util.List.of(oud, nieuw)) {
            assertThat(hoofdproces(dossier)).isWaitingAt("Event_PipTermijnGestartNaSignaal", "Task_BrpInschrijvingNagaan");
            voltooi(TestGegevens.CM_HOORN, dossier, "Task_BrpInschrijvingNagaan",
                    Map.of("brpNagaanOpmerking", "Burgerzaken gebeld: nog niet ingeschreven"));
            assertThat(hoofdproces(dossier)).hasPassed("End_BrpInschrijvingNagegaan")
                    .isWaitingAt("Event_PipTermijnGestartNaSignaal");
            assertThat(runtimeService.getVariables(hoofdproces(dossier).getId())).doesNotContainKey("brpNagaanOpmerking");
        }
    }
}
