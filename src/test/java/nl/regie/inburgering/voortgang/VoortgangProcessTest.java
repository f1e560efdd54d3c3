package nl.regie.inburgering.voortgang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.history.HistoricVariableUpdate;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.PipWijzigingGevraagd;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.handhaving.HandhavingSignaal;
import nl.regie.inburgering.handhaving.HandhavingSignaalRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Voortgangsgesprekken (voortgang.bpmn): planned at the PIP's interval (else the gemeente's), each outcome's effect,
 * the overview since the last conversation, the form's refusals, and the taalaanbieder's overdue report.
 */
@RecordApplicationEvents
class VoortgangProcessTest extends ProcesTestBasis {

    private static final String TAAK = "Task_VoortgangsgesprekVoeren";

    @LocalServerPort int poort;
    @Autowired ApplicationEvents gebeurtenissen;
    @Autowired ExternalTaskService externalTaskService;
    @Autowired VoortgangsgesprekRepository gesprekken;
    @Autowired HandhavingSignaalRepository signalen;
    @Autowired Voortgangsplanning planning;

    /** A fixed PIP (version 1, dagtekening the day before the term) with this interval (null: none), then the process. */
    private ProcessInstance start(Dossier dossier, Period interval) {
        pip(dossier, 1, interval);
        return startNaPip(dossier, "voortgang", "B1", VANDAAG);
    }

    private void pip(Dossier dossier, int versie, Period interval) {
        PipVersie pip = new PipVersie(dossier.getId(), versie);
        pip.concept(Leerroute.B1, Leerroute.B1, null, "PVT jaar 1", "MAP jaar 2", null, false, 12, null, "cm.test",
                Instant.now());
        pip.voortgangInterval(interval);
        pip.vastgesteld(Tijd.vandaag().minusDays(1), "tl.test", Instant.now());
        pipVersies.save(pip);
    }

    private Job gesprekTimer(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("Timer_VolgendGesprek").singleResult();
    }

    private LocalDate gepland(ProcessInstance pi) {
        Job timer = gesprekTimer(pi);
        assertThat(timer).as("wachtende gesprekstimer").isNotNull();
        assertThat(timer.getDuedate()).isEqualTo(Tijd.beginVan(Tijd.alsDatum(timer.getDuedate())));
        return Tijd.alsDatum(timer.getDuedate());
    }

    private static Map<String, Object> gesprek(String uitkomst, LocalDate datum, Object... extra) {
        Map<String, Object> v = new HashMap<>(Map.of("voortgangsgesprekDatum", datum.toString(),
                "voortgangUitkomst", uitkomst, "participatieActiviteit", "VRIJWILLIGERSWERK",
                "voortgangVerslag", "Besproken: taalles en vrijwilligerswerk bij de voedselbank"));
        for (int i = 0; i < extra.length; i += 2) {
            v.put((String) extra[i], extra[i + 1]);
        }
        return v;
    }

    @Test
    void zonderIntervalInHetPipGeldtDeStandaardVanDeGemeenteEnOpKoersPlantHetVolgendeNaDatInterval() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = start(dossier, null);
        assertThat(gepland(pi)).isEqualTo(LocalDate.of(2026, 6, 2)); // term start + voortgangsgesprek-interval P3M

        verstrijkTot(dossier, LocalDate.of(2026, 6, 1));
        assertThat(taak(dossier, TAAK)).as("niet voor de geplande datum").isNull();
        verstrijkTot(dossier, LocalDate.of(2026, 6, 2));
        Task taak = taak(dossier, TAAK);
        assertThat(taak).isNotNull();
        assertThat(Tijd.alsDatum(taak.getDueDate())).isEqualTo(LocalDate.of(2026, 6, 16)); // + uitvoeren-binnen P2W
        assertThat(taak.getTenantId()).isEqualTo("GM0441");
        assertThat(als(TestGegevens.CM_ZOETERMEER, () -> taskService.createTaskQuery().taskId(taak.getId()).count()))
                .as("another gemeente's casemanager does not see it").isZero();
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).anyMatch(l -> "casemanager".equals(l.getGroupId()));
        assertThat(taskService.getVariableLocal(taak.getId(), "voortgangsgesprekGepland")).isEqualTo("2026-06-02");

        verstrijkTot(dossier, LocalDate.of(2026, 6, 4)); // held two days after the planned date
        voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("OP_KOERS", LocalDate.of(2026, 6, 4)));

        assertThat(gesprekken.findByDossierIdOrderById(dossier.getId())).singleElement().satisfies(g -> {
            assertThat(g.getUitkomst()).isEqualTo(Voortgangsgesprek.Uitkomst.OP_KOERS);
            assertThat(g.getGeplandOp()).isEqualTo(LocalDate.of(2026, 6, 2));
            assertThat(g.getDatum()).isEqualTo(LocalDate.of(2026, 6, 4));
            assertThat(g.getParticipatie()).isEqualTo(Voortgangsgesprek.Participatie.VRIJWILLIGERSWERK);
            assertThat(g.getGevoerdDoor()).isEqualTo("cm.hoorn");
        });
        assertThat(gepland(pi)).isEqualTo(LocalDate.of(2026, 9, 4)); // from the conversation's date
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKeys("voortgangVerslag", "voortgangUitkomst");
        assertThat(processEngine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId())
                .variableUpdates().list()).map(d -> (HistoricVariableUpdate) d)
                .filteredOn(d -> "voortgangVerslag".equals(d.getVariableName())).isNotEmpty()
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("voedselbank"));
        assertThat(signalen.findByDossierIdOrderById(dossier.getId())).isEmpty();
        assertThat(gebeurtenissen.stream(PipWijzigingGevraagd.class)).isEmpty();
    }

    @Test
    void hetIntervalVanHetPipBepaaltDePlanningEnEenNieuwePipVersieHerplantDeWachtendeTimer() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = start(dossier, Period.ofMonths(2));
        assertThat(gepland(pi)).isEqualTo(LocalDate.of(2026, 5, 2));

        pip(dossier, 2, Period.ofMonths(1));
        planning.herplan(dossier.getDossiernummer());
        werkAf(dossier);
        assertThat(gepland(pi)).isEqualTo(LocalDate.of(2026, 4, 2));
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers().count()).isEqualTo(1);

        JsonNode voortgang = Http.als(poort, "cm.hoorn").get("/api/dossiers/" + dossier.getDossiernummer() + "/voortgang").json();
        assertThat(voortgang.path("interval").asText()).isEqualTo("P1M");
        assertThat(voortgang.path("intervalUitPip").asBoolean()).isTrue();
        assertThat(voortgang.path("volgendGesprek").asText()).isEqualTo("2026-04-02");
    }

    @Test
    void nietVerschenenPlantSnelEenNieuwGesprek() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = start(dossier, Period.ofMonths(3));
        verstrijkTot(dossier, LocalDate.of(2026, 6, 2));
        voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("NIET_VERSCHENEN", LocalDate.of(2026, 6, 2)));
        assertThat(gepland(pi)).isEqualTo(LocalDate.of(2026, 6, 16)); // voortgangsgesprek-opnieuw-na P2W

        verstrijkTot(dossier, LocalDate.of(2026, 6, 16));
        assertThat(taskService.getVariableLocal(taak(dossier, TAAK).getId(), "voortgangOverzicht").toString())
                .contains("Vorig voortgangsgesprek: 2026-06-02 (NIET_VERSCHENEN)");
        voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("OP_KOERS", LocalDate.of(2026, 6, 16)));
        assertThat(gepland(pi)).isEqualTo(LocalDate.of(2026, 9, 16));
    }

    @Test
    void pipWijzigenVraagtEenPipWijzigingAan() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = start(dossier, null);
        verstrijkTot(dossier, LocalDate.of(2026, 6, 2));
        voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("PIP_WIJZIGEN", LocalDate.of(2026, 6, 2)));

        assertThat(gebeurtenissen.stream(PipWijzigingGevraagd.class))
                .containsExactly(new PipWijzigingGevraagd(dossier.getDossiernummer(), "VOORTGANGSGESPREK", "cm.hoorn"));
        assertThat(gesprekken.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(g -> assertThat(g.getUitkomst()).isEqualTo(Voortgangsgesprek.Uitkomst.PIP_WIJZIGEN));
        assertThat(gepland(pi)).isEqualTo(LocalDate.of(2026, 9, 2));
    }

    @Test
    void eenSignaalVoorHandhavingEnEenOntheffingsadviesWordenVastgelegdEnZijnZichtbaar() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = start(dossier, Period.ofMonths(1));
        verstrijkTot(dossier, LocalDate.of(2026, 4, 2));
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, TAAK,
                gesprek("SIGNAAL_HANDHAVING", LocalDate.of(2026, 4, 2))))
                .hasMessageContaining("signaalOmschrijving");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, TAAK,
                gesprek("OP_KOERS", LocalDate.of(2026, 4, 2), "signaalOmschrijving", "Komt niet")))
                .hasMessageContaining("signaalOmschrijving");
        voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("SIGNAAL_HANDHAVING", LocalDate.of(2026, 4, 2),
                "signaalOmschrijving", "Verschijnt sinds twee maanden niet meer op de taalles"));

        assertThat(signalen.findByDossierIdOrderById(dossier.getId())).singleElement().satisfies(s -> {
            assertThat(s.getBron()).isEqualTo(HandhavingSignaal.Bron.VOORTGANGSGESPREK);
            // the signal started a handhaving case of its own (handhaving/HandhavingZaken)
            assertThat(s.getStatus()).isEqualTo(HandhavingSignaal.Status.ZAAK);
            assertThat(s.getZaakId()).isNotNull();
            assertThat(s.getDatum()).isEqualTo(LocalDate.of(2026, 4, 2));
            assertThat(s.getOmschrijving()).contains("taalles");
            assertThat(s.getGemeldDoor()).isEqualTo("cm.hoorn");
        });

        verstrijkTot(dossier, gepland(pi));
        voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("ONTHEFFING_ADVISEREN", LocalDate.of(2026, 5, 2),
                "voortgangVerslag", "Ernstige medische beperking; advies aan DUO: ontheffing"));

        Http.Antwoord antwoord = Http.als(poort, "cm.hoorn").get("/api/dossiers/" + dossier.getDossiernummer() + "/voortgang");
        assertThat(antwoord.status()).isEqualTo(200);
        JsonNode voortgang = antwoord.json();
        assertThat(voortgang.path("gesprekken")).hasSize(2);
        assertThat(voortgang.path("handhavingsignalen")).hasSize(1);
        assertThat(voortgang.path("handhavingsignalen").get(0).path("status").asText()).isEqualTo("ZAAK");
        assertThat(voortgang.path("handhavingsignalen").get(0).path("bron").asText()).isEqualTo("VOORTGANGSGESPREK");
        assertThat(voortgang.path("ontheffingsadviezen")).hasSize(1);
        assertThat(voortgang.path("ontheffingsadviezen").get(0).path("verslag").asText()).contains("advies aan DUO");
        assertThat(Http.als(poort, "cm.zoetermeer").get("/api/dossiers/" + dossier.getDossiernummer() + "/voortgang")
                .status()).isEqualTo(404);
    }

    @Test
    void hetFormulierWeigertOngeldigeWaardenEnLegtDanNietsVast() {
        Dossier dossier = openStatushouder("0441");
        start(dossier, null);
        verstrijkTot(dossier, LocalDate.of(2026, 6, 2));
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("WEET_NIET", LocalDate.of(2026, 6, 2))))
                .hasMessageContaining("voortgangUitkomst");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("OP_KOERS", LocalDate.of(2026, 6, 3))))
                .hasMessageContaining("voortgangsgesprekDatum").hasMessageContaining("03-06-2026 ligt in de toekomst");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("OP_KOERS", VANDAAG.minusDays(4))))
                .as("the first conversation not before the koppeling")
                .hasMessageContaining("voortgangsgesprekDatum").hasMessageContaining("26-02-2026 ligt voor de koppeling");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("OP_KOERS", LocalDate.of(2026, 6, 2),
                "participatieActiviteit", "VAKANTIE")))
                .hasMessageContaining("participatieActiviteit");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("OP_KOERS", LocalDate.of(2026, 6, 2),
                "voortgangVerslag", "x".repeat(4001))))
                .hasMessageContaining("voortgangVerslag");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("OP_KOERS", LocalDate.of(2026, 6, 2),
                "voortgangOverzicht", "Alles prima")))
                .hasMessageContaining("voortgangOverzicht");

        assertThat(taak(dossier, TAAK)).isNotNull();
        assertThat(gesprekken.findByDossierIdOrderById(dossier.getId())).isEmpty();
    }

    private LockedExternalTask rapportage(Dossier dossier) {
        List<LockedExternalTask> taken = externalTaskService.fetchAndLock(10, "test").topic("taalaanbieder-voortgang", 60_000L)
                .businessKey(dossier.getDossiernummer()).execute();
        assertThat(taken).hasSize(1);
        return taken.get(0);
    }

    private ProcessInstance leerrouteAangemeld(Dossier dossier) {
        ProcessInstance leerroute = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        beantwoord(partnertaak(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));
        return leerroute;
    }

    @Test
    void hetOverzichtToontDeRapportagesEnExamensSindsHetVorigeGesprek() {
        Dossier dossier = openStatushouder("0441");
        pip(dossier, 1, Period.ofMonths(4));
        leerrouteAangemeld(dossier);
        ProcessInstance pi = startNaPip(dossier, "voortgang", "B1", VANDAAG);

        verstrijkTot(dossier, LocalDate.of(2026, 6, 2));
        beantwoord(rapportage(dossier), Map.of("lezen", "A2", "luisteren", "B1", "schrijven", "A2", "spreken", "A2",
                "aanwezigheid", 92, "uren", 100, "examenLezen", "GEHAALD", "examenDatum", "2026-05-28"));
        verstrijkTot(dossier, LocalDate.of(2026, 7, 2));

        String overzicht = (String) taskService.getVariableLocal(taak(dossier, TAAK).getId(), "voortgangOverzicht");
        assertThat(overzicht).contains("Eerste voortgangsgesprek")
                .contains("Gesprekken elke P4M (volgens het PIP)")
                .contains("- periode t/m 2026-06-02: 100 uur, aanwezigheid 92%, niveaus lezen A2, luisteren B1, schrijven A2, spreken A2")
                .contains("- examen LEZEN: GEHAALD (2026-05-28)")
                .contains("PVT: nog niet gestart")
                .contains("- einde inburgeringstermijn: 2029-03-02")
                .contains("- volgende voortgangsrapportage van de taalaanbieder: 2026-09-02");
        // read-only: the form shows it, nobody writes it; the process instance never holds it
        assertThat(runtimeService.getVariables(pi.getId())).doesNotContainKey("voortgangOverzicht");
        voltooi(TestGegevens.CM_HOORN, dossier, TAAK, gesprek("OP_KOERS", LocalDate.of(2026, 7, 2)));

        verstrijkTot(dossier, LocalDate.of(2026, 9, 2));
        beantwoord(rapportage(dossier), Map.of("lezen", "B1", "luisteren", "B1", "schrijven", "A2", "spreken", "B1",
                "aanwezigheid", 88, "uren", 80));
        verstrijkTot(dossier, LocalDate.of(2026, 11, 2));
        overzicht = (String) taskService.getVariableLocal(taak(dossier, TAAK).getId(), "voortgangOverzicht");
        assertThat(overzicht).contains("Vorig voortgangsgesprek: 2026-07-02 (OP_KOERS)")
                .contains("- periode t/m 2026-09-02: 80 uur").doesNotContain("100 uur")
                .contains("Examenresultaten sinds het vorige gesprek: geen");
    }

    @Test
    void eenTeLateRapportageVanDeTaalaanbiederGeeftDeCasemanagerOpDeDagNaDeRespijtperiodeEenTaak() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance leerroute = leerrouteAangemeld(dossier);
        verstrijkTot(dossier, LocalDate.of(2026, 6, 2)); // the report is due and offered to the taalaanbieder
        assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(leerroute.getId())
                .topicName("taalaanbieder-voortgang").count()).isEqualTo(1);
        Job geenAntwoord = managementService.createJobQuery().processInstanceId(leerroute.getId()).timers()
                .activityId("BoundaryEvent_VoortgangOntvangenGeenAntwoord").singleResult();
        assertThat(geenAntwoord.getDuedate()).isEqualTo(Tijd.beginVan(LocalDate.of(2026, 6, 16))); // + P2W

        verstrijkTot(dossier, LocalDate.of(2026, 6, 15));
        assertThat(taak(dossier, "Task_VoortgangOntvangenGeenAntwoord")).as("niet voor de respijtperiode om is").isNull();
        verstrijkTot(dossier, LocalDate.of(2026, 6, 16));
        Task taak = taak(dossier, "Task_VoortgangOntvangenGeenAntwoord");
        assertThat(taak).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).anyMatch(l -> "casemanager".equals(l.getGroupId()));
    }

    @Test
    void hetPipLegtHetIntervalVastEnZonderKeuzeGeldtDeStandaardVanDeGemeente() {
        Dossier dossier = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1980, 1, 1), VANDAAG.minusDays(1));
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, TestGegevens.CM_HOORN, "HAALBAAR", 60);
        Map<String, Object> ongeldig = new HashMap<>(pip("B1"));
        ongeldig.put("voortgangInterval", "P5M");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_PipOpstellen", ongeldig))
                .hasMessageContaining("voortgangInterval");
        Map<String, Object> metInterval = new HashMap<>(pip("B1"));
        metInterval.put("voortgangInterval", "P2M");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_PipOpstellen", metInterval);
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));

        assertThat(pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow().getVoortgangInterval())
                .isEqualTo(Period.ofMonths(2));
        assertThat(planning.interval(herlaad(dossier))).isEqualTo(Period.ofMonths(2));
        assertThat(planning.volgendeDatum(herlaad(dossier))).isEqualTo(VANDAAG.plusDays(1).plusMonths(2));

        Dossier zonder = openStatushouder("0637"); // Zoetermeer: the standard interval
        pip(zonder, 1, null);
        assertThat(pipVersies.findFirstByDossierIdOrderByVersieDesc(zonder.getId()).orElseThrow().getVoortgangInterval()).isNull();
        assertThat(planning.interval(zonder)).isEqualTo(Period.ofMonths(3));
        assertThat(planning.intervalUitPip(zonder)).isFalse();
    }
}
