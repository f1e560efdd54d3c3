package nl.regie.inburgering.begeleiding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Hoorn gives the maatschappelijke begeleiding itself (seed: "Gemeente Hoorn voert zelf de maatschappelijke
 * begeleiding uit", regie.gemeenten.GM0441.begeleiding-door-gemeente): its own casemanagers get Tasklist tasks for the
 * start, the extension and the end, checked as the partner's answers are; no partner task. Other gemeenten keep the
 * partner.
 */
class BegeleidingDoorGemeenteTest extends ProcesTestBasis {

    @Autowired BegeleidingTrajectRepository trajecten;
    @Autowired RepositoryService repositoryService;

    private String vorigeDeployment;

    @AfterEach
    void vorigeVersieOpruimen() {
        if (vorigeDeployment != null) {
            repositoryService.deleteDeployment(vorigeDeployment, true, true);
        }
    }

    private long partnertaken(Dossier dossier) {
        return processEngine.getExternalTaskService().createExternalTaskQuery().topicName(BegeleidingDelegates.TOPIC)
                .processInstanceId(proces(dossier, "begeleiding").getId()).count();
    }

    private void weigert(Dossier dossier, String taak, Map<String, Object> antwoord, String veld) {
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, taak, antwoord))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining(veld);
    }

    @Test
    void hoornsEigenCasemanagerStartVerlengtEnBeeindigtZonderPartnertaak() {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "AFG", LocalDate.of(1985, 3, 3), VANDAAG);
        ProcessInstance pi = proces(dossier, "begeleiding");
        assertThat(pi).isWaitingAt("Task_BegeleidingStartenGemeente");
        assertThat(partnertaken(dossier)).isZero();
        Task start = taak(dossier, "Task_BegeleidingStartenGemeente");
        assertThat(taskService.getIdentityLinksForTask(start.getId())).extracting(l -> l.getGroupId()).containsExactly("casemanager");
        assertThat(start.getTenantId()).isEqualTo("GM0441");
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getPartner()).isEqualTo(BegeleidingDelegates.DOOR_GEMEENTE);

        // checked as the partner's answer: required, at most a year ahead
        weigert(dossier, "Task_BegeleidingStartenGemeente", Map.of(), "startdatum");
        weigert(dossier, "Task_BegeleidingStartenGemeente", Map.of("startdatum", VANDAAG.plusDays(366).toString()), "startdatum");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_BegeleidingStartenGemeente", Map.of("startdatum", VANDAAG.toString()));
        BegeleidingTraject traject = trajecten.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(traject.getStatus()).isEqualTo(BegeleidingTraject.Status.LOPEND);
        assertThat(traject.getStartdatum()).isEqualTo(VANDAAG);
        assertThat(Tijd.alsDatum(timerIn(pi).getDuedate())).isEqualTo(VANDAAG.plusMonths(11));

        laatVerlopen(timerIn(pi));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerlengingBeoordelen",
                Map.of("begeleidingBesluit", "VERLENGEN", "begeleidingReden", "Nog veel vragen over zorg en school"));
        assertThat(pi).isWaitingAt("Task_BegeleidingVerlengenGemeente");
        assertThat(partnertaken(dossier)).isZero();
        assertThat(Tijd.alsDatum(taak(dossier, "Task_BegeleidingVerlengenGemeente").getDueDate())).isEqualTo(VANDAAG.plusMonths(12));
        weigert(dossier, "Task_BegeleidingVerlengenGemeente", Map.of("bevestigd", false), "bevestigd");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_BegeleidingVerlengenGemeente", Map.of("bevestigd", true));
        traject = trajecten.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(traject.isVerlengd()).isTrue();
        assertThat(traject.getEinddatum()).isEqualTo(VANDAAG.plusMonths(18));

        laatVerlopen(timerIn(pi));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerlengingBeoordelen",
                Map.of("begeleidingBesluit", "NIET_VERLENGEN", "begeleidingReden", "Zelfstandig"));
        assertThat(Tijd.alsDatum(timerIn(pi).getDuedate())).isEqualTo(VANDAAG.plusMonths(18));
        laatVerlopen(timerIn(pi));
        assertThat(pi).isWaitingAt("Task_BegeleidingBeeindigenGemeente");
        assertThat(partnertaken(dossier)).isZero();
        LocalDate einde = VANDAAG.plusMonths(18);
        weigert(dossier, "Task_BegeleidingBeeindigenGemeente", Map.of("einddatum", einde.plusDays(2).toString()), "einddatum");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_BegeleidingBeeindigenGemeente", Map.of("einddatum", einde.toString()));
        assertThat(pi).hasPassed("Task_BegeleidingAfronden", "End_BegeleidingAfgerond").hasNotPassed("SubProcess_BegeleidingStarten",
                "SubProcess_BegeleidingVerlengen", "SubProcess_BegeleidingBeeindigen").isEnded();
        traject = trajecten.findByDossierId(dossier.getId()).orElseThrow();
        assertThat(traject.getStatus()).isEqualTo(BegeleidingTraject.Status.AFGEROND);
        assertThat(traject.getEinddatum()).isEqualTo(einde);
    }

    @Test
    void eenAndereCasemanagerDanVanHoornKanDeTaakNietAfronden() {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1988, 4, 4), VANDAAG);
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_ZOETERMEER, dossier, "Task_BegeleidingStartenGemeente",
                Map.of("startdatum", VANDAAG.toString()))).isNotNull();
        assertThat(proces(dossier, "begeleiding")).isWaitingAt("Task_BegeleidingStartenGemeente");
    }

    @Test
    void eenAndereWestfrieseGemeenteKrijgtDePartnertaak() {
        Dossier dossier = open("0498", "ASIELSTATUSHOUDER", "AFG", LocalDate.of(1985, 3, 3), VANDAAG);
        ProcessInstance pi = proces(dossier, "begeleiding");
        assertThat(pi).isWaitingAt("Task_BegeleidingStarten").hasNotPassed("Task_BegeleidingStartenGemeente");
        assertThat(taak(dossier, "Task_BegeleidingStartenGemeente")).isNull();
        var start = partnertaak(dossier, BegeleidingDelegates.TOPIC);
        assertThat(start.getVariables()).containsEntry("actie", "START").containsEntry("partner", "vluchtelingenwerk");
        beantwoord(start, Map.of("startdatum", VANDAAG.toString()));
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getPartner()).isEqualTo("vluchtelingenwerk");
    }

    /**
     * A Hoorn dossier on the previous begeleiding model (landed before this routing; copied to
     * src/test/resources/begeleiding-vorige/) keeps asking the partner: the planning step sees that its model cannot
     * route to the gemeente and records the partner, as that version's tasks expect.
     */
    @Test
    void hoornOpDeVorigeModelversieVraagtNogDePartner() throws java.io.IOException {
        DeploymentBuilder builder = repositoryService.createDeployment().name("begeleiding vorige versie (test)");
        for (String patroon : new String[] {"classpath:begeleiding-vorige/*.bpmn", "classpath:begeleiding-vorige/forms/*.form"}) {
            for (Resource bron : new PathMatchingResourcePatternResolver().getResources(patroon)) {
                builder.addInputStream(bron.getFilename(), bron.getInputStream());
            }
        }
        vorigeDeployment = builder.deploy().getId();
        String vorige = repositoryService.createProcessDefinitionQuery().deploymentId(vorigeDeployment)
                .processDefinitionKey("begeleiding").singleResult().getId();

        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1987, 7, 7), null); // no BRP: nothing started
        assertThat(proces(dossier, "begeleiding")).isNull();
        ProcessInstance pi = runtimeService.startProcessInstanceById(vorige, dossier.getDossiernummer(), Map.of(
                "dossiernummer", dossier.getDossiernummer(), "gemeente", "GM0441", "brpInschrijvingsdatum", VANDAAG.toString()));
        werkAf(dossier);
        assertThat(pi).isWaitingAt("Task_BegeleidingStarten");
        var start = partnertaak(dossier, BegeleidingDelegates.TOPIC);
        assertThat(start.getVariables()).containsEntry("actie", "START").containsEntry("partner", "vluchtelingenwerk");
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getPartner()).isEqualTo("vluchtelingenwerk");
        beantwoord(start, Map.of("startdatum", VANDAAG.toString()));
        assertThat(pi).isWaitingAt("Timer_BesluitmomentVerlenging");
        assertThat(trajecten.findByDossierId(dossier.getId()).orElseThrow().getStatus()).isEqualTo(BegeleidingTraject.Status.LOPEND);
    }
}
