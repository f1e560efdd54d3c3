package nl.regie.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Beeindigingsreden;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.GebeurtenisType;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.verhuizing.Heropeningsreden;
import nl.regie.inburgering.verhuizing.VerhuizingService;

/**
 * The voortgangsrapportage over a small, fully known population in Hoorn (0441) and Enkhuizen (0388), compared with
 * hand-counted values: every table for the year, the cohorts per quarter (one cohort final, one still running), a
 * move in the year (Hoorn to Enkhuizen), a reopened dossier, the SPUK from data; JSON and CSV; roles and gemeenten.
 *
 * <p>The population lives in a year of its own, far from every other test's dates (and from a previous run's on
 * PostgreSQL): the year is drawn until Hoorn and Enkhuizen have no dossier near it. Dossiers are opened, given
 * events, moved and reopened through the application's services (and a handhaving signal over the API); the PIP is
 * fixed as {@code ProcesTestBasis.startNaPip} does; the tracks' facts (start of a leerroute, PVT signed, MAP, the
 * ontzorgen evaluation, a voortgangsgesprek) are written as rows, as their processes would leave them.
 */
class RapportageApiTest extends ProcesTestBasis {

    private static final String TL = TestGegevens.TL_WESTFRIESLAND.id();

    /** The population, built once for the class. */
    private static Populatie pop;

    record Populatie(int jaar, LocalDate b, LocalDate peil, Map<String, Dossier> dossiers, Map<String, LocalDate> pipStart) {
    }

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;
    @Autowired VerhuizingService verhuizing;

    @BeforeEach
    void populatie() {
        if (pop == null) {
            pop = bouw();
        }
        zetKlok(pop.peil());
    }

    private Populatie bouw() {
        int jaar;
        do {
            jaar = ThreadLocalRandom.current().nextInt(2031, 2080);
        } while (jdbc.queryForObject("select count(*) from dossier where gemeente in ('GM0441', 'GM0388') "
                + "and koppelingsdatum between ? and ?", Long.class,
                LocalDate.of(jaar - 2, 1, 1), LocalDate.of(jaar + 5, 1, 1)) > 0);
        LocalDate b = LocalDate.of(jaar, 1, 1);
        LocalDate peil = LocalDate.of(jaar + 3, 7, 1);
        zetKlok(peil);
        Map<String, Dossier> ds = new LinkedHashMap<>();
        Map<String, LocalDate> pipStart = new LinkedHashMap<>();

        // H1: statushouder, PIP in time (30 days), B1; PVT in year 1, MAP and diploma within the term; self-reliant
        Dossier h1 = open("0441", "ASIELSTATUSHOUDER", b, b.plusDays(10), b.plusDays(20), b.plusDays(15));
        gebeurtenis(h1, GebeurtenisType.HUISVESTING, b.plusDays(20));
        gebeurtenis(h1, GebeurtenisType.KENNISGEVING_DUO, b.plusDays(20));
        LocalDate h1Start = pip(h1, 30, Leerroute.B1);
        traject(h1, "B1", h1Start.plusDays(14));
        pvt(h1, h1Start.plusDays(200));
        jdbc.update("insert into map_traject (dossier_id, status, afgerond) values (?, 'AFGEROND', ?)", h1.getId(),
                h1Start.plusYears(2));
        ontzorgen(h1, b.plusDays(20), "STOPPEN");
        gesprek(h1, b.plusDays(120), "BETAALDE_BAAN");
        gesprek(h1, b.plusDays(200), "BETAALDE_BAAN");
        dossierService.registreer(herlaad(h1), GebeurtenisType.BEEINDIGD, h1Start.plusYears(2).plusDays(100), "diploma",
                Beeindigingsreden.VOLDAAN_DIPLOMA, null, "test");
        werkAf(h1);
        ds.put("H1", h1);

        // H2: statushouder, PIP late (100 days), Z-route; MAP-vrijstelling; ontzorgen extended; a fine in the year
        Dossier h2 = open("0441", "ASIELSTATUSHOUDER", b, b.plusDays(40), b.plusDays(45), null);
        gebeurtenis(h2, GebeurtenisType.HUISVESTING, b.plusDays(45));
        gebeurtenis(h2, GebeurtenisType.KENNISGEVING_DUO, b.plusDays(45));
        LocalDate h2Start = pip(h2, 100, Leerroute.Z);
        traject(h2, "Z", h2Start.plusDays(10));
        jdbc.update("insert into map_traject (dossier_id, status, vrijstelling_reden, vrijstelling_datum) "
                + "values (?, 'VRIJGESTELD', 'Werkt al voltijds', ?)", h2.getId(), b.plusDays(200));
        ontzorgen(h2, b.plusDays(45), "VRIJWILLIG_BUDGETBEHEER");
        gesprek(h2, b.plusDays(250), "VRIJWILLIGERSWERK");
        ds.put("H2", h2);

        // H3: gezinsmigrant, PIP (50 days, B1), moves to Enkhuizen in the year: E3 takes the PIP and the term over
        Dossier h3 = open("0441", "GEZINSMIGRANT", b, b.plusDays(60), null, null);
        gebeurtenis(h3, GebeurtenisType.KENNISGEVING_DUO, b.plusDays(60));
        pip(h3, 50, Leerroute.B1);
        Dossier e3 = verhuizing.verhuis(herlaad(h3), "0388", b.plusDays(300), "test").nieuw();
        werkAf(h3);
        werkAf(e3);
        pvt(e3, b.plusDays(310));
        ds.put("H3", h3);
        ds.put("E3", e3);

        // H4: statushouder in the last quarter, onderwijsroute: its term still runs on the peildatum
        Dossier h4 = open("0441", "ASIELSTATUSHOUDER", b, b.plusDays(300), b.plusDays(310), null);
        gebeurtenis(h4, GebeurtenisType.HUISVESTING, b.plusDays(310));
        gebeurtenis(h4, GebeurtenisType.KENNISGEVING_DUO, b.plusDays(310));
        LocalDate h4Start = pip(h4, 20, Leerroute.ONDERWIJS);
        traject(h4, "ONDERWIJS", h4Start.plusDays(10));
        ds.put("H4", h4);

        // H5: statushouder, vrijstelling a month in, reopened (SS129): H5b starts afresh, PIP in 40 days, B1
        Dossier h5 = open("0441", "ASIELSTATUSHOUDER", b, b.plusDays(5), b.plusDays(5), null);
        gebeurtenis(h5, GebeurtenisType.KENNISGEVING_DUO, b.plusDays(5));
        dossierService.registreer(herlaad(h5), GebeurtenisType.BEEINDIGD, b.plusDays(30), "vrijstelling",
                Beeindigingsreden.VRIJSTELLING, null, "test");
        werkAf(h5);
        Dossier h5b = verhuizing.heropen(herlaad(h5), Heropeningsreden.VRIJSTELLING_INGETROKKEN_ZONDER_PIP,
                b.plusDays(90), "test").nieuw();
        werkAf(h5b);
        pip(h5b, 40, Leerroute.B1);
        ds.put("H5", h5);
        ds.put("H5b", h5b);

        // H6: nareiziger housed the year before (outside the period; in the SPUK of the year after housing)
        Dossier h6 = open("0441", "NAREIZIGER", b, b.minusDays(30), b.minusDays(20), null);
        gebeurtenis(h6, GebeurtenisType.HUISVESTING, b.minusDays(20));
        ds.put("H6", h6);

        // E1: statushouder housed, ten weeks passed without a PIP; E2: still in the AZC (expected housing only)
        Dossier e1 = open("0388", "ASIELSTATUSHOUDER", b, b.plusDays(50), b.plusDays(55), null);
        gebeurtenis(e1, GebeurtenisType.HUISVESTING, b.plusDays(55));
        gebeurtenis(e1, GebeurtenisType.KENNISGEVING_DUO, b.plusDays(55));
        ds.put("E1", e1);
        Dossier e2 = open("0388", "ASIELSTATUSHOUDER", b, b.plusDays(200), null, b.plusDays(230));
        ds.put("E2", e2);

        // handhaving: a case started by the casemanager's signal at 00:30 on the year's first day (Europe/Amsterdam:
        // still the year before in UTC; the instant decides the period)
        ClockUtil.setCurrentTime(Date.from(LocalDateTime.of(b, LocalTime.of(0, 30)).atZone(Tijd.ZONE).toInstant()));
        Map<String, Object> signaal = Map.of("gedraging", "LESVERZUIM", "periodeVan", b.minusDays(20).toString(),
                "periodeTot", b.minusDays(5).toString(), "omschrijving", "Drie weken niet bij de les");
        Http.Antwoord gemeld = Http.als(poort, TestGegevens.CM_HOORN.id())
                .post("/api/dossiers/" + h2.getDossiernummer() + "/handhaving/signalen", signaal);
        assertThat(gemeld.status()).as(gemeld.body()).isEqualTo(201);
        werkAf(h2);
        zetKlok(peil);
        assertThat(jdbc.update("update handhaving_zaak set waarschuwing_datum = ?, besluit = 'BOETE', dagtekening = ?, "
                + "boete_bedrag = 250.00 where dossier_id = ?", b.plusDays(110), b.plusDays(150), h2.getId())).isEqualTo(1);

        ds.values().forEach(x -> pipStart.put(x.getDossiernummer(), herlaad(x).getPipTermijnStart()));
        return new Populatie(jaar, b, peil, ds, pipStart);
    }

    private Dossier open(String cbs, String doelgroep, LocalDate b, LocalDate koppeling, LocalDate brp, LocalDate verwacht) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Rapportage",
                b.minusYears(30), "GEZINSMIGRANT".equals(doelgroep) ? "MAR" : "SYR", doelgroep, cbs, koppeling, false,
                brp, null, verwacht);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "test").dossier();
        werkAf(dossier);
        return dossier;
    }

    /** The first PIP fixed {@code dagen} after the start of the ten weeks; the term starts on its dagtekening. */
    private LocalDate pip(Dossier dossier, int dagen, Leerroute route) {
        Dossier actueel = herlaad(dossier);
        assertThat(actueel.getPipTermijnStart()).as("ten weeks started for " + dossier).isNotNull();
        LocalDate dagtekening = actueel.getPipTermijnStart().plusDays(dagen);
        PipVersie pip = new PipVersie(dossier.getId(), 1);
        pip.concept(route, route, null, "PVT jaar 1", route == Leerroute.ONDERWIJS ? null : "MAP jaar 2", null, false,
                12, null, "cm.test", Instant.now());
        pip.vastgesteld(dagtekening, "tl.test", Instant.now());
        pipVersies.save(pip);
        actueel.pipVastgesteld(dagtekening, dagtekening.plusYears(3));
        dossiers.save(actueel);
        return dagtekening;
    }

    private void traject(Dossier dossier, String route, LocalDate start) {
        jdbc.update("insert into leerroute_traject (dossier_id, leerroute, aangemeld_op, startdatum, status, taaluren, "
                + "participatieuren, versie) values (?, ?, ?, ?, 'GESTART', 0, 0, 0)", dossier.getId(), route,
                start.minusDays(7), start);
    }

    private void pvt(Dossier dossier, LocalDate ondertekend) {
        jdbc.update("insert into pvt_traject (dossier_id, partner, streefdatum, ondertekend, uren) values (?, 'pvt', ?, ?, 12)",
                dossier.getId(), ondertekend, ondertekend);
    }

    private void ontzorgen(Dossier dossier, LocalDate start, String besluit) {
        jdbc.update("insert into ontzorgen_traject (dossier_id, bijstand_startdatum, vaste_lasten, status) "
                + "values (?, ?, 'HUUR', 'INHOUDING_LOOPT')", dossier.getId(), start);
        Long traject = jdbc.queryForObject("select id from ontzorgen_traject where dossier_id = ?", Long.class, dossier.getId());
        jdbc.update("insert into ontzorgen_evaluatie (traject_id, ronde, besluit, reden, door, datum) values (?, 1, ?, 'na zes maanden', 'ic.test', ?)",
                traject, besluit, start.plusMonths(6));
    }

    private void gesprek(Dossier dossier, LocalDate datum, String participatie) {
        jdbc.update("insert into voortgangsgesprek (dossier_id, gepland_op, datum, uitkomst, participatie, verslag, "
                + "gevoerd_door, vastgelegd_op) values (?, ?, ?, 'OP_KOERS', ?, 'verslag', 'cm.test', ?)",
                dossier.getId(), datum, datum, participatie, Timestamp.from(Instant.now()));
    }

    private Http.Antwoord get(String gebruiker, String pad) {
        return Http.als(poort, gebruiker).get(pad);
    }

    private String periode() {
        return "van=" + pop.b() + "&tot=" + pop.b().plusYears(1);
    }

    /** The row's values for Enkhuizen and Hoorn (columns ordered by name) and the total. */
    private static List<Long> rij(JsonNode tabellen, String tabel, String rij) {
        for (JsonNode t : tabellen) {
            if (t.path("id").asText().equals(tabel)) {
                for (JsonNode r : t.path("rijen")) {
                    if (r.path("id").asText().equals(rij)) {
                        List<Long> w = new ArrayList<>();
                        r.path("waarden").forEach(n -> w.add(n.asLong()));
                        w.add(r.path("totaal").asLong());
                        return w;
                    }
                }
            }
        }
        throw new AssertionError("geen rij " + tabel + "/" + rij);
    }

    @Test
    void deTabellenVanHetJaarKloppenMetDeHandGeteldeWaarden() {
        Http.Antwoord a = get(TL, "/api/rapportage/tabellen?" + periode() + "&gemeente=0441,0388");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.path("gemeenten").findValuesAsText("code")).containsExactly("0388", "0441"); // Enkhuizen, Hoorn
        JsonNode t = json.path("tabellen");
        // [Enkhuizen, Hoorn, totaal]
        assertThat(rij(t, "statushouders", "gehuisvest")).containsExactly(1L, 4L, 5L);          // E1; H1, H2, H4, H5 (BRP only; not H5b, H6 the year before)
        assertThat(rij(t, "statushouders", "ingeschrevenBrp")).containsExactly(1L, 4L, 5L);
        assertThat(rij(t, "statushouders", "verwachtGehuisvest")).containsExactly(1L, 1L, 2L);  // E2; H1
        assertThat(rij(t, "statushouders", "plichtig")).containsExactly(2L, 4L, 6L);            // E1, E2; H1, H2, H4, H5 (not H5b: reopened)
        assertThat(rij(t, "statushouders", "pipVastgesteld")).containsExactly(0L, 4L, 4L);      // H1, H2, H4, H5b
        assertThat(rij(t, "statushouders", "beeindigd")).containsExactly(0L, 1L, 1L);           // H5 (H1's diploma is two years later)
        assertThat(rij(t, "statushouders", "beeindigd.VRIJSTELLING")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "statushouders", "beeindigd.VOLDAAN")).containsExactly(0L, 0L, 0L);
        assertThat(rij(t, "gezinsmigranten", "plichtig")).containsExactly(1L, 1L, 2L);          // E3 (moved in); H3
        assertThat(rij(t, "gezinsmigranten", "pipVastgesteld")).containsExactly(0L, 1L, 1L);    // H3 (E3's is taken over)
        assertThat(rij(t, "gezinsmigranten", "beeindigd.VERHUISD")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "leerroutes-statushouders", "B1.vastgesteld")).containsExactly(0L, 2L, 2L); // H1, H5b
        assertThat(rij(t, "leerroutes-statushouders", "Z.vastgesteld")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "leerroutes-statushouders", "ONDERWIJS.vastgesteld")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "leerroutes-statushouders", "B1.gestart")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "leerroutes-statushouders", "Z.gestart")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "leerroutes-statushouders", "ONDERWIJS.gestart")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "leerroutes-statushouders", "B1.afgerond")).containsExactly(0L, 0L, 0L);
        assertThat(rij(t, "leerroutes-gezinsmigranten", "B1.vastgesteld")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "map", "afgerond")).containsExactly(0L, 0L, 0L);                      // H1's is two years later
        assertThat(rij(t, "map", "vrijstellingen")).containsExactly(0L, 1L, 1L);                // H2
        assertThat(rij(t, "pvt", "afgerond")).containsExactly(1L, 1L, 2L);                      // E3; H1
        assertThat(rij(t, "ontzorgen", "trajecten")).containsExactly(0L, 2L, 2L);
        assertThat(rij(t, "ontzorgen", "verlengd")).containsExactly(0L, 1L, 1L);                // H2
        assertThat(rij(t, "handhaving", "zaken")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "handhaving", "waarschuwingen")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "handhaving", "boetes")).containsExactly(0L, 1L, 1L);
        assertThat(rij(t, "werk", "BETAALDE_BAAN")).containsExactly(0L, 1L, 1L);                // H1 (twice: one person)
        assertThat(rij(t, "werk", "VRIJWILLIGERSWERK")).containsExactly(0L, 1L, 1L);            // H2
        assertThat(rij(t, "werk", "WERKSTAGE")).containsExactly(0L, 0L, 0L);
        JsonNode bedrag = t.findParents("id").stream().filter(n -> "boetebedrag".equals(n.path("id").asText()))
                .findFirst().orElseThrow();
        assertThat(bedrag.path("eenheid").asText()).isEqualTo("euro");
        assertThat(new BigDecimal(bedrag.path("totaal").asText())).isEqualByComparingTo("250.00");

        // the year before holds only H6 (housed) in Hoorn; the year after none of the housings
        JsonNode ervoor = get(TL, "/api/rapportage/tabellen?van=" + pop.b().minusYears(1) + "&tot=" + pop.b()
                + "&gemeente=0441").json().path("tabellen");
        assertThat(rij(ervoor, "statushouders", "gehuisvest")).containsExactly(1L, 1L);
        assertThat(rij(ervoor, "handhaving", "zaken")).as("the case started at 00:30 on the first day of the year").containsExactly(0L, 0L);
    }

    @Test
    void deCohortenPerKwartaalMetDoelenEnEenCohortDatNogLoopt() {
        Http.Antwoord a = get(TL, "/api/rapportage/cohorten?" + periode() + "&gemeente=0441,0388&peildatum=" + pop.peil());
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.path("doelen").path("plichtB1").asInt()).isEqualTo(75);
        JsonNode c = json.path("cohorten");
        assertThat(c.findValuesAsText("cohort")).containsExactly(pop.jaar() + "-K1", pop.jaar() + "-K2",
                pop.jaar() + "-K3", pop.jaar() + "-K4");
        assertThat(c.findValuesAsText("aantal")).containsExactly("1", "3", "0", "1"); // H1 | H2, H5b, E3 | - | H4

        JsonNode k1 = c.get(0);
        maat(k1.path("pipBinnenTienWeken"), 1, 1, 0, "100.0");
        assertThat(k1.path("pipMediaanDagen").asText()).isEqualTo("30.0");
        maat(k1.path("pvtBinnenJaar1"), 1, 1, 0, "100.0");
        maat(k1.path("mapBinnenTermijn"), 1, 1, 0, "100.0");
        maat(k1.path("plichtBinnenTermijn").path("B1"), 1, 1, 0, "100.0");
        assertThat(k1.path("plichtBinnenTermijn").path("B1").path("doel").asInt()).isEqualTo(75);
        maat(k1.path("plichtBinnenTermijn").path("Z"), 0, 0, 0, null);
        maat(k1.path("zelfredzaamNaOntzorgen"), 1, 1, 0, "100.0");
        maat(k1.path("uitstroomWerkOfOnderwijs").path("B1"), 1, 1, 0, "100.0");

        JsonNode k2 = c.get(1);
        maat(k2.path("pipBinnenTienWeken"), 1, 2, 0, "50.0");   // H5b in time, H2 late; E3's PIP taken over
        assertThat(k2.path("pipMediaanDagen").asText()).isEqualTo("70.0"); // 40 and 100
        maat(k2.path("pvtBinnenJaar1"), 1, 3, 0, "33.3");       // E3 signed in year 1; H2, H5b not
        maat(k2.path("mapBinnenTermijn"), 0, 2, 0, "0.0");      // H5b, E3 (B1); H2 exempted
        maat(k2.path("plichtBinnenTermijn").path("B1"), 0, 2, 0, "0.0");
        maat(k2.path("plichtBinnenTermijn").path("Z"), 0, 1, 0, "0.0");
        assertThat(k2.path("plichtBinnenTermijn").path("Z").path("doel").asInt()).isEqualTo(80);
        maat(k2.path("zelfredzaamNaOntzorgen"), 0, 1, 0, "0.0");
        maat(k2.path("uitstroomWerkOfOnderwijs").path("Z"), 0, 1, 0, "0.0");

        JsonNode k3 = c.get(2);
        assertThat(k3.path("pipMediaanDagen").isNull()).isTrue();
        maat(k3.path("pipBinnenTienWeken"), 0, 0, 0, null);

        JsonNode k4 = c.get(3);                                 // H4: the term ends after the peildatum
        maat(k4.path("pipBinnenTienWeken"), 1, 1, 0, "100.0");
        maat(k4.path("pvtBinnenJaar1"), 0, 1, 0, "0.0");
        maat(k4.path("mapBinnenTermijn"), 0, 0, 0, null);       // onderwijsroute: no MAP
        maat(k4.path("plichtBinnenTermijn").path("ONDERWIJS"), 0, 0, 1, null);
        assertThat(k4.path("plichtBinnenTermijn").path("ONDERWIJS").path("totNuToe").asBoolean()).isTrue();
        maat(k4.path("uitstroomWerkOfOnderwijs").path("ONDERWIJS"), 0, 0, 1, null);

        // by koppeling, Enkhuizen: E1 and E3 in K1 (E1's ten weeks passed without PIP), E2 in K3 (clock not started)
        JsonNode kop = get(TL, "/api/rapportage/cohorten?" + periode() + "&gemeente=0388&basis=KOPPELING&peildatum="
                + pop.peil()).json().path("cohorten");
        assertThat(kop.findValuesAsText("aantal")).containsExactly("2", "0", "1", "0");
        maat(kop.get(0).path("pipBinnenTienWeken"), 0, 1, 0, "0.0");
        maat(kop.get(2).path("pipBinnenTienWeken"), 0, 0, 1, null);

        // monthly: H1's cohort is the month of its term's start
        JsonNode maand = get(TL, "/api/rapportage/cohorten?" + periode() + "&gemeente=0441&indeling=MAAND&peildatum="
                + pop.peil()).json().path("cohorten");
        assertThat(maand).hasSize(12);
        String h1Maand = herlaad(pop.dossiers().get("H1")).getInburgeringstermijnStart().toString().substring(0, 7);
        assertThat(maand.findValues("cohort").stream().filter(m -> m.asText().equals(h1Maand)).count()).isEqualTo(1);
        maand.forEach(m -> {
            if (m.path("cohort").asText().equals(h1Maand)) {
                assertThat(m.path("aantal").asInt()).isGreaterThanOrEqualTo(1);
            }
        });
        assertThat(maand.findValues("aantal").stream().mapToInt(JsonNode::asInt).sum()).isEqualTo(4); // H1, H2, H5b, H4
    }

    private static void maat(JsonNode m, long behaald, long beoordeeld, long lopend, String percentage) {
        assertThat(List.of(m.path("behaald").asLong(), m.path("beoordeeld").asLong(), m.path("lopend").asLong()))
                .as(m.toString()).containsExactly(behaald, beoordeeld, lopend);
        if (percentage == null) {
            assertThat(m.path("percentage").isNull()).as("no rate: " + m).isTrue();
        } else {
            assertThat(m.path("percentage").asText()).as(m.toString()).isEqualTo(percentage);
        }
        assertThat(m.path("totNuToe").asBoolean()).isEqualTo(lopend > 0);
    }

    @Test
    void deSpukUitDeDataVanHoorn() {
        JsonNode jaren = get(TL, "/api/rapportage/spuk?gemeente=0441&vanJaar=" + pop.jaar() + "&totJaar=" + (pop.jaar() + 1))
                .json().path("jaren");
        // year Y: H1, H2, H4, H5 (BRP) housed and plichtig (4 x 7712.10), H6 housed the year before (4000.00), H3 (589.07)
        assertThat(jaren.get(0).path("bron").asText()).isEqualTo("DATA");
        assertThat(jaren.get(0).path("gehuisvest").asInt()).isEqualTo(4);
        assertThat(new BigDecimal(jaren.get(0).path("uitkering").path("asielJaarT").asText())).isEqualByComparingTo("30848.40");
        assertThat(new BigDecimal(jaren.get(0).path("uitkering").path("asielJaarT1").asText())).isEqualByComparingTo("4000.00");
        assertThat(new BigDecimal(jaren.get(0).path("uitkering").path("gezinsmigranten").asText())).isEqualByComparingTo("589.07");
        assertThat(new BigDecimal(jaren.get(0).path("uitkering").path("totaal").asText())).isEqualByComparingTo("35437.47");
        // year Y+1: the four of year Y (4 x 4000) and H6 (1000)
        assertThat(new BigDecimal(jaren.get(1).path("uitkering").path("totaal").asText())).isEqualByComparingTo("17000.00");
    }

    @Test
    void deCsvHeeftDezelfdeGetallen() {
        Http.Antwoord csv = Http.als(poort, TL).metKop("Accept", "text/csv")
                .get("/api/rapportage/tabellen?" + periode() + "&gemeente=0441,0388");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition")).contains("attachment").contains(".csv");
        String[] regels = csv.body().split("\r\n");
        assertThat(regels[0]).isEqualTo("tabel;rij;label;Enkhuizen;Hoorn;Totaal");
        assertThat(regels).contains("statushouders;gehuisvest;Aantal gehuisvest;1;4;5",
                "handhaving;boetebedrag;Boetes: bedrag;0,00;250,00;250,00");

        Http.Antwoord cohorten = get(TL, "/api/rapportage/cohorten?" + periode() + "&gemeente=0441,0388&peildatum="
                + pop.peil() + "&formaat=csv");
        assertThat(cohorten.header("Content-Type")).startsWith("text/csv");
        assertThat(cohorten.body()).contains(pop.jaar() + "-K2;" + pop.b().withMonth(4) + ";" + pop.b().withMonth(7)
                + ";3;pvtBinnenJaar1;;1;3;0;33,3;nee;;");
        assertThat(cohorten.body()).contains(";plichtBinnenTermijn;ONDERWIJS;0;0;1;;ja;80;");
        assertThat(cohorten.body()).contains(pop.jaar() + "-K2;" + pop.b().withMonth(4) + ";" + pop.b().withMonth(7)
                + ";3;pipMediaanDagen;;;;;;;;70,0");
    }

    @Test
    void alleenProcesbeheerderEnTeamleiderEnAlleenVoorHunGemeenten() {
        String pad = "/api/rapportage/tabellen?" + periode();
        for (String wie : List.of(TestGegevens.CM_HOORN.id(), TestGegevens.COA.id(), TestGegevens.DUO.id(),
                TestGegevens.FB.id())) {
            assertThat(get(wie, pad + "&gemeente=0441").status()).as(wie).isEqualTo(403);
            assertThat(Http.als(poort, wie).metKop("Accept", "text/csv").get(pad + "&gemeente=0441").status())
                    .as(wie + " csv").isEqualTo(403);
            assertThat(get(wie, "/api/rapportage/cohorten?" + periode()).status()).as(wie).isEqualTo(403);
            assertThat(get(wie, "/api/rapportage/spuk").status()).as(wie).isEqualTo(403);
        }
        assertThat(get(TestGegevens.TAALSCHOOL_WESTFRIESLAND.id(), pad).status()).isIn(401, 403);
        assertThat(Http.anoniem(poort).get(pad).status()).isEqualTo(401);

        // the procesbeheerder serves Hoorn and Zoetermeer: Enkhuizen is refused, also within a list, also as CSV
        String pb = TestGegevens.PB.id();
        assertThat(get(pb, pad + "&gemeente=0388").status()).isEqualTo(403);
        assertThat(get(pb, pad + "&gemeente=0441,0388").status()).isEqualTo(403);
        assertThat(get(pb, pad + "&gemeente=0388&formaat=csv").status()).isEqualTo(403);
        assertThat(get(TestGegevens.TL_ZOETERMEER.id(), pad + "&gemeente=0441").status()).isEqualTo(403);
        // the region: the user's own gemeenten
        JsonNode regio = get(pb, pad).json();
        assertThat(regio.path("gemeenten").findValuesAsText("code")).containsExactly("0441", "0637"); // Hoorn, Zoetermeer
        assertThat(rij(regio.path("tabellen"), "statushouders", "gehuisvest")).containsExactly(4L, 0L, 4L);
        Http.Antwoord regioCsv = get(pb, pad + "&formaat=csv");
        assertThat(regioCsv.body().split("\r\n")[0]).isEqualTo("tabel;rij;label;Hoorn;Zoetermeer;Totaal");
        assertThat(get(TL, pad).json().path("gemeenten")).hasSize(7); // Westfriesland
    }

    @Test
    void ongeldigeInvoerNoemtHetVeld() {
        assertThat(get(TL, "/api/rapportage/tabellen?tot=" + pop.b()).json().path("velden").has("van")).isTrue();
        assertThat(get(TL, "/api/rapportage/tabellen?van=2024-13-01&tot=2025-01-01").json().path("velden").has("van")).isTrue();
        assertThat(get(TL, "/api/rapportage/tabellen?van=2025-01-01&tot=2024-01-01").json().path("velden").has("tot")).isTrue();
        assertThat(get(TL, "/api/rapportage/tabellen?" + periode() + "&gemeente=9999").json().path("velden").has("gemeente")).isTrue();
        assertThat(get(TL, "/api/rapportage/tabellen?" + periode() + "&formaat=xls").json().path("velden").has("formaat")).isTrue();
        assertThat(get(TL, "/api/rapportage/cohorten?" + periode() + "&indeling=WEEK").json().path("velden").has("indeling")).isTrue();
        assertThat(get(TL, "/api/rapportage/cohorten?" + periode() + "&peildatum=" + pop.peil().plusDays(1))
                .json().path("velden").has("peildatum")).isTrue();
        assertThat(get(TL, "/api/rapportage/spuk?vanJaar=2030&totJaar=2020").status()).isEqualTo(400);
    }
}
