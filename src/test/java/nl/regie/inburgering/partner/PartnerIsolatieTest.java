package nl.regie.inburgering.partner;

import static nl.regie.inburgering.test.Wachten.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.backoff.BackoffStrategy;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.client.task.ExternalTask;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Two taalaanbieders serve the same gemeente and topic (B1/Z and onderwijsroute): each, working through the official
 * external task client on /partner-api, sees and completes only the tasks meant for it; anything else is refused.
 */
class PartnerIsolatieTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    private final List<ExternalTaskClient> clients = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        clients.forEach(ExternalTaskClient::stop);
    }

    /** A partner's worker for one dossier: completes every enrolment it gets and remembers for whom it was. */
    private List<String> werker(TestGegevens.TestGebruiker partner, Dossier dossier) {
        List<String> gekregen = new CopyOnWriteArrayList<>();
        ExternalTaskClient client = ExternalTaskClient.create()
                .baseUrl("http://localhost:" + poort + "/partner-api")
                .workerId(partner.id() + "-1")
                .addInterceptor(new BasicAuthProvider(partner.id(), partner.id()))
                .lockDuration(60_000)
                .backoffStrategy(new BackoffStrategy() {
                    @Override public void reconfigure(List<ExternalTask> taken) { }
                    @Override public long calculateBackoffTime() { return 200; }
                })
                .build();
        clients.add(client);
        client.subscribe("taalaanbieder-aanmelding").businessKey(dossier.getDossiernummer()).handler((taak, service) -> {
            gekregen.add(taak.getVariable("partner") + ":" + taak.getBusinessKey());
            service.complete(taak, Map.of("startdatum", VANDAAG.toString()));
        }).open();
        return gekregen;
    }

    @Test
    void elkeTaalaanbiederZietEnVoltooitAlleenZijnEigenTaken() {
        Dossier b1 = openStatushouder("0441");
        Dossier onderwijs = openStatushouder("0441");
        String leerrouteB1 = startNaPip(b1, "leerroute", "B1", VANDAAG).getId();
        String leerrouteOnderwijs = startNaPip(onderwijs, "leerroute", "ONDERWIJS", VANDAAG).getId();
        var aanmeldingen = processEngine.getExternalTaskService().createExternalTaskQuery()
                .topicName("taalaanbieder-aanmelding").processInstanceIdIn(leerrouteB1, leerrouteOnderwijs);
        assertThat(aanmeldingen.count()).isEqualTo(2);

        // each partner polls for both dossiers; the entry point hands each task only to the partner it is meant for
        List<String> taalschoolB1 = werker(TestGegevens.TAALSCHOOL_WESTFRIESLAND, b1);
        List<String> taalschoolOnderwijs = werker(TestGegevens.TAALSCHOOL_WESTFRIESLAND, onderwijs);
        List<String> rocB1 = werker(TestGegevens.ROC_HORIZON, b1);
        List<String> rocOnderwijs = werker(TestGegevens.ROC_HORIZON, onderwijs);
        wachtTot("beide aanmeldingen afgehandeld", () -> aanmeldingen.count() == 0);

        assertThat(taalschoolB1).containsExactly("taalschool-westfriesland:" + b1.getDossiernummer());
        assertThat(rocOnderwijs).containsExactly("roc-horizon:" + onderwijs.getDossiernummer());
        assertThat(taalschoolOnderwijs).isEmpty();
        assertThat(rocB1).isEmpty();
        // and each enrolment was completed by its own partner's worker
        assertThat(processEngine.getHistoryService().createHistoricExternalTaskLogQuery().successLog()
                .processInstanceId(leerrouteB1).singleResult().getWorkerId())
                .isEqualTo(TestGegevens.TAALSCHOOL_WESTFRIESLAND.id() + "-1");
        assertThat(processEngine.getHistoryService().createHistoricExternalTaskLogQuery().successLog()
                .processInstanceId(leerrouteOnderwijs).singleResult().getWorkerId())
                .isEqualTo(TestGegevens.ROC_HORIZON.id() + "-1");
    }

    @Test
    void eenPartnerWordtBuitenZijnEigenWerkGeweigerd() {
        Dossier dossier = openStatushouder("0441");
        startNaPip(dossier, "leerroute", "B1", VANDAAG);
        String taakId = processEngine.getExternalTaskService().createExternalTaskQuery()
                .processInstanceId(proces(dossier, "leerroute").getId()).singleResult().getId();
        Http roc = Http.als(poort, TestGegevens.ROC_HORIZON.id());

        Http.Antwoord anderTopic = roc.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "roc-1",
                "maxTasks", 5, "topics", List.of(Map.of("topicName", "pvt-uitvoering", "lockDuration", 1000))));
        assertThat(anderTopic.status()).isEqualTo(403);
        assertThat(anderTopic.json().path("detail").asText()).contains("pvt-uitvoering");

        // another partner's task looks exactly like one that does not exist
        Http.Antwoord andermansTaak = roc.post("/partner-api/external-task/" + taakId + "/complete",
                Map.of("workerId", "roc-1", "variables", Map.of("startdatum", Map.of("value", VANDAAG.toString()))));
        assertThat(andermansTaak.status()).isEqualTo(404);
        assertThat(roc.post("/partner-api/external-task/" + taakId + "/failure", Map.of("workerId", "roc-1",
                "errorMessage", "x", "retries", 0, "retryTimeout", 0)).status()).isEqualTo(404);
        // the engine REST API is not for partners at all
        assertThat(roc.get("/engine-rest/task?maxResults=10").status()).isEqualTo(403);
        assertThat(roc.get("/engine-rest/process-instance?maxResults=10").status()).isEqualTo(403);
        assertThat(roc.get("/engine-rest/external-task?maxResults=10").status()).isEqualTo(403);
        assertThat(roc.post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "roc-1", "maxTasks", 5,
                "topics", List.of(Map.of("topicName", "taalaanbieder-aanmelding", "lockDuration", 1000)))).status()).isEqualTo(403);
        assertThat(roc.post("/engine-rest/process-definition/key/leerroute/start", Map.of()).status()).isEqualTo(403);

        Http.Antwoord eigen = roc.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "roc-1",
                "maxTasks", 50, "topics", List.of(Map.of("topicName", "taalaanbieder-aanmelding", "lockDuration", 1000,
                        "businessKey", dossier.getDossiernummer()))));
        assertThat(eigen.status()).isEqualTo(200);
        assertThat(eigen.json()).isEmpty();
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(taakId).singleResult()
                .getWorkerId()).isNull();
    }
}
