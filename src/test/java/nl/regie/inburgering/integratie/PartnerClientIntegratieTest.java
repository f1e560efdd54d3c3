package nl.regie.inburgering.integratie;

import static nl.regie.inburgering.test.Wachten.wachtTot;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.client.ExternalTaskClient;
import org.camunda.bpm.client.backoff.BackoffStrategy;
import org.camunda.bpm.client.task.ExternalTask;
import org.camunda.bpm.client.interceptor.auth.BasicAuthProvider;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * From a fixed PIP to the end of a Z-route, with the taalaanbieder working through the official Camunda external
 * task client over HTTP, and the casemanager and teamleider over the engine REST API as Tasklist does.
 */
class PartnerClientIntegratieTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    private ExternalTaskClient client;
    private final List<String> afgehandeld = new CopyOnWriteArrayList<>();
    /** What the handler saw, asserted on the test thread (the client only logs a handler's exceptions). */
    private final List<String> gezieneLeerroutes = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopClient() {
        if (client != null) {
            client.stop();
        }
    }

    private Http als(String gebruiker) {
        return Http.als(poort, gebruiker);
    }

    private JsonNode taak(String gebruiker, String dossiernummer, String definitie) {
        JsonNode taken = als(gebruiker).get("/engine-rest/task?maxResults=5&processInstanceBusinessKey=" + dossiernummer
                + "&taskDefinitionKey=" + definitie).json();
        assertThat(taken.size()).as("taak %s", definitie).isEqualTo(1);
        return taken.get(0);
    }

    private void voltooi(String gebruiker, String dossiernummer, String definitie, Object... naamEnWaarde) {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        for (int i = 0; i < naamEnWaarde.length; i += 2) {
            variabelen.put((String) naamEnWaarde[i], Map.of("value", naamEnWaarde[i + 1]));
        }
        String id = taak(gebruiker, dossiernummer, definitie).path("id").asText();
        Http.Antwoord antwoord = als(gebruiker).post("/engine-rest/task/" + id + "/complete", Map.of("variables", variabelen));
        assertThat(antwoord.status()).as("%s: %s", definitie, antwoord.body()).isEqualTo(204);
        werkAf(dossiernummer);
    }

    /** Runs what follows the partner's answers (the save points), for use inside a wait condition. */
    private boolean werkAfEnWaar(String nummer) {
        werkAf(nummer);
        return true;
    }

    private String zRouteVastgesteld() {
        String nummer = als("coa.koppeling").post("/api/dossiers", Map.of("bsn", TestGegevens.nieuwBsn(),
                "voornamen", "Rahel", "achternaam", "Gebre", "geboortedatum", "1975-02-02", "nationaliteit", "ERI",
                "doelgroep", "ASIELSTATUSHOUDER", "gemeente", "0441", "koppelingsdatum", VANDAAG.minusDays(10).toString(),
                "bijstand", true, "brpInschrijvingsdatum", VANDAAG.minusDays(5).toString())).json().path("dossiernummer").asText();
        als("duo.koppeling").post("/api/dossiers/" + nummer + "/gebeurtenissen",
                Map.of("type", "KENNISGEVING_DUO", "datum", VANDAAG.minusDays(5).toString()));
        werkAf(nummer);
        voltooi("cm.hoorn", nummer, "Task_OproepVersturen", "oproepDatum", VANDAAG.toString(), "oproepLocatie", "Stadhuis");
        voltooi("cm.hoorn", nummer, "Task_VerschijningVastleggen", "verschenen", "JA");
        voltooi("cm.hoorn", nummer, "Task_BredeIntakeGesprekVoeren", "intakeGesprekDatum", VANDAAG.toString(),
                "domeinTaal", "Tigrinya, niet gealfabetiseerd", "domeinOpleiding", "Geen", "domeinWerk", "Huishouden", "meegewerkt", "JA");
        voltooi("cm.hoorn", nummer, "Task_LeerbaarheidstoetsVastleggen", "lbtVrijgesteld", "NEE",
                "lbtUitslag", "NIET_HAALBAAR", "lbtScore", 20, "lbtVereisteScore", 50, "lbtDatum", VANDAAG.toString());
        voltooi("cm.hoorn", nummer, "Task_PipOpstellen", "leerroute", "Z", "pvtAfspraken", "PVT jaar 1",
                "mapAfspraken", "MAP jaar 2", "ontzorgen", "JA", "aantalVoortgangsgesprekken", 12);
        voltooi("tl.westfriesland", nummer, "Task_PipVaststellen", "pipBesluit", "VASTSTELLEN",
                "dagtekening", VANDAAG.toString());
        return nummer;
    }

    private Job voortgangTimer(String nummer) {
        return managementService.createJobQuery().timers().activityId("Timer_VolgendeVoortgang")
                .processInstanceId(proces(herlaadNummer(nummer), "leerroute").getId()).singleResult();
    }

    private nl.regie.inburgering.dossier.Dossier herlaadNummer(String nummer) {
        return dossiers.findByDossiernummer(nummer).orElseThrow();
    }

    @Test
    void deTaalaanbiederWerktMetDeOfficieleClientTotHetEindeVanDeZRoute() {
        String nummer = zRouteVastgesteld();

        client = ExternalTaskClient.create()
                .baseUrl("http://localhost:" + poort + "/partner-api")
                .workerId("taalschool-westfriesland-1")
                .addInterceptor(new BasicAuthProvider(TestGegevens.TAALSCHOOL_WESTFRIESLAND.id(),
                        TestGegevens.TAALSCHOOL_WESTFRIESLAND.id()))
                .lockDuration(60_000)
                // no long polling: the tests freeze the engine clock, on which the engine times long polls
                .backoffStrategy(new VastePauze())
                .build();
        client.subscribe("taalaanbieder-aanmelding").businessKey(nummer).handler((taak, service) -> {
            gezieneLeerroutes.add(String.valueOf((Object) taak.getVariable("leerroute")));
            service.complete(taak, Map.of("startdatum", VANDAAG.toString()));
            afgehandeld.add("aanmelding " + taak.getVariable("dossiernummer"));
        }).open();
        client.subscribe("taalaanbieder-voortgang").businessKey(nummer).handler((taak, service) -> {
            service.complete(taak, Map.of("lezen", "A2", "luisteren", "A2", "schrijven", "A1", "spreken", "A2",
                    "aanwezigheid", 95, "taaluren", 400, "participatieuren", 400));
            afgehandeld.add("voortgang " + taak.getVariable("dossiernummer"));
        }).open();

        wachtTot("aanmelding verwerkt", () -> {
            werkAf(nummer);
            return voortgangTimer(nummer) != null;
        });
        for (int rapportage = 1; rapportage <= 2; rapportage++) {
            laatVerlopen(voortgangTimer(nummer));
            int verwacht = rapportage;
            wachtTot("voortgangsrapportage " + rapportage, () -> werkAfEnWaar(nummer) && afgehandeld.stream()
                    .filter(a -> a.equals("voortgang " + nummer)).count() == verwacht
                    && (voortgangTimer(nummer) != null || taak(nummer) > 0));
        }

        voltooi("cm.hoorn", nummer, "Task_ZRouteEindgesprekVoeren", "eindgesprekDatum", VANDAAG.toString(),
                "eindgesprekVerslag", "Zelfredzaam in de gemeente; certificaat uitgereikt", "certificaatDatum", VANDAAG.toString());

        JsonNode leerroute = als("cm.hoorn").get("/api/dossiers/" + nummer + "/leerroute").json().path("trajecten").get(0);
        assertThat(leerroute.path("status").asText()).isEqualTo("AFGEROND");
        assertThat(leerroute.path("taaluren").asInt()).isEqualTo(800);
        assertThat(leerroute.path("participatieuren").asInt()).isEqualTo(800);
        assertThat(leerroute.path("rapportages").size()).isEqualTo(2);
        assertThat(leerroute.path("certificaatDatum").asText()).isEqualTo(VANDAAG.toString());
        assertThat(proces(herlaadNummer(nummer), "leerroute")).isNull();
        assertThat(afgehandeld).containsExactly("aanmelding " + nummer, "voortgang " + nummer, "voortgang " + nummer);
        assertThat(gezieneLeerroutes).as("leerroute in the enrolment").containsExactly("Z");
    }

    /** Polls every 200 ms, so the test reacts at once and never waits for an exponential back-off. */
    private static class VastePauze implements BackoffStrategy {
        @Override
        public void reconfigure(List<ExternalTask> taken) {
        }

        @Override
        public long calculateBackoffTime() {
            return 200;
        }
    }

    private long taak(String nummer) {
        return taskService.createTaskQuery().processInstanceBusinessKey(nummer)
                .taskDefinitionKey("Task_ZRouteEindgesprekVoeren").count();
    }
}
