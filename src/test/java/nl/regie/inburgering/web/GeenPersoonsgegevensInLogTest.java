package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * A database error whose SQL would quote a BSN-like value reaches neither the caller nor the log: the answer is a
 * generic Dutch 500 with a reference, the log has the reference and the stack frames but not the value, the SQL or
 * the exception's message. A refused input is one WARN line without values (issue 10, item 9).
 */
@ExtendWith(OutputCaptureExtension.class)
class GeenPersoonsgegevensInLogTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    private Http admin() {
        return Http.als(poort, "admin", "admin-test");
    }

    private long filters() {
        return jdbc.queryForObject("select count(*) from ACT_RU_FILTER", Long.class);
    }

    @Test
    void eenSqlFoutMetEenBsnKomtNietInHetAntwoordEnNietInDeLog(CapturedOutput uitvoer) {
        String bsn = TestGegevens.nieuwBsn();
        long voor = filters();
        int begin = uitvoer.getOut().length();

        // a filter name longer than its column (255): the INSERT fails, and its message quotes the value
        Http.Antwoord antwoord = admin().post("/engine-rest/filter/create",
                Map.of("resourceType", "Task", "name", ("bsn " + bsn + " ").repeat(25), "query", Map.of()));

        assertThat(antwoord.status()).isEqualTo(500);
        assertThat(antwoord.body()).doesNotContain(bsn).doesNotContainIgnoringCase("insert")
                .doesNotContain("ACT_RU_FILTER", "Exception", "org.", "java.", "\tat ");
        String referentie = antwoord.json().path("message").asText().replaceAll(".*referentie ([0-9a-f]+).*", "$1");
        assertThat(referentie).matches("[0-9a-f]{12}");
        assertThat(antwoord.json().path("type").asText()).isEqualTo("ServerFout");
        assertThat(filters()).isEqualTo(voor);

        String log = uitvoer.getOut().substring(begin) + uitvoer.getErr();
        assertThat(log).contains(referentie).contains("\tat ");
        assertThat(log).doesNotContain(bsn).doesNotContainIgnoringCase("insert into").doesNotContain("ACT_RU_FILTER");
    }

    /** One refused request: through which client, method, path, JSON body (or none), and the field it names. */
    private record Weigering(Aanval.Client client, String methode, String pad, String body, String veld) {
    }

    /**
     * Issue 10, item 9: a refused form or API input is one WARN line naming the refused field, without the value, the
     * message, an ERROR or a stack trace, whichever entry point and layer refused it: a completion or form submission
     * (engine REST, the webapps' engine API), a variable written without completing (which Camunda's REST layer wraps
     * in a 500 and used to log with some 200 stack frames), a BPMN error, and our own API.
     */
    @Test
    void eenGeweigerdeInvoerIsEenWaarschuwingVanEenRegelZonderWaarden(CapturedOutput uitvoer) {
        Dossier dossier = openStatushouder("0441");
        String oproep = taak(dossier, "Task_OproepVersturen").getId();
        String bsn = TestGegevens.nieuwBsn();
        String plaats = "Plein " + bsn;
        Aanval.Client rest = Aanval.als(poort, Aanval.Toegang.ENGINE_REST, TestGegevens.CM_HOORN.id());
        Aanval.Client webapp = Aanval.als(poort, Aanval.Toegang.WEBAPP, TestGegevens.CM_HOORN.id());
        String r = "/engine-rest/task/" + oproep;
        String w = Aanval.Toegang.WEBAPP.basis() + "/task/" + oproep;
        List<Weigering> weigeringen = List.of(
                new Weigering(rest, "POST", r + "/complete", "{\"variables\":{\"oproepDatum\":{\"value\":\"geen datum " + bsn
                        + "\"},\"oproepLocatie\":{\"value\":\"" + plaats + "\"}}}", "oproepDatum"),
                new Weigering(rest, "POST", r + "/complete", "{\"variables\":{\"oproepLocatie\":{\"value\":\"" + plaats + "\"}}}",
                        "oproepDatum"),
                new Weigering(webapp, "POST", w + "/submit-form", "{\"variables\":{\"oproepLocatie\":{\"value\":\"" + plaats
                        + "\"}}}", "oproepDatum"),
                new Weigering(rest, "PUT", r + "/variables/oproepDatum", "{\"value\":\"" + plaats + "\",\"type\":\"String\"}",
                        "oproepDatum"),
                new Weigering(webapp, "POST", w + "/variables", "{\"modifications\":{\"gemeente\":{\"value\":\"" + plaats
                        + "\"}}}", "gemeente"),
                new Weigering(rest, "POST", r + "/bpmnError", "{\"errorCode\":\"" + bsn + "\"}", "errorCode"),
                new Weigering(Aanval.als(poort, Aanval.Toegang.ENGINE_REST, TestGegevens.CM_HOORN.id()), "POST", "/api/dossiers",
                        "{\"bsn\":\"" + bsn.substring(1) + "\",\"voornamen\":\"" + plaats + "\"}", "bsn"));

        for (Weigering weigering : weigeringen) {
            int begin = uitvoer.getOut().length();
            Aanval.Antwoord antwoord = weigering.client().stuur(weigering.methode(), weigering.pad(), "application/json",
                    weigering.body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            String wat = weigering.methode() + " " + weigering.pad() + ": " + antwoord.body();
            assertThat(antwoord.status()).as(wat).isEqualTo(400);
            assertThat(antwoord.body()).as(wat).contains(weigering.veld()).doesNotContain(plaats);

            String log = uitvoer.getOut().substring(begin);
            List<String> waarschuwingen = log.lines().filter(regel -> regel.contains(" WARN ")).toList();
            assertThat(waarschuwingen).as(wat + "\n" + log).hasSize(1);
            assertThat(waarschuwingen.get(0)).as(log).contains("Verzoek geweigerd: 400").contains(weigering.veld());
            assertThat(log).as(wat).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain("Exception")
                    .doesNotContain(bsn).doesNotContain(bsn.substring(1)).doesNotContain("Plein");
        }
        assertThat(taskService.createTaskQuery().taskId(oproep).count()).as("the task is still open").isEqualTo(1);
    }
}
