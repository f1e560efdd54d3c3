package nl.regie.inburgering.duo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Doelgroep;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.Gebeurtenis;
import nl.regie.inburgering.dossier.GebeurtenisRepository;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.intake.BredeIntakeRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.duo.simulator.DuoSimulator;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * DUO's notifications over real HTTP: the DUO simulator sends them with the generated Notificatie client to our
 * {@code POST /api/duo/notificaties}; the notification's process reads the simulator's DUO APIs with the generated
 * clients and records our dossier events. One test per event family, idempotency, the unknown event, the person
 * without a dossier, DUO down (retries, incident, Cockpit's retry) and the 400/401/403 answers. H2 and PostgreSQL.
 */
class DuoNotificatieHttpTest extends ProcesTestBasis {

    private static final String HOORN = "GM0441";
    private static final String HOORN_OIN = "00000001000000441000";
    private static final String DUO_OIN = "00000001800866472000";

    @LocalServerPort int poort;
    @Autowired DuoNotificatieRepository notificaties;
    @Autowired GebeurtenisRepository gebeurtenissen;
    @Autowired DuoSimulator simulator;
    @Autowired HistoryService historyService;
    @Autowired nl.regie.inburgering.bewaartermijn.Bewaartermijn bewaartermijn;
    @Autowired BredeIntakeRepository intakes;
    @Autowired InzageRepository inzagelog;

    @AfterEach
    void storingUit() {
        simulator.storing(false);
    }

    // --- helpers ---------------------------------------------------------------------------------------------------

    /** "DUO" sends the event for a dossier through the simulator; returns the stored notification (not yet processed). */
    private DuoNotificatie verstuur(String event, Dossier dossier) {
        return verstuur(Map.of("event", event, "dossier", dossier.getDossiernummer()));
    }

    private DuoNotificatie verstuur(Map<String, Object> verzoek) {
        Http.Antwoord antwoord = Http.als(poort, TestGegevens.PB.id()).post("/api/duo-simulator/notificaties/verstuur", verzoek);
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(202);
        assertThat(antwoord.json().path("status").asInt()).as("ons antwoord aan DUO").isEqualTo(201);
        return notificaties.findByBerichtId(antwoord.json().path("berichtId").asText()).orElseThrow();
    }

    /** Runs the notification's due jobs (the engine's job executor is off in tests); returns the reloaded row. */
    private DuoNotificatie verwerk(DuoNotificatie n) {
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(instantie(n))
                    .executable().list().stream().filter(j -> !"timer-intermediate-transition".equals(jobType(j))).toList();
            if (jobs.isEmpty()) {
                break;
            }
            managementService.executeJob(jobs.get(0).getId());
        }
        return notificaties.findById(n.getId()).orElseThrow();
    }

    /** The notification's process instance (business key DUO-<id>). */
    private String instantie(DuoNotificatie n) {
        return historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("DUO-" + n.getId())
                .singleResult().getId();
    }

    private String jobType(Job job) {
        return ((org.camunda.bpm.engine.impl.persistence.entity.JobEntity) job).getJobHandlerType();
    }

    private List<Gebeurtenis> gebeurtenissen(Dossier dossier, GebeurtenisType type) {
        return gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId()).stream()
                .filter(g -> g.getType() == type).toList();
    }

    private Dossier gezinsmigrant() {
        Dossier d = open("0441", "GEZINSMIGRANT", "MAR", LocalDate.of(1992, 5, 5), VANDAAG.minusDays(20));
        return d;
    }

    private Task beoordelingstaak(DuoNotificatie n) {
        return taskService.createTaskQuery().processInstanceBusinessKey("DUO-" + n.getId())
                .taskDefinitionKey("Task_NotificatieBeoordelen").singleResult();
    }

    private Http.Antwoord notificatie(Http http, String bron, String doel, String berichtId, Object body) {
        Http h = http;
        if (bron != null) h = h.metKop("bron", bron);
        if (doel != null) h = h.metKop("doel", doel);
        if (berichtId != null) h = h.metKop("berichtId", berichtId);
        return h.post("/api/duo/notificaties", body);
    }

    // --- new inburgeringsplichtige: the dossier opened by DUO (gezinsmigrant), idempotency ---------------------------

    @Test
    void ss139OpentHetDossierVanEenGezinsmigrantEnTweemaalHetzelfdeBerichtHeeftEenEffect() {
        String bsn = TestGegevens.nieuwBsn();
        String berichtId = UUID.randomUUID().toString();
        Map<String, Object> verzoek = new HashMap<>(Map.of("event", "SS139", "bsn", bsn, "gemeente", HOORN,
                "berichtId", berichtId, "voornamen", "Amina", "achternaam", "El Idrissi",
                "geboortedatum", "1995-04-04", "nationaliteit", "MAR", "doelgroep", "GEZINSMIGRANT"));
        DuoNotificatie n = verstuur(verzoek);
        assertThat(n.getStatus()).isEqualTo(DuoNotificatie.Status.ONTVANGEN);
        // the same berichtId again: the same answer (201), nothing new stored
        verstuur(verzoek);
        assertThat(notificaties.findAll().stream().filter(x -> x.getBerichtId().equals(berichtId))).hasSize(1);

        n = verwerk(n);
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        Dossier dossier = dossiers.findById(n.getDossierId()).orElseThrow();
        assertThat(dossier.getGemeente()).isEqualTo(HOORN);
        assertThat(dossier.getDoelgroep().name()).isEqualTo("GEZINSMIGRANT");
        assertThat(dossier.getPersoon().getAchternaam()).isEqualTo("El Idrissi");
        assertThat(gebeurtenissen(dossier, GebeurtenisType.KENNISGEVING_DUO)).hasSize(1);
        assertThat(n.getBsn()).as("BSN alleen nog in persoon").isNull();
        // sending it a third time after processing: still one dossier, one event
        verstuur(verzoek);
        assertThat(dossiers.findByPersoonId(dossier.getPersoon().getId())).hasSize(1);

        // privacy: the BSN is in no business key and no variable of the engine's history
        String instantie = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("DUO-" + n.getId())
                .singleResult().getId();
        assertThat(historyService.createHistoricVariableInstanceQuery().processInstanceId(instantie).list())
                .allSatisfy(v -> assertThat(String.valueOf(v.getValue())).doesNotContain(bsn));
        assertThat(historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey("DUO-" + n.getId()).count()).isEqualTo(1);
    }

    @Test
    void ss120OpentHetDossierMetDeTienWekenVanafDeInschrijving() {
        String bsn = TestGegevens.nieuwBsn();
        DuoNotificatie n = verwerk(verstuur(Map.of("event", "SS120", "bsn", bsn, "gemeente", HOORN, "voornamen", "Lina",
                "achternaam", "Haddad", "geboortedatum", "1991-01-01", "nationaliteit", "SYR", "doelgroep", "GEZINSMIGRANT")));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        Dossier dossier = dossiers.findById(n.getDossierId()).orElseThrow();
        assertThat(dossier.getBrpInschrijvingsdatum()).isEqualTo(VANDAAG);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.INBURGERINGSPLICHT_DUO)).hasSize(1);
    }

    @Test
    void ss121OpentHetDossierMetHetPipVanDeVorigeGemeente() {
        String bsn = TestGegevens.nieuwBsn();
        DuoSimulator.Persoon p = simulator.persoon(bsn);
        p.voornamen = "Yusuf";
        p.achternaam = "Abdi";
        p.geboortedatum = LocalDate.of(1987, 8, 8);
        p.nationaliteit = "SOM";
        p.asielstatushouder = true;
        p.vorigeGemeente = "0363"; // Amsterdam: not on this installation
        p.vorigePipDagtekening = VANDAAG.minusMonths(10);
        p.vorigeLeerroute = "B";
        p.termijnStart = VANDAAG.minusMonths(10).plusDays(1);
        p.termijnEinde = p.termijnStart.plusYears(3);
        DuoNotificatie n = verwerk(verstuur(Map.of("event", "SS121", "bsn", bsn, "gemeente", HOORN)));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        Dossier dossier = dossiers.findById(n.getDossierId()).orElseThrow();
        assertThat(dossier.getGemeente()).isEqualTo(HOORN);
        assertThat(dossier.getDoelgroep().name()).isEqualTo("ASIELSTATUSHOUDER");
        assertThat(dossier.getInburgeringstermijnEinde()).isEqualTo(p.termijnEinde);
    }

    @Test
    void deNotificatiesGaanMetDeBewaartermijnVanHetDossier() {
        Dossier dossier = openStatushouder("0441");
        DuoNotificatie n = verwerk(verstuur("SS111", dossier));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        bewaartermijn.schoonOp(VANDAAG.plusYears(5).minusDays(1));
        assertThat(notificaties.findByDossierIdOrderByIdAsc(dossier.getId())).hasSize(1);
        bewaartermijn.schoonOp(VANDAAG.plusYears(5));
        assertThat(notificaties.findByDossierIdOrderByIdAsc(dossier.getId())).isEmpty();
    }

    // --- order independence: COA's koppeling and DUO's SS139 -------------------------------------------------------

    @Test
    void coaEerstDanSs139() {
        Dossier dossier = openStatushouder("0441");
        DuoNotificatie n = verwerk(verstuur("SS139", dossier));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(herlaad(dossier).getKennisgevingDuoDatum()).isEqualTo(VANDAAG);
    }

    @Test
    void ss139EerstDanDeKoppelingVanCoa() {
        String bsn = TestGegevens.nieuwBsn();
        DuoNotificatie n = verwerk(verstuur(Map.of("event", "SS139", "bsn", bsn, "gemeente", HOORN, "doelgroep", "ASIELSTATUSHOUDER")));
        assertThat(n.getStatus()).isEqualTo(DuoNotificatie.Status.WACHT_OP_KOPPELING);
        assertThat(n.getDossierId()).isNull();

        // COA's koppeling arrives (POST /api/dossiers); the next look finds the dossier and records DUO's kennisgeving
        Http.Antwoord koppeling = Http.als(poort, "coa.koppeling").post("/api/dossiers", Map.of("bsn", bsn,
                "voornamen", "Omar", "achternaam", "Said", "geboortedatum", "1989-03-03", "nationaliteit", "SYR",
                "doelgroep", "ASIELSTATUSHOUDER", "gemeente", "0441", "koppelingsdatum", VANDAAG.toString(), "bijstand", true));
        assertThat(koppeling.status()).as(koppeling.body()).isEqualTo(201);
        zetKlok(VANDAAG.plusDays(1));
        Job timer = managementService.createJobQuery().processInstanceId(instantie(n)).timers().singleResult();
        managementService.executeJob(timer.getId());
        n = verwerk(n);
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        Dossier dossier = dossiers.findByDossiernummer(koppeling.json().path("dossiernummer").asText()).orElseThrow();
        assertThat(n.getDossierId()).isEqualTo(dossier.getId());
        assertThat(dossier.getKennisgevingDuoDatum()).isEqualTo(VANDAAG);
    }

    // --- plicht voldaan, vrijstelling, ontheffing, ingetrokken, overleden ---------------------------------------------

    @Test
    void ss106DiplomaGeeftExamenresultatenEnVoldaan() {
        Dossier dossier = openStatushouder("0441");
        DuoNotificatie n = verwerk(verstuur("SS106", dossier));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.EXAMENRESULTAAT_DUO)).singleElement()
                .satisfies(g -> assertThat(g.getToelichting()).contains("LEZEN:GEHAALD", "KNM:GEHAALD"));
        assertThat(gebeurtenissen(dossier, GebeurtenisType.BEEINDIGD)).singleElement()
                .satisfies(g -> assertThat(g.getReden().name()).isEqualTo("VOLDAAN_DIPLOMA"));
        assertThat(herlaad(dossier).isLopend()).isFalse();
    }

    @Test
    void beeindigingenVanDuo() {
        Map<String, String> verwacht = Map.of("SS107", "VRIJSTELLING", "SS108", "ONTHEFFING",
                "SS110", "INGETROKKEN_VERBLIJFSVERGUNNING", "SS111", "OVERLEDEN");
        verwacht.forEach((event, reden) -> {
            Dossier dossier = openStatushouder("0441");
            DuoNotificatie n = verwerk(verstuur(event, dossier));
            assertThat(n.getStatus()).as(event + ": " + n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
            assertThat(gebeurtenissen(dossier, GebeurtenisType.BEEINDIGD)).as(event).singleElement()
                    .satisfies(g -> assertThat(g.getReden().name()).isEqualTo(reden));
        });
    }

    // --- plicht, examen, leerbaarheidstoets -------------------------------------------------------------------------

    @Test
    void plichtmeldingenEnExamenresultaat() {
        for (String event : List.of("SS101", "SS128", "SS129", "SS121")) {
            Dossier dossier = openStatushouder("0441");
            DuoNotificatie n = verwerk(verstuur(event, dossier));
            assertThat(n.getStatus()).as(event + ": " + n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
            assertThat(gebeurtenissen(dossier, GebeurtenisType.INBURGERINGSPLICHT_DUO)).as(event).hasSize(1);
        }
        Dossier dossier = openStatushouder("0441");
        DuoNotificatie n = verwerk(verstuur("SS199", dossier));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.EXAMENRESULTAAT_DUO)).singleElement()
                .satisfies(g -> assertThat(g.getToelichting()).isEqualTo("LEZEN:GEHAALD;SPREKEN:NIET_GEHAALD"));
        for (String event : List.of("SS137", "SS131")) {
            DuoNotificatie l = verwerk(verstuur(event, dossier));
            assertThat(l.getStatus()).as(event).isEqualTo(DuoNotificatie.Status.VERWERKT);
        }
    }

    // --- termijn ---------------------------------------------------------------------------------------------------

    @Test
    void termijnVerlengdEnVerzoekenVanDeInburgeraar() {
        Dossier dossier = gezinsmigrant();
        Dossier actueel = herlaad(dossier);
        actueel.pipVastgesteld(VANDAAG.minusYears(2), VANDAAG.plusYears(1));
        dossiers.save(actueel);
        DuoNotificatie n = verwerk(verstuur("SS103", dossier));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.VERLENGING_AMBTSHALVE)).singleElement()
                .satisfies(g -> assertThat(g.getEinddatum()).isEqualTo(VANDAAG.plusYears(1).plusMonths(6)));
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(VANDAAG.plusYears(1).plusMonths(6));
        verwerk(verstuur("SS104", dossier));
        assertThat(gebeurtenissen(dossier, GebeurtenisType.VERLENGING_OP_AANVRAAG)).hasSize(1);
        verwerk(verstuur("SS112", dossier));
        assertThat(gebeurtenissen(dossier, GebeurtenisType.VERLENGING_AANGEVRAAGD)).hasSize(1);
        verwerk(verstuur("SS113", dossier));
        assertThat(gebeurtenissen(dossier, GebeurtenisType.VERLENGING_AFGEWEZEN)).hasSize(1);
        // SS102: DUO's start equals ours: nothing to do
        assertThat(verwerk(verstuur("SS102", dossier)).getStatus()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        // SS130 (a day later): the term resumes with a new end
        zetKlok(VANDAAG.plusDays(1));
        assertThat(verwerk(verstuur("SS130", dossier)).getStatus()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.VERLENGING_AMBTSHALVE)).hasSize(2);
    }

    // --- doelgroep changed (SS124/SS125): our own event, the casemanager reviews PIP and tracks ------------------------

    @Test
    void ss124EnSs125WijzigenDeDoelgroepEnDeCasemanagerBeoordeeltHetPip() {
        Dossier dossier = openStatushouder("0441");
        PipVersie pip = new PipVersie(dossier.getId(), 1);
        pip.concept(Leerroute.B1, Leerroute.B1, null, "PVT jaar 1", "MAP jaar 2", null, false, 12, null, "cm.test",
                java.time.Instant.now());
        pip.vastgesteld(VANDAAG.minusDays(1), "tl.test", java.time.Instant.now());
        pipVersies.save(pip);

        DuoNotificatie n = verwerk(verstuur("SS124", dossier));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(n.getResultaat()).contains("ASIELSTATUSHOUDER → GEZINSMIGRANT");
        assertThat(herlaad(dossier).getDoelgroep()).isEqualTo(Doelgroep.GEZINSMIGRANT);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.DOELGROEP_GEWIJZIGD)).singleElement().satisfies(g -> {
            assertThat(g.getToelichting()).isEqualTo("GEZINSMIGRANT");
            assertThat(g.getGeregistreerdDoor()).isEqualTo(DuoNotificatieVerwerking.DOOR);
        });
        assertThat(runtimeService.getVariable(hoofdproces(dossier).getId(), "doelgroep")).isEqualTo("GEZINSMIGRANT");
        // the casemanager's task: a PIP change (draft) to review the PIP and the tracks
        assertThat(proces(dossier, "pip-wijziging")).as("PIP-wijziging gestart").isNotNull();
        assertThat(taskService.createTaskQuery().processInstanceId(proces(dossier, "pip-wijziging").getId()).list())
                .singleElement().satisfies(t -> assertThat(taskService.getIdentityLinksForTask(t.getId()))
                        .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("casemanager")));
        assertThat(beoordelingstaak(n)).as("geen taak meer voor de procesbeheerder").isNull();

        // SS124 again: already known, nothing new
        assertThat(verwerk(verstuur("SS124", dossier)).getResultaat()).contains("al bekend");
        assertThat(gebeurtenissen(dossier, GebeurtenisType.DOELGROEP_GEWIJZIGD)).hasSize(1);

        // SS125 (a day later): back to asielstatushouder
        zetKlok(VANDAAG.plusDays(1));
        DuoNotificatie terug = verwerk(verstuur("SS125", dossier));
        assertThat(terug.getStatus()).as(terug.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(herlaad(dossier).getDoelgroep()).isEqualTo(Doelgroep.ASIELSTATUSHOUDER);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.DOELGROEP_GEWIJZIGD)).extracting(Gebeurtenis::getToelichting)
                .containsExactly("GEZINSMIGRANT", "ASIELSTATUSHOUDER");
    }

    @Test
    void deCasemanagerRegistreertDezelfdeDoelgroepwijzigingOverDeApi() {
        Dossier dossier = gezinsmigrant();
        Http cm = Http.als(poort, TestGegevens.CM_HOORN.id());
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/gebeurtenissen";
        Http.Antwoord fout = cm.post(pad, Map.of("type", "DOELGROEP_GEWIJZIGD", "datum", VANDAAG.toString(), "toelichting", "STATUSHOUDER"));
        assertThat(fout.status()).as(fout.body()).isEqualTo(400);
        assertThat(fout.body()).contains("toelichting");
        assertThat(herlaad(dossier).getDoelgroep()).as("niets half geschreven").isEqualTo(Doelgroep.GEZINSMIGRANT);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.DOELGROEP_GEWIJZIGD)).isEmpty();

        Http.Antwoord coa = Http.als(poort, TestGegevens.COA.id()).post(pad,
                Map.of("type", "DOELGROEP_GEWIJZIGD", "datum", VANDAAG.toString(), "toelichting", "NAREIZIGER"));
        assertThat(coa.status()).as("alleen DUO en de casemanager").isEqualTo(403);
        assertThat(herlaad(dossier).getDoelgroep()).isEqualTo(Doelgroep.GEZINSMIGRANT);
        Http.Antwoord goed = cm.post(pad, Map.of("type", "DOELGROEP_GEWIJZIGD", "datum", VANDAAG.toString(), "toelichting", "NAREIZIGER"));
        assertThat(goed.status()).as(goed.body()).isEqualTo(201);
        assertThat(herlaad(dossier).getDoelgroep()).isEqualTo(Doelgroep.NAREIZIGER);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.DOELGROEP_GEWIJZIGD)).singleElement()
                .satisfies(g -> assertThat(g.getGeregistreerdDoor()).isEqualTo(TestGegevens.CM_HOORN.id()));
        assertThat(inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()))
                .anySatisfy(i -> assertThat(i.getActie()).isEqualTo("GEBEURTENIS DOELGROEP_GEWIJZIGD"));
    }

    // --- leerbaarheidstoets (SS131): recorded where the intake keeps the LBT ---------------------------------------

    @Test
    void ss131LegtDeUitslagVastInDeBredeIntake() {
        Dossier dossier = openStatushouder("0441");
        simulator.persoon(dossier.getPersoon().getBsn()).lbtResultaat = "B1-route niet haalbaar";
        DuoNotificatie n = verwerk(verstuur("SS131", dossier));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(intakes.findByDossierId(dossier.getId())).get().satisfies(i -> {
            assertThat(i.getLbtUitslag()).isEqualTo("NIET_HAALBAAR");
            assertThat(i.getLbtScore()).isEqualTo(38);
            assertThat(i.getLbtVereisteScore()).isEqualTo(45);
            assertThat(i.getLbtDatum()).isEqualTo(VANDAAG.minusDays(2));
            assertThat(i.getLbtVrijgesteld()).isFalse();
        });
        // the casemanager's leerbaarheidstoets form opens with DUO's result, and completing it unchanged is accepted
        oproepVersturen(dossier, TestGegevens.CM_HOORN);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_BredeIntakeGesprekVoeren", Map.of("intakeGesprekDatum",
                VANDAAG.toString(), "domeinTaal", "Arabisch", "domeinOpleiding", "Geen", "domeinWerk", "Geen",
                "domeinGezondheid", "Geen bijzonderheden", "meegewerkt", "JA"));
        Task lbt = taak(dossier, "Task_LeerbaarheidstoetsVastleggen");
        assertThat(taskService.getVariables(lbt.getId())).containsEntry("lbtUitslag", "NIET_HAALBAAR")
                .containsEntry("lbtScore", 38).containsEntry("lbtVereisteScore", 45)
                .containsEntry("lbtDatum", VANDAAG.minusDays(2).toString());
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_LeerbaarheidstoetsVastleggen", Map.of());
        assertThat(intakes.findByDossierId(dossier.getId())).get()
                .satisfies(i -> assertThat(i.getLbtUitslag()).isEqualTo("NIET_HAALBAAR"));
    }

    // --- what still needs a human: tijdelijke vrijstelling, ontheffing afgewezen / gedeeltelijk, other term start ----

    @Test
    void vrijstellingEnOntheffingVerzoekenWordenEenTaakVoorDeProcesbeheerderMetUitleg() {
        Map<String, String> uitleg = Map.of("SS109", "tijdelijke vrijstelling van ", "SS118", "er verandert niets",
                "SS119", "PIP-wijziging");
        uitleg.forEach((event, tekst) -> {
            Dossier dossier = openStatushouder("0441");
            DuoNotificatie n = verwerk(verstuur(event, dossier));
            assertThat(n.getStatus()).as(event).isEqualTo(DuoNotificatie.Status.BEOORDELEN);
            assertThat(n.getResultaat()).as(event).contains(tekst, dossier.getDossiernummer());
            Task taak = beoordelingstaak(n);
            assertThat(taak).as(event).isNotNull();
            assertThat(taak.getTenantId()).isEqualTo(HOORN);
            assertThat(taskService.getIdentityLinksForTask(taak.getId()))
                    .anySatisfy(l -> assertThat(l.getGroupId()).isEqualTo("procesbeheerder"));
            assertThat(taskService.getVariable(taak.getId(), DuoNotificatieDelegates.RESULTAAT)).isEqualTo(n.getResultaat());
            taskService.complete(taak.getId(), Map.of("duoBesluit", "AFHANDELEN"));
            verwerk(n);
            assertThat(notificaties.findById(n.getId()).orElseThrow().getStatus()).isEqualTo(DuoNotificatie.Status.AFGEHANDELD);
        });
    }

    @Test
    void ss102MetEenAndereStartdatumWordtEenTaakMetBeideDatums() {
        Dossier dossier = gezinsmigrant();
        Dossier actueel = herlaad(dossier);
        actueel.pipVastgesteld(VANDAAG.minusMonths(2), VANDAAG.minusMonths(2).plusYears(3));
        dossiers.save(actueel);
        simulator.persoon(dossier.getPersoon().getBsn()).termijnStart = VANDAAG.minusMonths(3);
        DuoNotificatie n = verwerk(verstuur("SS102", dossier));
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.BEOORDELEN);
        Task taak = beoordelingstaak(n);
        assertThat(taak).isNotNull();
        assertThat((String) taskService.getVariable(taak.getId(), DuoNotificatieDelegates.RESULTAAT))
                .contains(VANDAAG.minusMonths(3).toString(), VANDAAG.minusMonths(2).toString());
    }

    // --- the person without a dossier, the unknown event -----------------------------------------------------------

    @Test
    void persoonZonderDossierWachtOpEenMensEnWordtDaarnaVerwerkt() {
        String bsn = TestGegevens.nieuwBsn();
        DuoNotificatie n = verwerk(verstuur(Map.of("event", "SS199", "bsn", bsn, "gemeente", HOORN)));
        assertThat(n.getStatus()).isEqualTo(DuoNotificatie.Status.BEOORDELEN);
        assertThat(n.getBsn()).as("bewaard tot het dossier er is").isEqualTo(bsn);
        Task taak = beoordelingstaak(n);
        assertThat(taak).isNotNull();
        // the casemanager registers the person; the procesbeheerder has it processed again
        Http.Antwoord geopend = Http.als(poort, "cm.hoorn").post("/api/dossiers", Map.of("bsn", bsn, "voornamen", "Sara",
                "achternaam", "Tesfaye", "geboortedatum", "1993-02-02", "nationaliteit", "ERI", "doelgroep", "GEZINSMIGRANT",
                "gemeente", "0441", "koppelingsdatum", VANDAAG.toString(), "bijstand", false));
        assertThat(geopend.status()).as(geopend.body()).isEqualTo(201);
        taskService.complete(taak.getId(), Map.of("duoBesluit", "OPNIEUW"));
        n = verwerk(n);
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        Dossier dossier = dossiers.findByDossiernummer(geopend.json().path("dossiernummer").asText()).orElseThrow();
        assertThat(gebeurtenissen(dossier, GebeurtenisType.EXAMENRESULTAAT_DUO)).hasSize(1);
        assertThat(n.getBsn()).isNull();
    }

    @Test
    void onbekendeGebeurtenisWordtOpgeslagenEnBevestigd() {
        Dossier dossier = openStatushouder("0441");
        DuoNotificatie n = verwerk(verstuur("SS999", dossier));
        assertThat(n.getStatus()).isEqualTo(DuoNotificatie.Status.GENEGEERD);
        assertThat(n.getBsn()).isNull();
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId()))
                .noneMatch(g -> "duo-koppeling".equals(g.getGeregistreerdDoor()));
    }

    // --- DUO down: retries, incident, Cockpit's retry ----------------------------------------------------------------

    @Test
    void duoOnbereikbaarGeeftPogingenDanEenIncidentEnDeHerkansingSlaagt() {
        Dossier dossier = openStatushouder("0441");
        DuoNotificatie n = verstuur("SS199", dossier);
        simulator.storing(true);
        Job job = managementService.createJobQuery().processInstanceId(instantie(n)).singleResult();
        for (int poging = 1; poging <= 3; poging++) {
            Job actueel = managementService.createJobQuery().jobId(job.getId()).singleResult();
            assertThat(actueel.getRetries()).as("poging " + poging).isGreaterThan(0);
            try {
                managementService.executeJob(job.getId());
            } catch (RuntimeException verwacht) {
                assertThat(verwacht.getMessage()).doesNotContain(dossier.getPersoon().getBsn());
            }
        }
        Job mislukt = managementService.createJobQuery().jobId(job.getId()).singleResult();
        assertThat(mislukt.getRetries()).isZero();
        assertThat(mislukt.getExceptionMessage()).contains("DUO").doesNotContain(dossier.getPersoon().getBsn());
        assertThat(runtimeService.createIncidentQuery().processInstanceId(mislukt.getProcessInstanceId()).count()).isEqualTo(1);
        assertThat(notificaties.findById(n.getId()).orElseThrow().getStatus()).isEqualTo(DuoNotificatie.Status.ONTVANGEN);

        // DUO is back; the procesbeheerder retries in Cockpit (RETRY_JOB: set retries), the job runs again
        simulator.storing(false);
        managementService.setJobRetries(job.getId(), 1);
        managementService.executeJob(job.getId()); // the job executor runs it (its due date: the retry's wait)
        n = verwerk(n);
        assertThat(n.getStatus()).as(n.getResultaat()).isEqualTo(DuoNotificatie.Status.VERWERKT);
        assertThat(gebeurtenissen(dossier, GebeurtenisType.EXAMENRESULTAAT_DUO)).hasSize(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(mislukt.getProcessInstanceId()).count()).isZero();
    }

    // --- the endpoint's answers: 400 with fouttekst, 401, 403 ---------------------------------------------------------

    @Test
    void ongeldigeNotificatiesEnAfzenders() {
        Http duo = Http.als(poort, "duo.koppeling");
        Map<String, Object> goed = Map.of("registratieDatumTijd", "2026-03-02T09:00:00+01:00", "gebeurtenisId", "SS999",
                "bsn", TestGegevens.nieuwBsn());
        String id = UUID.randomUUID().toString();
        Http.Antwoord a = notificatie(duo, null, HOORN_OIN, id, goed);
        assertThat(a.status()).isEqualTo(400);
        assertThat(a.json().path("fouttekst").asText()).startsWith("bron");
        assertThat(a.header("API-Version")).isEqualTo("1.8.0");
        assertThat(notificatie(duo, DUO_OIN, "00000001999999999000", id, goed).json().path("fouttekst").asText()).startsWith("doel");
        assertThat(notificatie(duo, DUO_OIN, HOORN_OIN, "geen-uuid", goed).json().path("fouttekst").asText()).startsWith("berichtId");
        assertThat(notificatie(duo, DUO_OIN, HOORN_OIN, id, Map.of("registratieDatumTijd", "2026-03-02T09:00:00+01:00",
                "bsn", "123")).json().path("fouttekst").asText()).startsWith("gebeurtenisId");
        assertThat(notificatie(duo, DUO_OIN, HOORN_OIN, id, Map.of("registratieDatumTijd", "2026-03-02T09:00:00+01:00",
                "gebeurtenisId", "SS101", "bsn", "12345678")).json().path("fouttekst").asText()).startsWith("bsn");
        assertThat(notificatie(duo, DUO_OIN, HOORN_OIN, id, "{niet json").json().path("fouttekst").asText()).startsWith("body");
        assertThat(notificatie(duo, DUO_OIN, HOORN_OIN, id, Map.of("gebeurtenisId", "SS101", "bsn", TestGegevens.nieuwBsn()))
                .json().path("fouttekst").asText()).startsWith("registratieDatumTijd");
        assertThat(notificaties.findByBerichtId(id)).as("niets half opgeslagen").isEmpty();

        assertThat(notificatie(Http.anoniem(poort), DUO_OIN, HOORN_OIN, id, goed).status()).isEqualTo(401);
        assertThat(notificatie(duo, "00000001999999999000", HOORN_OIN, id, goed).status()).isEqualTo(401);
        assertThat(notificatie(Http.als(poort, "cm.hoorn"), DUO_OIN, HOORN_OIN, id, goed).status()).isEqualTo(403);
        assertThat(notificaties.findByBerichtId(id)).isEmpty();

        Http.Antwoord ok = notificatie(duo, DUO_OIN, HOORN_OIN, id, goed);
        assertThat(ok.status()).isEqualTo(201);
        assertThat(ok.header("API-Version")).isEqualTo("1.8.0");
        assertThat(notificatie(duo, DUO_OIN, HOORN_OIN, id, goed).status()).isEqualTo(201);
        assertThat(notificaties.findByBerichtId(id)).isPresent();
        // the simulator's DUO API wants our client's credentials and DUO's headers
        assertThat(Http.anoniem(poort).metKop("bron", HOORN_OIN).metKop("doel", DUO_OIN).metKop("berichtId", id)
                .get("/duo-simulator/personen/" + TestGegevens.nieuwBsn() + "/inburgeringsplicht").status()).isEqualTo(401);
        // the simulator's controls are for a procesbeheerder only
        assertThat(Http.als(poort, "cm.hoorn").post("/api/duo-simulator/notificaties/verstuur",
                Map.of("event", "SS101", "bsn", TestGegevens.nieuwBsn(), "gemeente", HOORN)).status()).isEqualTo(403);
    }
}
