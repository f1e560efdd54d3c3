package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/** Ending a dossier (moved away, ontheffing, death) cancels every track cleanly and withdraws its partner tasks. */
class DossierBeeindigenTest extends ProcesTestBasis {

    @Test
    void beeindigenTrektAlleTrajectenEnPartnertakenIn() {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd).isWaitingAt("CallActivity_Ontzorgen", "CallActivity_Begeleiding", "CallActivity_BredeIntake");
        String[] trajecten = {proces(dossier, "ontzorgen").getId(), proces(dossier, "begeleiding").getId()};
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().processInstanceIdIn(trajecten).count())
                .isEqualTo(2);

        assertThatThrownBy(() -> gebeurtenis(dossier, GebeurtenisType.BEEINDIGD, VANDAAG))
                .isInstanceOf(OngeldigVerzoekException.class);
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd naar Utrecht", "test");

        assertThat(hoofd).hasPassed("Task_BeeindigingVastleggen", "End_DossierBeeindigd").isEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossier.getDossiernummer()).count())
                .isZero();
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().processInstanceIdIn(trajecten).count())
                .isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer()).count()).isZero();
        Dossier beeindigd = herlaad(dossier);
        assertThat(beeindigd.getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(beeindigd.getAfsluitreden()).contains("Verhuisd naar Utrecht");
        assertThatThrownBy(() -> gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG))
                .isInstanceOf(ConflictException.class).hasMessageContaining("afgesloten");
    }
}
