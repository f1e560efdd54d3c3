package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Aanval.Toegang;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Attack class: making the application talk. Errors are provoked on every API — the engine REST API, the webapps'
 * engine API with a Tasklist session, the partners' entry point and our own API — in every spelling of path and
 * body, each carrying a BSN-like marker: unknown sort keys and types, values that do not convert, malformed JSON,
 * unknown ids, a database error whose SQL would quote the value. Every answer is an error without SQL, Java class
 * or package names, stack frames or the marker, and the database is unchanged.
 */
class FoutmeldingAanvalTest extends ProcesTestBasis {

    private static final Pattern SQL = Pattern.compile(
            "(?i)\\b(select|insert|update|delete)\\b[^\"]*\\b(from|into|set|where)\\b|\\bACT_[A-Z]{2}_|\\bSQL\\b|jdbc");
    private static final Pattern JAVA = Pattern.compile(
            "\\b(org|java|javax|jakarta|com|nl)\\.[a-z]|Exception|\\bat [a-z]+\\.|\\.java:\\d+|\\$\\d");

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    private record Poging(String omschrijving, String methode, String pad, String contentType, byte[] body) {
    }

    private final List<String> gezien = new ArrayList<>();

    private void controleer(String wat, Aanval.Antwoord antwoord, String merkteken) {
        gezien.add(wat);
        assertThat(antwoord.status()).as("%s: %s", wat, antwoord.body()).isBetween(400, 599);
        assertThat(antwoord.body()).as("%s: merkteken", wat).doesNotContain(merkteken);
        assertThat(SQL.matcher(antwoord.body()).find()).as("%s: SQL in %s", wat, antwoord.body()).isFalse();
        assertThat(JAVA.matcher(antwoord.body()).find()).as("%s: Java in %s", wat, antwoord.body()).isFalse();
        if (!antwoord.body().isBlank() && antwoord.body().trim().startsWith("{")) {
            String type = new Http.Antwoord(antwoord.status(), antwoord.body(), null).json().path("type").asText("");
            assertThat(type).as("%s: type %s", wat, type).doesNotContain(".").doesNotEndWith("Exception");
        }
    }

    /** Engine requests that fail, each carrying the marker, relative to an entry point. */
    private static List<String[]> engineAanvallen(String merkteken, String taak) {
        return List.of(
                new String[] {"GET", "/task?sortBy=" + merkteken + "&sortOrder=asc", null},
                new String[] {"GET", "/task?dueAfter=" + merkteken, null},
                new String[] {"GET", "/task/" + merkteken, null},
                new String[] {"GET", "/process-instance/" + merkteken + "/variables", null},
                new String[] {"POST", "/task", "{\"sorting\":[{\"sortBy\":\"" + merkteken + "\",\"sortOrder\":\"asc\"}]}"},
                new String[] {"POST", "/task", "{\"processVariables\":[{\"name\":\"x\",\"operator\":\"" + merkteken + "\",\"value\":1}]}"},
                new String[] {"POST", "/task", "{\"priority\":\"" + merkteken + "\"}"},
                new String[] {"POST", "/task", "{\"taskId\":\"" + merkteken + "\""},
                new String[] {"POST", "/task/" + taak + "/complete",
                        "{\"variables\":{\"oproepDatum\":{\"value\":\"" + merkteken + "\",\"type\":\"Date\"}}}"},
                new String[] {"POST", "/task/" + taak + "/complete",
                        "{\"variables\":{\"oproepLocatie\":{\"value\":\"" + merkteken + "\",\"type\":\"Onbekend" + merkteken + "\"}}}"},
                new String[] {"POST", "/task/" + taak + "/complete",
                        "{\"variables\":{\"oproepLocatie\":{\"value\":\"" + merkteken + "\",\"type\":\"Object\","
                                + "\"valueInfo\":{\"objectTypeName\":\"java.lang.Runtime" + merkteken + "\","
                                + "\"serializationDataFormat\":\"application/json\"}}}}"},
                new String[] {"POST", "/message", "{\"messageName\":\"" + merkteken + "\",\"businessKey\":\"" + merkteken + "\"}"},
                new String[] {"POST", "/external-task/fetchAndLock", "{\"workerId\":\"w\",\"maxTasks\":\"x" + merkteken
                        + "\",\"topics\":[{\"topicName\":\"" + merkteken + "\",\"lockDuration\":\"" + merkteken + "\"}]}"},
                new String[] {"POST", "/external-task/" + merkteken + "/complete", "{\"workerId\":\"" + merkteken + "\"}"});
    }

    @Test
    void foutenOpDeEngineApisVertellenNietsEnVeranderenNiets() {
        Dossier dossier = openStatushouder("0441");
        String taak = taak(dossier, "Task_OproepVersturen").getId();
        String merkteken = TestGegevens.nieuwBsn();

        Aanval.zonderGevolg(jdbc, () -> {
            for (Toegang toegang : Toegang.values()) {
                // the partners' entry point as a partner (a casemanager would be stopped at its door)
                Aanval.Client cm = Aanval.als(poort, toegang, toegang == Toegang.PARTNER_API
                        ? TestGegevens.TAALSCHOOL_WESTFRIESLAND.id() : TestGegevens.CM_HOORN.id());
                for (String[] aanval : engineAanvallen(merkteken, taak)) {
                    if (aanval[2] == null) {
                        for (String pad : Aanval.padvarianten(toegang, aanval[1])) {
                            controleer(toegang + " GET " + pad, cm.get(pad), merkteken);
                        }
                        continue;
                    }
                    for (Aanval.Variant variant : Aanval.varianten(toegang, aanval[1], aanval[2])) {
                        controleer(toegang + " " + aanval[0] + " " + variant, cm.stuur(aanval[0], variant), merkteken);
                    }
                }
            }
        });
        assertThat(gezien).hasSizeGreaterThan(300);
    }

    @Test
    void eenDatabasefoutVerteltDeSqlNietEnVeranderNiets() {
        String merkteken = TestGegevens.nieuwBsn();
        String naam = ("persoon " + merkteken + " ").repeat(20); // longer than the column: the INSERT fails
        String filter = "{\"resourceType\":\"Task\",\"name\":\"" + naam + "\",\"query\":{}}";

        Aanval.zonderGevolg(jdbc, () -> {
            Http admin = Http.als(poort, "admin", "admin-test");
            for (String pad : Aanval.padvarianten(Toegang.ENGINE_REST, "/filter/create")) {
                Http.Antwoord antwoord = admin.post(pad, filter);
                controleer("ENGINE_REST " + pad, new Aanval.Antwoord(antwoord.status(), antwoord.body()), merkteken);
                if (!pad.contains("%")) {
                    assertThat(antwoord.status()).as(pad).isEqualTo(500);
                    assertThat(antwoord.body()).contains("referentie");
                }
            }
            Aanval.WebappSessie sessie = Aanval.WebappSessie.aanmelden(poort, "tasklist", "admin", "admin-test");
            assertThat(sessie.loginStatus()).isEqualTo(200);
            for (Aanval.Variant variant : Aanval.varianten(Toegang.WEBAPP, "/filter/create", filter)) {
                Aanval.Antwoord antwoord = sessie.stuur("POST", variant);
                controleer("WEBAPP " + variant, antwoord, merkteken);
            }
            // a casemanager may not create filters at all: refused, equally silent
            Aanval.Client cm = Aanval.als(poort, Toegang.WEBAPP, TestGegevens.CM_HOORN.id());
            for (Aanval.Variant variant : Aanval.varianten(Toegang.WEBAPP, "/filter/create", filter)) {
                controleer("WEBAPP cm " + variant, cm.stuur("POST", variant), merkteken);
            }
        });
    }

    @Test
    void foutenOpOnzeApiVertellenNietsEnVeranderenNiets() {
        Dossier dossier = openStatushouder("0441");
        String nr = dossier.getDossiernummer();
        String merkteken = TestGegevens.nieuwBsn();

        Aanval.zonderGevolg(jdbc, () -> {
            Aanval.Client coa = Aanval.als(poort, Toegang.ENGINE_REST, TestGegevens.COA.id());
            for (String pad : List.of("/api/dossiers/" + merkteken, "/api/dossiers/" + merkteken + "/",
                    "/api/dossiers/" + merkteken + ";x=y", "/api/dossiers;x=y/" + merkteken, "/api/dossiers/INB%2D" + merkteken,
                    "/api/dossiers/" + merkteken + "/leerroute", "/api/" + merkteken)) {
                controleer("GET " + pad, coa.get(pad), merkteken);
            }
            List<String> bodies = List.of(
                    "{\"bsn\":" + merkteken + "}",
                    "{\"" + merkteken + "\":1}",
                    "{\"bsn\":\"" + merkteken + "\",\"bsn\":\"" + merkteken + "\"}",
                    "{\"bsn\":\"" + merkteken + "\",\"geboortedatum\":\"" + merkteken + "\"}",
                    "{\"bsn\":\"" + merkteken + "\",\"bijstand\":\"" + merkteken + "\"}",
                    "{\"bsn\":\"" + merkteken + "\"",
                    "[\"" + merkteken + "\"]");
            for (String body : bodies) {
                for (String pad : List.of("/api/dossiers", "/api/dossiers/", "/api/dossiers;x=y",
                        "/api/dossiers/" + nr + "/gebeurtenissen", "/api/dossiers/" + nr + "/gebeurtenissen;x=y")) {
                    for (Aanval.Variant variant : Aanval.bodyvarianten(pad, body)) {
                        controleer("POST " + variant, coa.stuur("POST", variant), merkteken);
                    }
                }
            }
            controleer("PUT", coa.stuur("PUT", "/api/dossiers/" + merkteken, "application/json", "{}".getBytes()), merkteken);
            controleer("text/plain", coa.stuur("POST", "/api/dossiers", "text/plain", merkteken.getBytes()), merkteken);
        });
    }
}
