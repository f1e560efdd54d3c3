package nl.regie.inburgering.leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
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

/** Issue 9 item 9: B1 counts as reached on DUO's exam results (event EXAMENRESULTAAT_DUO), not on the taalaanbieder's word. */
class B1OpDuoResultatenTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired ExternalTaskService externalTaskService;
    @Autowired ExamenresultaatRepository examens;
    @Autowired ExamenresultaatDuoRepository duoResultaten;

    private void rapporteer(Dossier dossier, ProcessInstance pi, Map<String, Object> extra) {
        laatVerlopen(managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult());
        List<LockedExternalTask> taken = externalTaskService.fetchAndLock(10, "test").topic("taalaanbieder-voortgang", 60_000L)
                .businessKey(dossier.getDossiernummer()).execute();
        assertThat(taken).hasSize(1);
        Map<String, Object> antwoord = new HashMap<>(Map.of("lezen", "B1", "luisteren", "B1", "schrijven", "B1",
                "spreken", "B1", "aanwezigheid", 95));
        antwoord.putAll(extra);
        beantwoord(taken.get(0), antwoord);
    }

    private Http.Antwoord duo(Http als, Dossier dossier, LocalDate datum, String code) {
        return als.post("/api/dossiers/" + dossier.getDossiernummer() + "/gebeurtenissen",
                Map.of("type", "EXAMENRESULTAAT_DUO", "datum", datum.toString(), "toelichting", code));
    }

    @Test
    void b1IsPasBehaaldAlsDuoAlleOnderdelenGehaaldMeldt() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        beantwoord(partnertaak(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));

        // the taalaanbieder says every exam is passed: kept as information, not enough
        rapporteer(dossier, pi, Map.of("examenLezen", "GEHAALD", "examenLuisteren", "GEHAALD", "examenSchrijven", "GEHAALD",
                "examenSpreken", "GEHAALD", "examenKnm", "GEHAALD", "examenDatum", Tijd.vandaag().toString()));
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang").variables().containsEntry("leerrouteBehaald", false);
        assertThat(examens.findByDossierId(dossier.getId())).hasSize(5);
        LocalDate examendag = Tijd.vandaag();

        Http duo = Http.als(poort, TestGegevens.DUO.id());
        Http.Antwoord fout = duo(duo, dossier, examendag, "LEZEN:GEHAALD;REKENEN:GEHAALD");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().path("velden").fieldNames()).toIterable().containsExactly("toelichting");
        assertThat(duo(duo, dossier, examendag, "LEZEN:GEHAALD;LEZEN:NIET_GEHAALD").status()).isEqualTo(400);
        assertThat(duo(duo, dossier, examendag, "").status()).isEqualTo(400);
        assertThat(duoResultaten.findByDossierIdOrderByDatumAscIdAsc(dossier.getId())).isEmpty();
        // only DUO reports DUO's results
        assertThat(duo(Http.als(poort, TestGegevens.CM_HOORN.id()), dossier, examendag, "LEZEN:GEHAALD").status())
                .isEqualTo(403);

        assertThat(duo(duo, dossier, examendag,
                "LEZEN:GEHAALD;LUISTEREN:GEHAALD;SCHRIJVEN:GEHAALD;SPREKEN:GEHAALD;KNM:NIET_GEHAALD").status()).isEqualTo(201);
        rapporteer(dossier, pi, Map.of());
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang").variables().containsEntry("leerrouteBehaald", false);

        // the KNM re-sit passes according to DUO: at the next report the B1-route is met
        LocalDate herkansing = Tijd.vandaag();
        assertThat(duo(duo, dossier, herkansing, "KNM:GEHAALD").status()).isEqualTo(201);
        rapporteer(dossier, pi, Map.of());
        assertThat(pi).hasPassed("End_LeerrouteBehaald").isEnded();
        assertThat(duoResultaten.findByDossierIdOrderByDatumAscIdAsc(dossier.getId())).hasSize(6);
    }
}
