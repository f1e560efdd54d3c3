package nl.regie.inburgering.leerroute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ExternalTaskService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.web.ConflictException;

/** The leerroute: enrolment at the contracted taalaanbieder, progress reports, the Z-route's end, route switches. */
class LeerrouteProcessTest extends ProcesTestBasis {

    @Autowired ExternalTaskService externalTaskService;
    @Autowired LeerrouteTrajectRepository trajecten;
    @Autowired ExamenresultaatRepository examens;
    @Autowired nl.regie.inburgering.pipwijziging.PipWijzigingService pipWijzigingen;
    @Autowired RoutewisselRepository routewisselRepository;
    @Autowired nl.regie.inburgering.partner.PartnerAfmeldingRepository afmeldingen;

    private LockedExternalTask haal(Dossier dossier, String topic) {
        List<LockedExternalTask> taken = externalTaskService.fetchAndLock(10, "test").topic(topic, 60_000L)
                .businessKey(dossier.getDossiernummer()).processDefinitionKey("leerroute").execute();
        assertThat(taken).as("open partnertaak %s", topic).hasSize(1);
        return taken.get(0);
    }

    /** The afmelding the old taalaanbieder gets after a route switch. */
    private LockedExternalTask afmelding(Dossier dossier) {
        List<LockedExternalTask> taken = externalTaskService.fetchAndLock(10, "test").topic("taalaanbieder-aanmelding", 60_000L)
                .businessKey(dossier.getDossiernummer()).processDefinitionKey("partner-afmelding").execute();
        assertThat(taken).as("afmelding oude taalaanbieder").hasSize(1);
        return taken.get(0);
    }

    /** The casemanager asks, a teamleider of the gemeente fixes the new PIP version. */
    private void wissel(Dossier dossier, Leerroute naar, String reden, TestGegevens.TestGebruiker cm,
                        TestGegevens.TestGebruiker tl) {
        pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), naar, reden, cm.id());
        voltooi(tl, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString()));
    }

    private void geenPartnertaak(ProcessInstance pi, String topic) {
        assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(pi.getId()).topicName(topic).count()).isZero();
    }

    private Job voortgangTimer(ProcessInstance pi) {
        return managementService.createJobQuery().processInstanceId(pi.getId()).timers().singleResult();
    }

    private ProcessInstance aangemeld(Dossier dossier, String route, LocalDate termijnStart) {
        ProcessInstance pi = startNaPip(dossier, "leerroute", route, termijnStart);
        LockedExternalTask aanmelding = haal(dossier, "taalaanbieder-aanmelding");
        beantwoord(aanmelding, Map.of("startdatum", VANDAAG.toString()));
        return pi;
    }

    private void rapporteer(ProcessInstance pi, Map<String, Object> antwoord) {
        laatVerlopen(voortgangTimer(pi));
        List<LockedExternalTask> taken = externalTaskService.fetchAndLock(10, "test").topic("taalaanbieder-voortgang", 60_000L)
                .processInstanceVariableEquals("dossiernummer", pi.getBusinessKey()).execute();
        assertThat(taken).hasSize(1);
        LockedExternalTask voortgang = taken.get(0);
        beantwoord(voortgang, antwoord);
    }

    /**
     * Lets time pass until {@code dag} as in production: every progress timer that falls due on the way fires and the
     * taalaanbieder answers its report (without exam results) before the next one.
     */
    private void rapporteerTot(Dossier dossier, ProcessInstance pi, LocalDate dag) {
        Job timer = voortgangTimer(pi);
        while (timer != null && !Tijd.alsDatum(timer.getDuedate()).isAfter(dag)) {
            verstrijkTot(dossier, Tijd.alsDatum(timer.getDuedate()));
            LockedExternalTask voortgang = haal(dossier, "taalaanbieder-voortgang");
            beantwoord(voortgang, niveaus("uren", 100));
            timer = voortgangTimer(pi);
        }
        verstrijkTot(dossier, dag);
    }

    private static Map<String, Object> niveaus(Object... extra) {
        Map<String, Object> antwoord = new HashMap<>(Map.of("lezen", "A2", "luisteren", "B1", "schrijven", "A2",
                "spreken", "A2", "aanwezigheid", 92));
        for (int i = 0; i < extra.length; i += 2) {
            antwoord.put((String) extra[i], extra[i + 1]);
        }
        return antwoord;
    }

    @Test
    void deB1RouteBijDeGecontracteerdeTaalaanbiederTotAlleExamensGehaaldZijn() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = startNaPip(dossier, "leerroute", "B1", VANDAAG);

        LockedExternalTask aanmelding = haal(dossier, "taalaanbieder-aanmelding");
        assertThat(aanmelding.getVariables()).containsEntry("partner", "taalschool-westfriesland")
                .containsEntry("leerroute", "B1").containsEntry("dossiernummer", dossier.getDossiernummer())
                .doesNotContainKey("bsn")
                // the envelope (name, the gemeente's name, contact) is not stored in the engine: the partners' entry
                // point makes it at fetch time from our tables (partner/PartnerEnveloppe; PartnerEnveloppeTest and
                // PartnerApiTest show what a partner receives)
                .doesNotContainKeys("naam", "contact");
        beantwoord(aanmelding, Map.of("startdatum", VANDAAG.plusDays(14).toString()));
        assertThat(trajecten.lopend(dossier.getId())).hasValueSatisfying(t -> {
            assertThat(t.getPartner()).isEqualTo("taalschool-westfriesland");
            assertThat(t.getStartdatum()).isEqualTo(VANDAAG.plusDays(14));
        });
        assertThat(Tijd.alsDatum(voortgangTimer(pi).getDuedate())).isEqualTo(VANDAAG.plusDays(14).plusMonths(3));

        rapporteer(pi, niveaus("uren", 120, "examenLezen", "GEHAALD", "examenLuisteren", "GEHAALD",
                "examenDatum", VANDAAG.plusMonths(3).toString()));
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang").variables().containsEntry("leerrouteBehaald", false);
        assertThat(Tijd.alsDatum(voortgangTimer(pi).getDuedate())).isEqualTo(VANDAAG.plusDays(14).plusMonths(6));

        rapporteer(pi, niveaus("uren", 110, "examenSchrijven", "GEHAALD", "examenSpreken", "GEHAALD",
                "examenKnm", "GEHAALD", "examenDatum", VANDAAG.plusMonths(6).toString()));
        // the taalaanbieder's word is informative: B1 counts on DUO's results (EXAMENRESULTAAT_DUO)
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang").variables().containsEntry("leerrouteBehaald", false);
        dossierService.registreer(dossier, nl.regie.inburgering.dossier.GebeurtenisType.EXAMENRESULTAAT_DUO, Tijd.vandaag(),
                "LEZEN:GEHAALD;LUISTEREN:GEHAALD;SCHRIJVEN:GEHAALD;SPREKEN:GEHAALD;KNM:GEHAALD", "duo.koppeling");
        rapporteer(pi, niveaus("uren", 20));
        assertThat(pi).hasPassed("End_LeerrouteBehaald").isEnded();
        assertThat(examens.findByDossierId(dossier.getId())).hasSize(5).allMatch(e -> "GEHAALD".equals(e.getResultaat()));
        assertThat(trajecten.findByDossierIdOrderById(dossier.getId()).get(0).getStatus())
                .isEqualTo(LeerrouteTraject.Status.BEHAALD);
    }

    @Test
    void deZRouteTeltUrenTot800En800EnEindigtMetHetEindgesprekVanDeGemeente() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = aangemeld(dossier, "Z", VANDAAG);

        rapporteer(pi, niveaus("taaluren", 400, "participatieuren", 300));
        rapporteer(pi, niveaus("taaluren", 400, "participatieuren", 300));
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang").variables()
                .containsEntry("zTaaluren", 800).containsEntry("zParticipatieuren", 600);
        rapporteer(pi, niveaus("taaluren", 10, "participatieuren", 200));

        assertThat(pi).isWaitingAt("Task_ZRouteEindgesprekVoeren");
        assertThat(taskService.getIdentityLinksForTask(taak(dossier, "Task_ZRouteEindgesprekVoeren").getId()))
                .anyMatch(l -> "casemanager".equals(l.getGroupId()));
        geenPartnertaak(pi, "taalaanbieder-voortgang");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_HOORN, dossier, "Task_ZRouteEindgesprekVoeren", Map.of(
                "eindgesprekDatum", VANDAAG.plusMonths(9).toString(), "eindgesprekVerslag", "Goed gesprek")))
                .hasMessageContaining("certificaatDatum");
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_ZRouteEindgesprekVoeren", Map.of(
                "eindgesprekDatum", VANDAAG.plusMonths(9).toString(), "eindgesprekVerslag", "Goed gesprek",
                "certificaatDatum", VANDAAG.plusMonths(9).toString()));

        assertThat(pi).hasPassed("Task_EindgesprekVastleggen", "End_ZRouteAfgerond").isEnded();
        LeerrouteTraject traject = trajecten.findByDossierIdOrderById(dossier.getId()).get(0);
        assertThat(traject.getTaaluren()).isEqualTo(810);
        assertThat(traject.getParticipatieuren()).isEqualTo(800);
        assertThat(traject.getStatus()).isEqualTo(LeerrouteTraject.Status.AFGEROND);
        assertThat(traject.getCertificaatDatum()).isEqualTo(VANDAAG.plusMonths(9));
    }

    @Test
    void eenGezinsmigrantWordtNietAangemeldMaarGevolgd() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1990, 1, 1), VANDAAG);
        ProcessInstance pi = startNaPip(dossier, "leerroute", "B1", VANDAAG);

        assertThat(pi).isWaitingAt("Task_GekozenTaalschoolVastleggen");
        assertThat(externalTaskService.createExternalTaskQuery().processInstanceId(pi.getId()).count()).isZero();
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GekozenTaalschoolVastleggen",
                Map.of("taalschool", "Taalcentrum Noord", "taalschoolStartdatum", VANDAAG.plusDays(10).toString(),
                        "taalschoolToelichting", "Avondles, combineert met werk"));
        assertThat(Tijd.alsDatum(voortgangTimer(pi).getDuedate())).isEqualTo(VANDAAG.plusMonths(3));
        // the optional remark is stored with the traject, and the engine's history keeps only that it was set
        assertThat(trajecten.findByDossierIdOrderById(dossier.getId()).get(0).getTaalschoolToelichting())
                .isEqualTo("Avondles, combineert met werk");
        assertThat(processEngine.getHistoryService().createHistoricDetailQuery().processInstanceId(pi.getId())
                .variableUpdates().list()).map(d -> (org.camunda.bpm.engine.history.HistoricVariableUpdate) d)
                .filteredOn(d -> "taalschoolToelichting".equals(d.getVariableName()))
                .as("the history records that it was set").isNotEmpty()
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain("Avondles"));

        laatVerlopen(voortgangTimer(pi));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VoortgangGezinsmigrantBeoordelen", Map.of(
                "monitoringOordeel", "OP_SCHEMA", "monitoringToelichting", "Volgt les", "monitoringBesluit", "DOORGAAN"));
        laatVerlopen(voortgangTimer(pi));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VoortgangGezinsmigrantBeoordelen", Map.of(
                "monitoringOordeel", "OP_SCHEMA", "monitoringToelichting", "Diploma gehaald", "monitoringBesluit", "AFGEROND"));

        assertThat(pi).hasPassed("End_ZelfGeregeldAfgerond").isEnded();
        LeerrouteTraject traject = trajecten.findByDossierIdOrderById(dossier.getId()).get(0);
        assertThat(traject.getTaalschool()).isEqualTo("Taalcentrum Noord");
        assertThat(traject.getPartner()).isNull();
        assertThat(traject.getStatus()).isEqualTo(LeerrouteTraject.Status.AFGEROND);
    }

    @Test
    void eenRoutewisselIsEenPipWijzigingDieDeTeamleiderVaststeltEnDanMeldtDeLeerrouteOpnieuwAan() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = aangemeld(dossier, "B1", VANDAAG);
        rapporteerTot(dossier, pi, VANDAAG.plusMonths(10));
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang");
        assertThat(Tijd.alsDatum(voortgangTimer(pi).getDuedate())).isEqualTo(VANDAAG.plusMonths(12));

        Routewissel aanvraag = pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), Leerroute.Z,
                "B1 blijkt niet haalbaar na 600 uur", TestGegevens.CM_TL_HOORN.id());
        assertThat(aanvraag.getStatus()).isEqualTo(Routewissel.Status.AANGEVRAAGD);
        ProcessInstance wissel = proces(dossier, "pip-wijziging");
        assertThat(wissel).isWaitingAt("Task_PipWijzigingVaststellen");
        assertThat(taskService.createTaskQuery().processInstanceId(wissel.getId()).singleResult())
                .hasCandidateGroup("teamleider");
        // nothing changes until a teamleider fixed the new PIP version
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang").variables().containsEntry("leerroute", "B1");
        assertThatThrownBy(() -> pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), Leerroute.ONDERWIJS, "ook", "cm.hoorn"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("ter vaststelling");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("vier ogen");
        assertThatThrownBy(() -> voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("dagtekening");
        assertThatThrownBy(() -> voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.minusDays(5).toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geldende PIP");

        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString()));

        assertThat(wissel).hasPassed("Task_PipVersieVastleggen", "End_PipGewijzigd").isEnded();
        PipVersie nieuw = pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow();
        assertThat(nieuw.getVersie()).isEqualTo(2);
        assertThat(nieuw.getStatus()).isEqualTo(PipVersie.Status.VASTGESTELD);
        assertThat(nieuw.getLeerroute()).isEqualTo(Leerroute.Z);
        assertThat(nieuw.getDagtekening()).isEqualTo(Tijd.vandaag());
        assertThat(nieuw.getVastgesteldDoor()).isEqualTo(TestGegevens.TL_WESTFRIESLAND.id());
        assertThat(nieuw.getMapAfspraken()).isEqualTo("MAP jaar 2");
        assertThat(herlaad(dossier).getInburgeringstermijnStart()).as("a PIP change does not move the term").isEqualTo(VANDAAG);
        assertThat(routewisselRepository.findById(aanvraag.getId()).orElseThrow())
                .satisfies(w -> assertThat(w.getStatus()).isEqualTo(Routewissel.Status.VASTGESTELD))
                .satisfies(w -> assertThat(w.getPipVersie()).isEqualTo(2));

        assertThat(pi).hasPassed("BoundaryEvent_LeerrouteGewijzigd", "Task_RoutewisselVerwerken")
                .isWaitingAt("Task_AanmeldenBijTaalaanbieder", "CallActivity_OudeTaalaanbiederAfmelden")
                .variables().containsEntry("leerroute", "Z");
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("Timer_VolgendeVoortgang").count()).as("the old route's progress timer is gone").isZero();
        assertThat(managementService.createJobQuery().processInstanceId(pi.getId()).timers()
                .activityId("BoundaryEvent_AanmeldenBijTaalaanbiederGeenAntwoord").count()).isOne();
        LockedExternalTask opnieuw = haal(dossier, "taalaanbieder-aanmelding");
        assertThat(opnieuw.getVariables()).containsEntry("leerroute", "Z");
        assertThat(trajecten.findByDossierIdOrderById(dossier.getId())).extracting(LeerrouteTraject::getStatus)
                .containsExactly(LeerrouteTraject.Status.GEWISSELD);
        // the taalaanbieder of the old route is told its enrolment lapsed, and confirms
        LockedExternalTask oud = afmelding(dossier);
        assertThat(oud.getVariables()).containsEntry("actie", "AFMELDEN").containsEntry("partner", "taalschool-westfriesland");
        assertThat((String) oud.getVariables().get("reden")).contains("Routewissel naar Z");
        beantwoord(oud, Map.of("bevestigd", true));
        assertThat(pi).hasPassed("End_OudeTaalaanbiederAfgemeld").isWaitingAt("Task_AanmeldenBijTaalaanbieder");
    }

    @Test
    void vierOgenEnHetDoelVanEenRoutewisselKomenUitOnzeTabelNietUitVariabelen() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = aangemeld(dossier, "B1", VANDAAG);
        zetKlok(VANDAAG.plusMonths(10));
        Routewissel aanvraag = pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), Leerroute.Z, "B1 niet haalbaar",
                TestGegevens.CM_TL_HOORN.id());
        ProcessInstance wissel = proces(dossier, "pip-wijziging");
        Map<String, Object> vaststellen = Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString());

        // the requester sends aanvrager, routewisselId or a new target along: refused, naming the variable
        for (Map.Entry<String, Object> extra : Map.<String, Object>of("aanvrager", TestGegevens.TL_WESTFRIESLAND.id(),
                "routewisselId", 1L, "leerrouteNaar", "ONDERWIJS").entrySet()) {
            Map<String, Object> metExtra = new java.util.HashMap<>(vaststellen);
            metExtra.put(extra.getKey(), extra.getValue());
            assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipWijzigingVaststellen", metExtra))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining(extra.getKey());
        }
        assertThat(wissel).isWaitingAt("Task_PipWijzigingVaststellen");

        // the variables changed by other means (here: the application itself) decide nothing
        runtimeService.setVariable(wissel.getId(), "aanvrager", TestGegevens.TL_WESTFRIESLAND.id());
        runtimeService.setVariable(wissel.getId(), "leerrouteNaar", "ONDERWIJS");
        runtimeService.setVariable(wissel.getId(), "routewisselId", -1L);
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipWijzigingVaststellen", vaststellen))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("vier ogen");
        assertThat(wissel).isWaitingAt("Task_PipWijzigingVaststellen");

        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipWijzigingVaststellen", vaststellen);
        assertThat(wissel).isEnded();
        assertThat(routewisselRepository.findById(aanvraag.getId()).orElseThrow().getStatus())
                .isEqualTo(Routewissel.Status.VASTGESTELD);
        assertThat(pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow().getLeerroute())
                .as("the target as requested").isEqualTo(Leerroute.Z);
        assertThat(pi).variables().containsEntry("leerroute", "Z");

        // the old taalaanbieder's afmelding: its process finds the row by its own instance, not by afmeldingId
        LockedExternalTask oud = afmelding(dossier);
        runtimeService.setVariable(oud.getProcessInstanceId(), "afmeldingId", -1L);
        beantwoord(oud, Map.of("bevestigd", true));
        assertThat(afmeldingen.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(a -> assertThat(a.getProcesInstantieId()).isEqualTo(oud.getProcessInstanceId()))
                .satisfies(a -> assertThat(a.getBevestigdOp()).isNotNull());
    }

    @Test
    void deTeamleiderWijstEenRoutewisselAfMetEenOpmerking() {
        Dossier dossier = openStatushouder("0637");
        ProcessInstance pi = aangemeld(dossier, "B1", VANDAAG);
        Routewissel aanvraag = pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), Leerroute.Z, "Te zwaar", "cm.zoetermeer");
        assertThatThrownBy(() -> voltooi(TestGegevens.TL_ZOETERMEER, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "AFWIJZEN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("teamleiderOpmerking");
        voltooi(TestGegevens.TL_ZOETERMEER, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "AFWIJZEN", "teamleiderOpmerking", "Eerst de examens van juni afwachten"));

        assertThat(routewisselRepository.findById(aanvraag.getId()).orElseThrow())
                .satisfies(w -> assertThat(w.getStatus()).isEqualTo(Routewissel.Status.AFGEWEZEN))
                .satisfies(w -> assertThat(w.getOpmerking()).isEqualTo("Eerst de examens van juni afwachten"));
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang").variables().containsEntry("leerroute", "B1");
        assertThat(pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow().getVersie()).isEqualTo(1);
        // a refused switch does not count against Zoetermeer's one switch
        wissel(dossier, Leerroute.Z, "Na de examens: toch Z", TestGegevens.CM_ZOETERMEER, TestGegevens.TL_ZOETERMEER);
        assertThat(pi).variables().containsEntry("leerroute", "Z");
    }

    @Test
    void eenRoutewisselNaAnderhalfJaarWordtGeweigerdBehalveVanOnderwijsNaarB1() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance pi = aangemeld(dossier, "ONDERWIJS", VANDAAG);
        assertThat(trajecten.lopend(dossier.getId()).orElseThrow().getPartner()).isEqualTo("roc-horizon");
        rapporteerTot(dossier, pi, VANDAAG.plusMonths(19));
        assertThat(pi).isWaitingAt("Timer_VolgendeVoortgang");

        assertThatThrownBy(() -> pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), Leerroute.Z, "te zwaar", "cm.hoorn"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("anderhalf jaar");
        wissel(dossier, Leerroute.B1, "Liever werken", TestGegevens.CM_HOORN, TestGegevens.TL_WESTFRIESLAND);
        assertThat(haal(dossier, "taalaanbieder-aanmelding").getVariables()).containsEntry("leerroute", "B1")
                .containsEntry("partner", "taalschool-westfriesland");
        assertThat(afmelding(dossier).getVariables()).containsEntry("partner", "roc-horizon");
    }

    @Test
    void zoetermeerStaatEenRoutewisselToe() {
        Dossier dossier = openStatushouder("0637");
        aangemeld(dossier, "B1", VANDAAG);
        wissel(dossier, Leerroute.Z, "Niet haalbaar", TestGegevens.CM_ZOETERMEER, TestGegevens.TL_ZOETERMEER);
        beantwoord(haal(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));

        assertThatThrownBy(() -> pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), Leerroute.B1, "Toch B1", "cm.zoetermeer"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("Zoetermeer").hasMessageContaining("1 routewissel");
        assertThat(proces(dossier, "leerroute")).isWaitingAt("Timer_VolgendeVoortgang").variables()
                .containsEntry("leerroute", "Z");
    }

    @Test
    void eenOpenRoutewisselVervaltAlsHetDossierEindigt() {
        Dossier dossier = openStatushouder("0441");
        aangemeld(dossier, "B1", VANDAAG);
        Routewissel aanvraag = pipWijzigingen.vraagRoutewisselAan(dossier.getDossiernummer(), Leerroute.Z, "Niet haalbaar", "cm.hoorn");
        dossierService.registreer(dossier, nl.regie.inburgering.dossier.GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd", nl.regie.inburgering.dossier.Beeindigingsreden.VERHUISD, null, "test");
        assertThat(proces(dossier, "pip-wijziging")).isNull();
        assertThat(taak(dossier, "Task_PipWijzigingVaststellen")).isNull();
        assertThat(routewisselRepository.findById(aanvraag.getId()).orElseThrow().getStatus()).isEqualTo(Routewissel.Status.VERVALLEN);
    }

    @Test
    void eenRoutewisselVanEenGezinsmigrantMeldtGeenTaalaanbiederAf() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1990, 1, 1), VANDAAG);
        ProcessInstance pi = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_GekozenTaalschoolVastleggen", Map.of("taalschool", "Taalschool De Brug",
                "taalschoolStartdatum", VANDAAG.toString()));

        wissel(dossier, Leerroute.Z, "Alfabetisering nodig", TestGegevens.CM_HOORN, TestGegevens.TL_WESTFRIESLAND);

        assertThat(pi).hasPassed("Task_RoutewisselVerwerken", "End_GeenOudeTaalaanbieder")
                .hasNotPassed("CallActivity_OudeTaalaanbiederAfmelden").isWaitingAt("Task_GekozenTaalschoolVastleggen");
        assertThat(pi).variables().containsEntry("leerroute", "Z").doesNotContainKey("oudeTaalaanbiederAfmelding");
    }
}
