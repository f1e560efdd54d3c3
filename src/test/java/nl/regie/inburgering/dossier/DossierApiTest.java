package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** Our own API: opening dossiers (validation, idempotency, authorisation) and events, over real HTTP. */
class DossierApiTest extends ProcesTestBasis {

    @Autowired GebeurtenisRepository gebeurtenisRepository;
    @Autowired InzageRepository inzagelog;
    @Autowired PersoonRepository personen;
    @Autowired JdbcTemplate jdbc;

    @LocalServerPort int poort;

    private Map<String, Object> verzoek(String bsn) {
        Map<String, Object> v = new HashMap<>();
        v.put("bsn", bsn);
        v.put("voornamen", "Amina");
        v.put("achternaam", "Yusuf");
        v.put("geboortedatum", "1991-04-03");
        v.put("nationaliteit", "SDN");
        v.put("doelgroep", "ASIELSTATUSHOUDER");
        v.put("gemeente", "0441");
        v.put("koppelingsdatum", VANDAAG.minusDays(5).toString());
        v.put("bijstand", true);
        return v;
    }

    private Http coa() {
        return Http.als(poort, TestGegevens.COA.id());
    }

    private long aantalDossiers() {
        return dossiers.count();
    }

    private long aantalProcessen() {
        return runtimeService.createProcessInstanceQuery().processDefinitionKey("inburgering").count();
    }

    @Test
    void zonderAanmeldingGeenToegang() {
        assertThat(Http.anoniem(poort).post("/api/dossiers", verzoek(TestGegevens.nieuwBsn())).status()).isEqualTo(401);
        assertThat(Http.als(poort, TestGegevens.CM_HOORN_2.id(), "fout").get("/api/dossiers/INB-2026-000001").status()).isEqualTo(401);
        assertThat(Http.anoniem(poort).get("/engine-rest/task?maxResults=10").status()).isEqualTo(401);
        assertThat(Http.als(poort, "bestaat.niet", "fout").get("/engine-rest/task?maxResults=10").status()).isEqualTo(401);
    }

    @Test
    void hetSetupEindpuntVanAdminIsOnbereikbaar() {
        long gebruikers = identityService.createUserQuery().count();
        Http.Antwoord setup = Http.anoniem(poort).post("/camunda/api/admin/setup/default/user/create",
                Map.of("profile", Map.of("id", "indringer", "firstName", "X", "lastName", "Y"),
                        "credentials", Map.of("password", "indringer")));
        assertThat(setup.status()).isEqualTo(404);
        assertThat(identityService.createUserQuery().count()).isEqualTo(gebruikers);
        assertThat(identityService.createUserQuery().userId("indringer").count()).isZero();
    }

    @Test
    void openenGeeftEenDossiernummerZonderBsnEnStartHetHoofdproces() {
        String bsn = TestGegevens.nieuwBsn();
        Http.Antwoord antwoord = coa().post("/api/dossiers", verzoek(bsn));

        assertThat(antwoord.status()).isEqualTo(201);
        String nummer = antwoord.json().path("dossiernummer").asText();
        assertThat(nummer).matches("INB-\\d{4}-\\d{6}").doesNotContain(bsn);
        assertThat(antwoord.header("Location")).isEqualTo("/api/dossiers/" + nummer);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).count()).isEqualTo(2);

        Http.Antwoord getoond = Http.als(poort, "cm.hoorn").get("/api/dossiers/" + nummer);
        assertThat(getoond.status()).isEqualTo(200);
        assertThat(getoond.json().path("inburgeringsplichtig").asBoolean()).isTrue();
        assertThat(getoond.json().path("gemeenteNaam").asText()).isEqualTo("Hoorn");
        assertThat(Http.als(poort, "cm.zoetermeer").get("/api/dossiers/" + nummer).status()).isEqualTo(404);
    }

    @Test
    void nogmaalsOpenenGeeftHetBestaandeDossier() {
        Map<String, Object> v = verzoek(TestGegevens.nieuwBsn());
        Http.Antwoord eerste = coa().post("/api/dossiers", v);
        Http.Antwoord tweede = Http.als(poort, "cm.hoorn").post("/api/dossiers", v);
        assertThat(eerste.status()).isEqualTo(201);
        assertThat(tweede.status()).isEqualTo(200);
        assertThat(tweede.json().path("dossiernummer").asText()).isEqualTo(eerste.json().path("dossiernummer").asText());
    }

    @Test
    void openenSchrijftPreciesEenAuditregelGeopendEnNogmaalsOpenenEenOpnieuwAangeboden() {
        Map<String, Object> v = verzoek(TestGegevens.nieuwBsn());
        String nummer = coa().post("/api/dossiers", v).json().path("dossiernummer").asText();
        Long dossierId = dossiers.findByDossiernummer(nummer).orElseThrow().getId();
        assertThat(inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossierId))
                .extracting(Inzage::getGebruiker, Inzage::getActie)
                .containsExactly(tuple(TestGegevens.COA.id(), DossierService.AUDIT_GEOPEND));

        assertThat(Http.als(poort, "cm.hoorn").post("/api/dossiers", v).status()).isEqualTo(200);
        assertThat(inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossierId))
                .extracting(Inzage::getGebruiker, Inzage::getActie)
                .containsExactly(tuple(TestGegevens.COA.id(), DossierService.AUDIT_GEOPEND),
                        tuple("cm.hoorn", DossierService.AUDIT_OPNIEUW_AANGEBODEN));

        // every caller of the service gets it, not only the API (DUO's notifications, the demo, the population)
        DossierOpenenVerzoek anders = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Inburgeraar",
                java.time.LocalDate.of(1990, 1, 1), "SYR", "ASIELSTATUSHOUDER", "0441", VANDAAG.minusDays(3), true, null);
        Dossier intern = dossierService.open(anders, dossierService.valideer(anders), "duo-koppeling").dossier();
        assertThat(inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(intern.getId()))
                .extracting(Inzage::getGebruiker, Inzage::getActie)
                .containsExactly(tuple("duo-koppeling", DossierService.AUDIT_GEOPEND));
    }

    @Test
    void kanDeAuditregelNietWordenGeschrevenDanBlijftErNietsVanDeOpening() {
        // the audit insert fails in the database (a constraint for this test's user alone): the dossier, the person,
        // the main process and the audit row are one transaction, so none of them may remain
        String door = "test.auditregel-faalt";
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Inburgeraar",
                java.time.LocalDate.of(1990, 1, 1), "SYR", "ASIELSTATUSHOUDER", "0441", VANDAAG.minusDays(3), true, null);
        long dossiersVooraf = aantalDossiers();
        long processenVooraf = aantalProcessen();
        long historieVooraf = processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DossierService.PROCES_INBURGERING).count();
        long auditVooraf = inzagelog.count();
        jdbc.execute("alter table dossier_inzage add constraint ck_test_auditregel_faalt check (gebruiker <> '" + door + "')");
        try {
            assertThatThrownBy(() -> dossierService.open(verzoek, dossierService.valideer(verzoek), door))
                    .isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("alter table dossier_inzage drop constraint ck_test_auditregel_faalt");
        }
        assertThat(dossiers.findFirstByPersoonBsnAndGemeenteOrderByVolgnummerDesc(verzoek.bsn(), "GM0441")).isEmpty();
        assertThat(personen.findByBsn(verzoek.bsn())).isEmpty();
        assertThat(aantalDossiers()).isEqualTo(dossiersVooraf);
        assertThat(aantalProcessen()).isEqualTo(processenVooraf);
        assertThat(processEngine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DossierService.PROCES_INBURGERING).count()).isEqualTo(historieVooraf);
        assertThat(inzagelog.count()).isEqualTo(auditVooraf);

        // once the audit row can be written, the same request opens the dossier with exactly one GEOPEND
        DossierService.Geopend geopend = dossierService.open(verzoek, dossierService.valideer(verzoek), door);
        assertThat(geopend.nieuw()).isTrue();
        assertThat(inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(geopend.dossier().getId()))
                .extracting(Inzage::getGebruiker, Inzage::getActie).containsExactly(tuple(door, DossierService.AUDIT_GEOPEND));
        assertThat(aantalProcessen()).isEqualTo(processenVooraf + 1);
    }

    @Test
    void gelijktijdigOpenenMaaktPreciesEenDossier() throws Exception {
        Map<String, Object> v = verzoek(TestGegevens.nieuwBsn());
        long processenVooraf = aantalProcessen();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Http.Antwoord>> resultaten = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<Http.Antwoord> open = () -> coa().post("/api/dossiers", v);
                resultaten.add(pool.submit(open));
            }
            List<Http.Antwoord> antwoorden = new ArrayList<>();
            for (Future<Http.Antwoord> f : resultaten) {
                antwoorden.add(f.get());
            }
            assertThat(antwoorden).extracting(Http.Antwoord::status).containsOnly(200, 201);
            assertThat(antwoorden).filteredOn(a -> a.status() == 201).hasSize(1);
            assertThat(antwoorden).extracting(a -> a.json().path("dossiernummer").asText()).containsOnly(
                    antwoorden.get(0).json().path("dossiernummer").asText());
            assertThat(aantalProcessen()).isEqualTo(processenVooraf + 1);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ongeldigeInvoerNoemtElkVeldEnSchrijftNiets() {
        long dossiersVooraf = aantalDossiers();
        long processenVooraf = aantalProcessen();
        Map<String, Object> v = verzoek("123456789");
        v.put("geboortedatum", VANDAAG.plusDays(1).toString());
        v.put("gemeente", "9999");
        v.put("doelgroep", "TOERIST");
        v.put("nationaliteit", "XX");
        v.remove("achternaam");
        v.put("koppelingsdatum", VANDAAG.plusYears(1).toString());

        Http.Antwoord antwoord = coa().post("/api/dossiers", v);

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.header("Content-Type")).startsWith("application/problem+json");
        assertThat(antwoord.json().path("velden").properties()).extracting(Map.Entry::getKey).containsExactlyInAnyOrder(
                "bsn", "achternaam", "geboortedatum", "nationaliteit", "doelgroep", "gemeente", "koppelingsdatum");
        assertThat(antwoord.json().path("velden").path("bsn").asText()).contains("elfproef");
        assertThat(aantalDossiers()).isEqualTo(dossiersVooraf);
        assertThat(aantalProcessen()).isEqualTo(processenVooraf);
    }

    @Test
    void misvormdeVerzoekenNoemenHetProbleem() {
        Map<String, Object> v = verzoek(TestGegevens.nieuwBsn());
        v.put("geboortedatum", "1991-13-45");
        Http.Antwoord datum = coa().post("/api/dossiers", v);
        assertThat(datum.status()).isEqualTo(400);
        assertThat(datum.json().path("velden").has("geboortedatum")).isTrue();

        Map<String, Object> onbekend = verzoek(TestGegevens.nieuwBsn());
        onbekend.put("bsnPartner", "123");
        Http.Antwoord extra = coa().post("/api/dossiers", onbekend);
        assertThat(extra.status()).isEqualTo(400);
        assertThat(extra.json().path("velden").has("bsnPartner")).isTrue();

        Http.Antwoord geenJson = coa().post("/api/dossiers", "{dit is geen json");
        assertThat(geenJson.status()).isEqualTo(400);
        assertThat(geenJson.json().path("detail").asText()).contains("JSON");

        Map<String, Object> type = verzoek(TestGegevens.nieuwBsn());
        type.put("bijstand", List.of("ja"));
        assertThat(coa().post("/api/dossiers", type).json().path("velden").has("bijstand")).isTrue();
    }

    @Test
    void alleenCoaOfEenMedewerkerVanDeGemeenteMagOpenen() {
        Http.Antwoord anderGemeente = Http.als(poort, "cm.zoetermeer").post("/api/dossiers", verzoek(TestGegevens.nieuwBsn()));
        assertThat(anderGemeente.status()).isEqualTo(403);
        assertThat(anderGemeente.json().path("detail").asText()).contains("0441");
        assertThat(Http.als(poort, "duo.koppeling").post("/api/dossiers", verzoek(TestGegevens.nieuwBsn())).status()).isEqualTo(403);
        assertThat(Http.als(poort, "cm.hoorn").post("/api/dossiers", verzoek(TestGegevens.nieuwBsn())).status()).isEqualTo(201);
    }

    @Test
    void gebeurtenissenWordenGevalideerdEnEenKeerGeregistreerd() {
        String nummer = coa().post("/api/dossiers", verzoek(TestGegevens.nieuwBsn())).json().path("dossiernummer").asText();
        String pad = "/api/dossiers/" + nummer + "/gebeurtenissen";
        Http duo = Http.als(poort, TestGegevens.DUO.id());

        Http.Antwoord eerste = duo.post(pad, Map.of("type", "KENNISGEVING_DUO", "datum", VANDAAG.toString()));
        assertThat(eerste.status()).isEqualTo(201);
        assertThat(eerste.json().path("kennisgevingDuoDatum").asText()).isEqualTo(VANDAAG.toString());
        assertThat(eerste.json().path("gebeurtenissen").size()).isEqualTo(1);
        Http.Antwoord tweede = duo.post(pad, Map.of("type", "KENNISGEVING_DUO", "datum", VANDAAG.toString()));
        assertThat(tweede.status()).isEqualTo(200);
        assertThat(tweede.json().path("gebeurtenissen").size()).as("the same event twice is recorded once").isEqualTo(1);
        Long dossierId = dossiers.findByDossiernummer(nummer).orElseThrow().getId();
        assertThat(gebeurtenisRepository.findByDossierIdOrderByDatumAscIdAsc(dossierId))
                .extracting(Gebeurtenis::getType).containsExactly(GebeurtenisType.KENNISGEVING_DUO);

        Http.Antwoord fout = duo.post(pad, Map.of("type", "VERHUISD", "datum", VANDAAG.plusDays(3).toString()));
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.json().path("velden").has("type")).isTrue();
        assertThat(fout.json().path("velden").has("datum")).isTrue();

        Http.Antwoord brp = Http.als(poort, "cm.hoorn").post(pad, Map.of("type", "BRP_INSCHRIJVING", "datum", VANDAAG.toString()));
        assertThat(brp.status()).isEqualTo(201);
        assertThat(brp.json().path("pipUiterlijkeDatum").asText()).isEqualTo(VANDAAG.plusWeeks(10).toString());

        assertThat(Http.als(poort, "cm.zoetermeer").post(pad, Map.of("type", "START_BIJSTAND", "datum", VANDAAG.toString()))
                .status()).isEqualTo(404);
        assertThat(duo.post("/api/dossiers/INB-0000-000000/gebeurtenissen", Map.of("type", "START_BIJSTAND",
                "datum", VANDAAG.toString())).status()).isEqualTo(404);
        assertThat(duo.post(pad, Map.of("type", "INFORMATIE_DERDE_ONTVANGEN", "datum", VANDAAG.toString())).status())
                .isEqualTo(409);
    }

    @Test
    void eenGebeurtenisOverDeApiSchrijftZijnAuditregelInDeTransactieVanDeGebeurtenis() {
        String nummer = coa().post("/api/dossiers", verzoek(TestGegevens.nieuwBsn())).json().path("dossiernummer").asText();
        Dossier dossier = dossiers.findByDossiernummer(nummer).orElseThrow();
        werkAf(dossier);
        String pad = "/api/dossiers/" + nummer + "/gebeurtenissen";
        Http duo = Http.als(poort, TestGegevens.DUO.id());
        Map<String, Object> huisvesting = Map.of("type", "HUISVESTING", "datum", VANDAAG.toString());
        assertThat(duo.post(pad, huisvesting).status()).isEqualTo(201);
        assertThat(duo.post(pad, huisvesting).status()).isEqualTo(200); // the request is logged, as before
        assertThat(duo.post(pad, Map.of("type", "INFORMATIE_DERDE_ONTVANGEN", "datum", VANDAAG.toString())).status())
                .isEqualTo(409); // refused: rolled back, no row
        assertThat(gebeurtenisregels(dossier)).containsExactly(tuple(TestGegevens.DUO.id(), "GEBEURTENIS HUISVESTING"),
                tuple(TestGegevens.DUO.id(), "GEBEURTENIS HUISVESTING"));

        // the audit insert fails in the database (a constraint for this test's user alone): the ending, its tracks'
        // closing and the audit row are one transaction, so nothing of the ending may remain
        String door = "test.gebeurtenis-audit-faalt." + Long.toString(System.nanoTime(), 36);
        String hoofd = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer)
                .processDefinitionKey(DossierService.PROCES_INBURGERING).singleResult().getId();
        List<String> stappenVooraf = runtimeService.getActiveActivityIds(hoofd);
        long processenVooraf = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).count();
        jdbc.execute("alter table dossier_inzage add constraint ck_test_gebeurtenis_audit_faalt check (gebruiker <> '" + door + "')");
        try {
            assertThatThrownBy(() -> dossierService.registreerMetAuditregel(dossier, GebeurtenisType.BEEINDIGD, VANDAAG,
                    "Vertrokken", Beeindigingsreden.VERTREK_UIT_NEDERLAND, null, door))
                    .isInstanceOf(DataIntegrityViolationException.class);
        } finally {
            jdbc.execute("alter table dossier_inzage drop constraint ck_test_gebeurtenis_audit_faalt");
        }
        Dossier na = dossiers.findById(dossier.getId()).orElseThrow();
        assertThat(na.isLopend()).isTrue();
        assertThat(na.getAfgeslotenOp()).isNull();
        assertThat(gebeurtenisRepository.findByDossierIdAndTypeOrderByDatumAscIdAsc(dossier.getId(), GebeurtenisType.BEEINDIGD))
                .isEmpty();
        assertThat(runtimeService.getActiveActivityIds(hoofd)).containsExactlyInAnyOrderElementsOf(stappenVooraf);
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(nummer).count()).isEqualTo(processenVooraf);
        assertThat(jdbc.queryForObject("select count(*) from dossier_inzage where gebruiker = ?", Long.class, door)).isZero();

        // once the row can be written, the same ending is recorded with exactly one audit row
        assertThat(dossierService.registreerMetAuditregel(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "Vertrokken",
                Beeindigingsreden.VERTREK_UIT_NEDERLAND, null, door)).isTrue();
        assertThat(dossiers.findById(dossier.getId()).orElseThrow().getStatus()).isEqualTo(DossierStatus.BEEINDIGD);
        assertThat(gebeurtenisregels(dossier)).endsWith(tuple(door, "GEBEURTENIS BEEINDIGD"));
        assertThat(jdbc.queryForObject("select count(*) from dossier_inzage where gebruiker = ?", Long.class, door)).isEqualTo(1);
        // the service without audit row (DUO's notifications, the move, the demo) writes none, as before
        assertThat(dossierService.registreer(dossier, GebeurtenisType.BEEINDIGD, VANDAAG, "Vertrokken",
                Beeindigingsreden.VERTREK_UIT_NEDERLAND, null, "test")).isFalse();
        assertThat(gebeurtenisregels(dossier)).hasSize(3);
    }

    private List<org.assertj.core.groups.Tuple> gebeurtenisregels(Dossier dossier) {
        return inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()).stream()
                .filter(i -> i.getActie().startsWith(DossierService.AUDIT_GEBEURTENIS))
                .map(i -> tuple(i.getGebruiker(), i.getActie())).toList();
    }
}
