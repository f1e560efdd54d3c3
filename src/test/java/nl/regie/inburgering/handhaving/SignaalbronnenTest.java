package nl.regie.inburgering.handhaving;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.externaltask.LockedExternalTask;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.intake.OproepRepository;
import nl.regie.inburgering.pvt.PvtTraject;
import nl.regie.inburgering.pvt.PvtTrajectRepository;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Every source of a handhaving signal publishes {@code HandhavingSignaalGemeld} and the signal row appears with its
 * bron, gedraging and period; where no signal is due none appears: the brede intake (no-show without and with a
 * valid reason, not cooperating), the taalaanbieder's report against the attendance threshold, the end of the
 * inburgeringstermijn with some tracks done, and the casemanager by hand over the API.
 */
class SignaalbronnenTest extends ProcesTestBasis {

    private static final TestGegevens.TestGebruiker CM = TestGegevens.CM_HOORN;
    private static final TestGegevens.TestGebruiker HH =
            new TestGegevens.TestGebruiker("hh.signalen", Rollen.HANDHAVING, List.of("GM0441"));
    private static final TestGegevens.TestGebruiker IC =
            new TestGegevens.TestGebruiker("ic.signalen", Rollen.INKOMENSCONSULENT, List.of("GM0441"));
    /** PIP fixed today (2 March 2026): the term runs from 3 March 2026; its exclusive end is 3 March 2029. */
    private static final LocalDate TERMIJN_START = LocalDate.of(2026, 3, 3);
    private static final LocalDate TERMIJN_EINDE = LocalDate.of(2029, 3, 3);

    @LocalServerPort int poort;
    @Autowired HandhavingSignaalRepository signalen;
    @Autowired OproepRepository oproepen;
    @Autowired PvtTrajectRepository pvtTrajecten;
    @Autowired InzageRepository inzagelog;
    @Autowired RepositoryService repositoryService;

    private final List<String> testDeployments = new ArrayList<>();

    @AfterEach
    void deploymentsOpruimen() {
        testDeployments.forEach(id -> repositoryService.deleteDeployment(id, true, true));
    }

    private List<HandhavingSignaal> signalen(Dossier dossier) {
        return signalen.findByDossierIdOrderById(herlaad(dossier).getId());
    }

    // ---- brede intake (Wi 22) ----

    @Test
    void nietVerschenenZonderGeldigeRedenIsEenSignaalMetDeDatumVanDeAfspraak() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, CM, VANDAAG.plusDays(7));
        verstrijkTot(dossier, VANDAAG.plusDays(7)); // "verschenen" is recorded once the appointment has come
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE",
                "redenNietVerschenen", "GEEN_GELDIGE_REDEN", "verschijningToelichting", "Niet gebeld, niet gekomen"));

        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_SchriftelijkeWaarschuwingVersturen");
        assertThat(signalen(dossier)).singleElement().satisfies(s -> {
            assertThat(s.getBron()).isEqualTo(HandhavingSignaal.Bron.BREDE_INTAKE);
            assertThat(s.getGedraging()).isEqualTo(Gedraging.BREDE_INTAKE_NIET_VERSCHENEN);
            assertThat(s.getPeriodeVan()).isEqualTo(VANDAAG.plusDays(7));
            assertThat(s.getPeriodeTot()).isEqualTo(VANDAAG.plusDays(7));
            assertThat(s.getOmschrijving()).contains("oproep 1").contains("zonder geldige reden");
            assertThat(s.getGemeldDoor()).isEqualTo(CM.id());
        });
    }

    @Test
    void nietVerschenenMetGeldigeRedenIsGeenSignaalEnGeenWaarschuwing() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE",
                "redenNietVerschenen", "ANDERE_GELDIGE_REDEN", "verschijningToelichting", "Begrafenis van een familielid"));

        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_OproepVersturen")
                .hasNotPassed("Task_SchriftelijkeWaarschuwingVersturen").variables().containsEntry("oproepNummer", 2);
        assertThat(signalen(dossier)).isEmpty();
        assertThat(oproepen.findByDossierIdOrderByVolgnummer(herlaad(dossier).getId())).singleElement()
                .satisfies(o -> assertThat(o.getWaarschuwingVerzonden()).isNull());
    }

    @Test
    void verschenenEnNietMeegewerktIsEenSignaalMetDeDatumVanHetGesprek() {
        Dossier dossier = openStatushouder("0441");
        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        assertThat(signalen(dossier)).as("appearing is no signal").isEmpty();
        // the conversation the day after the appointment, recorded a day later: the signal carries its own date
        LocalDate gisteren = VANDAAG.plusDays(1);
        verstrijkTot(dossier, VANDAAG.plusDays(2));
        voltooi(CM, dossier, "Task_BredeIntakeGesprekVoeren", Map.of("intakeGesprekDatum", gisteren.toString(),
                "domeinTaal", "x", "domeinOpleiding", "x", "domeinWerk", "x", "meegewerkt", "NEE",
                "meegewerktToelichting", "Wilde geen vragen beantwoorden en verliet na tien minuten het gesprek"));

        assertThat(signalen(dossier)).singleElement().satisfies(s -> {
            assertThat(s.getBron()).isEqualTo(HandhavingSignaal.Bron.BREDE_INTAKE);
            assertThat(s.getGedraging()).isEqualTo(Gedraging.BREDE_INTAKE_NIET_MEEWERKEN);
            assertThat(s.getPeriodeVan()).isEqualTo(gisteren);
            assertThat(s.getPeriodeTot()).isEqualTo(gisteren);
            assertThat(s.getOmschrijving()).contains("verliet na tien minuten");
        });
    }

    @Test
    void meegewerktIsGeenSignaal() {
        Dossier dossier = openStatushouder("0441");
        intakeVolledig(dossier, CM, "HAALBAAR", 70);
        assertThat(proces(dossier, "pip")).isWaitingAt("Task_PipOpstellen");
        assertThat(signalen(dossier)).isEmpty();
    }

    /**
     * A dossier waiting in the model version before the reason was asked: its form has no reason, its no-show still
     * completes, goes to the warning as that model routes it, and is a signal (reason not recorded).
     */
    @Test
    void eenIntakeOpDeVorigeVersieWerktZonderDeNieuweVelden() throws IOException {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance intake = proces(dossier, "brede-intake");
        String vorige = deploy("brede intake vorige versie (test)", "classpath:vorige-brede-intake/*.bpmn",
                "classpath:vorige-brede-intake/forms/*.form");
        ProcessDefinition oud = repositoryService.createProcessDefinitionQuery().deploymentId(vorige).singleResult();
        Object nieuweFlow = repositoryService.getBpmnModelInstance(oud.getId()).getModelElementById("Flow_NietVerschenenGeldigeReden");
        assertThat(nieuweFlow).as("the old model really is the old one").isNull();
        deploy("brede intake huidige versie (test)", "classpath:processes/brede-intake.bpmn",
                "classpath:forms/oproep-versturen.form", "classpath:forms/verschijning-vastleggen.form",
                "classpath:forms/waarschuwing-versturen.form", "classpath:forms/brede-intake-gesprek.form",
                "classpath:forms/leerbaarheidstoets-vastleggen.form", "classpath:forms/intake-zonder-inburgeraar.form");
        runtimeService.newMigration(runtimeService.createMigrationPlan(intake.getProcessDefinitionId(), oud.getId())
                .mapEqualActivities().build()).processInstanceIds(intake.getId()).execute();
        assertThat(proces(dossier, "brede-intake").getProcessDefinitionId()).isEqualTo(oud.getId());

        oproepVersturen(dossier, CM);
        voltooi(CM, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "NEE"));

        assertThat(proces(dossier, "brede-intake")).isWaitingAt("Task_SchriftelijkeWaarschuwingVersturen");
        assertThat(signalen(dossier)).singleElement().satisfies(s -> {
            assertThat(s.getGedraging()).isEqualTo(Gedraging.BREDE_INTAKE_NIET_VERSCHENEN);
            assertThat(s.getOmschrijving()).contains("reden niet vastgelegd");
        });
    }

    private String deploy(String naam, String... patronen) throws IOException {
        DeploymentBuilder builder = repositoryService.createDeployment().name(naam);
        for (String patroon : patronen) {
            for (Resource bron : new PathMatchingResourcePatternResolver().getResources(patroon)) {
                builder.addInputStream(bron.getFilename(), bron.getInputStream());
            }
        }
        String id = builder.deploy().getId();
        testDeployments.add(id);
        return id;
    }

    // ---- the taalaanbieder's progress report ----

    @Test
    void eenRapportageOnderHetAanwezigheidsminimumIsLesverzuimOverDePeriodeVanDeRapportage() {
        Dossier dossier = openStatushouder("0441");
        ProcessInstance leerroute = startNaPip(dossier, "leerroute", "B1", VANDAAG);
        beantwoord(partnertaak(dossier, "taalaanbieder-aanmelding"), Map.of("startdatum", VANDAAG.toString()));

        LocalDate eerste = rapporteer(dossier, leerroute, 79);
        assertThat(signalen(dossier)).as("79% is below the default minimum of 80%").singleElement().satisfies(s -> {
            assertThat(s.getBron()).isEqualTo(HandhavingSignaal.Bron.PARTNERRAPPORTAGE);
            assertThat(s.getGedraging()).isEqualTo(Gedraging.LESVERZUIM);
            assertThat(s.getPeriodeVan()).as("the first report: from the traject's start").isEqualTo(VANDAAG);
            assertThat(s.getPeriodeTot()).isEqualTo(eerste);
            assertThat(s.getOmschrijving()).contains("79%").contains("80%");
        });

        LocalDate tweede = rapporteer(dossier, leerroute, 80);
        assertThat(signalen(dossier)).as("at the minimum: no signal").hasSize(1);
        LocalDate derde = rapporteer(dossier, leerroute, 40);
        assertThat(signalen(dossier)).hasSize(2).last().satisfies(s -> {
            assertThat(s.getGedraging()).isEqualTo(Gedraging.LESVERZUIM);
            assertThat(s.getPeriodeVan()).as("the day after the previous report's period").isEqualTo(tweede.plusDays(1));
            assertThat(s.getPeriodeTot()).isEqualTo(derde);
        });
        rapporteer(dossier, leerroute, 100);
        assertThat(signalen(dossier)).hasSize(2);
    }

    /** Lets time pass to the next report (its timer fires), the taalaanbieder answers; the report's last day. */
    private LocalDate rapporteer(Dossier dossier, ProcessInstance leerroute, int aanwezigheid) {
        Job timer = managementService.createJobQuery().processInstanceId(leerroute.getId()).timers().singleResult();
        LocalDate tot = Tijd.alsDatum(timer.getDuedate());
        verstrijkTot(dossier, tot);
        LockedExternalTask voortgang = partnertaak(dossier, "taalaanbieder-voortgang");
        beantwoord(voortgang, Map.of("lezen", "A2", "luisteren", "A2", "schrijven", "A2", "spreken", "A2",
                "aanwezigheid", aanwezigheid, "uren", 100));
        return tot;
    }

    // ---- the end of the inburgeringstermijn ----

    private Dossier metVastgesteldPip() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", LocalDate.of(1990, 4, 4), VANDAAG.minusDays(1));
        gebeurtenis(dossier, GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(1));
        intakeVolledig(dossier, CM, "HAALBAAR", 60);
        Map<String, Object> pip = new HashMap<>(pip("B1"));
        pip.put("ontzorgen", "NEE");
        voltooi(CM, dossier, "Task_PipOpstellen", pip);
        voltooi(TestGegevens.TL_WESTFRIESLAND, dossier, "Task_PipVaststellen",
                Map.of("pipBesluit", "VASTSTELLEN", "dagtekening", VANDAAG.toString()));
        assertThat(herlaad(dossier).getInburgeringstermijnStart()).isEqualTo(TERMIJN_START);
        assertThat(herlaad(dossier).getInburgeringstermijnEinde()).isEqualTo(TERMIJN_EINDE);
        return dossier;
    }

    @Test
    void hetVerstrijkenVanDeTermijnSignaleertElkTrajectDatNietIsVoltooid() {
        Dossier dossier = metVastgesteldPip();
        // the PVT is signed (our table); the leerroute and the MAP are not done
        PvtTraject pvt = pvtTrajecten.findByDossierId(dossier.getId())
                .orElseGet(() -> new PvtTraject(dossier.getId(), "pvt-map-westfriesland", VANDAAG));
        pvt.ondertekend(VANDAAG.plusMonths(2), 12);
        pvtTrajecten.save(pvt);

        verstrijkTot(dossier, TERMIJN_EINDE.minusDays(1));
        assertThat(signalen(dossier)).as("not before the term has passed").isEmpty();
        verstrijkTot(dossier, TERMIJN_EINDE);

        assertThat(herlaad(dossier).getTermijnVerstrekenOp()).isEqualTo(TERMIJN_EINDE);
        List<HandhavingSignaal> gemeld = signalen(dossier);
        assertThat(gemeld).extracting(HandhavingSignaal::getGedraging)
                .containsExactlyInAnyOrder(Gedraging.LEERROUTE_NIET_VOLTOOID, Gedraging.MAP_NIET_VOLTOOID);
        assertThat(gemeld).allSatisfy(s -> {
            assertThat(s.getBron()).isEqualTo(HandhavingSignaal.Bron.INBURGERINGSTERMIJN);
            assertThat(s.getPeriodeVan()).isEqualTo(TERMIJN_START);
            assertThat(s.getPeriodeTot()).as("the term's last day").isEqualTo(TERMIJN_EINDE.minusDays(1));
        });
    }

    @Test
    void eenMapVrijstellingIsBijHetVerstrijkenGeenMapSignaal() {
        Dossier dossier = metVastgesteldPip();
        voltooi(CM, dossier, "Task_MapVrijstellingBeoordelen",
                Map.of("mapBesluit", "VRIJSTELLING", "mapVrijstellingReden", "Werkt 32 uur per week"));

        verstrijkTot(dossier, TERMIJN_EINDE);

        assertThat(signalen(dossier)).extracting(HandhavingSignaal::getGedraging)
                .containsExactlyInAnyOrder(Gedraging.LEERROUTE_NIET_VOLTOOID, Gedraging.PVT_NIET_VOLTOOID);
    }

    // ---- the casemanager by hand: POST /api/dossiers/{nr}/handhaving/signalen ----

    private static Map<String, Object> verzoek(Object... paren) {
        Map<String, Object> body = new HashMap<>(Map.of("gedraging", "PIP_AFSPRAKEN",
                "periodeVan", VANDAAG.minusMonths(2).toString(), "periodeTot", VANDAAG.minusMonths(1).toString(),
                "omschrijving", "Kwam drie keer niet naar de afgesproken participatieactiviteit"));
        for (int i = 0; i < paren.length; i += 2) {
            if (paren[i + 1] == null) {
                body.remove((String) paren[i]);
            } else {
                body.put((String) paren[i], paren[i + 1]);
            }
        }
        return body;
    }

    @Test
    void deCasemanagerMeldtEenSignaalMetDeHand() {
        TestGegevens.zorgVoor(identityService, HH);
        TestGegevens.zorgVoor(identityService, IC);
        Dossier dossier = openStatushouder("0441");
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/handhaving/signalen";
        Http cm = Http.als(poort, CM.id());

        Http.Antwoord gemeld = cm.post(pad, verzoek());
        assertThat(gemeld.status()).isEqualTo(201);
        HandhavingSignaal signaal = signalen(dossier).get(0);
        assertThat(gemeld.json().path("id").asLong()).isEqualTo(signaal.getId());
        assertThat(gemeld.json().path("status").asText()).isEqualTo(signaal.getStatus().name());
        assertThat(gemeld.json().path("bron").asText()).isEqualTo("CASEMANAGER");
        assertThat(signaal.getBron()).isEqualTo(HandhavingSignaal.Bron.CASEMANAGER);
        assertThat(signaal.getGedraging()).isEqualTo(Gedraging.PIP_AFSPRAKEN);
        assertThat(signaal.getPeriodeVan()).isEqualTo(VANDAAG.minusMonths(2));
        assertThat(signaal.getPeriodeTot()).isEqualTo(VANDAAG.minusMonths(1));
        assertThat(signaal.getGemeldDoor()).isEqualTo(CM.id());
        assertThat(inzagelog.findAll()).anySatisfy(i -> {
            assertThat(i.getDossierId()).isEqualTo(signaal.getDossierId());
            assertThat(i.getGebruiker()).isEqualTo(CM.id());
            assertThat(i.getActie()).isEqualTo(HandhavingSignaalController.AUDIT_ACTIE);
        });

        // handhaving may report too, also a conduct DUO enforces
        Http.Antwoord doorHandhaving = Http.als(poort, HH.id()).post(pad, verzoek("gedraging", "PVT_NIET_VOLTOOID",
                "periodeVan", "2026-01-01", "periodeTot", "2026-01-01"));
        assertThat(doorHandhaving.status()).isEqualTo(201);
        assertThat(doorHandhaving.json().path("gedraging").asText()).isEqualTo("PVT_NIET_VOLTOOID");
        assertThat(doorHandhaving.json().path("gemeldDoor").asText()).isEqualTo(HH.id());
        assertThat(signalen(dossier)).hasSize(2);
    }

    @Test
    void eenOngeldigeMeldingNoemtHetVeldEnLegtNietsVast() {
        Dossier dossier = openStatushouder("0441");
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/handhaving/signalen";
        Http cm = Http.als(poort, CM.id());
        Map<String, Map<String, Object>> fout = new java.util.LinkedHashMap<>();
        fout.put("gedraging", verzoek("gedraging", null));
        fout.put("gedraging ", verzoek("gedraging", "TE_LAAT"));
        fout.put("periodeVan", verzoek("periodeVan", null));
        fout.put("periodeVan ", verzoek("periodeVan", "2021-12-31"));
        fout.put("periodeVan  ", verzoek("periodeVan", "2026-02-30"));
        fout.put("periodeVan   ", verzoek("periodeVan", 20260101));
        fout.put("periodeTot", verzoek("periodeTot", null));
        fout.put("periodeTot ", verzoek("periodeTot", VANDAAG.plusDays(1).toString()));
        fout.put("periodeTot  ", verzoek("periodeTot", VANDAAG.minusMonths(3).toString()));
        fout.put("omschrijving", verzoek("omschrijving", null));
        fout.put("omschrijving ", verzoek("omschrijving", "  "));
        fout.put("omschrijving  ", verzoek("omschrijving", "x".repeat(2001)));
        fout.forEach((veld, body) -> {
            Http.Antwoord antwoord = cm.post(pad, body);
            assertThat(antwoord.status()).as(veld + ": " + body).isEqualTo(400);
            assertThat(antwoord.json().path("velden").has(veld.trim())).as(veld + ": " + antwoord.body()).isTrue();
        });
        assertThat(signalen(dossier)).as("nothing written on error").isEmpty();
        assertThat(cm.post(pad, verzoek("omschrijving", "x".repeat(2000))).status()).isEqualTo(201);
    }

    @Test
    void alleenCasemanagerEnHandhavingVanDeGemeenteMelden() {
        TestGegevens.zorgVoor(identityService, IC);
        Dossier dossier = openStatushouder("0441");
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/handhaving/signalen";

        assertThat(Http.als(poort, TestGegevens.TAALSCHOOL_WESTFRIESLAND.id()).post(pad, verzoek()).status())
                .as("a partner").isEqualTo(403);
        assertThat(Http.als(poort, IC.id()).post(pad, verzoek()).status()).as("the inkomensconsulent").isEqualTo(403);
        assertThat(Http.als(poort, TestGegevens.TL_WESTFRIESLAND.id()).post(pad, verzoek()).status())
                .as("a teamleider").isEqualTo(403);
        assertThat(Http.als(poort, TestGegevens.CM_ZOETERMEER.id()).post(pad, verzoek()).status())
                .as("another gemeente's dossier").isEqualTo(404);
        assertThat(Http.als(poort, CM.id()).post("/api/dossiers/INB-2026-999999/handhaving/signalen", verzoek()).status())
                .as("no such dossier").isEqualTo(404);
        assertThat(signalen(dossier)).isEmpty();
    }
}
