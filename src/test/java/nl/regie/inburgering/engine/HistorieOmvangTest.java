package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricJobLog;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.runtime.VariableInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Issue 13, the database size per dossier: the engine keeps only what routing and repairs need. A called process gets
 * no copy of what it never reads (its tenant comes from its caller, the dossier from the business key, and every task
 * shows the dossier number as a task-local value); the job log has no creation rows, but every success (and failure);
 * the task-local display values leave no history (see {@code takenlijst/TaakOnderwerpTest}).
 */
class HistorieOmvangTest extends ProcesTestBasis {

    @Autowired HistoryService historyService;

    private static List<String> namen(List<VariableInstance> variabelen) {
        return variabelen.stream().map(VariableInstance::getName).toList();
    }

    @Test
    void deBredeIntakeKrijgtAlleenWatZeLeestEnLooptDoorTotDePip() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance intake = proces(dossier, "brede-intake");
        assertThat(intake.getTenantId()).as("the tenant comes from the caller").isEqualTo("GM0441");
        List<String> procesVariabelen = namen(runtimeService.createVariableInstanceQuery()
                .processInstanceIdIn(intake.getId()).list().stream().filter(v -> v.getTaskId() == null).toList());
        assertThat(procesVariabelen).contains(ProcesVariabelen.PIP_UITERLIJKE_DATUM)
                .doesNotContain(ProcesVariabelen.DOSSIERNUMMER, ProcesVariabelen.GEMEENTE, ProcesVariabelen.DOELGROEP,
                        ProcesVariabelen.LEEFTIJD);
        // the main process still routes on its own
        assertThat(runtimeService.getVariables(hoofdproces(dossier).getId())).containsKeys(ProcesVariabelen.DOSSIERNUMMER,
                ProcesVariabelen.GEMEENTE, ProcesVariabelen.DOELGROEP, ProcesVariabelen.LEEFTIJD);

        // the form's dossier number is the task's own value
        Task oproep = taak(dossier, "Task_OproepVersturen");
        assertThat(taskService.getVariable(oproep.getId(), "dossiernummer")).isEqualTo(dossier.getDossiernummer());

        // the intake runs to the PIP, whose process gets no gemeente or dossier number either
        intakeVolledig(dossier, TestGegevens.CM_HOORN, "HAALBAAR", 60);
        ProcessInstance pip = proces(dossier, "pip");
        assertThat(pip).as("PIP started after the intake").isNotNull();
        assertThat(pip.getTenantId()).isEqualTo("GM0441");
        assertThat(runtimeService.getVariables(pip.getId())).containsKeys(ProcesVariabelen.DOELGROEP, ProcesVariabelen.LEEFTIJD,
                ProcesVariabelen.LBT_UITSLAG).doesNotContainKeys(ProcesVariabelen.DOSSIERNUMMER, ProcesVariabelen.GEMEENTE);
    }

    @Test
    void hetJobLogHoudtSuccesEnFalenMaarGeenAanmaak() {
        Dossier dossier = openStatushouder("0441");
        String hoofd = hoofdproces(dossier).getId();
        List<HistoricJobLog> log = historyService.createHistoricJobLogQuery().processInstanceId(hoofd).list();
        assertThat(log).as("the asynchronous steps after opening ran").isNotEmpty()
                .allSatisfy(regel -> assertThat(regel.isCreationLog()).isFalse())
                .anySatisfy(regel -> assertThat(regel.isSuccessLog()).isTrue());
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(hoofd).creationLog().count()).isZero();
        assertThat(historyService.createHistoricJobLogQuery().processInstanceId(hoofd).successLog().count()).isPositive();
    }
}
