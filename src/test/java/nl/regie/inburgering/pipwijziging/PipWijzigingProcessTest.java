package nl.regie.inburgering.pipwijziging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.PipWijzigingGevraagd;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.leerroute.Routewissel;
import nl.regie.inburgering.leerroute.RoutewisselRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Any change of the PIP is a new PIP version (Wi 15), fixed with four eyes; the route switch is one kind of change,
 * judged on the day it is fixed; DUO's consistency rules; the term never moves.
 */
class PipWijzigingProcessTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;

    @Autowired PipWijzigingService service;
    @Autowired PipWijzigingRepository wijzigingen;
    @Autowired RoutewisselRepository routewisselRepository;
    @Autowired ApplicationEventPublisher publisher;

    private ProcessInstance aangemeld(Dossier dossier, String route) {
        ProcessInstance pi = startNaPip(dossier, "leerroute", route, VANDAAG);
        beantwoord(partnertaak(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));
        return pi;
    }

    /** Time passes; every progress report that falls due is answered with these hours. */
    private void rapporteerTot(Dossier dossier, ProcessInstance leerroute, LocalDate dag, int uren) {
        Job timer = timerIn(leerroute);
        while (timer != null && !Tijd.alsDatum(timer.getDuedate()).isAfter(dag)) {
            verstrijkTot(dossier, Tijd.alsDatum(timer.getDuedate()));
            beantwoord(partnertaak(dossier, "taalaanbieder-voortgang"), Map.of("lezen", "A2", "luisteren", "A2",
                    "schrijven", "A2", "spreken", "A2", "aanwezigheid", 95, "uren", uren));
            timer = timerIn(leerroute);
        }
        verstrijkTot(dossier, dag);
    }

    private PipWijziging vraag(Dossier dossier, PipWijzigingSoort... soorten) {
        PipWijziging w = service.vraagAan(dossier.getDossiernummer(), soorten.length == 0
                ? EnumSet.noneOf(PipWijzigingSoort.class) : EnumSet.of(soorten[0], soorten),
                "Uit het voortgangsgesprek", PipWijzigingService.AANLEIDING_CASEMANAGER, CM.id());
        werkAf(dossier);
        return w;
    }

    private static Map<String, Object> concept(Object... paren) {
        Map<String, Object> m = new HashMap<>(Map.of("wijzigingReden", "Afgesproken in het voortgangsgesprek"));
        for (int i = 0; i < paren.length; i += 2) {
            m.put((String) paren[i], paren[i + 1]);
        }
        return m;
    }

    private void stelVast(Dossier dossier, TestGegevens.TestGebruiker tl) {
        voltooi(tl, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", Tijd.vandaag().toString()));
    }

    private PipVersie laatste(Dossier dossier) {
        return pipVersies.findFirstByDossierIdOrderByVersieDesc(dossier.getId()).orElseThrow();
    }

    @Test
    void eenGecombineerdeWijzigingIsDeVolgendePipVersieEnDeTermijnBlijft() {
        Dossier dossier = openStatushouder("0441"); // on bijstand
        ProcessInstance leerroute = aangemeld(dossier, "B1");
        LocalDate termijnEinde = herlaad(dossier).getInburgeringstermijnEinde();
        PipWijziging gevraagd = vraag(dossier, PipWijzigingSoort.INTENSITEIT, PipWijzigingSoort.ONTZORGEN);
        ProcessInstance proces = proces(dossier, "pip-wijziging");
        assertThat(proces).isWaitingAt("Task_PipWijzigingOpstellen").variables()
                .containsEntry("wijzigIntensiteit", true).containsEntry("wijzigOntzorgen", true)
                .containsEntry("wijzigLeerroute", false).containsEntry("huidigeLeerroute", "B1");
        assertThat(taskService.createTaskQuery().processInstanceId(proces.getId()).singleResult()).hasCandidateGroup("casemanager");

        Map<String, Object> wijziging = concept("wijzigIntensiteit", true, "geschatteIntensiteit", 900,
                "alfabetisering", "AA", "magOpleidingAfmaken", true, "wijzigPvtMap", true,
                "pvtAfspraken", "PVT in het tweede half jaar", "mapAfspraken", "MAP vanaf maand 18",
                "wijzigBegeleiding", true, "begeleidingAfspraken", "Begeleiding bij de zoektocht naar werk",
                "wijzigOntzorgen", true, "ontzorgen", "NEE");
        // Pw 56a: an asielstatushouder on bijstand without ontzorgen needs the reason
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_PipWijzigingOpstellen", wijziging))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geenOntzorgenReden");
        wijziging.put("geenOntzorgenReden", "Beheert zijn geld aantoonbaar zelf");
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", wijziging);
        assertThat(proces).isWaitingAt("Task_PipWijzigingVaststellen");
        assertThat(laatste(dossier).getVersie()).as("nothing changes before the teamleider decides").isEqualTo(1);

        stelVast(dossier, TL);

        assertThat(proces).hasPassed("Task_PipVersieVastleggen", "End_PipGewijzigd").isEnded();
        PipVersie v2 = laatste(dossier);
        assertThat(v2.getVersie()).isEqualTo(2);
        assertThat(v2.getStatus()).isEqualTo(PipVersie.Status.VASTGESTELD);
        assertThat(v2.getDagtekening()).isEqualTo(VANDAAG);
        assertThat(v2.getVastgesteldDoor()).isEqualTo(TL.id());
        assertThat(v2.getOpgesteldDoor()).isEqualTo(CM.id());
        assertThat(v2.getLeerroute()).isEqualTo(Leerroute.B1);
        assertThat(v2.getGeschatteIntensiteit()).isEqualTo(900);
        assertThat(v2.getAlfabetisering()).isEqualTo("AA");
        assertThat(v2.getMagOpleidingAfmaken()).isTrue();
        assertThat(v2.getPvtAfspraken()).isEqualTo("PVT in het tweede half jaar");
        assertThat(v2.getMapAfspraken()).isEqualTo("MAP vanaf maand 18");
        assertThat(v2.getBegeleidingAfspraken()).isEqualTo("Begeleiding bij de zoektocht naar werk");
        assertThat(v2.isOntzorgen()).isFalse();
        assertThat(v2.getGeenOntzorgenReden()).isEqualTo("Beheert zijn geld aantoonbaar zelf");
        assertThat(v2.getWijzigingSoorten()).isEqualTo("INTENSITEIT,PVT_MAP,BEGELEIDING,ONTZORGEN");
        assertThat(v2.getAantalVoortgangsgesprekken()).as("what the change does not touch stays").isEqualTo(12);
        assertThat(pipVersies.findByDossierIdOrderByVersie(dossier.getId()).get(0).getPvtAfspraken()).isEqualTo("PVT jaar 1");
        assertThat(herlaad(dossier).getInburgeringstermijnStart()).as("the term never moves").isEqualTo(VANDAAG);
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(termijnEinde);
        assertThat(wijzigingen.findById(gevraagd.getId()).orElseThrow())
                .satisfies(w -> assertThat(w.getStatus()).isEqualTo(PipWijziging.Status.VASTGESTELD))
                .satisfies(w -> assertThat(w.getPipVersie()).isEqualTo(2));
        assertThat(leerroute).isWaitingAt("Timer_VolgendeVoortgang").variables().containsEntry("leerroute", "B1");
        assertThat(routewisselRepository.findByDossierIdOrderById(dossier.getId())).as("no route switch").isEmpty();
    }

    @Test
    void a2InPlaatsVanB1PasNa600UurNt2EnMetDeInspanning() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance leerroute = aangemeld(dossier, "B1");
        vraag(dossier, PipWijzigingSoort.NIVEAU);
        Map<String, Object> a2 = concept("wijzigNiveau", true, "niveauLezen", "B1", "niveauLuisteren", "B1",
                "niveauSchrijven", "A2", "niveauSpreken", "B1");
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_PipWijzigingOpstellen", a2))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("niveauSchrijven")
                .hasMessageContaining("600 uur").hasMessageContaining("0 uur");

        rapporteerTot(dossier, leerroute, VANDAAG.plusMonths(6), 320); // two reports: 640 hours
        assertThat(service.nt2Uren(herlaad(dossier))).isEqualTo(640);
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_PipWijzigingOpstellen", a2))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("niveauReden");
        a2.put("niveauReden", "Volgt trouw alle lessen, schrijven blijft na 640 uur op A2");
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", a2);
        stelVast(dossier, TL);

        PipVersie v2 = laatste(dossier);
        assertThat(v2.getVersie()).isEqualTo(2);
        assertThat(v2.niveaus()).isEqualTo(new PipVersie.Niveaus("B1", "B1", "A2", "B1"));
        assertThat(v2.niveaus().duoNiveau()).isEqualTo("A2");
        assertThat(v2.getNiveauReden()).contains("640 uur");
        assertThat(herlaad(dossier).getInburgeringstermijnStart()).isEqualTo(VANDAAG);
    }

    @Test
    void duoWeigertA2OpDeOnderwijsrouteEnB1OpDeZRoute() {
        Dossier onderwijs = openStatushouder("0441");
        aangemeld(onderwijs, "ONDERWIJS");
        vraag(onderwijs, PipWijzigingSoort.NIVEAU);
        assertThatThrownBy(() -> voltooi(CM, onderwijs, "Task_PipWijzigingOpstellen", concept("wijzigNiveau", true,
                "niveauLezen", "A2")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("niveauLezen")
                .hasMessageContaining("onderwijsroute");

        Dossier z = openStatushouder("0441");
        aangemeld(z, "Z");
        vraag(z, PipWijzigingSoort.NIVEAU, PipWijzigingSoort.INTENSITEIT);
        assertThatThrownBy(() -> voltooi(CM, z, "Task_PipWijzigingOpstellen", concept("wijzigNiveau", true,
                "niveauSpreken", "B1")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("niveauSpreken")
                .hasMessageContaining("Z-route");
        assertThatThrownBy(() -> voltooi(CM, z, "Task_PipWijzigingOpstellen", concept("wijzigIntensiteit", true,
                "geschatteIntensiteit", 800)))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("geschatteIntensiteit")
                .hasMessageContaining("B1-route");
        assertThatThrownBy(() -> voltooi(CM, z, "Task_PipWijzigingOpstellen", concept("wijzigNiveau", false,
                "wijzigIntensiteit", false)))
                .as("at least one kind").isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("wijzigLeerroute");
        assertThat(laatste(z).getVersie()).isEqualTo(1);
    }

    @Test
    void vierOgenWieAanvroegOfOpsteldeSteltNietVastEnTeruggevenEnAfwijzenVragenEenOpmerking() {
        Dossier dossier = openStatushouder("0441");
        aangemeld(dossier, "B1");
        PipWijziging gevraagd = vraag(dossier, PipWijzigingSoort.BEGELEIDING);
        // a teamleider who is also casemanager drafts it: then cannot fix it
        voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipWijzigingOpstellen", concept("wijzigBegeleiding", true,
                "begeleidingAfspraken", "Extra begeleiding bij de inschrijving bij de huisarts"));
        Map<String, Object> vaststellen = Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString());
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipWijzigingVaststellen", vaststellen))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("vier ogen");
        // the variable the form shows changes nothing: four eyes reads our table
        runtimeService.setVariable(proces(dossier, "pip-wijziging").getId(), "opsteller", "iemand.anders");
        assertThatThrownBy(() -> voltooi(TestGegevens.CM_TL_HOORN, dossier, "Task_PipWijzigingVaststellen", vaststellen))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("vier ogen");
        // a casemanager is not a teamleider
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_PipWijzigingVaststellen", vaststellen)).isNotNull();
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit", "VASTSTELLEN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("dagtekening");
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipWijzigingVaststellen",
                Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.plusDays(1).toString())))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("toekomst");
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit", "TERUGGEVEN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("teamleiderOpmerking");

        voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit", "TERUGGEVEN",
                "teamleiderOpmerking", "Maak concreet wie de begeleiding geeft"));
        assertThat(proces(dossier, "pip-wijziging")).isWaitingAt("Task_PipWijzigingOpstellen").variables()
                .containsEntry("teamleiderOpmerking", "Maak concreet wie de begeleiding geeft");
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigBegeleiding", true,
                "begeleidingAfspraken", "VluchtelingenWerk begeleidt bij de inschrijving bij de huisarts"));
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit", "AFWIJZEN")))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("teamleiderOpmerking");
        voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit", "AFWIJZEN",
                "teamleiderOpmerking", "Valt al onder de lopende begeleiding"));

        assertThat(proces(dossier, "pip-wijziging")).isNull();
        assertThat(wijzigingen.findById(gevraagd.getId()).orElseThrow())
                .satisfies(w -> assertThat(w.getStatus()).isEqualTo(PipWijziging.Status.AFGEWEZEN))
                .satisfies(w -> assertThat(w.getOpmerking()).isEqualTo("Valt al onder de lopende begeleiding"))
                .satisfies(w -> assertThat(w.getBeoordeeldDoor()).isEqualTo(TL.id()));
        assertThat(laatste(dossier).getVersie()).isEqualTo(1);
    }

    @Test
    void deAnderhalfJaarGeldtOpDeDagVanVaststellenNietVanDeAanvraag() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance leerroute = aangemeld(dossier, "B1");
        rapporteerTot(dossier, leerroute, VANDAAG.plusMonths(17), 100);
        Routewissel wissel = service.vraagRoutewisselAan(dossier.getDossiernummer(), Leerroute.Z,
                "B1 niet haalbaar", CM.id());
        werkAf(dossier);
        assertThat(proces(dossier, "pip-wijziging")).as("the request is the draft").isWaitingAt("Task_PipWijzigingVaststellen");

        rapporteerTot(dossier, leerroute, VANDAAG.plusMonths(19), 100);
        // even with a dagtekening from before the limit: the day it is fixed counts
        for (LocalDate dagtekening : List.of(Tijd.vandaag(), VANDAAG.plusMonths(17))) {
            assertThatThrownBy(() -> voltooi(TL, dossier, "Task_PipWijzigingVaststellen",
                    Map.of("pipWijzigingBesluit", "VASTSTELLEN", "dagtekening", dagtekening.toString())))
                    .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("pipWijzigingBesluit")
                    .hasMessageContaining("anderhalf jaar").hasMessageContaining("wijs de PIP-wijziging af");
        }
        voltooi(TL, dossier, "Task_PipWijzigingVaststellen", Map.of("pipWijzigingBesluit", "AFWIJZEN",
                "teamleiderOpmerking", "De termijn voor een routewissel is verstreken"));
        assertThat(routewisselRepository.findById(wissel.getId()).orElseThrow().getStatus()).isEqualTo(Routewissel.Status.AFGEWEZEN);
        assertThat(leerroute).variables().containsEntry("leerroute", "B1");
        assertThat(laatste(dossier).getVersie()).isEqualTo(1);
    }

    @Test
    void vanDeOnderwijsrouteNaarB1MagOokNaAnderhalfJaar() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance leerroute = aangemeld(dossier, "ONDERWIJS");
        rapporteerTot(dossier, leerroute, VANDAAG.plusMonths(17), 100);
        vraag(dossier, PipWijzigingSoort.LEERROUTE);
        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigLeerroute", true, "leerroute", "B1"));
        rapporteerTot(dossier, leerroute, VANDAAG.plusMonths(19), 100);
        stelVast(dossier, TL);
        PipVersie v2 = laatste(dossier);
        assertThat(v2.getLeerroute()).isEqualTo(Leerroute.B1);
        assertThat(v2.niveaus()).isEqualTo(PipVersie.Niveaus.B1);
        assertThat(v2.getMapAfspraken()).as("the MAP comes with leaving the onderwijsroute").isNotNull();
        assertThat(proces(dossier, "leerroute")).variables().containsEntry("leerroute", "B1");
    }

    @Test
    void hetVoortgangsgesprekVraagtEenWijzigingEnDeNieuweTaalaanbiederBegintVandaag() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance leerroute = aangemeld(dossier, "B1");
        rapporteerTot(dossier, leerroute, VANDAAG.plusMonths(4), 100);

        publisher.publishEvent(new PipWijzigingGevraagd(dossier.getDossiernummer(), "VOORTGANGSGESPREK", CM.id()));
        publisher.publishEvent(new PipWijzigingGevraagd(dossier.getDossiernummer(), "VOORTGANGSGESPREK", CM.id()));
        werkAf(dossier);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("pip-wijziging")
                .processInstanceBusinessKey(dossier.getDossiernummer()).count()).as("one open change").isEqualTo(1);
        assertThat(proces(dossier, "pip-wijziging")).isWaitingAt("Task_PipWijzigingOpstellen").variables()
                .containsEntry("aanleiding", "VOORTGANGSGESPREK");

        voltooi(CM, dossier, "Task_PipWijzigingOpstellen", concept("wijzigLeerroute", true, "leerroute", "Z"));
        assertThat(routewisselRepository.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(w -> assertThat(w.getStatus()).isEqualTo(Routewissel.Status.AANGEVRAAGD));
        stelVast(dossier, TL);

        PipVersie v2 = laatste(dossier);
        assertThat(v2.getLeerroute()).isEqualTo(Leerroute.Z);
        assertThat(v2.niveaus()).as("no B1 on the Z-route").isEqualTo(PipVersie.Niveaus.GEEN);
        assertThat(v2.getMapAfspraken()).isEqualTo("MAP jaar 2");
        assertThat(herlaad(dossier).getInburgeringstermijnStart()).isEqualTo(VANDAAG);
        assertThat(routewisselRepository.findByDossierIdOrderById(dossier.getId())).singleElement()
                .satisfies(w -> assertThat(w.getStatus()).isEqualTo(Routewissel.Status.VASTGESTELD))
                .satisfies(w -> assertThat(w.getPipVersie()).isEqualTo(2));
        // the leerroute enrols again: the new taalaanbieder is asked to start today, not on the term's start
        assertThat(leerroute).hasPassed("Task_RoutewisselVerwerken").variables().containsEntry("leerroute", "Z");
        List<LockedExternalTask> taken = processEngine.getExternalTaskService().fetchAndLock(10, "test")
                .topic("taalaanbieder-aanmelding", 60_000L).businessKey(dossier.getDossiernummer())
                .processDefinitionKey("leerroute").execute();
        assertThat(taken).hasSize(1);
        LockedExternalTask aanmelding = taken.get(0);
        assertThat(aanmelding.getVariables()).containsEntry("leerroute", "Z")
                .containsEntry("gewensteStartdatum", Tijd.vandaag().toString());
        assertThat(Tijd.vandaag()).isAfter(VANDAAG.plusMonths(3));
    }

    @Test
    void eenRoutewisselVanHetOudeProcesLooptNogAf() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance leerroute = aangemeld(dossier, "B1");
        // as the old RoutewisselService.vraagAan started it before issue 9
        Routewissel wissel = routewisselRepository.save(new Routewissel(herlaad(dossier).getId(), Leerroute.B1, Leerroute.Z,
                "Te zwaar", CM.id(), VANDAAG));
        ProcessInstance oud = runtimeService.createProcessInstanceByKey("routewissel").businessKey(dossier.getDossiernummer())
                .processDefinitionWithoutTenantId().setVariables(Map.of("dossiernummer", dossier.getDossiernummer(),
                        "gemeente", dossier.getGemeente(), "leerrouteVan", "B1", "leerrouteNaar", "Z",
                        "wisselReden", "Te zwaar", "aanvrager", CM.id())).execute();
        assertThat(oud).isWaitingAt("Task_RoutewisselVaststellen");
        // no new change while it waits
        assertThatThrownBy(() -> service.vraagAan(dossier.getDossiernummer(), EnumSet.of(PipWijzigingSoort.NIVEAU), "x",
                PipWijzigingService.AANLEIDING_CASEMANAGER, CM.id())).hasMessageContaining("ter vaststelling");

        voltooi(TL, dossier, "Task_RoutewisselVaststellen",
                Map.of("routewisselBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        assertThat(oud).hasPassed("Task_PipVersieVastleggen", "Task_LeerrouteWisselen").isEnded();
        assertThat(routewisselRepository.findById(wissel.getId()).orElseThrow().getStatus()).isEqualTo(Routewissel.Status.VASTGESTELD);
        assertThat(laatste(dossier).getLeerroute()).isEqualTo(Leerroute.Z);
        assertThat(leerroute).variables().containsEntry("leerroute", "Z");
    }

    @Test
    void eenOpenWijzigingVervaltAlsHetDossierEindigt() {
        Dossier dossier = openStatushouder("0441");
        aangemeld(dossier, "B1");
        PipWijziging gevraagd = vraag(dossier, PipWijzigingSoort.PVT_MAP);
        dossierService.registreer(dossier, nl.regie.inburgering.dossier.GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd", nl.regie.inburgering.dossier.Beeindigingsreden.VERHUISD, null, "test");
        assertThat(proces(dossier, "pip-wijziging")).isNull();
        assertThat(wijzigingen.findById(gevraagd.getId()).orElseThrow().getStatus()).isEqualTo(PipWijziging.Status.VERVALLEN);
    }
}
