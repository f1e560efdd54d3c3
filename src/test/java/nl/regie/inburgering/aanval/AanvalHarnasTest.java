package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Aanval.Toegang;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * The attacks are only worth their refusals if the attacker's tools work: a webapp session really is logged in and
 * passes the XSRF check, every path variant reaches the same resource (or none), and every body variant is read as the same
 * JSON. Shown here with harmless requests that a casemanager may make.
 */
class AanvalHarnasTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    @Test
    void eenWebappSessieIsAangemeldEnPasseertDeXsrfControle() {
        Aanval.WebappSessie sessie = Aanval.WebappSessie.aanmelden(poort, "tasklist", TestGegevens.CM_HOORN.id(),
                TestGegevens.CM_HOORN.id());
        assertThat(sessie.loginStatus()).isEqualTo(200);
        assertThat(sessie.get("/camunda/api/engine/engine/default/task/count").status()).isEqualTo(200);
        // a modifying request (POST) is only accepted with the session's XSRF token
        assertThat(sessie.post("/camunda/api/engine/engine/default/task/count", "{}").status()).isEqualTo(200);

        Aanval.WebappSessie fout = Aanval.WebappSessie.aanmelden(poort, "tasklist", TestGegevens.CM_HOORN_2.id(), "fout");
        assertThat(fout.loginStatus()).isEqualTo(401);
    }

    @Test
    void elkeVariantBereiktDezelfdeBronEnWordtAlsDezelfdeJsonGelezen() {
        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
            for (Aanval.Variant variant : Aanval.varianten(toegang, "/task/count",
                    "{\"taskDefinitionKey\":\"Task_OproepVersturen\",\"processVariables\":[]}")) {
                Aanval.Antwoord antwoord = cm.stuur("POST", variant);
                if (variant.pad().contains("%")) {
                    // a percent-encoded letter is not decoded for routing: the resource is not found, nothing runs
                    assertThat(antwoord.status()).as(toegang + " " + variant).isIn(200, 404);
                    continue;
                }
                assertThat(antwoord.status()).as(toegang + " " + variant).isEqualTo(200);
                assertThat(antwoord.body()).as(toegang + " " + variant).contains("count");
            }
        }
    }

    @Test
    void deMomentopnameZietEenWijziging() {
        var voor = Aanval.momentopname(jdbc);
        assertThat(Aanval.verschil(voor, Aanval.momentopname(jdbc))).as("reading twice").isEmpty();
        openStatushouder("0441");
        assertThat(Aanval.verschil(voor, Aanval.momentopname(jdbc))).anyMatch(r -> r.startsWith("+ dossier: "));
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Aanval.zonderGevolg(jdbc, () -> openStatushouder("0441")))
                .hasMessageContaining("+ dossier: ");
        assertThat(Aanval.unicodeEscapes("{\"a\":\"${x}\"}").getBytes(StandardCharsets.UTF_8))
                .asString().isEqualTo("{\"\\u0061\":\"\\u0024{x}\"}");
    }
}
