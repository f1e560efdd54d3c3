package nl.regie.inburgering.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** COA's expected housing date on the koppeling (validated, shown) and the housing as an event, over real HTTP. */
class HuisvestingApiTest extends ProcesTestBasis {

    @LocalServerPort int poort;

    private Map<String, Object> verzoek(Object verwachteHuisvesting) {
        Map<String, Object> v = new HashMap<>();
        v.put("bsn", TestGegevens.nieuwBsn());
        v.put("voornamen", "Selam");
        v.put("achternaam", "Haile");
        v.put("geboortedatum", "1993-06-01");
        v.put("nationaliteit", "ERI");
        v.put("doelgroep", "ASIELSTATUSHOUDER");
        v.put("gemeente", "0441");
        v.put("koppelingsdatum", VANDAAG.minusDays(5).toString());
        v.put("bijstand", true);
        v.put("verwachteHuisvestingsdatum", verwachteHuisvesting);
        return v;
    }

    private Http coa() {
        return Http.als(poort, TestGegevens.COA.id());
    }

    @Test
    void verwachteHuisvestingsdatumWordtGevalideerdEnNietsVastgelegdBijEenFout() {
        long voor = dossiers.count();
        for (Object fout : new Object[] {"1899-12-31", VANDAAG.plusYears(1).plusDays(1).toString(), "2026-13-01", "morgen", 20260301}) {
            Http.Antwoord antwoord = coa().post("/api/dossiers", verzoek(fout));
            assertThat(antwoord.status()).as("verwachteHuisvestingsdatum " + fout).isEqualTo(400);
            assertThat(antwoord.json().path("velden").has("verwachteHuisvestingsdatum")).as(String.valueOf(fout)).isTrue();
        }
        assertThat(dossiers.count()).isEqualTo(voor);
    }

    @Test
    void verwachteEnWerkelijkeHuisvestingStaanInHetDossier() {
        Http.Antwoord geopend = coa().post("/api/dossiers", verzoek(VANDAAG.plusYears(1).toString())); // a year ahead: allowed
        assertThat(geopend.status()).isEqualTo(201);
        String nummer = geopend.json().path("dossiernummer").asText();
        assertThat(geopend.json().path("verwachteHuisvestingsdatum").asText()).isEqualTo(VANDAAG.plusYears(1).toString());
        assertThat(geopend.json().has("huisvestingsdatum")).isFalse();

        String pad = "/api/dossiers/" + nummer + "/gebeurtenissen";
        assertThat(coa().post(pad, Map.of("type", "HUISVESTING", "datum", VANDAAG.minusDays(1).toString())).status()).isEqualTo(201);
        // the casemanager may record it too; a later date does not move the first one
        assertThat(Http.als(poort, TestGegevens.CM_HOORN.id()).post(pad, Map.of("type", "HUISVESTING", "datum", VANDAAG.toString()))
                .status()).isEqualTo(201);
        Http.Antwoord dossier = Http.als(poort, TestGegevens.CM_HOORN.id()).get("/api/dossiers/" + nummer);
        assertThat(dossier.status()).isEqualTo(200);
        assertThat(dossier.json().path("huisvestingsdatum").asText()).isEqualTo(VANDAAG.minusDays(1).toString());
        assertThat(dossier.json().path("verwachteHuisvestingsdatum").asText()).isEqualTo(VANDAAG.plusYears(1).toString());
        assertThat(dossier.json().path("gebeurtenissen").findValuesAsText("type")).contains("HUISVESTING");
    }
}
