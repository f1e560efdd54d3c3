package nl.regie.inburgering.pvt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** The PVT: the provider's task, the reminder when the first-year target passes, and the signing date. */
class PvtProcessTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired PvtTrajectRepository pvt;

    @Test
    void opTijdAfgerondZonderHerinnering() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "pvt", "B1", VANDAAG);

        LockedExternalTask taak = partnertaak(dossier, "pvt-uitvoering");
        assertThat(taak.getVariables()).containsEntry("partner", "pvt-map-westfriesland")
                .containsEntry("streefdatum", VANDAAG.plusYears(1).toString()).doesNotContainKey("bsn");
        verstrijkTot(dossier, VANDAAG.plusMonths(5));
        beantwoord(taak, Map.of("ondertekend", VANDAAG.plusMonths(5).toString(), "uren", 14));

        assertThat(pi).hasPassed("Task_PvtVastleggen", "End_PvtAfgerond").hasNotPassed("Task_PvtHerinneren").isEnded();
        PvtTraject traject = pvt.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(traject.getOndertekend()).isEqualTo(VANDAAG.plusMonths(5));
        assertThat(traject.getUren()).isEqualTo(14);
    }

    @Test
    void nietOpTijdGeeftDeCasemanagerEenHerinneringTerwijlDeOpdrachtDoorloopt() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "pvt", "Z", VANDAAG);
        assertThat(Tijd.alsDatum(timerIn(pi).getDuedate())).isEqualTo(VANDAAG.plusYears(1));

        laatVerlopen(timerIn(pi));

        assertThat(pi).isWaitingAt("Task_PvtUitvoeren", "Task_PvtHerinneren");
        assertThat(taskService.getIdentityLinksForTask(taak(dossier, "Task_PvtHerinneren").getId()))
                .anyMatch(l -> "casemanager".equals(l.getGroupId()));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_PvtHerinneren", Map.of("pvtActie", "Nieuwe groep in maart"));
        beantwoord(partnertaak(dossier, "pvt-uitvoering"), Map.of("ondertekend", VANDAAG.plusYears(1).toString(), "uren", 12));
        assertThat(pi).hasPassed("End_PvtHerinneringAfgehandeld", "End_PvtAfgerond").isEnded();
    }

    @Test
    void eenLaatAntwoordTrektDeOpenHerinneringIn() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "pvt", "Z", VANDAAG);
        laatVerlopen(timerIn(pi));
        assertThat(pi).isWaitingAt("Task_PvtUitvoeren", "Task_PvtHerinneren");

        // the provider answers before the casemanager got to the reminder: the track ends, the reminder is withdrawn
        beantwoord(partnertaak(dossier, "pvt-uitvoering"), Map.of("ondertekend", VANDAAG.plusYears(1).toString(), "uren", 12));
        assertThat(pi).hasPassed("End_PvtAfgerond").hasNotPassed("End_PvtHerinneringAfgehandeld").isEnded();
        assertThat(taak(dossier, "Task_PvtHerinneren")).isNull();
    }

    @Test
    void eenOngeldigAntwoordNoemtDeVeldenEnWordtEenIncident() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "pvt", "B1", VANDAAG);
        Http aanbieder = Http.als(poort, TestGegevens.PVT_MAP_WESTFRIESLAND.id());
        String id = aanbieder.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "pvt-1", "maxTasks", 1,
                "topics", List.of(Map.of("topicName", "pvt-uitvoering", "lockDuration", 60000,
                        "businessKey", dossier.getDossiernummer())))).json().get(0).path("id").asText();

        Http.Antwoord antwoord = aanbieder.post("/partner-api/external-task/" + id + "/complete", Map.of("workerId", "pvt-1",
                "variables", Map.of("uren", Map.of("value", 5), "ondertekend", Map.of("value", VANDAAG.plusDays(3).toString()))));

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.json().path("velden").path("uren").asText()).contains("12");
        assertThat(antwoord.json().path("velden").path("ondertekend").asText()).contains("toekomst");
        assertThat(pvt.findByDossierId(dossier.getId()).orElseThrow().getOndertekend()).isNull();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isEqualTo(1);
    }
}
