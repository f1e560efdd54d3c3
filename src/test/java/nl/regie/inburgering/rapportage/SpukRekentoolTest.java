package nl.regie.inburgering.rapportage;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The SPUK forecast reproduces Zoetermeer's "Rekentool SPUK" (seed zoetermeer-startnotitie.txt): housing target
 * 110/125/125/125 for 2022-2025, 70 % inburgeringsplichtig, 50 gezinsmigranten a year, entered as the gemeente's
 * prognosis; every cell of the tool's output to the euro (the tool shows whole euros, rounded half up).
 */
class SpukRekentoolTest extends ProcesTestBasis {

    @LocalServerPort int poort;

    private static long euro(JsonNode bedrag) {
        return new BigDecimal(bedrag.asText()).setScale(0, RoundingMode.HALF_UP).longValueExact();
    }

    @Test
    void deRekentoolVanZoetermeerKomtOpDeEuroUit() {
        String tl = TestGegevens.TL_ZOETERMEER.id();
        Map<Integer, Integer> taakstelling = Map.of(2022, 110, 2023, 125, 2024, 125, 2025, 125);
        taakstelling.forEach((jaar, aantal) -> {
            RapportageHttp.Antwoord a = RapportageHttp.put(poort, tl, "/api/rapportage/spuk/prognose/0637/" + jaar,
                    "{\"huisvestingstaakstelling\": " + aantal + ", \"gezinsmigranten\": 50, \"aandeelPlichtig\": 0.70}");
            assertThat(a.status()).as(a.body()).isEqualTo(200);
        });

        Http.Antwoord antwoord = Http.als(poort, tl).get("/api/rapportage/spuk?gemeente=0637&vanJaar=2022&totJaar=2025");
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        JsonNode jaren = antwoord.json().path("jaren");
        assertThat(jaren).hasSize(4);

        // TUSSENSTAP: aantal inburgeringsplichtige asielstatushouders 77 / 87.5 / 87.5 / 87.5
        assertThat(jaren.findValuesAsText("asielstatushoudersPlichtig")).containsExactly("77.0", "87.5", "87.5", "87.5");
        assertThat(jaren.findValuesAsText("bron")).containsOnly("PROGNOSE");

        // OUTPUT, per year of payment: housed in t (jaar t), t-1 (jaar t+1), t-2 (jaar t+2), gezinsmigranten, total
        long[][] seed = {
                {593_832, 0, 0, 29_454, 623_285},
                {674_809, 308_000, 0, 29_454, 1_012_262},
                {674_809, 350_000, 77_000, 29_454, 1_131_262},
                {674_809, 350_000, 87_500, 29_454, 1_141_762}};
        for (int i = 0; i < 4; i++) {
            JsonNode u = jaren.get(i).path("uitkering");
            assertThat(List.of(euro(u.path("asielJaarT")), euro(u.path("asielJaarT1")), euro(u.path("asielJaarT2")),
                    euro(u.path("gezinsmigranten")), euro(u.path("totaal"))))
                    .as("uitkering " + (2022 + i)).containsExactly(seed[i][0], seed[i][1], seed[i][2], seed[i][3], seed[i][4]);
        }
        // the rows "Uitkering voor de asielstatushouders gehuisvest in 2022": 593,832 / 308,000 / 77,000
        assertThat(euro(jaren.get(0).path("perHuisvestingsjaar").get(0).path("bedrag"))).isEqualTo(593_832);
        assertThat(euro(jaren.get(1).path("perHuisvestingsjaar").get(1).path("bedrag"))).isEqualTo(308_000);
        assertThat(euro(jaren.get(2).path("perHuisvestingsjaar").get(2).path("bedrag"))).isEqualTo(77_000);
        assertThat(jaren.get(2).path("perHuisvestingsjaar").get(2).path("huisvestingsjaar").asInt()).isEqualTo(2022);

        // the CSV carries the same numbers, decimals with a comma
        Http.Antwoord csv = Http.als(poort, tl).get("/api/rapportage/spuk?gemeente=0637&vanJaar=2022&totJaar=2025&formaat=csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).contains("Zoetermeer;2022;PROGNOSE;110;77,0;50,0;593831,70;0,00;0,00;29453,50;623285,20");

        // the stored prognoses, and a change by another gemeente's teamleider is refused
        Http.Antwoord lijst = Http.als(poort, tl).get("/api/rapportage/spuk/prognose?gemeente=0637");
        assertThat(lijst.json().findValuesAsText("jaar")).contains("2022", "2023", "2024", "2025");
        assertThat(RapportageHttp.put(poort, TestGegevens.TL_WESTFRIESLAND.id(), "/api/rapportage/spuk/prognose/0637/2022",
                "{\"huisvestingstaakstelling\": 1, \"gezinsmigranten\": 1}").status()).isEqualTo(403);
        assertThat(RapportageHttp.put(poort, TestGegevens.CM_ZOETERMEER.id(), "/api/rapportage/spuk/prognose/0637/2022",
                "{\"huisvestingstaakstelling\": 1, \"gezinsmigranten\": 1}").status()).isEqualTo(403);
        assertThat(Http.als(poort, tl).get("/api/rapportage/spuk?gemeente=0637&vanJaar=2022&totJaar=2022").json()
                .path("jaren").get(0).path("gehuisvest").asInt()).as("nothing changed by the refusals").isEqualTo(110);
    }

    @Test
    void eenOngeldigePrognoseWordtGeweigerdMetHetVeldEnNietsGeschreven() {
        String tl = TestGegevens.TL_ZOETERMEER.id();
        RapportageHttp.Antwoord a = RapportageHttp.put(poort, tl, "/api/rapportage/spuk/prognose/0637/2031",
                "{\"huisvestingstaakstelling\": -1, \"aandeelPlichtig\": 1.5}");
        assertThat(a.status()).isEqualTo(400);
        JsonNode velden = a.json().path("velden");
        assertThat(velden.has("huisvestingstaakstelling")).isTrue();
        assertThat(velden.has("gezinsmigranten")).isTrue();
        assertThat(velden.has("aandeelPlichtig")).isTrue();
        assertThat(RapportageHttp.put(poort, tl, "/api/rapportage/spuk/prognose/0637/1999",
                "{\"huisvestingstaakstelling\": 1, \"gezinsmigranten\": 1}").json().path("velden").has("jaar")).isTrue();
        assertThat(Http.als(poort, tl).get("/api/rapportage/spuk/prognose?gemeente=0637").json().findValuesAsText("jaar"))
                .doesNotContain("2031", "1999");

        // without aandeelPlichtig the configured 0.70 holds; a second PUT replaces; DELETE removes
        assertThat(RapportageHttp.put(poort, tl, "/api/rapportage/spuk/prognose/0637/2031",
                "{\"huisvestingstaakstelling\": 100, \"gezinsmigranten\": 10}").json().path("aandeelPlichtig").asText())
                .isEqualTo("0.7");
        assertThat(RapportageHttp.put(poort, tl, "/api/rapportage/spuk/prognose/0637/2031",
                "{\"huisvestingstaakstelling\": 120, \"gezinsmigranten\": 10, \"aandeelPlichtig\": 0.5}").json()
                .path("huisvestingstaakstelling").asInt()).isEqualTo(120);
        assertThat(RapportageHttp.delete(poort, tl, "/api/rapportage/spuk/prognose/0637/2031").status()).isEqualTo(204);
        assertThat(RapportageHttp.delete(poort, tl, "/api/rapportage/spuk/prognose/0637/2031").status()).isEqualTo(404);
    }
}
