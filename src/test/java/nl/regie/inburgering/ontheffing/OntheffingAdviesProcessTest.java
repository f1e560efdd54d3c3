package nl.regie.inburgering.ontheffing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** DUO asks the gemeente's advice on an ontheffing (SS140): the casemanager advises; DUO's ontheffing ends the dossier. */
class OntheffingAdviesProcessTest extends ProcesTestBasis {

    @Autowired OntheffingAdviesRepository adviezen;

    @Test
    void deCasemanagerAdviseertEnDeOntheffingBeeindigtHetDossier() {
        Dossier dossier = openStatushouder("0441");
        gebeurtenis(dossier, GebeurtenisType.ONTHEFFING_ADVIES_GEVRAAGD, VANDAAG);

        assertThat(hoofdproces(dossier)).isWaitingAt("Task_OntheffingAdviseren", "CallActivity_BredeIntake");
        assertThat(taak(dossier, "Task_OntheffingAdviseren")).hasCandidateGroup("casemanager");
        assertThat(adviezen.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(a -> assertThat(a.getGevraagdOp()).isEqualTo(VANDAAG));
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_OntheffingAdviseren",
                Map.of("ontheffingAdvies", "POSITIEF")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("ontheffingAdviesReden");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_OntheffingAdviseren",
                Map.of("ontheffingAdvies", "POSITIEF", "ontheffingAdviesReden", "Aantoonbaar niet in staat (psychische klachten)"));

        assertThat(hoofdproces(dossier)).hasPassed("End_OntheffingGeadviseerd").isWaitingAt("CallActivity_BredeIntake");
        assertThat(adviezen.findByDossierIdOrderById(dossier.getId())).singleElement().satisfies(a -> {
            assertThat(a.getAdvies()).isEqualTo(OntheffingAdvies.Advies.POSITIEF);
            assertThat(a.getReden()).contains("psychische");
            assertThat(a.getGeadviseerdDoor()).isEqualTo(TestGegevens.CM_HOORN.id());
            assertThat(a.getGeadviseerdOp()).isEqualTo(VANDAAG);
        });
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(hoofdproces(dossier).getId())
                .variableName("ontheffingAdviesReden").count()).as("the narrative lives in our table").isZero();

        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "SS108", Beeindigingsreden.ONTHEFFING, null, "duo");
        werkAf(dossier);
        assertThat(herlaad(dossier).getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(herlaad(dossier).getAfsluitredenCode()).isEqualTo(Beeindigingsreden.ONTHEFFING);
    }
}
