package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * A BSN we already know never reveals what is stored for it: another identity answers 409 without personal data;
 * the same identity gets a dossier in another gemeente only after the first gemeente ended its dossier.
 */
class DossierIdentiteitTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired PersoonRepository personen;

    private static Map<String, Object> verzoek(String bsn, String gemeente) {
        Map<String, Object> v = new HashMap<>();
        v.put("bsn", bsn);
        v.put("voornamen", "Selam Mehari");
        v.put("achternaam", "Gebreyesus");
        v.put("geboortedatum", "1993-06-17");
        v.put("nationaliteit", "ERI");
        v.put("doelgroep", "ASIELSTATUSHOUDER");
        v.put("gemeente", gemeente);
        v.put("koppelingsdatum", VANDAAG.minusDays(5).toString());
        v.put("bijstand", false);
        return v;
    }

    private Http coa() {
        return Http.als(poort, TestGegevens.COA.id());
    }

    private void assertGeenPersoonsgegevens(Http.Antwoord antwoord) {
        assertThat(antwoord.body()).doesNotContain("Selam", "Gebreyesus", "1993", "ERI", "\"persoon\"", "\"bsn\"", "dossiernummer");
    }

    private Map<String, Object> met(Map<String, Object> v, String veld, Object waarde) {
        Map<String, Object> kopie = new HashMap<>(v);
        kopie.put(veld, waarde);
        return kopie;
    }

    @Test
    void eenAndereIdentiteitBijEenBekendBsnKrijgt409ZonderGegevens() {
        String bsn = TestGegevens.nieuwBsn();
        Map<String, Object> hoorn = verzoek(bsn, "0441");
        assertThat(coa().post("/api/dossiers", hoorn).status()).isEqualTo(201);
        long dossiersVooraf = dossiers.count();
        long personenVooraf = personen.count();

        for (Map<String, Object> anders : java.util.List.of(
                // another gemeente, with guessed or made-up identities
                met(verzoek(bsn, "0637"), "achternaam", "Jansen"),
                met(verzoek(bsn, "0637"), "geboortedatum", "1993-06-18"),
                met(verzoek(bsn, "0637"), "nationaliteit", "ETH"),
                met(verzoek(bsn, "0637"), "voornamen", "Selam"),
                // the same gemeente: it used to answer 200 with the stored person
                met(hoorn, "achternaam", "X"))) {
            Http zender = "0637".equals(anders.get("gemeente")) ? Http.als(poort, "cm.zoetermeer") : coa();
            Http.Antwoord antwoord = zender.post("/api/dossiers", anders);
            assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(409);
            assertThat(antwoord.body()).contains("komen niet overeen");
            assertGeenPersoonsgegevens(antwoord);
        }
        assertThat(dossiers.count()).isEqualTo(dossiersVooraf);
        assertThat(personen.count()).isEqualTo(personenVooraf);
        Persoon opgeslagen = personen.findByBsn(bsn).orElseThrow();
        assertThat(opgeslagen.getAchternaam()).isEqualTo("Gebreyesus");
    }

    @Test
    void dezelfdeIdentiteitKrijgtPasEenDossierEldersAlsHetEersteIsBeeindigd() {
        String bsn = TestGegevens.nieuwBsn();
        Http.Antwoord eerste = coa().post("/api/dossiers", verzoek(bsn, "0441"));
        assertThat(eerste.status()).isEqualTo(201);
        String nummer = eerste.json().path("dossiernummer").asText();

        // the same person again in Hoorn, spelled with other case and spacing: the existing dossier
        Map<String, Object> anderGeschreven = met(met(verzoek(bsn, "0441"), "voornamen", " selam  MEHARI "),
                "achternaam", "GEBREYESUS");
        Http.Antwoord nogmaals = coa().post("/api/dossiers", anderGeschreven);
        assertThat(nogmaals.status()).isEqualTo(200);
        assertThat(nogmaals.json().path("dossiernummer").asText()).isEqualTo(nummer);

        // Zoetermeer while Hoorn's dossier still runs: 409, nothing written
        long vooraf = dossiers.count();
        Http.Antwoord elders = Http.als(poort, "cm.zoetermeer").post("/api/dossiers", verzoek(bsn, "0637"));
        assertThat(elders.status()).as(elders.body()).isEqualTo(409);
        assertThat(elders.body()).contains("andere gemeente");
        assertGeenPersoonsgegevens(elders);
        assertThat(dossiers.count()).isEqualTo(vooraf);

        // the person moved: Hoorn ends its dossier, Zoetermeer opens its own
        assertThat(Http.als(poort, TestGegevens.DUO.id()).post("/api/dossiers/" + nummer + "/gebeurtenissen",
                Map.of("type", "BEEINDIGD", "datum", VANDAAG.toString(), "reden", "VERHUISD", "toelichting", "Verhuisd naar Zoetermeer"))
                .status()).isEqualTo(201);
        Http.Antwoord nieuw = Http.als(poort, "cm.zoetermeer").post("/api/dossiers", verzoek(bsn, "0637"));
        assertThat(nieuw.status()).as(nieuw.body()).isEqualTo(201);
        assertThat(nieuw.json().path("dossiernummer").asText()).isNotEqualTo(nummer);
        assertThat(nieuw.json().path("gemeenteNaam").asText()).isEqualTo("Zoetermeer");
        assertThat(personen.findByBsn(bsn)).isPresent();
    }
}
