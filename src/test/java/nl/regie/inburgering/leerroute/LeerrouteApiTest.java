package nl.regie.inburgering.leerroute;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.ExternalTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** The taalaanbieder over its entry point /partner-api (answers checked), and the casemanager's leerroute API. */
class LeerrouteApiTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired ExternalTaskService externalTaskService;
    @Autowired LeerrouteTrajectRepository trajecten;

    private Http taalschool() {
        return Http.als(poort, TestGegevens.TAALSCHOOL_WESTFRIESLAND.id());
    }

    private String haalEnVergrendel(Dossier dossier, String topic) {
        Http.Antwoord antwoord = taalschool().post("/partner-api/external-task/fetchAndLock", Map.of(
                "workerId", "taalschool-1", "maxTasks", 5,
                "topics", List.of(Map.of("topicName", topic, "lockDuration", 60000, "businessKey", dossier.getDossiernummer()))));
        assertThat(antwoord.status()).isEqualTo(200);
        assertThat(antwoord.json().size()).isEqualTo(1);
        return antwoord.json().get(0).path("id").asText();
    }

    private static Map<String, Object> variabelen(Map<String, Object> waarden) {
        Map<String, Object> variabelen = new java.util.LinkedHashMap<>();
        waarden.forEach((k, v) -> variabelen.put(k, Map.of("value", v)));
        return Map.of("workerId", "taalschool-1", "variables", variabelen);
    }

    @Test
    void eenOngeldigAntwoordWordtGeweigerdEnWordtEenIncident() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        String id = haalEnVergrendel(dossier, "taalaanbieder-aanmelding");

        Http.Antwoord fout = taalschool().post("/partner-api/external-task/" + id + "/complete",
                variabelen(Map.of("startdatum", "volgende week", "bsn", "123456782")));

        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().path("velden").path("startdatum").asText()).contains("datum");
        assertThat(fout.json().path("velden").has("bsn")).isTrue();
        assertThat(trajecten.findByDossierIdOrderById(dossier.getId())).isEmpty();
        ExternalTask taak = externalTaskService.createExternalTaskQuery().externalTaskId(id).singleResult();
        assertThat(taak.getRetries()).isZero();
        assertThat(taak.getErrorMessage()).contains("startdatum");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi.getId()).singleResult().getIncidentMessage())
                .contains("Ongeldig antwoord op taalaanbieder-aanmelding");
    }

    @Test
    void eenGoedAntwoordWordtVerwerktEnDeCasemanagerZietDeVoortgang() {
        Dossier dossier = openStatushouder("0441");
        startNaPip(dossier, "leerroute", "B1", VANDAAG);
        String id = haalEnVergrendel(dossier, "taalaanbieder-aanmelding");
        assertThat(taalschool().post("/partner-api/external-task/" + id + "/complete",
                variabelen(Map.of("startdatum", VANDAAG.toString()))).status()).isEqualTo(204);
        werkAf(dossier);

        JsonNode leerroute = Http.als(poort, "cm.hoorn").get("/api/dossiers/" + dossier.getDossiernummer() + "/leerroute").json();
        assertThat(leerroute.path("trajecten").get(0).path("leerroute").asText()).isEqualTo("B1");
        assertThat(leerroute.path("trajecten").get(0).path("partner").asText()).isEqualTo("taalschool-westfriesland");
        assertThat(Http.als(poort, "cm.zoetermeer").get("/api/dossiers/" + dossier.getDossiernummer() + "/leerroute")
                .status()).isEqualTo(404);
    }

    @Test
    void deRoutewisselOverDeApiNoemtDeReden() {
        Dossier dossier = openStatushouder("0637");
        startNaPip(dossier, "leerroute", "B1", VANDAAG);
        beantwoord(partnertaak(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/leerroutewissel";
        Http cm = Http.als(poort, "cm.zoetermeer");

        Http.Antwoord leeg = cm.post(pad, Map.of("leerroute", "C1"));
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.json().path("velden").has("leerroute")).isTrue();
        assertThat(leeg.json().path("velden").has("reden")).isTrue();
        assertThat(Http.als(poort, "tl.zoetermeer").post(pad, Map.of("leerroute", "Z", "reden", "x")).status()).isEqualTo(403);

        Http.Antwoord eerste = cm.post(pad, Map.of("leerroute", "Z", "reden", "B1 niet haalbaar"));
        assertThat(eerste.status()).isEqualTo(202);
        assertThat(eerste.json().path("van").asText()).isEqualTo("B1");
        assertThat(eerste.json().path("status").asText()).isEqualTo("AANGEVRAAGD");
        assertThat(eerste.json().path("aangevraagdDoor").asText()).isEqualTo("cm.zoetermeer");
        // the teamleider finds the request in Tasklist and fixes the new PIP version over the engine's REST API
        // a teamleider of another gemeente does not see it
        assertThat(Http.als(poort, "tl.westfriesland").get("/engine-rest/task?maxResults=10&processInstanceBusinessKey="
                + dossier.getDossiernummer()).json()).isEmpty();
        Http tl = Http.als(poort, "tl.zoetermeer");
        JsonNode taken = tl.get("/engine-rest/task?maxResults=10&taskDefinitionKey=Task_PipWijzigingVaststellen&processInstanceBusinessKey="
                + dossier.getDossiernummer()).json();
        assertThat(taken).hasSize(1);
        assertThat(tl.post("/engine-rest/task/" + taken.get(0).path("id").asText() + "/complete", Map.of("variables", Map.of(
                "pipWijzigingBesluit", Map.of("value", "VASTSTELLEN"),
                "dagtekening", Map.of("value", VANDAAG.toString())))).status()).isEqualTo(204);
        werkAf(dossier);
        JsonNode leerroute = cm.get("/api/dossiers/" + dossier.getDossiernummer() + "/leerroute").json();
        assertThat(leerroute.path("routewissels").get(0).path("status").asText()).isEqualTo("VASTGESTELD");
        assertThat(leerroute.path("routewissels").get(0).path("beoordeeldDoor").asText()).isEqualTo("tl.zoetermeer");
        assertThat(leerroute.path("routewissels").get(0).path("pipVersie").asInt()).isEqualTo(2);
        Http.Antwoord tweede = cm.post(pad, Map.of("leerroute", "B1", "reden", "Toch B1"));
        assertThat(tweede.status()).isEqualTo(409);
        assertThat(tweede.json().path("detail").asText()).contains("Zoetermeer staat 1 routewissel");
    }
}
