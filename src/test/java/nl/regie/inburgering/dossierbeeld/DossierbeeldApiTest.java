package nl.regie.inburgering.dossierbeeld;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.pip.Leerroute;
import nl.regie.inburgering.pip.PipVersie;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;
import nl.regie.inburgering.voortgang.Voortgangsgesprek;
import nl.regie.inburgering.voortgang.VoortgangsgesprekRepository;

/**
 * The dossier view's read model over our API: the overview with what the role may see, the search by name, dossier
 * number, birth date (dd-mm-jjjj too) and BSN (POST only, only for the roles that see BSNs, recorded in the audit
 * trail), "Mijn dossiers" with dossiers without an open task, and never another gemeente's dossier.
 */
class DossierbeeldApiTest extends ProcesTestBasis {

    static final TestGegevens.TestGebruiker HH = new TestGegevens.TestGebruiker("hh.dossierbeeld", Rollen.HANDHAVING,
            List.of("GM0441"));

    @LocalServerPort int poort;
    @Autowired InzageRepository inzagelog;
    @Autowired VoortgangsgesprekRepository gesprekken;

    private Http als(String gebruiker) {
        return Http.als(poort, gebruiker);
    }

    /** A dossier with a name no other test uses, opened by this user. */
    private Dossier open(String cbs, String achternaam, LocalDate geboren, String door) {
        DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Noor", achternaam, geboren,
                "SYR", "ASIELSTATUSHOUDER", cbs, VANDAAG.minusDays(3), true, VANDAAG.minusDays(3));
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), door).dossier();
        werkAf(dossier);
        return dossier;
    }

    private static String uniekeNaam() {
        StringBuilder naam = new StringBuilder("Zoek");
        ThreadLocalRandom.current().ints(8, 'a', 'z' + 1).forEach(c -> naam.append((char) c));
        return naam.toString();
    }

    private List<String> nummers(JsonNode resultaat) {
        return resultaat.path("resultaten").findValuesAsText("dossiernummer");
    }

    private List<String> acties(Dossier dossier) {
        return inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId()).stream().map(Inzage::getActie).toList();
    }

    @Test
    void overzichtToontWatDeRolMagZien() {
        Dossier dossier = open("0441", uniekeNaam(), LocalDate.of(1990, 2, 3), "test");
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusDays(2));
        String pad = "/api/dossiers/" + dossier.getDossiernummer() + "/overzicht";

        Http.Antwoord cm = als(TestGegevens.CM_HOORN.id()).get(pad);
        assertThat(cm.status()).as(cm.body()).isEqualTo(200);
        JsonNode o = cm.json();
        assertThat(o.path("dossiernummer").asText()).isEqualTo(dossier.getDossiernummer());
        assertThat(o.path("gemeenteNaam").asText()).isEqualTo("Hoorn");
        assertThat(o.path("mag").path("bsn").asBoolean()).isTrue();
        assertThat(o.path("mag").path("inzage").asBoolean()).isFalse();
        assertThat(o.path("termijnen").findValuesAsText("omschrijving")).contains("PIP uiterlijk vastgesteld");
        assertThat(o.path("openTaken").size()).isPositive();
        assertThat(acties(dossier)).contains(Dossierbeeld.AUDIT_OVERZICHT);

        JsonNode tl = als(TestGegevens.TL_WESTFRIESLAND.id()).get(pad).json();
        assertThat(tl.path("mag").path("inzage").asBoolean()).isTrue();
        TestGegevens.zorgVoor(identityService, HH);
        JsonNode hh = als(HH.id()).get(pad).json();
        assertThat(hh.path("mag").path("bsn").asBoolean()).isFalse();
        assertThat(hh.path("mag").path("handhaving").asBoolean()).isTrue();

        assertThat(als(TestGegevens.CM_ZOETERMEER.id()).get(pad).status()).isEqualTo(404);
        assertThat(als(TestGegevens.TAALSCHOOL_WESTFRIESLAND.id()).get(pad).status()).isEqualTo(403);
        assertThat(als(TestGegevens.COA.id()).get(pad).status()).isEqualTo(403);
    }

    @Test
    void zoekenOpNaamNummerEnGeboortedatumAlleenInEigenGemeenten() {
        String naam = uniekeNaam();
        Dossier hoorn = open("0441", naam, LocalDate.of(1985, 7, 9), "test");
        Dossier zoetermeer = open("0637", naam, LocalDate.of(1985, 7, 9), "test");
        Http cm = als(TestGegevens.CM_HOORN.id());

        JsonNode opNaam = cm.get("/api/dossiers?zoek=noor%20" + naam.toLowerCase()).json();
        assertThat(nummers(opNaam)).containsExactly(hoorn.getDossiernummer());
        assertThat(opNaam.path("totaal").asLong()).isEqualTo(1);
        assertThat(opNaam.path("resultaten").get(0).path("naam").asText()).isEqualTo("Noor " + naam);
        assertThat(opNaam.path("resultaten").get(0).path("openTaken").asLong()).isPositive();

        assertThat(nummers(cm.get("/api/dossiers?zoek=" + hoorn.getDossiernummer()).json()))
                .containsExactly(hoorn.getDossiernummer());
        assertThat(nummers(cm.get("/api/dossiers?zoek=" + zoetermeer.getDossiernummer()).json())).isEmpty();
        // dd-mm-jjjj as typed, or a date field's jjjj-mm-dd; together with the name
        assertThat(nummers(cm.get("/api/dossiers?geboortedatum=09-07-1985&zoek=" + naam).json()))
                .containsExactly(hoorn.getDossiernummer());
        assertThat(nummers(cm.get("/api/dossiers?geboortedatum=1985-07-10&zoek=" + naam).json())).isEmpty();
        assertThat(nummers(als(TestGegevens.CM_ZOETERMEER.id()).get("/api/dossiers?zoek=" + naam).json()))
                .containsExactly(zoetermeer.getDossiernummer());

        Http.Antwoord fout = cm.get("/api/dossiers?geboortedatum=31-02-1985");
        assertThat(fout.status()).isEqualTo(400);
        assertThat(fout.body()).contains("geboortedatum");
        assertThat(cm.get("/api/dossiers").status()).isEqualTo(400);
        assertThat(cm.get("/api/dossiers?zoek=a").status()).isEqualTo(400);
        assertThat(cm.get("/api/dossiers?zoek=" + naam + "&grootte=1000").status()).isEqualTo(400);
        // the search treats % and _ as letters
        assertThat(nummers(cm.get("/api/dossiers?zoek=%25%25").json())).isEmpty();
    }

    @Test
    void zoekenOpBsnAlleenMetPostVoorWieHetBsnZietEnGelogd() {
        Dossier dossier = open("0441", uniekeNaam(), LocalDate.of(1992, 1, 1), "test");
        String bsn = dossier.getPersoon().getBsn();

        assertThat(als(TestGegevens.CM_HOORN.id()).get("/api/dossiers?bsn=" + bsn).status()).isEqualTo(400);
        assertThat(acties(dossier)).doesNotContain(DossierZoeken.AUDIT_BSN);

        Http.Antwoord gevonden = als(TestGegevens.CM_HOORN.id()).post("/api/dossiers/zoeken", Map.of("bsn", bsn));
        assertThat(gevonden.status()).as(gevonden.body()).isEqualTo(200);
        assertThat(nummers(gevonden.json())).containsExactly(dossier.getDossiernummer());
        assertThat(gevonden.json().path("resultaten").get(0).path("bsn").asText()).isEqualTo(bsn);
        assertThat(acties(dossier)).containsOnlyOnce(DossierZoeken.AUDIT_BSN);

        TestGegevens.zorgVoor(identityService, HH);
        assertThat(als(HH.id()).post("/api/dossiers/zoeken", Map.of("bsn", bsn)).status()).isEqualTo(403);
        assertThat(als(TestGegevens.PB.id()).post("/api/dossiers/zoeken", Map.of("bsn", bsn)).status()).isEqualTo(403);
        // handhaving finds by name, without the BSN
        JsonNode opNaam = als(HH.id()).get("/api/dossiers?zoek=" + dossier.getPersoon().getAchternaam()).json();
        assertThat(opNaam.path("resultaten").get(0).path("bsn").isTextual()).isFalse();
        assertThat(opNaam.toString()).doesNotContain(bsn);
        assertThat(als(TestGegevens.CM_ZOETERMEER.id()).post("/api/dossiers/zoeken", Map.of("bsn", bsn)).json()
                .path("totaal").asLong()).isZero();
        Http.Antwoord ongeldig = als(TestGegevens.CM_HOORN.id()).post("/api/dossiers/zoeken", Map.of("bsn", "123456789"));
        assertThat(ongeldig.status()).isEqualTo(400);
        assertThat(ongeldig.body()).contains("bsn").doesNotContain("123456789");
    }

    @Test
    void mijnDossiersOokZonderOpenTaak() {
        TestGegevens.TestGebruiker cm = new TestGegevens.TestGebruiker("cm.mijn." + uniekeNaam().toLowerCase(),
                Rollen.CASEMANAGER, List.of("GM0441"));
        TestGegevens.zorgVoor(identityService, cm);
        Dossier geopend = open("0441", uniekeNaam(), LocalDate.of(1990, 1, 1), cm.id());
        Dossier metTaak = open("0441", uniekeNaam(), LocalDate.of(1990, 1, 1), "test");
        Dossier vanEenAnder = open("0441", uniekeNaam(), LocalDate.of(1990, 1, 1), "test");
        Dossier pipOpgesteld = open("0441", uniekeNaam(), LocalDate.of(1990, 1, 1), "test");
        Dossier gesprekGevoerd = open("0441", uniekeNaam(), LocalDate.of(1990, 1, 1), "test");
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(metTaak.getDossiernummer()).list().get(0);
        taskService.setAssignee(taak.getId(), cm.id());
        PipVersie pip = new PipVersie(pipOpgesteld.getId(), 1);
        pip.concept(Leerroute.B1, Leerroute.B1, null, "PVT jaar 1", "MAP jaar 2", null, false, 12, null, cm.id(), Instant.now());
        pipVersies.save(pip);
        gesprekken.save(new Voortgangsgesprek(gesprekGevoerd.getId(), LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 2),
                Voortgangsgesprek.Uitkomst.OP_KOERS, Voortgangsgesprek.Participatie.GEEN, "verslag", cm.id(), Instant.now()));
        // the dossier this user opened has no task of theirs: still theirs; so are the one whose PIP they drafted and
        // the one they held a conversation in (read in the page's own query)
        List<String> mijn = nummers(als(cm.id()).get("/api/dossiers/mijn?grootte=100").json());
        assertThat(mijn).contains(geopend.getDossiernummer(), metTaak.getDossiernummer(), pipOpgesteld.getDossiernummer(),
                        gesprekGevoerd.getDossiernummer())
                .doesNotContain(vanEenAnder.getDossiernummer());
        assertThat(als(cm.id()).get("/api/dossiers/mijn?grootte=100").json().path("totaal").asLong())
                .as("the count runs the same subqueries").isEqualTo(mijn.size());
        assertThat(nummers(als(TestGegevens.CM_ZOETERMEER.id()).get("/api/dossiers/mijn").json()))
                .doesNotContain(geopend.getDossiernummer(), metTaak.getDossiernummer());
        assertThat(als(TestGegevens.FB.id()).get("/api/dossiers/mijn").status()).isEqualTo(403);
    }
}
