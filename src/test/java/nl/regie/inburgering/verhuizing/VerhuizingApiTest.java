package nl.regie.inburgering.verhuizing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.dossier.DossierStatus;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Our API for moving and reopening, over real HTTP: opening with the PIP of a previous gemeente, validation (400
 * naming the field, nothing written), authorisation (another gemeente: 404; another role: 403), idempotency,
 * tenants (the new gemeente never sees the old dossier) and the audit rows (one per move or reopening, none for a
 * repeat or a refusal; the follow-up dossier's GEOPEND).
 */
class VerhuizingApiTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired InzageRepository inzagelog;

    /** The dossier's audit rows (who, actie) in order, those whose actie starts with {@code actie}. */
    private List<Tuple> auditregels(String dossiernummer, String actie) {
        Dossier dossier = dossiers.findByDossiernummer(dossiernummer).orElseThrow();
        return inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()).stream()
                .filter(i -> i.getActie().startsWith(actie)).map(i -> tuple(i.getGebruiker(), i.getActie())).toList();
    }

    private Map<String, Object> verzoek(String bsn) {
        Map<String, Object> v = new HashMap<>();
        v.put("bsn", bsn);
        v.put("voornamen", "Samir");
        v.put("achternaam", "Haddad");
        v.put("geboortedatum", "1990-02-03");
        v.put("nationaliteit", "SYR");
        v.put("doelgroep", "ASIELSTATUSHOUDER");
        v.put("gemeente", "0441");
        v.put("koppelingsdatum", VANDAAG.minusDays(5).toString());
        v.put("bijstand", false);
        v.put("brpInschrijvingsdatum", VANDAAG.minusDays(4).toString());
        return v;
    }

    private Map<String, Object> vorigePip() {
        Map<String, Object> pip = new HashMap<>();
        pip.put("vorigeGemeente", "0363");
        pip.put("dagtekening", VANDAAG.minusMonths(4).toString());
        pip.put("leerroute", "ONDERWIJS");
        pip.put("termijnStart", VANDAAG.minusMonths(4).plusDays(1).toString());
        pip.put("termijnEinde", VANDAAG.minusMonths(4).plusDays(1).plusYears(3).toString());
        return pip;
    }

    private Http als(TestGegevens.TestGebruiker gebruiker) {
        return Http.als(poort, gebruiker.id());
    }

    @Test
    void openenMetDePipVanEenVorigeGemeenteNeemtDieOver() {
        Map<String, Object> v = verzoek(TestGegevens.nieuwBsn());
        v.put("vorigePip", vorigePip());
        Http.Antwoord antwoord = als(TestGegevens.CM_HOORN).post("/api/dossiers", v); // with DUO's SS121 data
        assertThat(antwoord.status()).isEqualTo(201);
        Dossier dossier = dossiers.findByDossiernummer(antwoord.json().path("dossiernummer").asText()).orElseThrow();
        werkAf(dossier);
        assertThat(antwoord.json().path("inburgeringstermijnStart").asText()).isEqualTo(VANDAAG.minusMonths(4).plusDays(1).toString());
        assertThat(taak(dossier, "Task_OvergenomenGegevensBevestigen")).isNotNull();
        assertThat(taak(dossier, "Task_OproepVersturen")).isNull();
    }

    @Test
    void eenOngeldigeVorigePipNoemtElkVeldEnSchrijftNiets() {
        long dossiersVooraf = dossiers.count();
        Map<String, Object> pip = vorigePip();
        pip.put("vorigeGemeente", "0439");                                  // on this installation: move that dossier
        pip.put("dagtekening", VANDAAG.plusDays(3).toString());             // in the future
        pip.put("leerroute", "C1");
        pip.put("termijnStart", VANDAAG.minusYears(1).toString());          // before the dagtekening
        pip.put("termijnEinde", VANDAAG.minusYears(1).plusYears(2).toString()); // two years
        Map<String, Object> v = verzoek(TestGegevens.nieuwBsn());
        v.put("vorigePip", pip);

        Http.Antwoord antwoord = als(TestGegevens.COA).post("/api/dossiers", v);

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.json().path("velden").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "vorigePip.vorigeGemeente", "vorigePip.dagtekening", "vorigePip.leerroute", "vorigePip.termijnStart",
                "vorigePip.termijnEinde");
        assertThat(dossiers.count()).isEqualTo(dossiersVooraf);

        Map<String, Object> zonderEinde = vorigePip();
        zonderEinde.remove("termijnEinde");
        v.put("vorigePip", zonderEinde);
        Http.Antwoord leeg = als(TestGegevens.COA).post("/api/dossiers", v);
        assertThat(leeg.status()).isEqualTo(400);
        assertThat(leeg.json().path("velden").fieldNames()).toIterable().containsExactly("vorigePip.termijnEinde");
        assertThat(dossiers.count()).isEqualTo(dossiersVooraf);
    }

    @Test
    void verhuizenAlleenDoorDeEigenGemeenteOfDuoEnDeNieuweGemeenteZiertHetOudeDossierNiet() {
        Http.Antwoord geopend = als(TestGegevens.COA).post("/api/dossiers", verzoek(TestGegevens.nieuwBsn()));
        String oud = geopend.json().path("dossiernummer").asText();
        werkAf(oud);
        String pad = "/api/dossiers/" + oud + "/verhuizing";
        Map<String, Object> naarPurmerend = Map.of("naarGemeente", "0439", "datum", VANDAAG.toString());

        assertThat(als(TestGegevens.CM_PURMEREND).post(pad, naarPurmerend).status()).isEqualTo(404);
        assertThat(als(TestGegevens.TL_WESTFRIESLAND).post(pad, naarPurmerend).status()).isEqualTo(403);
        assertThat(als(TestGegevens.TAALSCHOOL_WESTFRIESLAND).post(pad, naarPurmerend).status()).isEqualTo(403);
        Http.Antwoord ongeldig = als(TestGegevens.CM_HOORN).post(pad, Map.of("naarGemeente", "44", "datum",
                VANDAAG.plusDays(1).toString()));
        assertThat(ongeldig.status()).isEqualTo(400);
        assertThat(ongeldig.json().path("velden").fieldNames()).toIterable().containsExactlyInAnyOrder("naarGemeente", "datum");
        assertThat(als(TestGegevens.CM_HOORN).post(pad, Map.of("naarGemeente", "0441", "datum", VANDAAG.toString()))
                .json().path("velden").has("naarGemeente")).isTrue();
        assertThat(dossiers.findByDossiernummer(oud).orElseThrow().getStatus()).isNotEqualTo(DossierStatus.BEEINDIGD);

        Http.Antwoord verhuisd = als(TestGegevens.CM_HOORN).post(pad, naarPurmerend);
        assertThat(verhuisd.status()).isEqualTo(201);
        assertThat(verhuisd.json().path("status").asText()).isEqualTo("BEEINDIGD");
        assertThat(verhuisd.json().path("nieuweGemeente").asText()).isEqualTo("0439");
        String nieuw = verhuisd.json().path("nieuwDossiernummer").asText();
        assertThat(nieuw).matches("INB-\\d{4}-\\d{6}").isNotEqualTo(oud);
        Http.Antwoord nogmaals = als(TestGegevens.DUO).post(pad, naarPurmerend);
        assertThat(nogmaals.status()).isEqualTo(200);
        assertThat(nogmaals.json().path("nieuwDossiernummer").asText()).isEqualTo(nieuw);
        assertThat(als(TestGegevens.DUO).post(pad, Map.of("naarGemeente", "0637", "datum", VANDAAG.toString())).status())
                .isEqualTo(409);
        // audit: exactly one move (the 201; not the repeat, not the refusals), the follow-up's opening under the same user
        assertThat(auditregels(oud, "VERHUIZING")).containsExactly(tuple(TestGegevens.CM_HOORN.id(), "VERHUIZING naar 0439"));
        assertThat(auditregels(nieuw, "")).containsExactly(tuple(TestGegevens.CM_HOORN.id(), DossierService.AUDIT_GEOPEND));

        // tenants: each gemeente sees its own dossier only
        assertThat(als(TestGegevens.CM_PURMEREND).get("/api/dossiers/" + nieuw).status()).isEqualTo(200);
        assertThat(als(TestGegevens.CM_PURMEREND).get("/api/dossiers/" + oud).status()).isEqualTo(404);
        assertThat(als(TestGegevens.CM_PURMEREND).get("/api/dossiers/" + oud + "/inzage").status()).isEqualTo(404);
        assertThat(als(TestGegevens.CM_HOORN).get("/api/dossiers/" + nieuw).status()).isEqualTo(404);
        assertThat(als(TestGegevens.CM_HOORN).get("/api/dossiers/" + oud).json().path("status").asText()).isEqualTo("BEEINDIGD");
    }

    @Test
    void verhuizenNaarEenGemeenteBuitenDeInstallatieBeeindigtAlleen() {
        String oud = als(TestGegevens.COA).post("/api/dossiers", verzoek(TestGegevens.nieuwBsn())).json()
                .path("dossiernummer").asText();
        werkAf(oud);
        long dossiersVooraf = dossiers.count();
        Http.Antwoord verhuisd = als(TestGegevens.DUO).post("/api/dossiers/" + oud + "/verhuizing",
                Map.of("naarGemeente", "0363", "datum", VANDAAG.toString()));
        assertThat(verhuisd.status()).isEqualTo(201);
        assertThat(verhuisd.json().has("nieuwDossiernummer")).isFalse();
        assertThat(dossiers.count()).isEqualTo(dossiersVooraf);
        assertThat(dossiers.findByDossiernummer(oud).orElseThrow().getAfsluitreden()).contains("gemeente 0363");
    }

    @Test
    void heropenenWeigertEenLopendDossierEnOngeldigeInvoer() {
        String nummer = als(TestGegevens.COA).post("/api/dossiers", verzoek(TestGegevens.nieuwBsn())).json()
                .path("dossiernummer").asText();
        werkAf(nummer);
        String pad = "/api/dossiers/" + nummer + "/heropening";
        Map<String, Object> hervat = Map.of("reden", "VRIJSTELLING_INGETROKKEN_ZONDER_PIP", "datum", VANDAAG.toString());

        assertThat(als(TestGegevens.CM_HOORN).post(pad, hervat).status()).isEqualTo(409);
        assertThat(als(TestGegevens.CM_ZOETERMEER).post(pad, hervat).status()).isEqualTo(404);
        assertThat(als(TestGegevens.COA).post(pad, hervat).status()).isEqualTo(403);
        Http.Antwoord ongeldig = als(TestGegevens.DUO).post(pad, Map.of("reden", "ZOMAAR"));
        assertThat(ongeldig.status()).isEqualTo(400);
        assertThat(ongeldig.json().path("velden").fieldNames()).toIterable().containsExactlyInAnyOrder("reden", "datum");

        assertThat(als(TestGegevens.DUO).post("/api/dossiers/" + nummer + "/gebeurtenissen", Map.of("type", "BEEINDIGD",
                "datum", VANDAAG.toString(), "reden", "VRIJSTELLING", "toelichting", "Tijdelijke vrijstelling")).status()).isEqualTo(201);
        Http.Antwoord heropend = als(TestGegevens.DUO).post(pad, hervat);
        assertThat(heropend.status()).isEqualTo(201);
        String nieuw = heropend.json().path("nieuwDossiernummer").asText();
        assertThat(heropend.json().path("nieuweGemeente").asText()).isEqualTo("0441");
        assertThat(als(TestGegevens.CM_HOORN).get("/api/dossiers/" + nieuw).json().path("status").asText())
                .isNotEqualTo("BEEINDIGD");
        assertThat(als(TestGegevens.DUO).post(pad, hervat).json().path("nieuwDossiernummer").asText()).isEqualTo(nieuw);
        // audit: exactly one reopening (not the repeat, not the refusals); the new dossier's opening under DUO
        assertThat(auditregels(nummer, "HEROPENING")).containsExactly(
                tuple(TestGegevens.DUO.id(), "HEROPENING VRIJSTELLING_INGETROKKEN_ZONDER_PIP"));
        assertThat(auditregels(nieuw, DossierService.AUDIT_GEOPEND)).containsExactly(
                tuple(TestGegevens.DUO.id(), DossierService.AUDIT_GEOPEND));
    }

    /** SS120: moved in without a PIP from a gemeente not on this installation; the ten weeks from the registration. */
    @Test
    void verhuisdZonderPipDeTienWekenLopenVanafDeInschrijvingOokVoorEenGezinsmigrant() {
        java.time.LocalDate inschrijving = VANDAAG.minusWeeks(3);
        Map<String, Object> v = verzoek(TestGegevens.nieuwBsn());
        v.put("doelgroep", "GEZINSMIGRANT");
        v.put("nationaliteit", "USA");
        v.remove("brpInschrijvingsdatum");
        v.put("verhuisdZonderPip", Map.of("vorigeGemeente", "0363", "inschrijvingsdatum", inschrijving.toString()));
        Http.Antwoord antwoord = als(TestGegevens.CM_HOORN).post("/api/dossiers", v);
        assertThat(antwoord.status()).isEqualTo(201);
        Dossier dossier = dossiers.findByDossiernummer(antwoord.json().path("dossiernummer").asText()).orElseThrow();
        werkAf(dossier);
        assertThat(dossier.isVerhuisdZonderPip()).isTrue();
        assertThat(dossier.getBrpInschrijvingsdatum()).isEqualTo(inschrijving);
        // DUO's kennisgeving comes later; the clock stays on the registration (a gezinsmigrant's otherwise starts on it)
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.KENNISGEVING_DUO, VANDAAG);

        java.time.LocalDate uiterlijk = nl.regie.inburgering.termijn.Wettermijnen.pipUiterlijk(inschrijving);
        assertThat(nl.regie.inburgering.termijn.PipTermijn.klokStart(herlaad(dossier))).contains(inschrijving);
        assertThat(herlaad(dossier).getPipTermijnStart()).isEqualTo(inschrijving);
        assertThat(herlaad(dossier).getPipUiterlijkeDatum()).isEqualTo(uiterlijk);
        verstrijkTot(dossier, uiterlijk);
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).isNull();
        verstrijkTot(dossier, uiterlijk.plusDays(1));
        assertThat(taak(dossier, "Task_PipTermijnEscaleren")).as("escalation the day after registration + 10 weeks").isNotNull();
    }

    @Test
    void eenOngeldigVerhuisdZonderPipNoemtHetVeldEnSchrijftNiets() {
        long dossiersVooraf = dossiers.count();
        Map<String, Object> v = verzoek(TestGegevens.nieuwBsn());
        v.put("verhuisdZonderPip", Map.of("vorigeGemeente", "0439", "inschrijvingsdatum", VANDAAG.plusDays(2).toString()));
        Http.Antwoord antwoord = als(TestGegevens.COA).post("/api/dossiers", v);
        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.json().path("velden").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "verhuisdZonderPip.vorigeGemeente", "verhuisdZonderPip.inschrijvingsdatum");

        v.put("verhuisdZonderPip", Map.of("vorigeGemeente", "0363"));
        v.put("vorigePip", vorigePip());
        Http.Antwoord beide = als(TestGegevens.COA).post("/api/dossiers", v);
        assertThat(beide.status()).isEqualTo(400);
        assertThat(beide.json().path("velden").fieldNames()).toIterable().containsExactlyInAnyOrder(
                "verhuisdZonderPip", "verhuisdZonderPip.inschrijvingsdatum");

        v.remove("vorigePip");
        v.put("verhuisdZonderPip", Map.of("inschrijvingsdatum", VANDAAG.minusDays(1).toString())); // brp: minusDays(4)
        Http.Antwoord afwijkend = als(TestGegevens.COA).post("/api/dossiers", v);
        assertThat(afwijkend.status()).isEqualTo(400);
        assertThat(afwijkend.json().path("velden").fieldNames()).toIterable()
                .containsExactly("verhuisdZonderPip.inschrijvingsdatum");
        assertThat(dossiers.count()).isEqualTo(dossiersVooraf);
    }
}
