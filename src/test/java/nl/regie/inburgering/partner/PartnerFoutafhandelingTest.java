package nl.regie.inburgering.partner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.time.Period;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ErrorEventDefinition;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Gateway;
import org.camunda.bpm.model.bpmn.instance.InclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ParallelGateway;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TerminateEventDefinition;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.pvt.PvtTrajectRepository;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Item 8 of issue 8: a partner that cannot do a task, a partner that does not answer, and our own failure after a
 * completion. Every external task of every model is walked through its error boundary (the casemanager's task, then
 * offered again) and, where it has one, its "no answer" timer (due at the gemeente's policy date, then the
 * casemanager's task while the partner's task stays open).
 */
class PartnerFoutafhandelingTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker IC = new TestGegevens.TestGebruiker("ic.fout.test", "inkomensconsulent",
            List.of("GM0441"));

    @Autowired ExternalTaskService externalTaskService;
    @Autowired RepositoryService repositoryService;
    @Autowired HistoryService historyService;
    @Autowired PvtTrajectRepository pvtTrajecten;
    @Autowired PartnerAfmeldingRepository afmeldingen;

    // ---- the models themselves ----

    @Test
    void elkeWachttoestandIsEenBewaarpuntEnElkePartnertaakHeeftEenFoutgrensEnEenAntwoordtermijn() {
        // every model of the application; models that tests deploy for themselves are named "...-test"
        List<ProcessDefinition> modellen = repositoryService.createProcessDefinitionQuery().latestVersion().list().stream()
                .filter(d -> !d.getKey().endsWith("-test")).toList();
        assertThat(modellen).extracting(ProcessDefinition::getKey).contains("inburgering", "brede-intake", "pip",
                "leerroute", "pvt", "map", "ontzorgen", "begeleiding", "partner-afmelding", "routewissel");
        int partnertaken = 0;
        int geenAntwoordInSubproces = 0;
        for (ProcessDefinition definitie : modellen) {
            BpmnModelInstance model = repositoryService.getBpmnModelInstance(definitie.getId());
            for (UserTask taak : model.getModelElementsByType(UserTask.class)) {
                assertThat(taak.isCamundaAsyncAfter()).as("%s: %s is asyncAfter", definitie.getKey(), taak.getId()).isTrue();
            }
            for (Gateway gateway : model.getModelElementsByType(Gateway.class)) {
                if ((gateway instanceof ParallelGateway || gateway instanceof InclusiveGateway)
                        && gateway.getIncoming().size() > 1) {
                    assertThat(gateway.isCamundaAsyncBefore()).as("%s: join %s", definitie.getKey(), gateway.getId()).isTrue();
                    assertThat(gateway.isCamundaExclusive()).isTrue();
                }
            }
            // a track started by a message (bijstand or BRP from our API, a fixed route switch) begins after an async
            // boundary: its failure is an incident, never an error to whoever reported the event
            for (org.camunda.bpm.model.bpmn.instance.CallActivity aanroep
                    : model.getModelElementsByType(org.camunda.bpm.model.bpmn.instance.CallActivity.class)) {
                boolean naBericht = aanroep.getIncoming().stream().map(f -> f.getSource())
                        .anyMatch(bron -> bron instanceof org.camunda.bpm.model.bpmn.instance.StartEvent start
                                && start.getEventDefinitions().stream().anyMatch(
                                        d -> d instanceof org.camunda.bpm.model.bpmn.instance.MessageEventDefinition));
                if (naBericht) {
                    assertThat(aanroep.isCamundaAsyncBefore()).as("%s: %s after a message", definitie.getKey(), aanroep.getId()).isTrue();
                }
            }
            Collection<BoundaryEvent> grenzen = model.getModelElementsByType(BoundaryEvent.class);
            for (ServiceTask taak : model.getModelElementsByType(ServiceTask.class)) {
                if (!"external".equals(taak.getCamundaType())) {
                    continue;
                }
                partnertaken++;
                assertThat(taak.isCamundaAsyncAfter()).as("%s: %s is asyncAfter", definitie.getKey(), taak.getId()).isTrue();
                List<BoundaryEvent> eigen = grenzen.stream().filter(g -> g.getAttachedTo().equals(taak)).toList();
                assertThat(eigen).as("%s: %s catches the partner's error", definitie.getKey(), taak.getId())
                        .anySatisfy(g -> {
                            ErrorEventDefinition fout = (ErrorEventDefinition) g.getEventDefinitions().iterator().next();
                            assertThat(fout.getError().getErrorCode()).isEqualTo(PartnerAntwoordtermijn.KAN_NIET_UITVOEREN);
                            assertThat(fout.getCamundaErrorMessageVariable()).isEqualTo(PartnerAntwoordtermijn.FOUTMELDING);
                            assertThat(g.cancelActivity()).isTrue();
                        });
                assertThat(eigen).as("%s: %s has a no-answer timer", definitie.getKey(), taak.getId())
                        .anySatisfy(g -> {
                            assertThat(g.getEventDefinitions().iterator().next()).isInstanceOf(TimerEventDefinition.class);
                            assertThat(g.cancelActivity()).as("the partner's task stays open").isFalse();
                        });
                if (eigen.stream().anyMatch(g -> g.getId().endsWith("GeenAntwoord"))) {
                    // the partner's answer withdraws the casemanager's open "no answer" task
                    assertThat(taak.getParentElement()).as("%s: %s in its own subprocess", definitie.getKey(), taak.getId())
                            .isInstanceOfSatisfying(SubProcess.class, sub -> {
                                assertThat(sub.getId()).isEqualTo("SubProcess_" + taak.getId().substring("Task_".length()));
                                assertThat(sub.triggeredByEvent()).isFalse();
                                assertThat(taak.getOutgoing()).singleElement().satisfies(f -> {
                                    assertThat(f.getTarget()).isInstanceOf(EndEvent.class);
                                    assertThat(((EndEvent) f.getTarget()).getEventDefinitions()).singleElement()
                                            .isInstanceOf(TerminateEventDefinition.class);
                                });
                            });
                    geenAntwoordInSubproces++;
                }
            }
        }
        assertThat(partnertaken).isEqualTo(12);
        assertThat(geenAntwoordInSubproces).isEqualTo(10);
    }

    // ---- our own failure after a completion ----

    @Test
    void eenFoutInOnzeCodeNaHetAntwoordVanDePartnerWordtEenIncidentEnHetAntwoordZelfSlaagt() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "pvt", "B1", VANDAAG);
        LockedExternalTask taak = partnertaak(dossier, "pvt-uitvoering");
        // test-only trick: the row the delegate records into is gone, so "Ondertekening vastleggen" fails
        var traject = pvtTrajecten.findByDossierId(dossier.getId()).orElseThrow();
        pvtTrajecten.delete(traject);

        externalTaskService.complete(taak.getId(), "test", Map.of("ondertekend", VANDAAG.toString(), "uren", 12));
        assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(pi.getId()).count())
                .as("the partner's answer is accepted and stored").isZero();
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).messages().singleResult();
        assertThat(job).as("the next step waits behind a save point").isNotNull();

        for (int poging = 1; poging <= 3; poging++) {
            String id = job.getId();
            assertThatThrownBy(() -> managementService.executeJob(id)).isNotNull();
            job = managementService.createJobQuery().jobId(id).singleResult();
            assertThat(job.getRetries()).isEqualTo(3 - poging);
            ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 6 * 60_000));
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).as("after three tries: an incident in Cockpit").isNotNull();
        assertThat(incident.getIncidentType()).isEqualTo(Incident.FAILED_JOB_HANDLER_TYPE);
        assertThat(incident.getActivityId()).isEqualTo("Task_PvtUitvoeren");

        // the procesbeheerder repairs the cause and retries: the track goes on
        pvtTrajecten.save(new nl.regie.inburgering.pvt.PvtTraject(dossier.getId(), traject.getPartner(), traject.getStreefdatum()));
        managementService.setJobRetries(job.getId(), 1);
        werkAf(dossier);
        assertThat(pi).hasPassed("Task_PvtVastleggen", "End_PvtAfgerond");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void eenFoutInOnzeCodeNaEenGebruikerstaakRaaktDeGebruikerNietEnWordtEenIncident() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "map", "B1", VANDAAG);
        Task taak = taak(dossier, "Task_MapVrijstellingBeoordelen");
        // test-only trick: the term's start is gone, so "MAP plannen" fails
        runtimeService.removeVariable(pi.getId(), "inburgeringstermijnStart");

        als(CM, () -> {
            taskService.complete(taak.getId(), Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
            return null;
        });
        assertThat(taskService.createTaskQuery().taskId(taak.getId()).count()).as("the completion itself succeeded").isZero();
        Job job = managementService.createJobQuery().processInstanceId(pi.getId()).messages().singleResult();
        for (int poging = 1; poging <= 3; poging++) {
            String id = job.getId();
            assertThatThrownBy(() -> managementService.executeJob(id)).isNotNull();
            job = managementService.createJobQuery().jobId(id).singleResult();
            ClockUtil.setCurrentTime(new Date(ClockUtil.getCurrentTime().getTime() + 6 * 60_000));
        }
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult();
        assertThat(incident).isNotNull();
        assertThat(incident.getActivityId()).isEqualTo("Task_MapVrijstellingBeoordelen");
        assertThat(job.getRetries()).isZero();

        runtimeService.setVariable(pi.getId(), "inburgeringstermijnStart", VANDAAG.toString());
        managementService.setJobRetries(job.getId(), 1);
        werkAf(dossier);
        assertThat(pi).hasPassed("Task_MapPlannen").isWaitingAt("Timer_MapStart");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void eenBpmnFoutZonderGrensWordtGeweigerdGeenStilEinde() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "pvt", "B1", VANDAAG);
        LockedExternalTask taak = partnertaak(dossier, "pvt-uitvoering");
        // enableExceptionsAfterUnhandledBpmnError: an error no boundary catches is an engine error, rolled back
        assertThatThrownBy(() -> externalTaskService.handleBpmnError(taak.getId(), "test", "ONBEKENDE_CODE", "x"))
                .isInstanceOf(org.camunda.bpm.engine.ProcessEngineException.class).hasMessageContaining("ONBEKENDE_CODE");
        assertThat(pi).isNotEnded().isWaitingAt("Task_PvtUitvoeren");
        assertThat(externalTaskService.createExternalTaskQuery().externalTaskId(taak.getId()).singleResult().getWorkerId())
                .as("still locked by its worker: nothing was written").isEqualTo("test");
    }

    // ---- every partner task: "cannot" and "no answer" ----

    @Test
    void pvt() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "pvt", "B1", VANDAAG);
        LockedExternalTask opnieuw = kanNietEnOpnieuw(dossier, "pvt-uitvoering", "PvtUitvoeren");
        beantwoord(opnieuw, Map.of("ondertekend", Tijd.vandaag().toString(), "uren", 12));
        assertThat(pi).hasPassed("Task_PvtUitvoerenKanNiet", "Task_PvtVastleggen").isEnded();
    }

    @Test
    void map() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "map", "Z", VANDAAG);
        voltooi(CM, dossier, "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        laatVerlopen(timer(pi, "Timer_MapStart"));
        geenAntwoord(dossier, "MapUitvoeren");
        LockedExternalTask opnieuw = kanNietEnOpnieuw(dossier, "map-uitvoering", "MapUitvoeren");
        beantwoord(opnieuw, Map.of("uren", 40, "modules", 10, "afgerond", Tijd.vandaag().toString()));
        assertThat(pi).hasPassed("Task_MapUitvoerenGeenAntwoord", "End_MapUitvoerenGeenAntwoordAfgehandeld",
                "Task_MapUitvoerenKanNiet", "Task_MapResultaatVastleggen");
    }

    @Test
    void leerroute() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        geenAntwoord(dossier, "AanmeldenBijTaalaanbieder");
        LockedExternalTask opnieuw = kanNietEnOpnieuw(dossier, "taalaanbieder-aanmelding", "AanmeldenBijTaalaanbieder");
        beantwoord(opnieuw, Map.of("startdatum", Tijd.vandaag().toString()));
        laatVerlopen(timer(pi, "Timer_VolgendeVoortgang"));
        geenAntwoord(dossier, "VoortgangOntvangen");
        LockedExternalTask voortgang = kanNietEnOpnieuw(dossier, "taalaanbieder-voortgang", "VoortgangOntvangen");
        beantwoord(voortgang, Map.of("lezen", "A2", "luisteren", "B1", "schrijven", "A2", "spreken", "A2", "aanwezigheid", 92));
        assertThat(pi).hasPassed("Task_AanmeldenBijTaalaanbiederKanNiet", "Task_AanmeldenBijTaalaanbiederGeenAntwoord",
                "End_AanmeldenBijTaalaanbiederGeenAntwoordAfgehandeld", "Task_AanmeldingVastleggen",
                "Task_VoortgangOntvangenKanNiet", "Task_VoortgangOntvangenGeenAntwoord",
                "End_VoortgangOntvangenGeenAntwoordAfgehandeld", "Task_VoortgangVastleggen")
                .isWaitingAt("Timer_VolgendeVoortgang");
    }

    @Test
    void ontzorgen() {
        TestGegevens.zorgVoor(identityService, IC);
        Dossier dossier = openStatushouder("0441");
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, VANDAAG); // Westfriesland: ontzorgen from the housing
        ProcessInstance pi = proces(dossier, "ontzorgen");
        geenAntwoord(dossier, "InhoudingStarten");
        beantwoord(kanNietEnOpnieuw(dossier, "ontzorgen-inhouding", "InhoudingStarten"),
                Map.of("bevestigd", true, "referentie", "IW-1"));
        voltooi(IC, dossier, "Task_BudgettrainingVastleggen",
                Map.of("budgettrainingDatum", Tijd.vandaag().plusDays(7).toString(), "budgettrainingAanbieder", "Schuldhulp"));
        laatVerlopen(timer(pi, "Timer_Evaluatiemoment"));
        voltooi(IC, dossier, "Task_OntzorgenEvalueren",
                Map.of("ontzorgenBesluit", "STOPPEN", "ontzorgenReden", "Zelfredzaam"));
        geenAntwoord(dossier, "InhoudingStoppen");
        beantwoord(kanNietEnOpnieuw(dossier, "ontzorgen-inhouding", "InhoudingStoppen"), Map.of("bevestigd", true));
        assertThat(pi).hasPassed("Task_InhoudingStartenKanNiet", "Task_InhoudingStartenGeenAntwoord",
                "Task_InhoudingStoppenKanNiet", "Task_InhoudingStoppenGeenAntwoord", "End_OntzorgenBeeindigd").isEnded();
    }

    @Test
    void begeleiding() {
        Dossier dossier = open("0388", /* Hoorn gives the begeleiding itself */ "ASIELSTATUSHOUDER", "AFG", LocalDate.of(1985, 3, 3), VANDAAG);
        ProcessInstance pi = proces(dossier, "begeleiding");
        geenAntwoord(dossier, "BegeleidingStarten");
        beantwoord(kanNietEnOpnieuw(dossier, "mb-uitvoering", "BegeleidingStarten"), Map.of("startdatum", VANDAAG.toString()));
        laatVerlopen(timer(pi, "Timer_BesluitmomentVerlenging"));
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_VerlengingBeoordelen",
                Map.of("begeleidingBesluit", "VERLENGEN", "begeleidingReden", "Nog veel vragen"));
        geenAntwoord(dossier, "BegeleidingVerlengen");
        beantwoord(kanNietEnOpnieuw(dossier, "mb-uitvoering", "BegeleidingVerlengen"), Map.of("bevestigd", true));
        laatVerlopen(timer(pi, "Timer_BesluitmomentVerlenging"));
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_VerlengingBeoordelen",
                Map.of("begeleidingBesluit", "NIET_VERLENGEN", "begeleidingReden", "Zelfstandig"));
        laatVerlopen(timer(pi, "Timer_EindeBegeleiding"));
        geenAntwoord(dossier, "BegeleidingBeeindigen");
        beantwoord(kanNietEnOpnieuw(dossier, "mb-uitvoering", "BegeleidingBeeindigen"),
                Map.of("einddatum", Tijd.vandaag().toString()));
        assertThat(pi).hasPassed("Task_BegeleidingStartenKanNiet", "Task_BegeleidingVerlengenKanNiet",
                "Task_BegeleidingBeeindigenKanNiet", "End_BegeleidingAfgerond").isEnded();
    }

    // ---- the partner answers after the timer: the casemanager's open "no answer" task is withdrawn ----

    @Test
    void mapLaatAntwoordTrektDeOpvolgtaakIn() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "map", "Z", VANDAAG);
        voltooi(CM, dossier, "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        laatVerlopen(timer(pi, "Timer_MapStart"));
        geenAntwoordNogOpen(dossier, "MapUitvoeren");
        laatAntwoordTrektTaakIn(pi, dossier, "map-uitvoering", "MapUitvoeren",
                Map.of("uren", 40, "modules", 10, "afgerond", Tijd.vandaag().toString()));
        assertThat(pi).hasPassed("Task_MapResultaatVastleggen").isWaitingAt("Task_MapEindgesprekVoeren");
        voltooi(CM, dossier, "Task_MapEindgesprekVoeren", Map.of(
                "mapEindgesprekDatum", Tijd.vandaag().toString(), "mapEindgesprekVerslag", "Afgerond"));
        assertThat(pi).hasPassed("End_MapAfgerond").isEnded();
    }

    @Test
    void leerrouteLaatAntwoordTrektDeOpvolgtaakIn() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        geenAntwoordNogOpen(dossier, "AanmeldenBijTaalaanbieder");
        laatAntwoordTrektTaakIn(pi, dossier, "taalaanbieder-aanmelding", "AanmeldenBijTaalaanbieder",
                Map.of("startdatum", Tijd.vandaag().toString()));
        assertThat(pi).hasPassed("Task_AanmeldingVastleggen").isWaitingAt("Timer_VolgendeVoortgang");
        laatVerlopen(timer(pi, "Timer_VolgendeVoortgang"));
        geenAntwoordNogOpen(dossier, "VoortgangOntvangen");
        laatAntwoordTrektTaakIn(pi, dossier, "taalaanbieder-voortgang", "VoortgangOntvangen",
                Map.of("lezen", "A2", "luisteren", "B1", "schrijven", "A2", "spreken", "A2", "aanwezigheid", 92));
        assertThat(pi).hasPassed("Task_VoortgangVastleggen").isWaitingAt("Timer_VolgendeVoortgang");
        assertThat(taskService.createTaskQuery().processInstanceId(pi.getId()).count()).isZero();
    }

    @Test
    void ontzorgenEindigtZonderDatDeCasemanagerVerouderdeOpvolgtakenAfrondt() {
        TestGegevens.zorgVoor(identityService, IC);
        Dossier dossier = openStatushouder("0441");
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, VANDAAG); // Westfriesland: ontzorgen from the housing
        ProcessInstance pi = proces(dossier, "ontzorgen");
        geenAntwoordNogOpen(dossier, "InhoudingStarten");
        laatAntwoordTrektTaakIn(pi, dossier, "ontzorgen-inhouding", "InhoudingStarten",
                Map.of("bevestigd", true, "referentie", "IW-2"));
        voltooi(IC, dossier, "Task_BudgettrainingVastleggen",
                Map.of("budgettrainingDatum", Tijd.vandaag().plusDays(7).toString(), "budgettrainingAanbieder", "Schuldhulp"));
        laatVerlopen(timer(pi, "Timer_Evaluatiemoment"));
        voltooi(IC, dossier, "Task_OntzorgenEvalueren",
                Map.of("ontzorgenBesluit", "STOPPEN", "ontzorgenReden", "Zelfredzaam"));
        geenAntwoordNogOpen(dossier, "InhoudingStoppen");
        laatAntwoordTrektTaakIn(pi, dossier, "ontzorgen-inhouding", "InhoudingStoppen", Map.of("bevestigd", true));
        assertThat(pi).hasPassed("End_OntzorgenBeeindigd").isEnded();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                .taskDefinitionKeyLike("%GeenAntwoord").count()).isZero();
    }

    @Test
    void begeleidingLaatAntwoordTrektDeOpvolgtaakIn() {
        Dossier dossier = open("0388", /* Hoorn gives the begeleiding itself */ "ASIELSTATUSHOUDER", "AFG", LocalDate.of(1985, 3, 3), VANDAAG);
        ProcessInstance pi = proces(dossier, "begeleiding");
        geenAntwoordNogOpen(dossier, "BegeleidingStarten");
        laatAntwoordTrektTaakIn(pi, dossier, "mb-uitvoering", "BegeleidingStarten", Map.of("startdatum", VANDAAG.toString()));
        assertThat(pi).hasPassed("Task_BegeleidingStartVastleggen").isWaitingAt("Timer_BesluitmomentVerlenging");
        laatVerlopen(timer(pi, "Timer_BesluitmomentVerlenging"));
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_VerlengingBeoordelen",
                Map.of("begeleidingBesluit", "NIET_VERLENGEN", "begeleidingReden", "Zelfstandig"));
        laatVerlopen(timer(pi, "Timer_EindeBegeleiding"));
        geenAntwoordNogOpen(dossier, "BegeleidingBeeindigen");
        laatAntwoordTrektTaakIn(pi, dossier, "mb-uitvoering", "BegeleidingBeeindigen",
                Map.of("einddatum", Tijd.vandaag().toString()));
        assertThat(pi).hasPassed("End_BegeleidingAfgerond").isEnded();
    }

    @Test
    void partnerAfmeldingOpnieuwAangebodenEnDanBuitenHetSysteemBevestigd() {
        Dossier dossier = openStatushouder("0441");
        startNaPip(dossier, "leerroute", "B1", VANDAAG);
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd", nl.regie.inburgering.dossier.Beeindigingsreden.VERHUISD, null, "test");
        werkAf(dossier);
        ProcessInstance afmelding = proces(dossier, "partner-afmelding");
        assertThat(afmelding).isNotNull();

        kanNiet(afmelden(dossier), "Deze inburgeraar kennen wij niet");
        assertThat(afmelding).isWaitingAt("Task_PartnerAfmeldenKanNiet");
        voltooi(CM, dossier, "Task_PartnerAfmeldenKanNiet",
                Map.of("afmeldingBesluit", "OPNIEUW_AANBIEDEN", "afmeldingActie", "Dossiernummer doorgegeven"));
        kanNiet(afmelden(dossier), "Nog steeds onbekend");
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_PartnerAfmeldenKanNiet", Map.of()))
                .as("the earlier answer does not count for the new task").hasMessageContaining("afmeldingBesluit");
        voltooi(CM, dossier, "Task_PartnerAfmeldenKanNiet",
                Map.of("afmeldingBesluit", "BUITEN_SYSTEEM_BEVESTIGD", "afmeldingActie", "Per e-mail bevestigd"));

        assertThat(afmelding).hasPassed("Gateway_AfmeldenKanNietBesluit", "End_BuitenSysteemBevestigd").isEnded();
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(a -> assertThat(a.getBevestigdOp()).isNotNull());
    }

    // ---- helpers ----

    private LockedExternalTask afmelden(Dossier dossier) {
        List<LockedExternalTask> taken = externalTaskService.fetchAndLock(10, "test").topic("taalaanbieder-aanmelding", 60_000L)
                .businessKey(dossier.getDossiernummer()).processDefinitionKey("partner-afmelding").execute();
        assertThat(taken).hasSize(1);
        return taken.get(0);
    }

    private Job timer(ProcessInstance pi, String activiteit) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().activityId(activiteit).singleResult();
    }

    /**
     * The partner's task is open and unanswered: its timer is due at the gemeente's policy date (four weeks after it
     * was offered), then the casemanager gets a task and the partner's task stays open.
     */
    private void geenAntwoord(Dossier dossier, String basis) {
        geenAntwoordNogOpen(dossier, basis);
        // the begeleiding tests run in Enkhuizen (a partner gives it; Hoorn gives it itself)
        TestGegevens.TestGebruiker cm = "GM0388".equals(dossier.getGemeente()) ? TestGegevens.CM_ENKHUIZEN : CM;
        assertThatThrownBy(() -> voltooi(cm, dossier, "Task_" + basis + "GeenAntwoord", Map.of()))
                .hasMessageContaining("partnerContactActie");
        voltooi(cm, dossier, "Task_" + basis + "GeenAntwoord", Map.of("partnerContactActie", "Gebeld, herinnerd"));
        assertThat(taak(dossier, "Task_" + basis + "GeenAntwoord")).isNull();
        assertThat(openPartnertaak(dossier, basis)).isOne();
    }

    /**
     * The partner's task is open and unanswered: its timer is due after the answer period of its topic (the default
     * four weeks, six months for a MAP, two weeks for a taalaanbieder's periodic report), then the casemanager gets a task and the partner's task stays open.
     */
    private void geenAntwoordNogOpen(Dossier dossier, String basis) {
        String grens = "BoundaryEvent_" + basis + "GeenAntwoord";
        Job timer = managementService.createJobQuery().timers().activityId(grens).list().stream()
                .filter(j -> dossier.getDossiernummer().equals(runtimeService.createProcessInstanceQuery()
                        .processInstanceId(j.getProcessInstanceId()).singleResult().getBusinessKey()))
                .findFirst().orElseThrow(() -> new AssertionError("geen antwoordtermijn op " + basis));
        Period termijn = basis.equals("MapUitvoeren") ? Period.ofMonths(6)
                : basis.equals("VoortgangOntvangen") ? Period.ofWeeks(2) : Period.ofWeeks(4);
        assertThat(Tijd.alsDatum(timer.getDuedate())).as("answer period of " + basis).isEqualTo(Tijd.vandaag().plus(termijn));
        laatVerlopen(timer);

        Task taak = taak(dossier, "Task_" + basis + "GeenAntwoord");
        assertThat(taak).as("casemanager's task for " + basis).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("casemanager"));
        assertThat(openPartnertaak(dossier, basis)).as("the partner's task stays open").isOne();
    }

    /**
     * The partner answers while the casemanager's "no answer" task is still open: that task is withdrawn (the
     * subprocess ends in its terminate end event) and the track goes on after the subprocess.
     */
    private void laatAntwoordTrektTaakIn(ProcessInstance pi, Dossier dossier, String topic, String basis,
            Map<String, Object> antwoord) {
        assertThat(pi).isWaitingAt("Task_" + basis, "Task_" + basis + "GeenAntwoord");
        Task open = taak(dossier, "Task_" + basis + "GeenAntwoord");
        beantwoord(partnertaak(dossier, topic), antwoord);
        assertThat(taskService.createTaskQuery().taskId(open.getId()).count()).as("withdrawn: " + basis).isZero();
        assertThat(taak(dossier, "Task_" + basis + "GeenAntwoord")).isNull();
        assertThat(openPartnertaak(dossier, basis)).isZero();
        assertThat(pi).hasPassed("End_" + basis + "Beantwoord", "SubProcess_" + basis)
                .hasNotPassed("End_" + basis + "GeenAntwoordAfgehandeld");
        assertThat(historyService.createHistoricTaskInstanceQuery().taskId(open.getId()).singleResult().getDeleteReason())
                .as("the casemanager's task was withdrawn, not completed").isNotEqualTo("completed");
    }

    /** The partner says it cannot; the casemanager sees the message, records the agreement; the task is offered again. */
    private LockedExternalTask kanNietEnOpnieuw(Dossier dossier, String topic, String basis) {
        kanNiet(partnertaak(dossier, topic), "Geen plek in de groep tot maart");
        assertThat(openPartnertaak(dossier, basis)).isZero();
        Task taak = taak(dossier, "Task_" + basis + "KanNiet");
        assertThat(taak).as("casemanager's task for " + basis).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("casemanager"));
        assertThat(taskService.getVariable(taak.getId(), PartnerAntwoordtermijn.FOUTMELDING)).isEqualTo("Geen plek in de groep tot maart");
        TestGegevens.TestGebruiker cm = "GM0388".equals(dossier.getGemeente()) ? TestGegevens.CM_ENKHUIZEN : CM;
        assertThatThrownBy(() -> voltooi(cm, dossier, "Task_" + basis + "KanNiet", Map.of()))
                .hasMessageContaining("partnerKanNietActie");
        voltooi(cm, dossier, "Task_" + basis + "KanNiet", Map.of("partnerKanNietActie", "Afgesproken: start in maart"));
        assertThat(openPartnertaak(dossier, basis)).as("offered again").isOne();
        return partnertaak(dossier, topic);
    }

    private long openPartnertaak(Dossier dossier, String basis) {
        String[] processen = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossier.getDossiernummer())
                .list().stream().map(ProcessInstance::getId).toArray(String[]::new);
        return externalTaskService.createExternalTaskQuery().processInstanceIdIn(processen).activityId("Task_" + basis).count();
    }
}
