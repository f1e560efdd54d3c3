package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.begeleiding.BegeleidingTraject;
import nl.regie.inburgering.begeleiding.BegeleidingTrajectRepository;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.leerroute.LeerrouteTraject;
import nl.regie.inburgering.leerroute.LeerrouteTrajectRepository;
import nl.regie.inburgering.ontzorgen.OntzorgenTraject;
import nl.regie.inburgering.ontzorgen.OntzorgenTrajectRepository;
import nl.regie.inburgering.partner.PartnerAfmelding;
import nl.regie.inburgering.partner.PartnerAfmeldingRepository;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * Ending a dossier (moved away, ontheffing, death) closes every track, withdraws the open partner tasks and tells
 * every partner with open work or a running track, who confirms (route step 13).
 */
class DossierBeeindigenTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired PartnerAfmeldingRepository afmeldingen;
    @Autowired OntzorgenTrajectRepository ontzorgen;
    @Autowired BegeleidingTrajectRepository begeleiding;
    @Autowired LeerrouteTrajectRepository leerroutes;

    @Test
    void beeindigenTrektAlleTrajectenInEnMeldtDePartnersAf() {
        Dossier dossier = open("0637", /* a partner gives the begeleiding (Hoorn gives it itself) */ "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.START_BIJSTAND, VANDAAG);
        gebeurtenis(dossier, GebeurtenisType.HUISVESTING, VANDAAG); // Westfriesland: ontzorgen from the housing
        ProcessInstance hoofd = hoofdproces(dossier);
        assertThat(hoofd).isWaitingAt("CallActivity_Ontzorgen", "CallActivity_Begeleiding", "CallActivity_BredeIntake");
        // the income system withholds the fixed costs; the support has been asked for but not yet confirmed
        beantwoord(partnertaak(dossier, "ontzorgen-inhouding"), Map.of("bevestigd", true, "referentie", "INK-1"));
        String[] trajecten = {proces(dossier, "ontzorgen").getId(), proces(dossier, "begeleiding").getId()};

        assertThatThrownBy(() -> gebeurtenis(dossier, GebeurtenisType.BEEINDIGD, VANDAAG))
                .isInstanceOf(OngeldigVerzoekException.class);
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd naar Utrecht", Beeindigingsreden.VERHUISD, null, "test");

        assertThat(hoofd).hasPassed("Task_BeeindigingVastleggen").isWaitingAt("CallActivity_PartnersAfmelden");
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceIds(Set.of(trajecten)).count()).isZero();
        assertThat(taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer()).count()).isZero();
        Dossier beeindigd = herlaad(dossier);
        assertThat(beeindigd.getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(beeindigd.getAfsluitreden()).contains("Verhuisd naar Utrecht");
        assertThat(beeindigd.getAfsluitredenCode()).isEqualTo(Beeindigingsreden.VERHUISD);
        assertThat(beeindigd.getAfgeslotenOp()).isEqualTo(VANDAAG);
        assertThat(ontzorgen.findByDossierId(dossier.getId()).orElseThrow().getStatus()).isEqualTo(OntzorgenTraject.Status.BEEINDIGD);
        assertThat(begeleiding.findByDossierId(dossier.getId()).orElseThrow().getStatus()).isEqualTo(BegeleidingTraject.Status.BEEINDIGD);
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).extracting(PartnerAfmelding::getPartner, PartnerAfmelding::getTopic)
                .containsExactlyInAnyOrder(tuple("inkomenssysteem", "ontzorgen-inhouding"),
                        tuple("vluchtelingenwerk", "mb-uitvoering"));

        // the income system fetches its afmelding over HTTP, like any task of its own: what ended and why, no BSN
        Http inkomenssysteem = Http.als(poort, TestGegevens.INKOMENSSYSTEEM.id());
        JsonNode taken = inkomenssysteem.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "inkomen",
                "maxTasks", 5, "topics", List.of(Map.of("topicName", "ontzorgen-inhouding", "lockDuration", 60000,
                        "businessKey", dossier.getDossiernummer())))).json();
        assertThat(taken).hasSize(1);
        JsonNode afmelding = taken.get(0);
        assertThat(afmelding.path("variables").path("actie").path("value").asText()).isEqualTo("AFMELDEN");
        // partners get the coded reason's omschrijving only, never the free toelichting
        assertThat(afmelding.path("variables").path("reden").path("value").asText()).isEqualTo("Verhuisd naar een andere gemeente");
        assertThat(afmelding.path("variables").path("dossiernummer").path("value").asText()).isEqualTo(dossier.getDossiernummer());
        assertThat(afmelding.toString()).doesNotContain(dossier.getPersoon().getBsn());
        String taakId = afmelding.path("id").asText();

        // an answer without the confirmation is refused, naming the field, and shows as an incident
        Http.Antwoord zonder = inkomenssysteem.post("/partner-api/external-task/" + taakId + "/complete",
                Map.of("workerId", "inkomen", "variables", Map.of("startdatum", Map.of("value", "2026-03-01"))));
        assertThat(zonder.status()).isEqualTo(400);
        assertThat(zonder.json().path("velden").fieldNames()).toIterable().contains("bevestigd", "startdatum");
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(taakId).singleResult()
                .getRetries()).isZero();
        processEngine.getExternalTaskService().setRetries(taakId, 1); // the procesbeheerder repairs it in Cockpit
        taken = inkomenssysteem.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "inkomen",
                "maxTasks", 5, "topics", List.of(Map.of("topicName", "ontzorgen-inhouding", "lockDuration", 60000,
                        "businessKey", dossier.getDossiernummer())))).json();
        assertThat(inkomenssysteem.post("/partner-api/external-task/" + taken.get(0).path("id").asText() + "/complete",
                Map.of("workerId", "inkomen", "variables", Map.of("bevestigd", Map.of("value", true),
                        "toelichting", Map.of("value", "Inhouding gestopt per 1 maart"))))
                .status()).isEqualTo(204);
        // the other partner's afmelding is not the income system's to answer
        LockedExternalTask mb = partnertaak(dossier, "mb-uitvoering");
        assertThat(mb.getVariables()).containsEntry("actie", "AFMELDEN").containsEntry("partner", "vluchtelingenwerk");
        assertThat(inkomenssysteem.post("/partner-api/external-task/" + mb.getId() + "/complete",
                Map.of("workerId", "test", "variables", Map.of("bevestigd", Map.of("value", true)))).status()).isEqualTo(404);
        assertThat(hoofd).isWaitingAt("CallActivity_PartnersAfmelden");
        beantwoord(mb, Map.of("bevestigd", true));

        assertThat(hoofd).hasPassed("CallActivity_PartnersAfmelden", "End_DossierBeeindigd").isEnded();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossier.getDossiernummer()).count())
                .isZero();
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).allSatisfy(a -> assertThat(a.getBevestigdOp()).isNotNull())
                .anySatisfy(a -> assertThat(a.getToelichting()).isEqualTo("Inhouding gestopt per 1 maart"));
        assertThatThrownBy(() -> gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG))
                .isInstanceOf(ConflictException.class).hasMessageContaining("afgesloten");
    }

    @Test
    void naHetPipWordenDeTaalaanbiederEnDePvtAanbiederAfgemeldEnDeGeplandeMapVervalt() {
        Dossier dossier = open("0388", /* Hoorn gives the begeleiding itself */ "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1980, 1, 1), VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        beantwoord(partnertaak(dossier, "mb-uitvoering"), Map.of("startdatum", VANDAAG.toString()));
        intakeVolledig(dossier, TestGegevens.CM_ENKHUIZEN, "HAALBAAR", 60);
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_PipOpstellen", pip("B1"));
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        beantwoord(partnertaak(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_MapVrijstellingBeoordelen", Map.of("mapBesluit", "GEEN_VRIJSTELLING"));
        assertThat(proces(dossier, "map")).isWaitingAt("Timer_MapStart");

        ProcessInstance hoofd = hoofdproces(dossier);
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "SS108", Beeindigingsreden.ONTHEFFING, null, "test");

        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).extracting(PartnerAfmelding::getPartner, PartnerAfmelding::getTopic)
                .containsExactlyInAnyOrder(tuple("taalschool-westfriesland", "taalaanbieder-aanmelding"),
                        tuple("pvt-map-westfriesland", "pvt-uitvoering"),
                        tuple("vluchtelingenwerk", "mb-uitvoering"));
        assertThat(leerroutes.findByDossierIdOrderById(dossier.getId())).extracting(LeerrouteTraject::getStatus)
                .containsExactly(LeerrouteTraject.Status.BEEINDIGD);
        assertThat(proces(dossier, "map")).isNull();
        for (String topic : List.of("taalaanbieder-aanmelding", "pvt-uitvoering", "mb-uitvoering")) {
            LockedExternalTask taak = partnertaak(dossier, topic);
            assertThat(taak.getVariables()).containsEntry("actie", "AFMELDEN").containsEntry("reden", "Gehele ontheffing (DUO)");
            beantwoord(taak, Map.of("bevestigd", true));
        }
        assertThat(hoofd).hasPassed("End_DossierBeeindigd").isEnded();
    }

    @Test
    void zonderPartnersEindigtHetDossierMeteen() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1990, 1, 1), VANDAAG);
        ProcessInstance hoofd = hoofdproces(dossier);
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "SS111", Beeindigingsreden.OVERLEDEN, null, "test");
        assertThat(hoofd).hasPassed("Task_BeeindigingVastleggen", "End_DossierBeeindigd").isEnded();
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).isEmpty();
    }

    @Test
    void eenPartnerDieNietBevestigtLeidtTotEenTaakVoorDeCasemanager() {
        Dossier dossier = open("0388", /* a partner gives the begeleiding (Hoorn gives it itself) */ "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        ProcessInstance hoofd = hoofdproces(dossier);
        dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd naar Zwolle", Beeindigingsreden.VERHUISD, null, "test");
        ProcessInstance afmelding = proces(dossier, "partner-afmelding");
        assertThat(afmelding).isWaitingAt("Task_PartnerAfmelden");
        Job termijn = timerIn(afmelding);
        assertThat(Tijd.alsDatum(termijn.getDuedate())).isEqualTo(VANDAAG.plusWeeks(2));

        laatVerlopen(termijn);
        assertThat(afmelding).isWaitingAt("Task_PartnerAfmelden", "Task_AfmeldingNietBevestigd");
        assertThat(taak(dossier, "Task_AfmeldingNietBevestigd")).hasCandidateGroup("casemanager");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_AfmeldingNietBevestigd",
                Map.of("afmeldingBesluit", "OPNIEUW_HERINNEREN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("afmeldingActie");
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_AfmeldingNietBevestigd",
                Map.of("afmeldingBesluit", "OPNIEUW_HERINNEREN", "afmeldingActie", "Voicemail ingesproken"));
        assertThat(afmelding).isWaitingAt("Task_PartnerAfmelden", "Timer_OpnieuwHerinneren");

        laatVerlopen(managementService.createJobQuery().processInstanceId(afmelding.getId()).activityId("Timer_OpnieuwHerinneren")
                .singleResult());
        voltooi(TestGegevens.CM_ENKHUIZEN, dossier, "Task_AfmeldingNietBevestigd",
                Map.of("afmeldingBesluit", "BUITEN_SYSTEEM_BEVESTIGD", "afmeldingActie", "Per e-mail bevestigd door de coordinator"));

        assertThat(afmelding).hasPassed("End_BuitenSysteemBevestigd").isEnded();
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().processInstanceId(afmelding.getId()).count())
                .isZero();
        assertThat(hoofd).hasPassed("End_DossierBeeindigd").isEnded();
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).singleElement().satisfies(a -> {
            assertThat(a.getBevestigdOp()).isNotNull();
            assertThat(a.getToelichting()).contains("Buiten het systeem").contains(TestGegevens.CM_ENKHUIZEN.id())
                    .contains("Per e-mail");
        });
    }
}
