package nl.regie.inburgering.handhaving;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongSupplier;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.GebeurtenisRepository;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The handhaving data over our API: Pw maatregelen (the inkomensconsulent), earlier fines of a previous gemeente
 * (casemanager, handhaving), DUO's own fines as event BOETE_DUO (DUO only), and the overview per dossier with its
 * totals, the reasons only for the teamleider and handhaving. Roles, gemeente, every invalid field (nothing written)
 * and the audit trail.
 */
class HandhavingApiTest extends ProcesTestBasis {

    static final TestGegevens.TestGebruiker IC = new TestGegevens.TestGebruiker("ic.hhapi", Rollen.INKOMENSCONSULENT,
            List.of("GM0441"));
    static final TestGegevens.TestGebruiker IC_ZOETERMEER = new TestGegevens.TestGebruiker("ic.hhapi.zoetermeer",
            Rollen.INKOMENSCONSULENT, List.of("GM0637"));
    static final TestGegevens.TestGebruiker HH = new TestGegevens.TestGebruiker("hh.hhapi", Rollen.HANDHAVING,
            List.of("GM0441"));

    private static final String CM = TestGegevens.CM_HOORN.id();
    private static final String TL = TestGegevens.TL_WESTFRIESLAND.id();
    private static final String PB = TestGegevens.PB.id();
    private static final String DUO = TestGegevens.DUO.id();
    private static final String COA = TestGegevens.COA.id();
    private static final String PARTNER = TestGegevens.TAALSCHOOL_WESTFRIESLAND.id();

    @LocalServerPort int poort;
    @Autowired PwMaatregelRepository maatregelen;
    @Autowired EerdereBoeteRepository eerdereBoetes;
    @Autowired HandhavingZaakRepository zaken;
    @Autowired HandhavingSignaalRepository signalen;
    @Autowired DuoVerwijtbaarheidRepository duoVerwijtbaarheid;
    @Autowired GebeurtenisRepository gebeurtenissen;
    @Autowired InzageRepository inzagelog;
    @Autowired JdbcTemplate jdbc;

    @BeforeEach
    void gebruikers() {
        List.of(IC, IC_ZOETERMEER, HH).forEach(g -> TestGegevens.zorgVoor(identityService, g));
    }

    private Http als(String gebruiker) {
        return Http.als(poort, gebruiker);
    }

    private static String pad(Dossier dossier, String rest) {
        return "/api/dossiers/" + dossier.getDossiernummer() + rest;
    }

    private static Map<String, Object> maatregel() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("gedraging", "LESVERZUIM");
        m.put("periodeVan", VANDAAG.minusMonths(2).toString());
        m.put("periodeTot", VANDAAG.minusMonths(1).toString());
        m.put("besluitdatum", VANDAAG.minusDays(10).toString());
        m.put("verlagingProcent", 20);
        m.put("omschrijving", "Bijstand verlaagd wegens verzuim bij de taalschool");
        return m;
    }

    private static Map<String, Object> eerdereBoete(String kenmerk) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("gemeenteCode", "GM0363");
        b.put("gedraging", "PIP_AFSPRAKEN");
        b.put("gedragsdatum", VANDAAG.minusMonths(3).toString());
        b.put("dagtekening", VANDAAG.minusMonths(2).toString());
        b.put("bedrag", new BigDecimal("150.00"));
        b.put("kenmerk", kenmerk);
        return b;
    }

    private static Map<String, Object> met(Map<String, Object> geldig, String veld, Object waarde) {
        Map<String, Object> body = new LinkedHashMap<>(geldig);
        if (waarde == null) {
            body.remove(veld);
        } else {
            body.put(veld, waarde);
        }
        return body;
    }

    /** 400 naming the field, and nothing written (the rows counted before and after). */
    private void ongeldig(Http wie, String pad, Map<String, Object> body, String veld, LongSupplier rijen) {
        long voor = rijen.getAsLong();
        Http.Antwoord antwoord = wie.post(pad, body);
        assertThat(antwoord.status()).as(veld + " in " + body + ": " + antwoord.body()).isEqualTo(400);
        assertThat(antwoord.json().path("velden").has(veld)).as(veld + ": " + antwoord.body()).isTrue();
        assertThat(rijen.getAsLong()).as("nothing written for " + veld).isEqualTo(voor);
    }

    private List<String> acties(Dossier dossier, String gebruiker) {
        return inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()).stream()
                .filter(i -> i.getGebruiker().equals(gebruiker)).map(i -> i.getActie()).toList();
    }

    @Test
    void deInkomensconsulentRegistreertEenPwMaatregelEnAlleenHij() {
        Dossier dossier = openStatushouder("0441");
        String pad = pad(dossier, "/pw-maatregelen");
        LongSupplier rijen = () -> maatregelen.findByDossierIdOrderById(dossier.getId()).size();

        for (String rol : List.of(CM, TL, HH.id(), PB, DUO, COA, PARTNER)) {
            assertThat(als(rol).post(pad, maatregel()).status()).as(rol + " may not record").isEqualTo(403);
        }
        assertThat(als(IC_ZOETERMEER.id()).post(pad, maatregel()).status()).as("another gemeente").isEqualTo(404);

        Http ic = als(IC.id());
        ongeldig(ic, pad, met(maatregel(), "gedraging", null), "gedraging", rijen);
        ongeldig(ic, pad, met(maatregel(), "gedraging", "PVT_NIET_VOLTOOID"), "gedraging", rijen); // DUO's
        ongeldig(ic, pad, met(maatregel(), "gedraging", "TE_LAAT"), "gedraging", rijen);
        ongeldig(ic, pad, met(maatregel(), "periodeVan", null), "periodeVan", rijen);
        ongeldig(ic, pad, met(maatregel(), "periodeVan", "2026-02-30"), "periodeVan", rijen);
        ongeldig(ic, pad, met(maatregel(), "periodeTot", VANDAAG.plusDays(1).toString()), "periodeTot", rijen);
        ongeldig(ic, pad, met(maatregel(), "periodeTot", VANDAAG.minusMonths(3).toString()), "periodeTot", rijen);
        ongeldig(ic, pad, met(maatregel(), "besluitdatum", null), "besluitdatum", rijen);
        ongeldig(ic, pad, met(maatregel(), "besluitdatum", VANDAAG.plusDays(1).toString()), "besluitdatum", rijen);
        ongeldig(ic, pad, met(maatregel(), "besluitdatum", VANDAAG.minusMonths(2).minusDays(1).toString()),
                "besluitdatum", rijen);
        ongeldig(ic, pad, met(maatregel(), "verlagingProcent", null), "verlagingProcent", rijen);
        ongeldig(ic, pad, met(maatregel(), "verlagingProcent", 0), "verlagingProcent", rijen);
        ongeldig(ic, pad, met(maatregel(), "verlagingProcent", 101), "verlagingProcent", rijen);
        ongeldig(ic, pad, met(maatregel(), "verlagingProcent", "20"), "verlagingProcent", rijen);
        ongeldig(ic, pad, met(maatregel(), "verlagingProcent", 20.5), "verlagingProcent", rijen);
        ongeldig(ic, pad, met(maatregel(), "omschrijving", null), "omschrijving", rijen);
        ongeldig(ic, pad, met(maatregel(), "omschrijving", "  "), "omschrijving", rijen);
        ongeldig(ic, pad, met(maatregel(), "omschrijving", "x".repeat(2001)), "omschrijving", rijen);
        ongeldig(ic, pad, met(maatregel(), "boetebedrag", 50), "boetebedrag", rijen); // no such field

        Http.Antwoord geregistreerd = ic.post(pad, maatregel());
        assertThat(geregistreerd.status()).as(geregistreerd.body()).isEqualTo(201);
        assertThat(geregistreerd.json().path("gedraging").asText()).isEqualTo("LESVERZUIM");
        assertThat(geregistreerd.json().path("periodeVan").asText()).isEqualTo(VANDAAG.minusMonths(2).toString());
        assertThat(geregistreerd.json().path("verlagingProcent").asInt()).isEqualTo(20);
        assertThat(geregistreerd.json().path("geregistreerdDoor").asText()).isEqualTo(IC.id());
        PwMaatregel opgeslagen = maatregelen.findByDossierIdOrderById(dossier.getId()).get(0);
        assertThat(opgeslagen.betreft(Gedraging.LESVERZUIM, VANDAAG.minusMonths(1), VANDAAG.minusMonths(1)))
                .as("the double-sanction check finds it").isTrue();
        assertThat(opgeslagen.getBesluitdatum()).isEqualTo(VANDAAG.minusDays(10));
        assertThat(acties(dossier, IC.id())).containsExactly("PW_MAATREGEL_GEREGISTREERD");

        for (String rol : List.of(IC.id(), CM, TL, HH.id())) {
            Http.Antwoord lijst = als(rol).get(pad);
            assertThat(lijst.status()).as(rol).isEqualTo(200);
            assertThat(lijst.json()).hasSize(1);
            assertThat(lijst.json().get(0).path("omschrijving").asText()).contains("verzuim");
            assertThat(acties(dossier, rol)).as("the read is logged for " + rol).contains("PW_MAATREGELEN_GELEZEN");
        }
        for (String rol : List.of(PB, DUO, COA, PARTNER)) {
            assertThat(als(rol).get(pad).status()).as(rol + " may not read").isEqualTo(403);
        }
        assertThat(als(IC_ZOETERMEER.id()).get(pad).status()).isEqualTo(404);
    }

    @Test
    void eenBoeteVanEenVorigeGemeenteWordtGeregistreerdDoorCasemanagerOfHandhaving() {
        Dossier dossier = openStatushouder("0441");
        String pad = pad(dossier, "/handhaving/eerdere-boetes");
        LongSupplier rijen = () -> eerdereBoetes.findByDossierIdOrderById(dossier.getId()).size();

        for (String rol : List.of(IC.id(), TL, PB, DUO, COA, PARTNER)) {
            assertThat(als(rol).post(pad, eerdereBoete("A-1")).status()).as(rol + " may not record").isEqualTo(403);
        }
        assertThat(als(TestGegevens.CM_ZOETERMEER.id()).post(pad, eerdereBoete("A-1")).status())
                .as("another gemeente").isEqualTo(404);

        Http cm = als(CM);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "gemeenteCode", null), "gemeenteCode", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "gemeenteCode", "0363"), "gemeenteCode", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "gemeenteCode", "GM036"), "gemeenteCode", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "gemeenteCode", "GM0441"), "gemeenteCode", rijen); // its own
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "gedraging", "MAP_NIET_VOLTOOID"), "gedraging", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "gedraging", null), "gedraging", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "gedragsdatum", null), "gedragsdatum", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "gedragsdatum", VANDAAG.plusDays(1).toString()), "gedragsdatum", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "dagtekening", null), "dagtekening", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "dagtekening", VANDAAG.plusDays(1).toString()), "dagtekening", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "dagtekening", VANDAAG.minusMonths(4).toString()), "dagtekening", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "bedrag", null), "bedrag", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "bedrag", BigDecimal.ZERO), "bedrag", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "bedrag", new BigDecimal("-50.00")), "bedrag", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "bedrag", new BigDecimal("800.01")), "bedrag", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "bedrag", new BigDecimal("12.345")), "bedrag", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "bedrag", "150.00"), "bedrag", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "kenmerk", null), "kenmerk", rijen);
        ongeldig(cm, pad, met(eerdereBoete("A-1"), "kenmerk", "A\n1"), "kenmerk", rijen);

        Http.Antwoord geregistreerd = cm.post(pad, eerdereBoete("A-1"));
        assertThat(geregistreerd.status()).as(geregistreerd.body()).isEqualTo(201);
        assertThat(geregistreerd.json().path("gemeenteCode").asText()).isEqualTo("GM0363");
        assertThat(geregistreerd.json().path("bedrag").decimalValue()).isEqualByComparingTo("150.00");
        Http.Antwoord maximum = als(HH.id()).post(pad, met(eerdereBoete("A-2"), "bedrag", new BigDecimal("800")));
        assertThat(maximum.status()).as("handhaving too, up to 800.00: " + maximum.body()).isEqualTo(201);
        assertThat(cm.post(pad, eerdereBoete("A-1")).status()).as("the same fine twice").isEqualTo(409);
        assertThat(eerdereBoetes.findByDossierIdOrderById(dossier.getId())).extracting(EerdereBoete::getBedrag)
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("150.00"), new BigDecimal("800.00"));
        assertThat(acties(dossier, CM)).containsExactly("EERDERE_BOETE_GEREGISTREERD");
        assertThat(acties(dossier, HH.id())).containsExactly("EERDERE_BOETE_GEREGISTREERD");
    }

    @Test
    void eenBoeteVanDuoIsEenGebeurtenisVanDuoMetEenGecodeerdeToelichting() {
        Dossier dossier = openStatushouder("0441");
        String pad = pad(dossier, "/gebeurtenissen");
        LongSupplier rijen = () -> gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId()).size();
        String datum = VANDAAG.minusDays(5).toString();

        assertThat(als(CM).post(pad, boeteDuo(datum, "ONDERDEEL:PVT;BEDRAG:340.00")).status())
                .as("DUO's fines are DUO's to report").isEqualTo(403);
        Http duo = als(DUO);
        for (String code : new String[] {null, "", "ONDERDEEL:PVT", "ONDERDEEL:PVT;BEDRAG:340", "ONDERDEEL:PVT;BEDRAG:340,00",
                "ONDERDEEL:KNM;BEDRAG:340.00", "ONDERDEEL:PVT;BEDRAG:0.00", "ONDERDEEL:PVT;BEDRAG:-1.00",
                "BEDRAG:340.00;ONDERDEEL:PVT", "ONDERDEEL:PVT;BEDRAG:340.00;ONDERDEEL:MAP;BEDRAG:340.00"}) {
            long voor = rijen.getAsLong();
            Http.Antwoord fout = duo.post(pad, boeteDuo(datum, code));
            assertThat(fout.status()).as(code + ": " + fout.body()).isEqualTo(400);
            assertThat(fout.json().path("velden").has("toelichting")).as(code).isTrue();
            assertThat(rijen.getAsLong()).as("nothing written for " + code).isEqualTo(voor);
        }

        assertThat(duo.post(pad, boeteDuo(datum, "ONDERDEEL:PVT;BEDRAG:340.00")).status()).isEqualTo(201);
        assertThat(duo.post(pad, boeteDuo(datum, "ONDERDEEL:MAP;BEDRAG:340.00")).status())
                .as("another onderdeel on the same day is another fine").isEqualTo(201);
        assertThat(duo.post(pad, boeteDuo(datum, "ONDERDEEL:PVT;BEDRAG:340.00")).status())
                .as("the same fine again is recorded once").isEqualTo(200);
        assertThat(gebeurtenissen.findByDossierIdOrderByDatumAscIdAsc(dossier.getId()).stream()
                .filter(g -> g.getType().name().equals("BOETE_DUO")).map(g -> g.getToelichting()))
                .containsExactly("ONDERDEEL:PVT;BEDRAG:340.00", "ONDERDEEL:MAP;BEDRAG:340.00");
        String dossierPad = pad(dossier, "");
        assertThat(als(CM).get(dossierPad).body()).contains("ONDERDEEL:MAP;BEDRAG:340.00");
        Http.Antwoord alsCoa = als(COA).get(dossierPad);
        assertThat(alsCoa.status()).isEqualTo(200);
        assertThat(alsCoa.body()).as("DUO's fines are not COA's business").doesNotContain("BOETE_DUO");
    }

    private static Map<String, Object> boeteDuo(String datum, String code) {
        Map<String, Object> g = new LinkedHashMap<>();
        g.put("type", "BOETE_DUO");
        g.put("datum", datum);
        if (code != null) {
            g.put("toelichting", code);
        }
        return g;
    }

    @Test
    void hetOverzichtToontZakenBedragenEnTotalenAanWieHetMagZien() {
        LocalDate termijnStart = VANDAAG.minusMonths(6);
        Dossier dossier = metTermijnVanaf(openStatushouder("0441"), termijnStart);
        String nr = dossier.getDossiernummer();

        // a fine imposed after a zienswijze in a hoorgesprek
        HandhavingZaak beboet = zaak(dossier, 1, VANDAAG.minusMonths(4));
        beboet.boeteBerekend(new BigDecimal("250.00"), "Eerste boete PIP: 100% van 250,00", "PIP-2021");
        zaken.save(beboet);
        jdbc.update("update handhaving_zaak set status = 'INVORDERING', verwijtbaarheid = 'VOLLEDIG',"
                + " verwijtbaarheid_reden = 'Reden-verwijtbaar-geheim', waarschuwing_datum = ?, naleven_voor = ?, nageleefd = false,"
                + " voornemen_datum = ?, zienswijze_voor = ?, zienswijze_ontvangen_op = ?, zienswijze_vorm = 'HOORGESPREK',"
                + " zienswijze_inhoud = 'Zienswijze-inhoud-gezondheid', besluit = 'BOETE', besluit_reden = 'Reden-besluit-geheim',"
                + " dagtekening = ?, bezwaar_voor = ?, invordering_status = 'GEVRAAGD' where id = ?",
                VANDAAG.minusMonths(3), VANDAAG.minusMonths(3).plusWeeks(4), VANDAAG.minusMonths(2),
                VANDAAG.minusMonths(2).plusWeeks(2), VANDAAG.minusMonths(2).plusWeeks(1), VANDAAG.minusDays(20),
                VANDAAG.minusDays(20).plusWeeks(6), beboet.getId());
        // a fine annulled in bezwaar: not counted
        HandhavingZaak vernietigd = zaak(dossier, 2, VANDAAG.minusMonths(5));
        vernietigd.boeteBerekend(new BigDecimal("100.00"), "Eerste boete PIP: 50% van 200,00", "PIP-2021");
        zaken.save(vernietigd);
        jdbc.update("update handhaving_zaak set status = 'AFGESLOTEN', besluit = 'BOETE', dagtekening = ?,"
                + " bezwaar_ontvangen_op = ?, bezwaar_uitkomst = 'GEGROND', bezwaar_reden = 'Reden-bezwaar-geheim',"
                + " afsluitreden = 'BOETE_VERNIETIGD', afgesloten_op = ? where id = ?",
                VANDAAG.minusMonths(3), VANDAAG.minusMonths(2), VANDAAG.minusMonths(1), vernietigd.getId());
        // a fine computed but not yet decided: only for the teamleider and handhaving
        HandhavingZaak lopend = zaak(dossier, 3, VANDAAG.minusDays(40));
        lopend.boeteBerekend(new BigDecimal("75.00"), "Herhaling binnen twaalf maanden", "PIP-2021");
        zaken.save(lopend);
        HandhavingSignaal signaal = new HandhavingSignaal(dossier.getId(), HandhavingSignaal.Bron.VOORTGANGSGESPREK,
                Gedraging.PIP_AFSPRAKEN, VANDAAG.minusMonths(4), VANDAAG.minusMonths(4).plusDays(6),
                VANDAAG.minusMonths(4), "Afspraken niet nagekomen", CM, Instant.now());
        signaal.zaakGestart(beboet.getId());
        signalen.save(signaal);
        duoVerwijtbaarheid.save(new DuoVerwijtbaarheid(dossier.getId(), "PVT", true, null, VANDAAG.minusMonths(2), HH.id()));
        duoVerwijtbaarheid.save(new DuoVerwijtbaarheid(dossier.getId(), "PVT", false, lopend.getId(), VANDAAG.minusDays(3), HH.id()));
        assertThat(als(IC.id()).post(pad(dossier, "/pw-maatregelen"), maatregel()).status()).isEqualTo(201);
        assertThat(als(CM).post(pad(dossier, "/handhaving/eerdere-boetes"), eerdereBoete("ZS-9")).status()).isEqualTo(201);
        assertThat(als(DUO).post(pad(dossier, "/gebeurtenissen"),
                boeteDuo(VANDAAG.minusDays(2).toString(), "ONDERDEEL:PVT;BEDRAG:340.00")).status()).isEqualTo(201);
        String pad = pad(dossier, "/handhaving");

        // handhaving sees everything but the zienswijze's content
        Http.Antwoord alsHandhaving = als(HH.id()).get(pad);
        assertThat(alsHandhaving.status()).as(alsHandhaving.body()).isEqualTo(200);
        assertThat(alsHandhaving.body()).doesNotContain("Zienswijze-inhoud-gezondheid").doesNotContain("zienswijzeInhoud");
        JsonNode hh = alsHandhaving.json();
        assertThat(hh.path("dossiernummer").asText()).isEqualTo(nr);
        JsonNode zaak1 = hh.path("zaken").get(0);
        assertThat(zaak1.path("zaaknummer").asText()).isEqualTo(nr + "-H1");
        assertThat(zaak1.path("gedraging").asText()).isEqualTo("PIP_AFSPRAKEN");
        assertThat(zaak1.path("bron").asText()).isEqualTo("VOORTGANGSGESPREK");
        assertThat(zaak1.path("status").asText()).isEqualTo("INVORDERING");
        assertThat(zaak1.path("verwijtbaarheid").asText()).isEqualTo("VOLLEDIG");
        assertThat(zaak1.path("verwijtbaarheidReden").asText()).isEqualTo("Reden-verwijtbaar-geheim");
        assertThat(zaak1.path("nalevenVoor").asText()).isEqualTo(VANDAAG.minusMonths(3).plusWeeks(4).toString());
        assertThat(zaak1.path("zienswijzeVoor").asText()).isEqualTo(VANDAAG.minusMonths(2).plusWeeks(2).toString());
        assertThat(zaak1.path("zienswijzeOntvangen").asBoolean()).isTrue();
        assertThat(zaak1.path("zienswijzeVorm").asText()).isEqualTo("HOORGESPREK");
        assertThat(zaak1.path("besluit").asText()).isEqualTo("BOETE");
        assertThat(zaak1.path("besluitReden").asText()).isEqualTo("Reden-besluit-geheim");
        assertThat(zaak1.path("boeteBedrag").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(zaak1.path("boeteBerekening").asText()).contains("Eerste boete");
        assertThat(zaak1.path("dagtekening").asText()).isEqualTo(VANDAAG.minusDays(20).toString());
        assertThat(zaak1.path("bezwaarVoor").asText()).isEqualTo(VANDAAG.minusDays(20).plusWeeks(6).toString());
        assertThat(zaak1.path("invorderingStatus").asText()).isEqualTo("GEVRAAGD");
        assertThat(zaak1.path("boeteOpgelegd").asBoolean()).isTrue();
        JsonNode zaak2 = hh.path("zaken").get(1);
        assertThat(zaak2.path("bezwaarUitkomst").asText()).isEqualTo("GEGROND");
        assertThat(zaak2.path("bezwaarReden").asText()).isEqualTo("Reden-bezwaar-geheim");
        assertThat(zaak2.path("boeteOpgelegd").asBoolean()).as("annulled").isFalse();
        assertThat(zaak2.path("afsluitreden").asText()).isEqualTo("BOETE_VERNIETIGD");
        assertThat(hh.path("zaken").get(2).path("boeteBedrag").decimalValue()).isEqualByComparingTo("75.00");
        assertThat(hh.path("signalen")).hasSize(1);
        assertThat(hh.path("signalen").get(0).path("zaaknummer").asText()).isEqualTo(nr + "-H1");
        assertThat(hh.path("signalen").get(0).path("status").asText()).isEqualTo("ZAAK");
        assertThat(hh.path("pwMaatregelen")).hasSize(1);
        assertThat(hh.path("eerdereBoetes")).hasSize(1);
        assertThat(hh.path("duoVerwijtbaarheid")).as("the newest per onderdeel").hasSize(1);
        assertThat(hh.path("duoVerwijtbaarheid").get(0).path("verwijtbaar").asBoolean()).isFalse();
        assertThat(hh.path("duoVerwijtbaarheid").get(0).path("zaaknummer").asText()).isEqualTo(nr + "-H3");
        assertThat(hh.path("duoBoetes")).hasSize(1);
        assertThat(hh.path("duoBoetes").get(0).path("onderdeel").asText()).isEqualTo("PVT");
        assertThat(hh.path("duoBoetes").get(0).path("bedrag").decimalValue()).isEqualByComparingTo("340.00");
        assertThat(hh.path("duoBoetes").get(0).path("datum").asText()).isEqualTo(VANDAAG.minusDays(2).toString());
        JsonNode totalen = hh.path("totalen");
        assertThat(totalen.path("gemeenteBoetes").decimalValue()).as("imposed, not annulled, not DUO's")
                .isEqualByComparingTo("250.00");
        assertThat(totalen.path("eerdereBoetes").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(totalen.path("duoBoetes").decimalValue()).isEqualByComparingTo("340.00");
        JsonNode termijn = totalen.path("inburgeringstermijn");
        assertThat(termijn.path("van").asText()).isEqualTo(termijnStart.toString());
        assertThat(termijn.path("gemeenteBoetes").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(termijn.path("eerdereBoetes").decimalValue()).isEqualByComparingTo("150.00");
        assertThat(termijn.path("andereDossiers").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(termijn.path("totaal").decimalValue()).as("DUO's fine is not the gemeente's").isEqualByComparingTo("400.00");

        // the casemanager sees outcomes and amounts, no reasons, and no amount before the besluit
        Http.Antwoord alsCasemanager = als(CM).get(pad);
        assertThat(alsCasemanager.status()).isEqualTo(200);
        assertThat(alsCasemanager.body()).doesNotContain("Reden-verwijtbaar-geheim").doesNotContain("Reden-besluit-geheim")
                .doesNotContain("Reden-bezwaar-geheim").doesNotContain("Zienswijze-inhoud-gezondheid");
        JsonNode cm = alsCasemanager.json();
        assertThat(cm.path("zaken").get(0).path("besluit").asText()).isEqualTo("BOETE");
        assertThat(cm.path("zaken").get(0).path("boeteBedrag").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(leeg(cm.path("zaken").get(0).path("verwijtbaarheidReden"))).isTrue();
        assertThat(cm.path("zaken").get(1).path("bezwaarUitkomst").asText()).isEqualTo("GEGROND");
        assertThat(leeg(cm.path("zaken").get(2).path("boeteBedrag"))).as("not decided yet").isTrue();
        assertThat(cm.path("totalen").path("gemeenteBoetes").decimalValue()).isEqualByComparingTo("250.00");
        assertThat(cm.path("pwMaatregelen").get(0).path("omschrijving").asText()).contains("verzuim");

        // the teamleider sees the reasons; the procesbeheerder and the inkomensconsulent do not
        assertThat(als(TL).get(pad).body()).contains("Reden-besluit-geheim").doesNotContain("Zienswijze-inhoud-gezondheid");
        Http.Antwoord alsProcesbeheerder = als(PB).get(pad);
        assertThat(alsProcesbeheerder.status()).isEqualTo(200);
        assertThat(alsProcesbeheerder.body()).doesNotContain("Reden-besluit-geheim");
        assertThat(leeg(alsProcesbeheerder.json().path("pwMaatregelen").get(0).path("omschrijving")))
                .as("the Pw omschrijving is for who works with it").isTrue();
        Http.Antwoord alsInkomensconsulent = als(IC.id()).get(pad);
        assertThat(alsInkomensconsulent.status()).isEqualTo(200);
        assertThat(alsInkomensconsulent.body()).doesNotContain("Reden-besluit-geheim");

        for (String rol : List.of(PARTNER, DUO, COA)) {
            assertThat(als(rol).get(pad).status()).as(rol + " may not read").isEqualTo(403);
        }
        assertThat(als(TestGegevens.TL_ZOETERMEER.id()).get(pad).status()).as("another gemeente").isEqualTo(404);
        assertThat(als(TestGegevens.CM_ZOETERMEER.id()).get(pad).status()).as("another gemeente").isEqualTo(404);
        for (String rol : List.of(HH.id(), CM, TL, PB, IC.id())) {
            assertThat(acties(dossier, rol)).as("every read is logged for " + rol).contains("HANDHAVING_GELEZEN");
        }
        assertThat(acties(dossier, DUO)).doesNotContain("HANDHAVING_GELEZEN");
    }

    @Test
    void naEenVerhuizingTeltDeBoeteVanHetVorigeDossierInDezelfdeTermijn() {
        LocalDate termijnStart = VANDAAG.minusMonths(6);
        Dossier oud = metTermijnVanaf(openStatushouder("0441"), termijnStart);
        HandhavingZaak beboet = zaak(oud, 1, VANDAAG.minusMonths(3));
        beboet.boeteBerekend(new BigDecimal("200.00"), "Eerste boete PIP", "PIP-2021");
        zaken.save(beboet);
        jdbc.update("update handhaving_zaak set besluit = 'BOETE', dagtekening = ? where id = ?", VANDAAG.minusMonths(1),
                beboet.getId());
        // a brede intake fine from before the term counts for it (the intake precedes the PIP, so the term): as the
        // fine rules count it (Boeteregels.teltInTermijn)
        HandhavingZaak ervoor = zaak(oud, 2, termijnStart.minusMonths(2));
        ervoor.boeteBerekend(new BigDecimal("250.00"), "Brede intake", "BI-2021");
        zaken.save(ervoor);
        jdbc.update("update handhaving_zaak set gedraging = 'BREDE_INTAKE_NIET_VERSCHENEN', besluit = 'BOETE', dagtekening = ?"
                + " where id = ?", termijnStart.minusMonths(1), ervoor.getId());

        Http.Antwoord verhuisd = als(CM).post(pad(oud, "/verhuizing"), Map.of("naarGemeente", "0388", "datum", VANDAAG.toString()));
        assertThat(verhuisd.status()).as(verhuisd.body()).isEqualTo(201);
        Dossier nieuw = dossiers.findByDossiernummer(verhuisd.json().path("nieuwDossiernummer").asText()).orElseThrow();
        werkAf(nieuw);
        if (herlaad(nieuw).getInburgeringstermijnStart() == null) {
            nieuw = metTermijnVanaf(nieuw, termijnStart); // the term follows the person
        }

        JsonNode overzicht = als(TestGegevens.CM_ENKHUIZEN.id()).get(pad(nieuw, "/handhaving")).json();
        assertThat(overzicht.path("zaken")).as("the other gemeente's cases are its own").isEmpty();
        JsonNode termijn = overzicht.path("totalen").path("inburgeringstermijn");
        assertThat(termijn.path("gemeenteBoetes").decimalValue()).isEqualByComparingTo("0.00");
        assertThat(termijn.path("andereDossiers").decimalValue()).isEqualByComparingTo("450.00");
        assertThat(termijn.path("totaal").decimalValue()).isEqualByComparingTo("450.00");
    }

    /** The dossier with its inburgeringstermijn (three years) started on the given day, as a fixed PIP does. */
    private Dossier metTermijnVanaf(Dossier dossier, LocalDate start) {
        Dossier actueel = herlaad(dossier);
        actueel.pipVastgesteld(start, start.plusYears(3));
        return dossiers.save(actueel);
    }

    /** Left out of the answer (or null): not shown to this caller. */
    private static boolean leeg(JsonNode veld) {
        return veld.isMissingNode() || veld.isNull();
    }

    private HandhavingZaak zaak(Dossier dossier, int volgnummer, LocalDate dag) {
        return zaken.save(new HandhavingZaak(dossier.getId(), dossier.getDossiernummer(), volgnummer,
                Gedraging.PIP_AFSPRAKEN, dag, dag.plusDays(6), HandhavingSignaal.Bron.VOORTGANGSGESPREK,
                "Afspraken niet nagekomen", CM, Instant.now()));
    }
}
