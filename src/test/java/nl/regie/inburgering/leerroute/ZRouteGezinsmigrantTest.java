package nl.regie.inburgering.leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** Issue 9 item 9: a gezinsmigrant's Z-route needs its 800 hours and the gemeente's eindgesprek, as a statushouder's. */
class ZRouteGezinsmigrantTest extends ProcesTestBasis {

    @Autowired LeerrouteTrajectRepository trajecten;

    @Test
    void deZRouteVanEenGezinsmigrantEindigtPasNa800UurMetHetEindgesprek() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1990, 1, 1), VANDAAG);
        ProcessInstance pi = startNaPip(dossier, "leerroute", "Z", VANDAAG);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GekozenTaalschoolVastleggen",
                Map.of("taalschool", "Taalcentrum Noord", "taalschoolStartdatum", VANDAAG.plusDays(10).toString()));
        laatVerlopen(managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult());

        String taak = taak(dossier, "Task_VoortgangGezinsmigrantBeoordelen").getId();
        for (Map<String, Object> teWeinig : java.util.List.<Map<String, Object>>of(
                Map.of("monitoringOordeel", "OP_SCHEMA", "monitoringToelichting", "Klaar volgens school", "monitoringBesluit", "AFGEROND"),
                Map.of("monitoringOordeel", "OP_SCHEMA", "monitoringToelichting", "Klaar volgens school", "monitoringBesluit", "AFGEROND",
                        "zRouteUren", 640))) {
            assertThatThrownBy(() -> als(TestGegevens.CM_HOORN, () -> {
                taskService.complete(taak, teWeinig);
                return null;
            })).isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("zRouteUren");
        }
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VoortgangGezinsmigrantBeoordelen", Map.of("monitoringOordeel", "OP_SCHEMA",
                "monitoringToelichting", "800 uur gevolgd, bewijs van de school", "monitoringBesluit", "AFGEROND", "zRouteUren", 812));

        assertThat(pi).hasNotPassed("End_ZelfGeregeldAfgerond").isWaitingAt("Task_ZRouteEindgesprekVoeren");
        LeerrouteTraject traject = trajecten.findByDossierIdOrderById(dossier.getId()).get(0);
        assertThat(traject.getTaaluren()).isEqualTo(812);
        assertThat(traject.getStatus()).isEqualTo(LeerrouteTraject.Status.BEHAALD);
        assertThat(taak(dossier, "Task_ZRouteEindgesprekVoeren").getDueDate()).isNotNull();
        LocalDate dag = Tijd.vandaag();
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_ZRouteEindgesprekVoeren", Map.of("eindgesprekDatum", dag.toString(),
                "eindgesprekVerslag", "Certificaat uitgereikt", "certificaatDatum", dag.toString()));
        assertThat(pi).hasPassed("End_ZRouteAfgerond");
        assertThat(trajecten.findByDossierIdOrderById(dossier.getId()).get(0).getStatus())
                .isEqualTo(LeerrouteTraject.Status.AFGEROND);
    }
}
