package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.spi.LoggingEvent;
import org.junit.jupiter.api.Test;

/** The rewriting of error answers and log messages, without a server. */
class FoutmeldingenTest {

    private static final String BSN = "111222333";

    private static String tekst(Foutmeldingen.Fout fout) {
        return new String(fout.body(), StandardCharsets.UTF_8);
    }

    @Test
    void optimistischeVergrendelingWordt409() {
        Foutmeldingen.Fout fout = Foutmeldingen.engine(500, "application/json",
                ("{\"type\":\"OptimisticLockingException\",\"message\":\"ENGINE-03005 UPDATE VariableInstanceEntity[" + BSN
                        + "] failed\",\"code\":1}").getBytes(), "abc123abc123");
        assertThat(fout.status()).isEqualTo(409);
        assertThat(tekst(fout)).contains("\"type\":\"Conflict\"", "\"code\":1").doesNotContain(BSN, "UPDATE", "Exception");
    }

    @Test
    void eenServerfoutNoemtAlleenDeReferentie() {
        Foutmeldingen.Fout fout = Foutmeldingen.engine(500, "application/json",
                ("{\"type\":\"ProcessEngineException\",\"message\":\"insert into ACT_RU_VARIABLE values ('" + BSN + "')\"}")
                        .getBytes(), "abc123abc123");
        assertThat(fout.status()).isEqualTo(500);
        assertThat(tekst(fout)).contains("ServerFout", "abc123abc123").doesNotContain(BSN, "insert", "ACT_", "Exception");
        // not JSON at all (Tomcat's HTML page): the same
        assertThat(tekst(Foutmeldingen.engine(502, "text/html", ("<pre>" + BSN + "</pre>").getBytes(), "r")))
                .contains("ServerFout").doesNotContain(BSN);
    }

    @Test
    void eenEngineWeigeringKrijgtEenNederlandseMeldingZonderWaarden() {
        Foutmeldingen.Fout fout = Foutmeldingen.engine(400, "application/json",
                ("{\"type\":\"InvalidRequestException\",\"message\":\"Cannot convert value '" + BSN + "' of type 'Date'\"}")
                        .getBytes(), "r");
        assertThat(tekst(fout)).contains("OngeldigVerzoek", "Ongeldig verzoek").doesNotContain(BSN, "Exception");
        // our own refusal, raised while serving the request, keeps its message (it names fields, never values)
        assertThat(tekst(Foutmeldingen.engine(400, "application/json",
                "{\"type\":\"RestException\",\"message\":\"Cannot complete task 42: oproepDatum: is verplicht\"}".getBytes(),
                "r", "oproepDatum: is verplicht"))).contains("\"type\":\"OngeldigeInvoer\"", "oproepDatum: is verplicht")
                .doesNotContain("42", "Cannot");
    }

    @Test
    void probleemdetailsVerliezenHetPadEnSpringsEngelseTekst() {
        Foutmeldingen.Fout eigen = Foutmeldingen.api(404, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Niet gevonden\",\"status\":404,\"detail\":\"Het dossier bestaat niet.\",\"instance\":\"/api/dossiers/111222333\"}"
                        .getBytes(), "r");
        assertThat(tekst(eigen)).contains("Het dossier bestaat niet.").doesNotContain(BSN, "instance");
        Foutmeldingen.Fout spring = Foutmeldingen.api(404, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,\"detail\":\"No static resource 111222333.\"}"
                        .getBytes(), "r");
        assertThat(tekst(spring)).doesNotContain(BSN, "Not Found", "static");
    }

    @Test
    void logmeldingenVanBibliothekenHoudenAlleenCodeKlassenEnFrames() {
        String melding = "ENGINE-REST-HTTP500 org.camunda.bpm.engine.ProcessEnginePersistenceException: ENGINE-03083 "
                + "### SQL: insert into ACT_RU_FILTER values (?) ### Cause: Value too long '" + BSN + "'\n"
                + "\tat org.camunda.bpm.engine.impl.Foo.bar(Foo.java:12)\n"
                + "Caused by: org.h2.jdbc.JdbcSQLDataException: Value too long for column: '" + BSN + "'\n"
                + "\t... 12 more\n"
                + "SQL statement: insert into ACT_RU_FILTER values ('" + BSN + "')";
        String schoon = VeiligeMelding.schoon(melding);
        assertThat(schoon).startsWith("ENGINE-REST-HTTP500 org.camunda.bpm.engine.ProcessEnginePersistenceException")
                .contains("\tat org.camunda.bpm.engine.impl.Foo.bar(Foo.java:12)", "Caused by: org.h2.jdbc.JdbcSQLDataException")
                .doesNotContain(BSN).doesNotContainIgnoringCase("insert");

        LoggingEvent bibliotheek = new LoggingEvent();
        bibliotheek.setLoggerName("org.camunda.bpm.engine.rest.exception");
        bibliotheek.setLevel(Level.DEBUG);
        assertThat(VeiligeMelding.moetSchonen(bibliotheek)).isTrue();
        LoggingEvent eigen = new LoggingEvent();
        eigen.setLoggerName("nl.regie.inburgering.dossier.DossierService");
        eigen.setLevel(Level.ERROR);
        assertThat(VeiligeMelding.moetSchonen(eigen)).isFalse();
        LoggingEvent opstart = new LoggingEvent();
        opstart.setLoggerName("org.camunda.bpm.engine.jobexecutor");
        opstart.setLevel(Level.INFO);
        assertThat(VeiligeMelding.moetSchonen(opstart)).isFalse();
        LoggingEvent waarschuwing = new LoggingEvent();
        waarschuwing.setLoggerName("org.camunda.bpm.engine.jobexecutor");
        waarschuwing.setLevel(Level.WARN);
        assertThat(VeiligeMelding.moetSchonen(waarschuwing)).isTrue();
    }
}
