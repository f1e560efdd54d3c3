package nl.regie.inburgering.duo.melding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Date;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DuoVerwijtbaarheidVastgesteld;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.MapEindgesprekGevoerd;
import nl.regie.inburgering.dossier.PipVersieVastgesteld;
import nl.regie.inburgering.dossier.ZrouteAfgerond;
import nl.regie.inburgering.duo.simulator.SimulatorMeldingen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.handhaving.DuoVerwijtbaarheid;
import nl.regie.inburgering.handhaving.DuoVerwijtbaarheidRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.leerroute.LeerrouteTraject;
import nl.regie.inburgering.leerroute.LeerrouteTrajectRepository;
import nl.regie.inburgering.map.MapTraject;
import nl.regie.inburgering.map.MapTrajectRepository;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * What the gemeente reports to DUO, over real HTTP against the DUO simulator: every report (PIP, contactpersoon,
 * aanbod, PVT, MAP, Z-route with its hours, the verwijtbaar indication, the LBT examennummer), exactly once per fact,
 * DUO's functional refusal as the casemanager's task and the resend, and DUO unreachable: retries with backoff, an
 * incident, the procesbeheerder's retry.
 */
class DuoMeldingTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker TL = TestGegevens.TL_WESTFRIESLAND;

    @org.springframework.boot.test.web.server.LocalServerPort int poort;
    @Autowired SimulatorMeldingen duo;
    @Autowired DuoMeldingRepository meldingen;
    @Autowired DuoMeldingen duoMeldingen;
    @Autowired ApplicationEventPublisher events;
    @Autowired TransactionTemplate transactie;
    @Autowired MapTrajectRepository mapTrajecten;
    @Autowired LeerrouteTrajectRepository trajecten;
    @Autowired DuoVerwijtbaarheidRepository verwijtbaarheid;
    @Autowired nl.regie.inburgering.gemeente.GemeentenProperties gemeenten;
    @Autowired nl.regie.inburgering.duo.DuoProperties duoProperties;

    @Autowired nl.regie.inburgering.duo.simulator.DuoSimulator duoSimulator;

    @AfterEach
    void simulatorHerstellen() {
        duoSimulator.storing(false);
    }

    private String bsn(Dossier dossier) {
        return dossiers.findByDossiernummer(dossier.getDossiernummer()).orElseThrow().getPersoon().getBsn();
    }

    private List<SimulatorMeldingen.Ontvangen> ontvangen(Dossier dossier, String melding) {
        return duo.ontvangenVoor(bsn(dossier), melding);
    }

    private DuoMelding melding(Dossier dossier, DuoMeldingSoort soort) {
        List<DuoMelding> lijst = meldingen.findByDossierIdOrderById(dossier.getId()).stream()
                .filter(m -> m.getSoort() == soort).toList();
        assertThat(lijst).as("meldingen " + soort).hasSize(1);
        return lijst.get(0);
    }

    /** A statushouder in Hoorn up to the teamleider's task; the PIP is fixed by {@link #pipVaststellen}. */
    private Dossier totPipVaststellen(String leerroute) {
        Dossier dossier = openStatushouder("0441");
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, CM, "HAALBAAR", 60);
        voltooi(CM, dossier, "Task_PipOpstellen", pip(leerroute));
        return dossier;
    }

    private void pipVaststellen(Dossier dossier) {
        voltooi(TL, dossier, "Task_PipVaststellen", Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
    }

    @Test
    void hetVastgesteldePipEnDeCasemanagerGaanEenmaalNaarDuoEnDeAanmeldingEnDePvtVolgen() {
        Dossier dossier = totPipVaststellen("B1");
        pipVaststellen(dossier);

        List<SimulatorMeldingen.Ontvangen> pip = ontvangen(dossier, "PIP");
        assertThat(pip).hasSize(1);
        assertThat(pip.get(0).inhoud().get("dagtekeningPip").asText()).isEqualTo(VANDAAG.toString());
        assertThat(pip.get(0).inhoud().get("leerroute").asText()).isEqualTo("B");
        assertThat(pip.get(0).inhoud().get("niveau").asText()).isEqualTo("B1");
        assertThat(pip.get(0).bron()).isEqualTo(gemeenten.getGemeenten().get("GM0441").getOin()).hasSize(20);
        DuoMelding pipMelding = melding(dossier, DuoMeldingSoort.PIP);
        assertThat(pipMelding.getStatus()).isEqualTo(DuoMelding.Status.VERZONDEN);
        assertThat(pipMelding.getFeit()).isEqualTo("PIP:1");
        assertThat(pipMelding.getInhoud()).doesNotContain(bsn(dossier));
        // the casemanager who drafted the PIP is DUO's contactpersoon, linked to the inburgeraar
        assertThat(ontvangen(dossier, "CONTACTPERSOON")).hasSize(1);
        assertThat(melding(dossier, DuoMeldingSoort.CONTACTPERSOON).getKenmerk()).isNotBlank();
        // no BSN in a process variable of the report
        String proces = historyVariabelen(dossier);
        assertThat(proces).doesNotContain(bsn(dossier));

        // the same fact published again (a retried step): nothing new recorded, nothing sent again
        transactie.executeWithoutResult(t -> events.publishEvent(new PipVersieVastgesteld(dossier.getDossiernummer(), 1)));
        werkAf(dossier);
        assertThat(ontvangen(dossier, "PIP")).hasSize(1);
        assertThat(meldingen.findByDossierIdOrderById(dossier.getId()).stream()
                .filter(m -> m.getSoort() == DuoMeldingSoort.PIP)).hasSize(1);

        // the taalaanbieder confirms the enrolment: the aanbod with its instellingsnummer
        beantwoord(partnertaak(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.plusDays(14).toString()));
        List<SimulatorMeldingen.Ontvangen> aanbod = ontvangen(dossier, "INBURGERINGSAANBOD");
        assertThat(aanbod).hasSize(1);
        assertThat(aanbod.get(0).inhoud().get("datumInburgeringsaanbod").asText()).isEqualTo(VANDAAG.plusDays(14).toString());
        assertThat(melding(dossier, DuoMeldingSoort.INBURGERINGSAANBOD).getKenmerk()).isEqualTo("0000012345");

        // the PVT provider reports the signing: its date goes to DUO
        beantwoord(partnertaak(dossier, "pvt-uitvoering"), Map.of("ondertekend", VANDAAG.toString(), "uren", 12));
        List<SimulatorMeldingen.Ontvangen> pvt = ontvangen(dossier, "PVT");
        assertThat(pvt).hasSize(1);
        assertThat(pvt.get(0).inhoud().get("datumOndertekeningPvt").asText()).isEqualTo(VANDAAG.toString());
    }

    private String historyVariabelen(Dossier dossier) {
        return processEngine.getHistoryService().createHistoricVariableInstanceQuery().list().stream()
                .filter(v -> v.getProcessDefinitionKey() != null && v.getProcessDefinitionKey().equals(DuoMeldingen.PROCES))
                .map(v -> v.getName() + "=" + v.getValue()).toList().toString();
    }

    @Test
    void eenContactpersoonDieDuoNietMeerKentWordtOpnieuwAangemeldZonderHersteltaak() {
        Dossier eerste = totPipVaststellen("B1");
        pipVaststellen(eerste);
        String oudId = melding(eerste, DuoMeldingSoort.CONTACTPERSOON).getKenmerk();
        assertThat(oudId).isNotBlank();

        // DUO no longer knows the casemanager's id we keep (a reset DUO environment; the simulator after a restart)
        duo.vergeetContactpersonen();
        Dossier tweede = totPipVaststellen("B1");
        pipVaststellen(tweede);

        DuoMelding contactpersoon = melding(tweede, DuoMeldingSoort.CONTACTPERSOON);
        assertThat(contactpersoon.getStatus()).isEqualTo(DuoMelding.Status.VERZONDEN);
        assertThat(contactpersoon.getKenmerk()).isNotBlank().isNotEqualTo(oudId);
        assertThat(ontvangen(tweede, "CONTACTPERSOON")).hasSize(1);
        assertThat(taak(tweede, "Task_MeldingHerstellen")).isNull();
        // the new id is kept in place of the old one: the next report updates it instead of registering again
        assertThat(jdbc.queryForList("select duo_id from duo_contactpersoon where gebruiker = ?", Integer.class, CM.id()))
                .contains(Integer.valueOf(contactpersoon.getKenmerk())).doesNotContain(Integer.valueOf(oudId));
        Dossier derde = totPipVaststellen("B1");
        pipVaststellen(derde);
        assertThat(melding(derde, DuoMeldingSoort.CONTACTPERSOON).getKenmerk()).isEqualTo(contactpersoon.getKenmerk());
    }

    @Test
    void eenWeigeringVanDuoWordtEenTaakVoorDeCasemanagerEnOpnieuwVersturenMeldtEenmaal() {
        Dossier dossier = totPipVaststellen("B1");
        // the procesbeheerder tells the simulator to refuse this person's PIP (only the procesbeheerder may)
        Map<String, Object> weigering = Map.of("melding", "PIP", "dossier", dossier.getDossiernummer(),
                "fouttekst", "De dagtekening ligt voor de start van de inburgeringsplicht");
        assertThat(Http.als(poort, CM.id()).post("/api/duo-simulator/meldingen/weigeringen", weigering).status()).isEqualTo(403);
        assertThat(Http.als(poort, TestGegevens.PB.id()).post("/api/duo-simulator/meldingen/weigeringen", weigering).status())
                .isEqualTo(204);
        pipVaststellen(dossier);

        assertThat(ontvangen(dossier, "PIP")).isEmpty();
        DuoMelding geweigerd = melding(dossier, DuoMeldingSoort.PIP);
        assertThat(geweigerd.getStatus()).isEqualTo(DuoMelding.Status.GEWEIGERD);
        assertThat(geweigerd.getDuoAntwoord()).isEqualTo("De dagtekening ligt voor de start van de inburgeringsplicht");
        Task taak = taak(dossier, "Task_MeldingHerstellen");
        assertThat(taak).isNotNull();
        assertThat(taskService.getIdentityLinksForTask(taak.getId())).anyMatch(l -> Rollen.CASEMANAGER.equals(l.getGroupId()));
        assertThat(taak.getTenantId()).isEqualTo("GM0441");
        assertThat(taskService.getVariableLocal(taak.getId(), "duoAntwoord"))
                .isEqualTo("De dagtekening ligt voor de start van de inburgeringsplicht");
        assertThat((String) taskService.getVariableLocal(taak.getId(), "duoMeldingOmschrijving")).contains("PIP versie 1");

        // the teamleider may not work it; the casemanager must say why
        assertThatThrownBy(() -> voltooi(TL, dossier, "Task_MeldingHerstellen",
                Map.of("duoHerstel", "OPNIEUW_VERSTUREN", "duoHerstelToelichting", "x"))).isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> voltooi(CM, dossier, "Task_MeldingHerstellen", Map.of("duoHerstel", "OPNIEUW_VERSTUREN")))
                .isInstanceOf(RuntimeException.class);

        // DUO corrected the plicht's start: send again, once
        duo.herstel("PIP", bsn(dossier));
        voltooi(CM, dossier, "Task_MeldingHerstellen", Map.of("duoHerstel", "OPNIEUW_VERSTUREN",
                "duoHerstelToelichting", "DUO heeft de startdatum van de plicht gecorrigeerd"));
        assertThat(ontvangen(dossier, "PIP")).hasSize(1);
        DuoMelding verzonden = melding(dossier, DuoMeldingSoort.PIP);
        assertThat(verzonden.getStatus()).isEqualTo(DuoMelding.Status.VERZONDEN);
        assertThat(verzonden.getBerichtId()).isNotEqualTo(geweigerd.getBerichtId());
        assertThat(verzonden.getHerstelDoor()).isEqualTo(CM.id());
        assertThat(taak(dossier, "Task_MeldingHerstellen")).isNull();
        assertThat(proces(dossier, DuoMeldingen.PROCES)).isNull();
        Http.Antwoord bijDuo = Http.als(poort, TestGegevens.PB.id()).get("/api/duo-simulator/meldingen/" + dossier.getDossiernummer());
        assertThat(bijDuo.status()).isEqualTo(200);
        assertThat(bijDuo.body()).contains("\"melding\":\"PIP\"").doesNotContain(bsn(dossier));
    }

    @Test
    void eenWeigeringDieNietWordtGemeldSluitMetReden() {
        Dossier dossier = totPipVaststellen("B1");
        duo.weiger("PIP", bsn(dossier), "Persoon niet inburgeringsplichtig");
        pipVaststellen(dossier);
        voltooi(CM, dossier, "Task_MeldingHerstellen", Map.of("duoHerstel", "NIET_MELDEN",
                "duoHerstelToelichting", "Plicht vervallen; DUO sluit het dossier"));
        assertThat(melding(dossier, DuoMeldingSoort.PIP).getStatus()).isEqualTo(DuoMelding.Status.NIET_GEMELD);
        assertThat(ontvangen(dossier, "PIP")).isEmpty();
        assertThat(proces(dossier, DuoMeldingen.PROCES)).isNull();
        duo.herstel("PIP", bsn(dossier));
    }

    @Test
    void duoNietBereikbaarGeeftHerhalingenMetOplopendeWachttijdDanEenIncidentEnDeProcesbeheerderHerstart() {
        Dossier dossier = totPipVaststellen("B1");
        duoSimulator.storing(true);
        Task vaststellen = taak(dossier, "Task_PipVaststellen");
        als(TL, () -> {
            taskService.complete(vaststellen.getId(), Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
            return null;
        });
        werkAfBehalveMeldingen(dossier);
        List<Job> jobs = meldingJobs(dossier);
        assertThat(jobs).isNotEmpty();
        Job pipJob = jobs.stream().filter(j -> duoMeldingSoort(j) == DuoMeldingSoort.PIP).findFirst().orElseThrow();

        // attempt after attempt fails; the waits grow (PT1M, PT10M, PT1H), then an incident
        List<Long> wachttijden = new java.util.ArrayList<>();
        for (int poging = 0; poging < 10; poging++) {
            Job job = managementService.createJobQuery().jobId(pipJob.getId()).singleResult();
            if (job.getRetries() == 0) {
                break;
            }
            Date voor = ClockUtil.getCurrentTime();
            assertThatThrownBy(() -> managementService.executeJob(job.getId())).isInstanceOf(RuntimeException.class)
                    .hasMessageContaining("DUO antwoordde 503").hasMessageNotContaining(bsn(dossier));
            Job daarna = managementService.createJobQuery().jobId(job.getId()).singleResult();
            if (daarna.getRetries() > 0) {
                wachttijden.add((daarna.getDuedate().getTime() - voor.getTime()) / 60_000);
            }
        }
        assertThat(wachttijden).containsExactly(1L, 10L, 60L);
        String procesId = pipJob.getProcessInstanceId();
        assertThat(runtimeService.createIncidentQuery().processInstanceId(procesId).count()).isEqualTo(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(procesId).singleResult().getIncidentMessage())
                .doesNotContain(bsn(dossier));
        assertThat(ontvangen(dossier, "PIP")).isEmpty();
        assertThat(melding(dossier, DuoMeldingSoort.PIP).getStatus()).isEqualTo(DuoMelding.Status.TE_VERZENDEN);

        // DUO is back; the procesbeheerder retries the job (Cockpit: "Opnieuw proberen"), it succeeds, once
        duoSimulator.storing(false);
        als(TestGegevens.PB, () -> {
            managementService.setJobRetries(pipJob.getId(), 1);
            return null;
        });
        managementService.executeJob(pipJob.getId());
        assertThat(runtimeService.createIncidentQuery().processInstanceId(procesId).count()).isZero();
        assertThat(ontvangen(dossier, "PIP")).hasSize(1);
        assertThat(melding(dossier, DuoMeldingSoort.PIP).getStatus()).isEqualTo(DuoMelding.Status.VERZONDEN);
        werkAf(dossier);
        assertThat(ontvangen(dossier, "PIP")).hasSize(1);
    }

    @Test
    void deSimulatorSpreektDuosSpecificatie() {
        String bsn = TestGegevens.nieuwBsn();
        String pad = "/duo-simulator/personen/" + bsn + "/PIP";
        Map<String, Object> pip = Map.of("dagtekeningPip", VANDAAG.toString(), "leerroute", "O", "niveau", "A2");
        java.util.function.Function<Http, Http> koppen = h -> h.metKop("bron", gemeenten.getGemeenten().get("GM0441").getOin())
                .metKop("doel", duoProperties.getOin()).metKop("berichtId", java.util.UUID.randomUUID().toString());
        // without our client's credentials: 403 without reasons (a technical refusal)
        assertThat(koppen.apply(Http.anoniem(poort)).post(pad, pip).status()).isEqualTo(403);
        Http wij = koppen.apply(Http.als(poort, duoProperties.getGebruikersnaam(), duoProperties.getWachtwoord()));
        // DUO's own rule: no A2 on the onderwijsroute, 403 with the fouttekst
        Http.Antwoord geweigerd = wij.post(pad, pip);
        assertThat(geweigerd.status()).isEqualTo(403);
        assertThat(geweigerd.json().get(0).get("fouttekst").asText()).isEqualTo("Het niveau A2 past niet bij de onderwijsroute");
        // a body that is not DUO's PIP: 400
        assertThat(wij.post(pad, Map.of("dagtekeningPip", VANDAAG.toString(), "route", "O")).status()).isEqualTo(400);
        assertThat(wij.post(pad, Map.of("dagtekeningPip", VANDAAG.toString(), "leerroute", "O")).status()).isEqualTo(201);
        assertThat(duo.ontvangenVoor(bsn, "PIP")).hasSize(1);
    }

    @Test
    void eenAlOntvangenBerichtWordtBijDuoNietDubbelGeregistreerd() {
        // a retry after DUO accepted but before our transaction committed: the same berichtId, recorded once
        Dossier dossier = totPipVaststellen("B1");
        pipVaststellen(dossier);
        DuoMelding pip = melding(dossier, DuoMeldingSoort.PIP);
        SimulatorMeldingen.Ontvangen eerste = ontvangen(dossier, "PIP").get(0);
        assertThat(eerste.berichtId()).isEqualTo(pip.getBerichtId());
        transactie.executeWithoutResult(t -> {
            DuoMelding m = meldingen.findById(pip.getId()).orElseThrow();
            m.hersteld(DuoMelding.Herstel.OPNIEUW_VERSTUREN, "test", "test", DuoMeldingen.nu(), null);
        });
        // the engine's own retry of the same message keeps its berichtId: simulate it by resending that id
        transactie.executeWithoutResult(t -> jdbcBerichtId(pip.getId(), eerste.berichtId()));
        runtimeService.startProcessInstanceByKey(DuoMeldingen.PROCES, dossier.getDossiernummer(),
                Map.of(DuoMeldingen.MELDING_ID, pip.getId(), "dossiernummer", dossier.getDossiernummer(), "gemeente", "GM0441"));
        werkAf(dossier);
        assertThat(ontvangen(dossier, "PIP")).hasSize(1);
        assertThat(meldingen.findById(pip.getId()).orElseThrow().getStatus()).isEqualTo(DuoMelding.Status.VERZONDEN);
    }

    @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

    private void jdbcBerichtId(Long id, String berichtId) {
        jdbc.update("update duo_melding set bericht_id = ? where id = ?", berichtId, id);
    }

    @Test
    void mapEindgesprekZrouteMetUrenEnVerwijtbaarheidGaanNaarDuo() {
        Dossier dossier = openStatushouder("0441");
        // MAP: the gemeente's eindgesprek
        transactie.executeWithoutResult(t -> {
            MapTraject map = mapTrajecten.save(MapTraject.gepland(dossier.getId(), VANDAAG.minusYears(1), 40));
            map.uitgevoerd(40, 8, VANDAAG.minusDays(10));
            map.eindgesprek(VANDAAG.minusDays(2), "Goed gesprek");
            events.publishEvent(new MapEindgesprekGevoerd(dossier.getDossiernummer(), VANDAAG.minusDays(2)));
        });
        werkAf(dossier);
        List<SimulatorMeldingen.Ontvangen> map = ontvangen(dossier, "MAP");
        assertThat(map).hasSize(1);
        assertThat(map.get(0).inhoud().get("datumEindgesprekMap").asText()).isEqualTo(VANDAAG.minusDays(2).toString());
        assertThat(map.get(0).inhoud().hasNonNull("verwijtbaar")).isFalse();

        // Z-route: completion, the language hours and the participation hours
        LeerrouteTraject z = transactie.execute(t -> {
            LeerrouteTraject traject = trajecten.save(LeerrouteTraject.bijTaalaanbieder(dossier.getId(), Leerroute.Z,
                    "taalschool-westfriesland", VANDAAG.minusYears(2), VANDAAG.minusYears(2)));
            traject.telUren(810, 805);
            traject.eindgesprek(VANDAAG.minusDays(1), "Certificaat uitgereikt", VANDAAG.minusDays(1));
            events.publishEvent(new ZrouteAfgerond(dossier.getDossiernummer(), traject.getId(), VANDAAG.minusDays(1)));
            return traject;
        });
        werkAf(dossier);
        assertThat(ontvangen(dossier, "ZROUTE")).singleElement()
                .satisfies(o -> assertThat(o.inhoud().get("datumAfrondingZroute").asText()).isEqualTo(VANDAAG.minusDays(1).toString()));
        assertThat(ontvangen(dossier, "UREN_TAALLES")).singleElement()
                .satisfies(o -> assertThat(o.inhoud().get("uren").asInt()).isEqualTo(810));
        assertThat(ontvangen(dossier, "UREN_PARTICIPATIE")).singleElement()
                .satisfies(o -> assertThat(o.inhoud().get("uren").asInt()).isEqualTo(805));
        assertThat(z.getId()).isNotNull();

        // a handhaving case judged the MAP culpable (DUO fines): the indication, with the date, goes to DUO
        transactie.executeWithoutResult(t -> {
            DuoVerwijtbaarheid indicatie = verwijtbaarheid.save(new DuoVerwijtbaarheid(dossier.getId(), "MAP", true, null,
                    Tijd.vandaag(), "hh.test"));
            events.publishEvent(new DuoVerwijtbaarheidVastgesteld(dossier.getDossiernummer(), "MAP", indicatie.getId()));
            // the leerroute's indication has no place in DUO's interface: nothing is sent for it
            DuoVerwijtbaarheid leerroute = verwijtbaarheid.save(new DuoVerwijtbaarheid(dossier.getId(), "LEERROUTE", true,
                    null, Tijd.vandaag(), "hh.test"));
            events.publishEvent(new DuoVerwijtbaarheidVastgesteld(dossier.getDossiernummer(), "LEERROUTE", leerroute.getId()));
        });
        werkAf(dossier);
        List<SimulatorMeldingen.Ontvangen> mapNu = ontvangen(dossier, "MAP");
        assertThat(mapNu).hasSize(2);
        assertThat(mapNu.get(1).inhoud().get("verwijtbaar").asText()).isEqualTo("Ja");
        assertThat(mapNu.get(1).inhoud().get("datumEindgesprekMap").asText()).isEqualTo(VANDAAG.minusDays(2).toString());
        assertThat(meldingen.findByDossierIdOrderById(dossier.getId())).extracting(DuoMelding::getFeit)
                .containsExactly("MAP:EINDGESPREK", "ZROUTE:" + z.getId(), "UREN_TAALLES:" + z.getId(),
                        "UREN_PARTICIPATIE:" + z.getId(), "MAP:VERWIJTBAAR-" + verwijtbaarheid.findByDossierIdOrderById(dossier.getId()).get(0).getId());
    }

    @Test
    void hetExamennummerVoorDeLeerbaarheidstoetsVraagtDeCasemanagerEenmaalAan() {
        Dossier dossier = openStatushouder("0441");
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/duo-meldingen";
        assertThat(Http.als(poort, TL.id()).post(pad + "/examennummer", Map.of()).status()).isEqualTo(403);
        assertThat(Http.als(poort, CM.id()).post(pad + "/examennummer", Map.of()).status()).isEqualTo(202);
        werkAf(dossier);
        assertThat(Http.als(poort, CM.id()).post(pad + "/examennummer", Map.of()).status()).isEqualTo(200);
        werkAf(dossier);
        assertThat(ontvangen(dossier, "LBT_EXAMENNUMMER")).hasSize(1);
        assertThat(melding(dossier, DuoMeldingSoort.LBT_EXAMENNUMMER).getKenmerk()).startsWith("LBT");

        // the reports of the dossier, for its staff, without the BSN; another gemeente's casemanager gets 404
        Http.Antwoord lijst = Http.als(poort, TestGegevens.PB.id()).get(pad);
        assertThat(lijst.status()).isEqualTo(200);
        assertThat(lijst.json().get(0).get("soort").asText()).isEqualTo("LBT_EXAMENNUMMER");
        assertThat(lijst.json().get(0).get("status").asText()).isEqualTo("VERZONDEN");
        assertThat(lijst.body()).doesNotContain(bsn(dossier));
        assertThat(Http.als(poort, TestGegevens.CM_ZOETERMEER.id()).get(pad).status()).isEqualTo(404);
    }

    // ---- helpers: the job executor, but the reports' own jobs are the test's to run ----

    private List<Job> meldingJobs(Dossier dossier) {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey(DuoMeldingen.PROCES)
                .processInstanceBusinessKey(dossier.getDossiernummer()).list().stream()
                .flatMap(pi -> managementService.createJobQuery().processInstanceId(pi.getId()).list().stream()).toList();
    }

    private DuoMeldingSoort duoMeldingSoort(Job job) {
        Object id = runtimeService.getVariable(job.getProcessInstanceId(), DuoMeldingen.MELDING_ID);
        return meldingen.findById(((Number) id).longValue()).orElseThrow().getSoort();
    }

    private void werkAfBehalveMeldingen(Dossier dossier) {
        for (int ronde = 0; ronde < 500; ronde++) {
            List<String> processen = runtimeService.createProcessInstanceQuery()
                    .processInstanceBusinessKey(dossier.getDossiernummer()).list().stream()
                    .filter(pi -> !pi.getProcessDefinitionId().startsWith(DuoMeldingen.PROCES + ":"))
                    .map(pi -> pi.getId()).toList();
            Job job = processen.stream().flatMap(p -> managementService.createJobQuery().processInstanceId(p).messages()
                    .executable().orderByJobId().asc().list().stream()).findFirst().orElse(null);
            if (job == null) {
                return;
            }
            managementService.executeJob(job.getId());
        }
    }
}
