package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * A database error whose SQL would quote a BSN-like value reaches neither the caller nor the log: the answer is a
 * generic Dutch 500 with a reference, the log has the reference and the stack frames but not the value, the SQL or
 * the exception's message. An ordinary form refusal is not logged as an error at all.
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

    @Test
    void eenGewoneWeigeringVanEenFormulierLogtGeenFout(CapturedOutput uitvoer) {
        Dossier dossier = openStatushouder("0441");
        String oproep = taak(dossier, "Task_OproepVersturen").getId();
        String plaats = "Plein " + TestGegevens.nieuwBsn();
        int begin = uitvoer.getOut().length();

        Http.Antwoord antwoord = Http.als(poort, "cm.hoorn").post("/engine-rest/task/" + oproep + "/complete",
                Map.of("variables", Map.of("oproepLocatie", Map.of("value", plaats))));

        assertThat(antwoord.status()).isEqualTo(400);
        assertThat(antwoord.body()).contains("oproepDatum").doesNotContain(plaats).doesNotContain(oproep);
        String log = uitvoer.getOut().substring(begin);
        assertThat(log).doesNotContain(" ERROR ").doesNotContain("\tat ").doesNotContain(plaats);
    }

    /** Exploration (temporary): what each kind of refusal logs. */
    @Test
    void verkenning(CapturedOutput uitvoer) {
        Dossier dossier = openStatushouder("0441");
        String oproep = taak(dossier, "Task_OproepVersturen").getId();
        int begin = uitvoer.getOut().length();
        Http.Antwoord a = Http.als(poort, "cm.hoorn").post("/engine-rest/task/" + oproep + "/complete",
                Map.of("variables", Map.of("oproepDatum", Map.of("value", "geen-datum"), "oproepLocatie", Map.of("value", "X"))));
        System.err.println("VERKENNING rest-complete " + a.status() + " " + a.body());
        System.err.println("VERKENNING-LOG1 >>>" + uitvoer.getOut().substring(begin) + "<<<");
        begin = uitvoer.getOut().length();
        var sessie = nl.regie.inburgering.test.Aanval.als(poort, nl.regie.inburgering.test.Aanval.Toegang.WEBAPP, "cm.hoorn");
        var b = sessie.post("/camunda/api/engine/engine/default/task/" + oproep + "/submit-form",
                "{\"variables\":{\"oproepDatum\":{\"value\":\"2020-01-01\"},\"oproepLocatie\":{\"value\":\"X\"}}}");
        System.err.println("VERKENNING webapp-submit " + b.status() + " " + b.body());
        System.err.println("VERKENNING-LOG2 >>>" + uitvoer.getOut().substring(begin) + "<<<");
        begin = uitvoer.getOut().length();
        Http.Antwoord c = Http.als(poort, "cm.hoorn").post("/api/dossiers", Map.of("bsn", "123"));
        System.err.println("VERKENNING api " + c.status() + " " + c.body());
        System.err.println("VERKENNING-LOG3 >>>" + uitvoer.getOut().substring(begin) + "<<<");
    }
}
