package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Malformed and hostile requests across our API, partner completions and task completions: each is answered 4xx,
 * names the problem, and writes nothing.
 */
class OngeldigeInvoerSuiteTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    private record Geval(String naam, Supplier<Http.Antwoord> verzoek, int status, String noemt) {
    }

    private Map<String, Object> dossierVerzoek() {
        Map<String, Object> v = new HashMap<>();
        v.put("bsn", TestGegevens.nieuwBsn());
        v.put("voornamen", "Yonas");
        v.put("achternaam", "Kidane");
        v.put("geboortedatum", "1992-05-05");
        v.put("nationaliteit", "ERI");
        v.put("doelgroep", "ASIELSTATUSHOUDER");
        v.put("gemeente", "0441");
        v.put("koppelingsdatum", VANDAAG.minusDays(3).toString());
        v.put("bijstand", true);
        return v;
    }

    private String dossierJson() {
        try {
            return Http.JSON.writeValueAsString(dossierVerzoek());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private Supplier<Http.Antwoord> openMet(String veld, Object waarde) {
        return () -> {
            Map<String, Object> v = dossierVerzoek();
            if (waarde == null) {
                v.remove(veld);
            } else {
                v.put(veld, waarde);
            }
            return Http.als(poort, "coa.koppeling").post("/api/dossiers", v);
        };
    }

    private Supplier<Http.Antwoord> ruw(String gebruiker, String pad, String contentType, String body) {
        return () -> {
            try {
                HttpRequest verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                        .timeout(java.time.Duration.ofSeconds(30))
                        .header("Content-Type", contentType).header("Accept", "application/json")
                        .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes()))
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build();
                HttpResponse<String> r = HttpClient.newHttpClient().send(verzoek, HttpResponse.BodyHandlers.ofString());
                return new Http.Antwoord(r.statusCode(), r.body(), r);
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
    }

    private long schrijfteller() {
        return jdbc.queryForObject("select (select count(*) from dossier) + (select count(*) from persoon)"
                + " + (select count(*) from gebeurtenis) + (select count(*) from leerroute_traject)"
                + " + (select count(*) from leerroute_wissel) + (select count(*) from oproep)", Long.class);
    }

    private String aanmeldtaak(Dossier dossier) {
        return processEngine.getExternalTaskService().createExternalTaskQuery()
                .processInstanceId(proces(dossier, "leerroute").getId()).singleResult().getId();
    }

    private static Map<String, Object> antwoord(Object... naamEnWaarde) {
        Map<String, Object> variabelen = new HashMap<>();
        for (int i = 0; i < naamEnWaarde.length; i += 2) {
            variabelen.put((String) naamEnWaarde[i], Map.of("value", naamEnWaarde[i + 1]));
        }
        return Map.of("workerId", "taalschool-1", "variables", variabelen);
    }

    @TestFactory
    Stream<DynamicTest> elkOngeldigVerzoekKrijgt4xxEnSchrijftNiets() {
        Dossier dossier = openStatushouder("0441");
        String nr = dossier.getDossiernummer();
        String gebeurtenissen = "/api/dossiers/" + nr + "/gebeurtenissen";
        Http duo = Http.als(poort, "duo.koppeling");
        Dossier metLeerroute = openStatushouder("0441");
        startNaPip(metLeerroute, "leerroute", "B1", VANDAAG);
        String taak = aanmeldtaak(metLeerroute);
        Http taalschool = Http.als(poort, TestGegevens.TAALSCHOOL_WESTFRIESLAND.id());
        Dossier herhaald = openStatushouder("0441");
        startNaPip(herhaald, "leerroute", "B1", VANDAAG);
        String herhaaldeTaak = aanmeldtaak(herhaald);
        for (Dossier d : List.of(herhaald, metLeerroute)) {
            assertThat(taalschool.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "taalschool-1", "maxTasks", 1,
                    "topics", List.of(Map.of("topicName", "taalaanbieder-aanmelding", "lockDuration", 600000,
                            "businessKey", d.getDossiernummer())))).json()).hasSize(1);
        }
        assertThat(taalschool.post("/partner-api/external-task/" + herhaaldeTaak + "/complete",
                antwoord("startdatum", VANDAAG.toString())).status()).isEqualTo(204);
        String oproep = taak(dossier, "Task_OproepVersturen").getId();

        List<Geval> gevallen = new ArrayList<>();
        for (String veld : List.of("bsn", "voornamen", "achternaam", "geboortedatum", "nationaliteit", "doelgroep",
                "gemeente", "koppelingsdatum", "bijstand")) {
            gevallen.add(new Geval("dossier zonder " + veld, openMet(veld, null), 400, veld));
        }
        gevallen.add(new Geval("bsn te kort", openMet("bsn", "12345678"), 400, "bsn"));
        gevallen.add(new Geval("bsn met letter", openMet("bsn", "12345678a"), 400, "bsn"));
        gevallen.add(new Geval("bsn faalt de elfproef", openMet("bsn", "123456789"), 400, "elfproef"));
        gevallen.add(new Geval("bsn nullen", openMet("bsn", "000000000"), 400, "bsn"));
        gevallen.add(new Geval("bsn te lang", openMet("bsn", "1234567890"), 400, "bsn"));
        gevallen.add(new Geval("geboortedatum in de toekomst", openMet("geboortedatum", VANDAAG.plusDays(1).toString()), 400, "geboortedatum"));
        gevallen.add(new Geval("koppelingsdatum in de toekomst", openMet("koppelingsdatum", VANDAAG.plusDays(1).toString()), 400, "koppelingsdatum"));
        gevallen.add(new Geval("BRP-inschrijving in de toekomst", openMet("brpInschrijvingsdatum", VANDAAG.plusDays(9).toString()), 400, "brpInschrijvingsdatum"));
        gevallen.add(new Geval("onbekende gemeente", openMet("gemeente", "9999"), 400, "gemeente"));
        gevallen.add(new Geval("gemeentecode te lang", openMet("gemeente", "04411"), 400, "gemeente"));
        gevallen.add(new Geval("SQL in gemeente", openMet("gemeente", "0441' OR '1'='1"), 400, "gemeente"));
        gevallen.add(new Geval("onbekende doelgroep", openMet("doelgroep", "TOERIST"), 400, "doelgroep"));
        gevallen.add(new Geval("doelgroep in kleine letters", openMet("doelgroep", "asielstatushouder"), 400, "doelgroep"));
        gevallen.add(new Geval("nationaliteit twee letters", openMet("nationaliteit", "NL"), 400, "nationaliteit"));
        gevallen.add(new Geval("nationaliteit kleine letters", openMet("nationaliteit", "nld"), 400, "nationaliteit"));
        gevallen.add(new Geval("onbekende landcode", openMet("nationaliteit", "XXX"), 400, "nationaliteit"));
        gevallen.add(new Geval("bijstand als tekst", openMet("bijstand", "ja"), 400, "bijstand"));
        gevallen.add(new Geval("30 februari", openMet("geboortedatum", "1990-02-30"), 400, "geboortedatum"));
        gevallen.add(new Geval("datum in verkeerd formaat", openMet("geboortedatum", "01-01-1990"), 400, "geboortedatum"));
        gevallen.add(new Geval("onbekend veld", openMet("bsnPartner", "123456782"), 400, "bsnPartner"));
        gevallen.add(new Geval("voornamen te lang", openMet("voornamen", "A".repeat(300)), 400, "voornamen"));
        gevallen.add(new Geval("lege achternaam", openMet("achternaam", "  "), 400, "achternaam"));
        gevallen.add(new Geval("koppeling voor geboorte", openMet("koppelingsdatum", "1980-01-01"), 400, "koppelingsdatum"));
        gevallen.add(new Geval("body is een lijst", ruw("coa.koppeling", "/api/dossiers", "application/json", "[]"), 400, "JSON"));
        gevallen.add(new Geval("body is tekst", ruw("coa.koppeling", "/api/dossiers", "application/json", "\"dossier\""), 400, "JSON"));
        gevallen.add(new Geval("geen geldige JSON", ruw("coa.koppeling", "/api/dossiers", "application/json", "{\"bsn\":"), 400, "JSON"));
        gevallen.add(new Geval("lege body", ruw("coa.koppeling", "/api/dossiers", "application/json", ""), 400, "JSON"));
        gevallen.add(new Geval("verkeerd content-type", ruw("coa.koppeling", "/api/dossiers", "text/plain", "bsn=1"), 415, "Content-Type"));
        gevallen.add(new Geval("te groot verzoek", openMet("achternaam", "B".repeat(300_000)), 400, "achternaam"));

        // strict input: control and format characters, lone surrogates, duplicate keys, coercion, implausible dates
        gevallen.add(new Geval("NUL in voornamen", openMet("voornamen", "Yo\u0000nas"), 400, "voornamen"));
        gevallen.add(new Geval("stuurteken in achternaam", openMet("achternaam", "Ki\u0007dane"), 400, "achternaam"));
        gevallen.add(new Geval("regelovergang in achternaam", openMet("achternaam", "Ki\ndane"), 400, "achternaam"));
        gevallen.add(new Geval("regelscheiding in voornamen", openMet("voornamen", "Yo\u2028nas"), 400, "voornamen"));
        gevallen.add(new Geval("alineascheiding in achternaam", openMet("achternaam", "Ki\u2029dane"), 400, "achternaam"));
        gevallen.add(new Geval("bidi-override in achternaam", openMet("achternaam", "Ki\u202Edane"), 400, "achternaam"));
        gevallen.add(new Geval("zero-width in voornamen", openMet("voornamen", "Yo\u200Bnas"), 400, "voornamen"));
        gevallen.add(new Geval("losse surrogaat in voornamen", ruw("coa.koppeling", "/api/dossiers", "application/json",
                dossierJson().replace("\"Yonas\"", "\"Yo\\ud800nas\"")), 400, "voornamen"));
        gevallen.add(new Geval("losse lage surrogaat in achternaam", ruw("coa.koppeling", "/api/dossiers", "application/json",
                dossierJson().replace("\"Kidane\"", "\"\\udc00Kidane\"")), 400, "achternaam"));
        gevallen.add(new Geval("dubbele sleutel bsn", ruw("coa.koppeling", "/api/dossiers", "application/json",
                dossierJson().replaceFirst("\\{", "{\"bsn\":\"" + TestGegevens.nieuwBsn() + "\",")), 400, "bsn"));
        gevallen.add(new Geval("dubbele sleutel gemeente", ruw("coa.koppeling", "/api/dossiers", "application/json",
                dossierJson().replaceFirst("\\{", "{\"gemeente\":\"0637\",")), 400, "gemeente"));
        gevallen.add(new Geval("bsn als getal", openMet("bsn", Long.valueOf(TestGegevens.nieuwBsn())), 400, "bsn"));
        gevallen.add(new Geval("bijstand als 1", openMet("bijstand", 1), 400, "bijstand"));
        gevallen.add(new Geval("bijstand als tekst true", openMet("bijstand", "true"), 400, "bijstand"));
        gevallen.add(new Geval("gemeente als getal", openMet("gemeente", 441), 400, "gemeente"));
        gevallen.add(new Geval("geboortedatum als getal", openMet("geboortedatum", 19920505), 400, "geboortedatum"));
        gevallen.add(new Geval("geboortedatum als lijst", openMet("geboortedatum", List.of(1992, 5, 5)), 400, "geboortedatum"));
        gevallen.add(new Geval("geboortedatum voor 1900", openMet("geboortedatum", "1899-12-31"), 400, "geboortedatum"));
        gevallen.add(new Geval("geboortedatum jaar 0001", openMet("geboortedatum", "0001-01-01"), 400, "geboortedatum"));
        gevallen.add(new Geval("geboortedatum jaar -999999999", openMet("geboortedatum", "-999999999-01-01"), 400, "geboortedatum"));
        gevallen.add(new Geval("koppelingsdatum jaar 999999999", openMet("koppelingsdatum", "+999999999-12-31"), 400, "koppelingsdatum"));
        gevallen.add(new Geval("BRP-inschrijving voor 1900", openMet("brpInschrijvingsdatum", "1066-10-14"), 400, "brpInschrijvingsdatum"));
        gevallen.add(new Geval("inhoud na de JSON", ruw("coa.koppeling", "/api/dossiers", "application/json",
                dossierJson() + " {}"), 400, "JSON"));
        gevallen.add(new Geval("gebeurtenis voor 1900", () -> duo.post(gebeurtenissen, Map.of("type", "START_BIJSTAND", "datum", "0001-01-01")), 400, "datum"));
        gevallen.add(new Geval("NUL in toelichting", () -> duo.post(gebeurtenissen, Map.of("type", "START_BIJSTAND", "datum", VANDAAG.toString(), "toelichting", "a\u0000b")), 400, "toelichting"));
        gevallen.add(new Geval("dubbel gebeurtenistype", ruw("duo.koppeling", gebeurtenissen, "application/json",
                "{\"type\":\"START_BIJSTAND\",\"datum\":\"" + VANDAAG + "\",\"type\":\"BEEINDIGD\"}"), 400, "type"));
        gevallen.add(new Geval("routewissel met bidi-override in reden", () -> Http.als(poort, "cm.hoorn").post("/api/dossiers/" + metLeerroute.getDossiernummer() + "/leerroutewissel", Map.of("leerroute", "Z", "reden", "x\u202Ey")), 400, "reden"));

        gevallen.add(new Geval("gebeurtenis zonder type", () -> duo.post(gebeurtenissen, Map.of("datum", VANDAAG.toString())), 400, "type"));
        gevallen.add(new Geval("onbekend gebeurtenistype", () -> duo.post(gebeurtenissen, Map.of("type", "VERHUISD", "datum", VANDAAG.toString())), 400, "type"));
        gevallen.add(new Geval("gebeurtenis zonder datum", () -> duo.post(gebeurtenissen, Map.of("type", "START_BIJSTAND")), 400, "datum"));
        gevallen.add(new Geval("gebeurtenis in de toekomst", () -> duo.post(gebeurtenissen, Map.of("type", "START_BIJSTAND", "datum", VANDAAG.plusDays(2).toString())), 400, "datum"));
        gevallen.add(new Geval("gebeurtenis met maand 13", () -> duo.post(gebeurtenissen, Map.of("type", "START_BIJSTAND", "datum", "2026-13-01")), 400, "datum"));
        gevallen.add(new Geval("toelichting te lang", () -> duo.post(gebeurtenissen, Map.of("type", "START_BIJSTAND", "datum", VANDAAG.toString(), "toelichting", "x".repeat(1001))), 400, "toelichting"));
        gevallen.add(new Geval("gebeurtenis met onbekend veld", () -> duo.post(gebeurtenissen, Map.of("type", "START_BIJSTAND", "datum", VANDAAG.toString(), "bsn", "1")), 400, "bsn"));
        gevallen.add(new Geval("gebeurtenis voor de geboorte", () -> duo.post(gebeurtenissen, Map.of("type", "START_BIJSTAND", "datum", "1950-01-01")), 400, "datum"));
        gevallen.add(new Geval("dossier van een andere gemeente", () -> Http.als(poort, "cm.zoetermeer").post(gebeurtenissen, Map.of("type", "START_BIJSTAND", "datum", VANDAAG.toString())), 404, "bestaat niet"));
        gevallen.add(new Geval("onbekend dossier", () -> duo.post("/api/dossiers/INB-9999-999999/gebeurtenissen", Map.of("type", "START_BIJSTAND", "datum", VANDAAG.toString())), 404, "bestaat niet"));
        gevallen.add(new Geval("informatie zonder opschorting", () -> duo.post(gebeurtenissen, Map.of("type", "INFORMATIE_DERDE_ONTVANGEN", "datum", VANDAAG.toString())), 409, "WACHTEN_OP_DERDE"));
        gevallen.add(new Geval("beëindigen zonder reden", () -> duo.post(gebeurtenissen, Map.of("type", "BEEINDIGD", "datum", VANDAAG.toString())), 400, "reden"));
        gevallen.add(new Geval("SQL in het pad", () -> duo.get("/api/dossiers/INB'%20OR%201=1--"), 404, "bestaat niet"));
        gevallen.add(new Geval("routewissel naar onbekende route", () -> Http.als(poort, "cm.hoorn").post("/api/dossiers/" + metLeerroute.getDossiernummer() + "/leerroutewissel", Map.of("leerroute", "C1", "reden", "x")), 400, "leerroute"));
        gevallen.add(new Geval("routewissel zonder reden", () -> Http.als(poort, "cm.hoorn").post("/api/dossiers/" + metLeerroute.getDossiernummer() + "/leerroutewissel", Map.of("leerroute", "Z")), 400, "reden"));

        gevallen.add(new Geval("partner: datum als tekst", () -> taalschool.post("/partner-api/external-task/" + taak + "/complete", antwoord("startdatum", "morgen")), 400, "startdatum"));
        gevallen.add(new Geval("partner: datum ver vooruit", () -> taalschool.post("/partner-api/external-task/" + taak + "/complete", antwoord("startdatum", VANDAAG.plusYears(2).toString())), 400, "startdatum"));
        gevallen.add(new Geval("partner: onbekend veld", () -> taalschool.post("/partner-api/external-task/" + taak + "/complete", antwoord("startdatum", VANDAAG.toString(), "bsn", "123456782")), 400, "bsn"));
        gevallen.add(new Geval("partner: veld ontbreekt", () -> taalschool.post("/partner-api/external-task/" + taak + "/complete", antwoord("opmerking", "x")), 400, "startdatum"));
        gevallen.add(new Geval("partner: getal in plaats van datum", () -> taalschool.post("/partner-api/external-task/" + taak + "/complete", antwoord("startdatum", 20260101)), 400, "startdatum"));
        gevallen.add(new Geval("andere partner voltooit", () -> Http.als(poort, TestGegevens.ROC_HORIZON.id()).post("/partner-api/external-task/" + taak + "/complete", antwoord("startdatum", VANDAAG.toString())), 404, "niet voor u"));
        gevallen.add(new Geval("partner: onbekende taak", () -> taalschool.post("/partner-api/external-task/bestaat-niet/complete", antwoord("startdatum", VANDAAG.toString())), 404, "bestaat niet"));
        gevallen.add(new Geval("partner: herhaalde voltooiing", () -> taalschool.post("/partner-api/external-task/" + herhaaldeTaak + "/complete", antwoord("startdatum", VANDAAG.toString())), 404, "bestaat niet"));
        gevallen.add(new Geval("partner: ander topic ophalen", () -> taalschool.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "t", "maxTasks", 1, "topics", List.of(Map.of("topicName", "mb-uitvoering", "lockDuration", 1000)))), 403, "mb-uitvoering"));
        gevallen.add(new Geval("partner: taken opvragen", () -> taalschool.get("/engine-rest/external-task?maxResults=10"), 403, "partner"));
        gevallen.add(new Geval("partner: procesvariabelen in fetchAndLock", () -> taalschool.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "t", "maxTasks", 1, "topics", List.of(Map.of("topicName", "taalaanbieder-aanmelding", "lockDuration", 1000, "processVariables", Map.of("leerroute", "B1"))))), 400, "processVariables"));

        gevallen.add(new Geval("taak zonder verplicht veld", () -> Http.als(poort, "cm.hoorn").post("/engine-rest/task/" + oproep + "/complete", Map.of("variables", Map.of("oproepLocatie", Map.of("value", "Stadhuis")))), 400, "oproepDatum"));
        gevallen.add(new Geval("taak met ongeldige datum", () -> Http.als(poort, "cm.hoorn").post("/engine-rest/task/" + oproep + "/complete", Map.of("variables", Map.of("oproepDatum", Map.of("value", "gisteren"), "oproepLocatie", Map.of("value", "x")))), 400, "oproepDatum"));
        gevallen.add(new Geval("taak van een andere gemeente", () -> Http.als(poort, "cm.zoetermeer").post("/engine-rest/task/" + oproep + "/complete", Map.of("variables", Map.of())), 403, "Geen toegang"));
        gevallen.add(new Geval("expressie in een taakquery", () -> Http.als(poort, "cm.hoorn").post("/engine-rest/task?maxResults=5", Map.of("orQueries", List.of(Map.of("assigneeExpression", "${1}")))), 400, "Expressies"));

        assertThat(gevallen).hasSizeGreaterThanOrEqualTo(50);
        return gevallen.stream().map(geval -> DynamicTest.dynamicTest(geval.naam(), () -> {
            long voor = schrijfteller();
            Http.Antwoord antwoord = geval.verzoek().get();
            assertThat(antwoord.status()).as("%s: %s", geval.naam(), antwoord.body()).isEqualTo(geval.status());
            assertThat(antwoord.body()).as(geval.naam()).contains(geval.noemt());
            assertThat(schrijfteller()).as("%s schrijft niets", geval.naam()).isEqualTo(voor);
        }));
    }

}
