package nl.regie.inburgering.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The partners' entry point does what the official client needs: a BPMN error only with a code the task's own model
 * catches, a failure without variables (retries kept, message cut to size), extend and unlock its own lock, and
 * fetches bounded in number and (long polling) in time.
 */
class PartnerApiTest extends ProcesTestBasis {

    private static final String PROCES = "partner-api-test";

    @LocalServerPort int poort;
    @org.springframework.beans.factory.annotation.Autowired nl.regie.inburgering.identiteit.IdentiteitInrichting inrichting;

    /** A small model like the coming ones: an external task with an error boundary that catches the partner's "cannot". */
    @BeforeEach
    void testmodel() {
        if (processEngine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(PROCES).count() == 0) {
            BpmnModelInstance model = Bpmn.createExecutableProcess(PROCES).camundaHistoryTimeToLive(1)
                    .startEvent()
                    .serviceTask("Task_Partner").camundaExternalTask("taalaanbieder-aanmelding")
                    .boundaryEvent("Boundary_KanNiet").error("PARTNER_KAN_NIET_UITVOEREN").endEvent("End_KanNiet")
                    .moveToActivity("Task_Partner").endEvent("End_Klaar")
                    .done();
            processEngine.getRepositoryService().createDeployment().addModelInstance(PROCES + ".bpmn", model).deploy();
        }
    }

    private String start() {
        String sleutel = "PAT-" + System.nanoTime();
        runtimeService.startProcessInstanceByKey(PROCES, sleutel,
                Map.of("gemeente", "GM0441", "partner", TestGegevens.TAALSCHOOL_WESTFRIESLAND.id()));
        return sleutel;
    }

    private Http taalschool() {
        return Http.als(poort, TestGegevens.TAALSCHOOL_WESTFRIESLAND.id());
    }

    private Http.Antwoord haalOp(String sleutel, int maxTasks) {
        return taalschool().post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "ts-1", "maxTasks", maxTasks,
                "topics", List.of(Map.of("topicName", "taalaanbieder-aanmelding", "lockDuration", 3_600_000,
                        "businessKey", sleutel, "localVariables", true))));
    }

    private String vergrendel(String sleutel) {
        Http.Antwoord opgehaald = haalOp(sleutel, 1000); // more than the cap: reduced, not refused
        assertThat(opgehaald.status()).as(opgehaald.body()).isEqualTo(200);
        assertThat(opgehaald.json()).hasSize(1);
        JsonNode taak = opgehaald.json().get(0);
        assertThat(taak.path("workerId").asText()).isEqualTo("ts-1");
        assertThat(taak.path("lockExpirationTime").asText()).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}[+-]\\d{4}");
        return taak.path("id").asText();
    }

    private ExternalTask taak(String id) {
        return processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(id).singleResult();
    }

    @Test
    void eenBpmnFoutAlleenMetEenCodeDieHetModelOpvangt() {
        String sleutel = start();
        String id = vergrendel(sleutel);

        Http.Antwoord onbekend = taalschool().post("/partner-api/external-task/" + id + "/bpmnError",
                Map.of("workerId", "ts-1", "errorCode", "KLAAR"));
        assertThat(onbekend.status()).isEqualTo(400);
        assertThat(onbekend.json().path("velden").has("errorCode")).isTrue();
        assertThat(onbekend.json().path("message").asText()).contains("PARTNER_KAN_NIET_UITVOEREN").doesNotContain("KLAAR");

        assertThat(taalschool().post("/partner-api/external-task/" + id + "/bpmnError", Map.of("workerId", "ts-1",
                "errorCode", "PARTNER_KAN_NIET_UITVOEREN", "errorMessage", "Geen plek dit kwartaal")).status()).isEqualTo(204);
        assertThat(processEngine.getHistoryService().createHistoricActivityInstanceQuery().activityId("End_KanNiet")
                .processInstanceId(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                        .processInstanceBusinessKey(sleutel).singleResult().getId()).count()).isEqualTo(1);
    }

    @Test
    void deTaalaanbiederZegtOverDePartnerApiDatHijNietKanEnDeCasemanagerBiedtHetOpnieuwAan() {
        nl.regie.inburgering.dossier.Dossier dossier = openStatushouder("0441");
        var leerroute = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        Http.Antwoord opgehaald = haalOp(dossier.getDossiernummer(), 1000);
        assertThat(opgehaald.status()).as(opgehaald.body()).isEqualTo(200);
        String id = opgehaald.json().get(0).path("id").asText();

        Http.Antwoord kanNiet = taalschool().post("/partner-api/external-task/" + id + "/bpmnError", Map.of("workerId", "ts-1",
                "errorCode", PartnerAntwoordtermijn.KAN_NIET_UITVOEREN, "errorMessage", "Geen plek voor de B1-route dit kwartaal"));
        assertThat(kanNiet.status()).as(kanNiet.body()).isEqualTo(204);
        werkAf(dossier);

        // the casemanager reads the partner's message on the task and offers the enrolment again
        var taak = taak(dossier, "Task_AanmeldenBijTaalaanbiederKanNiet");
        assertThat(taak).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("casemanager"));
        assertThat(taskService.getVariable(taak.getId(), PartnerAntwoordtermijn.FOUTMELDING))
                .isEqualTo("Geen plek voor de B1-route dit kwartaal");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_AanmeldenBijTaalaanbiederKanNiet",
                Map.of("partnerKanNietActie", "Gebeld: start in het volgende kwartaal mogelijk"));
        org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat(leerroute)
                .isWaitingAt("Task_AanmeldenBijTaalaanbieder");
        Http.Antwoord opnieuw = haalOp(dossier.getDossiernummer(), 1000);
        assertThat(opnieuw.json()).as(opnieuw.body()).hasSize(1);
    }

    @Test
    void eenStoringZonderVariabelenHoudtDePogingenEnKortDeMeldingIn() {
        String sleutel = start();
        String id = vergrendel(sleutel);
        assertThat(taalschool().post("/partner-api/external-task/" + id + "/failure", Map.of("workerId", "ts-1",
                "errorMessage", "x".repeat(5000), "errorDetails", "stack", "retries", 2, "retryTimeout", 0)).status())
                .isEqualTo(204);
        assertThat(taak(id).getRetries()).isEqualTo(2);
        assertThat(taak(id).getErrorMessage()).hasSize(666);
        // retried: fetched again by the same partner
        assertThat(vergrendel(sleutel)).isEqualTo(id);
    }

    @Test
    void deEigenLockVerlengenEnVrijgeven() {
        String sleutel = start();
        String id = vergrendel(sleutel);
        assertThat(taalschool().post("/partner-api/external-task/" + id + "/extendLock",
                Map.of("workerId", "ts-1", "newDuration", 60_000)).status()).isEqualTo(204);
        assertThat(taak(id).getLockExpirationTime().getTime() - org.camunda.bpm.engine.impl.util.ClockUtil.getCurrentTime().getTime())
                .isEqualTo(60_000);
        assertThat(taalschool().post("/partner-api/external-task/" + id + "/unlock", "").status()).isEqualTo(204);
        assertThat(taak(id).getWorkerId()).isNull();
        assertThat(vergrendel(sleutel)).isEqualTo(id);
        assertThat(taalschool().post("/partner-api/external-task/" + id + "/complete", Map.of("workerId", "ts-1",
                "variables", Map.of("startdatum", Map.of("value", VANDAAG.toString(), "type", "String")))).status()).isEqualTo(204);
        assertThat(taak(id)).isNull();
    }

    @Test
    void langPollenWachtBegrensdEnGeeftNietsAlsErNietsIs() {
        String sleutel = "PAT-leeg-" + System.nanoTime();
        long start = System.nanoTime();
        Http.Antwoord leeg = taalschool().post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "ts-1",
                "maxTasks", 1, "asyncResponseTimeout", 800, "topics", List.of(Map.of("topicName", "taalaanbieder-aanmelding",
                        "lockDuration", 1000, "businessKey", sleutel))));
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(leeg.status()).isEqualTo(200);
        assertThat(leeg.json()).isEmpty();
        assertThat(ms).isBetween(700L, 10_000L);
    }

    @Test
    void eenPartnerHoudtHoogstensTweeWachtendeVerzoekenOpenDeRestHaaltEenKeerOp() throws Exception {
        String sleutel = "PAT-druk-" + System.nanoTime();
        java.util.function.Supplier<Http.Antwoord> poll = () -> taalschool().post("/partner-api/external-task/fetchAndLock",
                Map.of("workerId", "ts-1", "maxTasks", 1, "asyncResponseTimeout", 4000, "topics",
                        List.of(Map.of("topicName", "taalaanbieder-aanmelding", "lockDuration", 1000, "businessKey", sleutel))));
        var eerste = java.util.concurrent.CompletableFuture.supplyAsync(poll);
        var tweede = java.util.concurrent.CompletableFuture.supplyAsync(poll);
        Thread.sleep(1000); // both are waiting now (max-wachtende-verzoeken: 2)
        long start = System.nanoTime();
        Http.Antwoord derde = poll.get();
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertThat(derde.status()).isEqualTo(200);
        assertThat(derde.json()).isEmpty();
        assertThat(ms).as("the third poll does not wait").isLessThan(2500L);
        assertThat(eerste.get().status()).isEqualTo(200);
        assertThat(tweede.get().status()).isEqualTo(200);
    }

    @Test
    void eenAntwoordMetEenOpmaaktekenWordtGeweigerd() {
        String sleutel = start();
        String id = vergrendel(sleutel);
        // a right-to-left override would make the remark read differently in Tasklist than it was written
        Http.Antwoord antwoord = taalschool().post("/partner-api/external-task/" + id + "/complete", Map.of("workerId", "ts-1",
                "variables", Map.of("startdatum", Map.of("value", VANDAAG.toString()),
                        "opmerking", Map.of("value", "Start \u202Egnidlemnaa"))));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(400);
        assertThat(antwoord.json().path("velden").has("opmerking")).isTrue();
        Http.Antwoord werker = taalschool().post("/partner-api/external-task/" + id + "/extendLock",
                Map.of("workerId", "ts\u200B-1", "newDuration", 1000));
        assertThat(werker.status()).as(werker.body()).isEqualTo(400);
    }

    @Test
    void geenPartnerGeenToegang() {
        assertThat(Http.anoniem(poort).post("/partner-api/external-task/fetchAndLock", Map.of()).status()).isEqualTo(401);
        // (a wrong password for a real partner would start the engine's login delay, which the frozen test clock never ends)
        assertThat(Http.als(poort, "partner.bestaat.niet", "fout")
                .post("/partner-api/external-task/fetchAndLock", Map.of()).status()).isEqualTo(401);
        for (String wie : List.of(TestGegevens.CM_HOORN.id(), TestGegevens.PB.id(), TestGegevens.COA.id())) {
            Http.Antwoord antwoord = Http.als(poort, wie).post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "x",
                    "maxTasks", 1, "topics", List.of(Map.of("topicName", "taalaanbieder-aanmelding", "lockDuration", 1000))));
            assertThat(antwoord.status()).as(wie).isEqualTo(403);
            assertThat(antwoord.json().path("type").asText()).isNotBlank();
            assertThat(antwoord.json().path("message").asText()).contains("partner");
        }
    }

    @Test
    void personeelWerktGeenPartnertaakOokNietOverDeEngine() {
        String sleutel = start();
        String id = vergrendel(sleutel);
        for (String wie : List.of(TestGegevens.PB.id(), TestGegevens.CM_HOORN.id())) {
            Http medewerker = Http.als(poort, wie);
            assertThat(medewerker.post("/engine-rest/external-task/" + id + "/complete", Map.of("workerId", "ts-1",
                    "variables", Map.of("startdatum", Map.of("value", VANDAAG.toString())))).status()).as(wie).isIn(403, 404);
            assertThat(medewerker.post("/engine-rest/external-task/" + id + "/unlock", Map.of()).status()).as(wie).isIn(403, 404);
            assertThat(medewerker.post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "pb", "maxTasks", 1,
                    "topics", List.of(Map.of("topicName", "taalaanbieder-aanmelding", "lockDuration", 1000,
                            "businessKey", sleutel)))).status()).as(wie).isEqualTo(403);
        }
        // the procesbeheerder may see and repair it; the Java API as the application is the partner entry point's
        assertThat(taak(id).getWorkerId()).isEqualTo("ts-1");
        identityService.setAuthentication(TestGegevens.PB.id(), List.of("procesbeheerder"), List.of("GM0441"));
        try {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> processEngine.getExternalTaskService().unlock(id))
                    .isInstanceOf(org.camunda.bpm.engine.AuthorizationException.class);
        } finally {
            identityService.clearAuthentication();
        }
    }

    @Test
    void opgeslagenEngineRechtenVanKoppelingenWordenBijDeStartIngetrokken() {
        var autorisaties = processEngine.getAuthorizationService();
        assertThat(autorisaties.createAuthorizationQuery().groupIdIn("partner", "coa", "duo").count()).isZero();
        var oud = autorisaties.createNewAuthorization(org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
        oud.setGroupId("partner");
        oud.setResource(org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE);
        oud.setResourceId("*");
        oud.addPermission(org.camunda.bpm.engine.authorization.Permissions.UPDATE);
        autorisaties.saveAuthorization(oud);
        inrichting.richIn(); // what every start does
        inrichting.richIn(); // idempotent
        assertThat(autorisaties.createAuthorizationQuery().groupIdIn("partner", "coa", "duo").count()).isZero();
    }

    @Test
    void deOfficieleClientLeestDeWeigeringEnWerktDaarnaGewoonDoor() throws Exception {
        String sleutel = start();
        java.util.concurrent.CompletableFuture<String> weigering = new java.util.concurrent.CompletableFuture<>();
        org.camunda.bpm.client.ExternalTaskClient client = org.camunda.bpm.client.ExternalTaskClient.create()
                .baseUrl("http://localhost:" + poort + "/partner-api")
                .workerId("ts-client")
                .addInterceptor(new org.camunda.bpm.client.interceptor.auth.BasicAuthProvider(
                        TestGegevens.TAALSCHOOL_WESTFRIESLAND.id(), TestGegevens.TAALSCHOOL_WESTFRIESLAND.id()))
                .lockDuration(60_000)
                .build();
        try {
            client.subscribe("taalaanbieder-aanmelding").businessKey(sleutel).handler((taak, service) -> {
                try {
                    service.handleBpmnError(taak, "KLAAR");
                    weigering.complete("geaccepteerd");
                } catch (org.camunda.bpm.client.exception.RestException e) {
                    weigering.complete(e.getHttpStatusCode() + " " + e.getType() + " " + e.getMessage());
                    service.handleBpmnError(taak, "PARTNER_KAN_NIET_UITVOEREN", "Geen plek");
                }
            }).open();
            String antwoord = weigering.get(20, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(antwoord).startsWith("400 OngeldigVerzoek").contains("foutcode wordt voor deze taak niet opgevangen");
        } finally {
            client.stop();
        }
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceBusinessKey(sleutel)
                .singleResult().getEndActivityId()).isEqualTo("End_KanNiet");
    }
}
