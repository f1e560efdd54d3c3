package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Our own API ({@code /api}) is designed for the gemeente's staff, COA and DUO. A partner account — which serves the
 * gemeenten and could guess the sequential dossier numbers — is refused on every call, in every spelling of the path.
 */
class OnzeApiAanvalTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eenPartnerLeestNochSchrijftIetsInOnzeApi() {
        Dossier dossier = openStatushouder("0441");
        String nr = dossier.getDossiernummer();
        // the staff of the gemeente do read it: the refusal below is about who asks, not about the dossier
        assertThat(Aanval.als(poort, Aanval.Toegang.ENGINE_REST, TestGegevens.CM_HOORN.id())
                .get("/api/dossiers/" + nr + "/leerroute").status()).isEqualTo(200);

        Aanval.zonderGevolg(jdbc, () -> {
            for (TestGegevens.TestGebruiker partner : List.of(TestGegevens.TAALSCHOOL_WESTFRIESLAND, TestGegevens.VLUCHTELINGENWERK)) {
                Aanval.Client client = Aanval.als(poort, Aanval.Toegang.ENGINE_REST, partner.id());
                for (String pad : List.of("/api/dossiers/" + nr, "/api/dossiers/" + nr + "/", "/api/dossiers/" + nr + ";x=y",
                        "/api/dossiers/" + nr + "/leerroute", "/api/dossiers/" + nr + "/leerroute/",
                        "/api/dossiers;x=y/" + nr + "/leerroute", "/api/dossiers/" + nr + "/inzage")) {
                    assertThat(client.get(pad).status()).as(partner.id() + " GET " + pad).isEqualTo(403);
                }
                assertThat(client.post("/api/dossiers/" + nr + "/gebeurtenissen",
                        "{\"type\":\"BEEINDIGD\",\"datum\":\"2026-03-01\",\"toelichting\":\"verhuisd\"}").status())
                        .as(partner.id() + " event").isEqualTo(403);
                assertThat(client.post("/api/dossiers/" + nr + "/leerroutewissel", "{\"leerroute\":\"Z\",\"reden\":\"x\"}")
                        .status()).as(partner.id() + " route switch").isEqualTo(403);
            }
        });
    }
}
