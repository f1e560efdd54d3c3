package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Aanval.Toegang;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Attack class: writing variables through a user task that its form does not offer (issue 8, item 2). A casemanager
 * who may work the task sends, next to the form's fields, a process variable that decides something elsewhere
 * ({@code gemeente}, {@code pipAuteur}), rewrites a read-only field ({@code dossiernummer}), removes one, or sends a
 * text longer than its column — through complete, submit-form, the variables and local variables resources (PUT,
 * POST modifications and deletions, DELETE) and BPMN error, on the engine REST API and on the webapps' engine API
 * with a Tasklist session, in every path and body spelling. Every one answers 400 naming the variable (never its
 * value), the task stays open and the database is unchanged; the same task then completes normally with its fields.
 */
class TaakVoltooiingAanvalTest extends ProcesTestBasis {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String WAARDE = "aanvaller-waarde-GM0439";
    private static final String TE_LANG = "x".repeat(301);

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    /** One attack: method, path below the entry point, body (or none), and the variable the refusal must name. */
    private record Poging(String methode, String pad, String body, String naam) {
    }

    /**
     * The harness's snapshot, without H2's per-read CLOB labels ({@code clob12: '...'}), which differ on every read
     * of an unchanged row.
     */
    private Map<String, List<String>> momentopname() {
        Map<String, List<String>> opname = new java.util.TreeMap<>();
        Aanval.momentopname(jdbc).forEach((tabel, rijen) ->
                opname.put(tabel, rijen.stream().map(r -> r.replaceAll("clob\\d+: ", "")).sorted().toList()));
        return opname;
    }

    private static String json(Object waarde) {
        try {
            return JSON.writeValueAsString(waarde);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    private static Map<String, Object> waarde(Object waarde) {
        return Map.of("value", waarde);
    }

    /** The form's own fields, correctly filled in, plus what the attacker adds. */
    private static Map<String, Object> formulierMet(String naam, Object extra) {
        Map<String, Object> variabelen = new LinkedHashMap<>();
        variabelen.put("oproepDatum", waarde(VANDAAG.plusDays(7).toString()));
        variabelen.put("oproepLocatie", waarde("Stadhuis"));
        variabelen.put(naam, waarde(extra));
        return variabelen;
    }

    private List<Poging> pogingen(String taak, String dossiernummer) {
        String t = "/task/" + taak;
        List<Poging> pogingen = new ArrayList<>();
        pogingen.add(new Poging("POST", t + "/complete", json(Map.of("variables", formulierMet("gemeente", WAARDE))), "gemeente"));
        pogingen.add(new Poging("POST", t + "/complete", json(Map.of("variables", formulierMet("pipAuteur", WAARDE))), "pipAuteur"));
        pogingen.add(new Poging("POST", t + "/complete",
                json(Map.of("variables", formulierMet("dossiernummer", dossiernummer + "-0"))), "dossiernummer"));
        pogingen.add(new Poging("POST", t + "/complete", json(Map.of("variables", Map.of(
                "oproepDatum", waarde(VANDAAG.plusDays(7).toString()), "oproepLocatie", waarde(TE_LANG)))), "oproepLocatie"));
        pogingen.add(new Poging("POST", t + "/submit-form", json(Map.of("variables", formulierMet("gemeente", WAARDE))), "gemeente"));
        pogingen.add(new Poging("POST", t + "/variables", json(Map.of("modifications", Map.of("gemeente", waarde(WAARDE)))), "gemeente"));
        pogingen.add(new Poging("POST", t + "/variables", json(Map.of("deletions", List.of("dossiernummer"))), "dossiernummer"));
        pogingen.add(new Poging("POST", t + "/localVariables", json(Map.of("modifications", Map.of("pipAuteur", waarde(WAARDE)))), "pipAuteur"));
        pogingen.add(new Poging("POST", t + "/localVariables",
                json(Map.of("modifications", Map.of("oproepToelichting", waarde("y".repeat(2001))))), "oproepToelichting"));
        pogingen.add(new Poging("PUT", t + "/variables/gemeente", json(Map.of("value", WAARDE, "type", "String")), "gemeente"));
        // a form field, but a value its form refuses, written without completing
        pogingen.add(new Poging("PUT", t + "/variables/oproepDatum", json(Map.of("value", "geen datum " + WAARDE, "type", "String")), "oproepDatum"));
        pogingen.add(new Poging("PUT", t + "/localVariables/pipAuteur", json(Map.of("value", WAARDE, "type", "String")), "pipAuteur"));
        pogingen.add(new Poging("DELETE", t + "/variables/dossiernummer", null, "dossiernummer"));
        pogingen.add(new Poging("DELETE", t + "/localVariables/gemeente", null, "gemeente"));
        pogingen.add(new Poging("POST", t + "/bpmnError", json(Map.of("errorCode", "Fout", "variables", Map.of("gemeente", waarde(WAARDE)))), "gemeente"));
        return pogingen;
    }

    @Test
    void variabelenBuitenHetFormulierWordenGeweigerdLangsElkeIngangEnSpelling() {
        Dossier dossier = openStatushouder("0441");
        String taak = taak(dossier, "Task_OproepVersturen").getId();
        var voor = momentopname();
        int verstuurd = 0;

        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
            for (Poging poging : pogingen(taak, dossier.getDossiernummer())) {
                List<Aanval.Variant> varianten = poging.body() == null
                        ? Aanval.padvarianten(toegang, poging.pad()).stream().map(p -> new Aanval.Variant("zonder body", p, null, null)).toList()
                        : Aanval.varianten(toegang, poging.pad(), poging.body());
                for (Aanval.Variant variant : varianten) {
                    Aanval.Antwoord antwoord = cm.stuur(poging.methode(), variant);
                    verstuurd++;
                    String wat = toegang + " " + poging.methode() + " " + variant + ": " + antwoord.body();
                    assertThat(antwoord.body()).as(wat).doesNotContain(WAARDE).doesNotContain("xxxxxxxxxx")
                            .doesNotContain("yyyyyyyyyy").doesNotContainIgnoringCase("select ").doesNotContainIgnoringCase("insert ");
                    if (variant.pad().contains("%")) {
                        // a percent-encoded prefix does not reach the engine at all
                        assertThat(antwoord.status()).as(wat).isIn(400, 404);
                        continue;
                    }
                    assertThat(antwoord.status()).as(wat).isEqualTo(400);
                    assertThat(antwoord.body()).as(wat).contains(poging.naam());
                }
            }
        }

        assertThat(verstuurd).isGreaterThan(500);
        assertThat(taskService.createTaskQuery().taskId(taak).count()).as("the task is still open").isEqualTo(1);
        assertThat(momentopname()).as("nothing was written").isEqualTo(voor);

        // the same task, with the form's fields only, completes: the refusals were about the extra variables
        Aanval.Antwoord goed = Aanval.als(poort, Toegang.ENGINE_REST, TestGegevens.CM_HOORN.id()).post(
                "/engine-rest/task/" + taak + "/complete", json(Map.of("variables", Map.of(
                        "oproepDatum", waarde(VANDAAG.plusDays(7).toString()), "oproepLocatie", waarde("Stadhuis"),
                        "dossiernummer", waarde(dossier.getDossiernummer())))));
        assertThat(goed.status()).as(goed.body()).isEqualTo(204);
        assertThat(taskService.createTaskQuery().taskId(taak).count()).isZero();
    }

    @Test
    void eenMedewerkerBeeindigtGeenTaakMetEenBpmnFoutOfEscalatie() {
        Dossier dossier = openStatushouder("0441");
        String taak = taak(dossier, "Task_OproepVersturen").getId();
        var voor = momentopname();
        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
            for (Aanval.Variant variant : Aanval.varianten(toegang, "/task/" + taak + "/bpmnError", "{\"errorCode\":\"Fout\"}")) {
                Aanval.Antwoord antwoord = cm.stuur("POST", variant);
                String wat = toegang + " " + variant + ": " + antwoord.body();
                assertThat(antwoord.status()).as(wat).isIn(400, 404);
                if (!variant.pad().contains("%")) {
                    assertThat(antwoord.status()).as(wat).isEqualTo(400);
                    assertThat(antwoord.body()).as(wat).contains("errorCode");
                }
            }
            Aanval.Antwoord escalatie = cm.post(toegang.basis() + "/task/" + taak + "/bpmnEscalation",
                    "{\"escalationCode\":\"Hoger\"}");
            assertThat(escalatie.status()).as(escalatie.body()).isEqualTo(400);
            assertThat(escalatie.body()).contains("escalationCode");
        }
        assertThat(taskService.createTaskQuery().taskId(taak).count()).as("the task is still open").isEqualTo(1);
        assertThat(momentopname()).isEqualTo(voor);
    }

    @Test
    void eenTeLangeWaardeGeeft400EnBereiktDeDatabaseNooit() {
        Dossier dossier = openStatushouder("0441");
        String taak = taak(dossier, "Task_OproepVersturen").getId();
        var voor = momentopname();
        Aanval.Client cm = Aanval.als(poort, Toegang.ENGINE_REST, TestGegevens.CM_HOORN.id());

        // oproepLocatie ends up in oproep.locatie, varchar(300); the form says maxLength 300
        Aanval.Antwoord teLang = cm.post("/engine-rest/task/" + taak + "/complete", json(Map.of("variables", Map.of(
                "oproepDatum", waarde(VANDAAG.plusDays(7).toString()), "oproepLocatie", waarde(TE_LANG)))));
        assertThat(teLang.status()).as(teLang.body()).isEqualTo(400);
        assertThat(teLang.body()).contains("oproepLocatie").contains("300").doesNotContain("xxxxxxxxxx");
        // and longer than the engine's own text column, on a field without a table behind it
        Aanval.Antwoord heelLang = cm.stuur("PUT", "/engine-rest/task/" + taak + "/localVariables/oproepToelichting",
                "application/json", json(Map.of("value", "z".repeat(5000), "type", "String")).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(heelLang.status()).as(heelLang.body()).isEqualTo(400);
        assertThat(heelLang.body()).contains("oproepToelichting").doesNotContain("zzzzzzzzzz");
        assertThat(momentopname()).isEqualTo(voor);

        Aanval.Antwoord precies = cm.post("/engine-rest/task/" + taak + "/complete", json(Map.of("variables", Map.of(
                "oproepDatum", waarde(VANDAAG.plusDays(7).toString()), "oproepLocatie", waarde("s".repeat(300))))));
        assertThat(precies.status()).as(precies.body()).isEqualTo(204);
    }

    /**
     * A decision that must come from our tables: a dossier moved in with a PIP (issue 9) keeps the taken-over route and
     * term, whatever the casemanager sends with the confirmation. Changing a read-only field or adding one, by
     * complete, submit-form, variables or a BPMN error, through both entry points in every spelling, answers 400
     * naming it and writes nothing; the plain confirmation then completes and the route stays B1.
     */
    @Test
    void eenOvergenomenRouteEnTermijnVeranderenNietMetDeBevestiging() {
        java.time.LocalDate dagtekening = VANDAAG.minusMonths(8);
        var pip = new nl.regie.inburgering.verhuizing.VorigePip("0363", dagtekening, "B1", dagtekening.plusDays(1),
                dagtekening.plusDays(1).plusYears(3));
        var verzoek = new nl.regie.inburgering.dossier.DossierOpenenVerzoek(TestGegevens.nieuwBsn(), "Test", "Verhuisd",
                java.time.LocalDate.of(1992, 6, 1), "SYR", "ASIELSTATUSHOUDER", "0441", VANDAAG.minusDays(3), false,
                VANDAAG.minusDays(2), pip);
        Dossier dossier = dossierService.open(verzoek, dossierService.valideer(verzoek), "duo.koppeling").dossier();
        werkAf(dossier);
        String taak = taak(dossier, "Task_OvergenomenGegevensBevestigen").getId();
        String t = "/task/" + taak;
        List<Poging> pogingen = List.of(
                new Poging("POST", t + "/complete", json(Map.of("variables", Map.of("overnameBesluit", waarde("BEVESTIGEN"),
                        "leerroute", waarde("Z")))), "leerroute"),
                new Poging("POST", t + "/submit-form", json(Map.of("variables", Map.of("overnameBesluit", waarde("BEVESTIGEN"),
                        "inburgeringstermijnEinde", waarde(VANDAAG.plusYears(9).toString())))), "inburgeringstermijnEinde"),
                new Poging("POST", t + "/complete", json(Map.of("variables", Map.of("overnameBesluit", waarde("BEVESTIGEN"),
                        "pipOvergenomen", waarde(false)))), "pipOvergenomen"),
                new Poging("PUT", t + "/variables/leerroute", json(Map.of("value", "Z", "type", "String")), "leerroute"),
                new Poging("POST", t + "/bpmnError", json(Map.of("errorCode", "Fout")), "errorCode"));
        var voor = momentopname();
        for (Toegang toegang : new Toegang[] {Toegang.ENGINE_REST, Toegang.WEBAPP}) {
            Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
            for (Poging poging : pogingen) {
                for (Aanval.Variant variant : Aanval.varianten(toegang, poging.pad(), poging.body())) {
                    Aanval.Antwoord antwoord = cm.stuur(poging.methode(), variant);
                    String wat = toegang + " " + poging.methode() + " " + variant + ": " + antwoord.body();
                    if (variant.pad().contains("%")) {
                        assertThat(antwoord.status()).as(wat).isIn(400, 404);
                        continue;
                    }
                    assertThat(antwoord.status()).as(wat).isEqualTo(400);
                    assertThat(antwoord.body()).as(wat).contains(poging.naam());
                }
            }
        }
        assertThat(taskService.createTaskQuery().taskId(taak).count()).as("the task is still open").isEqualTo(1);
        assertThat(momentopname()).as("nothing was written").isEqualTo(voor);

        Aanval.Antwoord goed = Aanval.als(poort, Toegang.WEBAPP, TestGegevens.CM_HOORN.id()).post(
                Toegang.WEBAPP.basis() + t + "/complete",
                json(Map.of("variables", Map.of("overnameBesluit", waarde("BEVESTIGEN")))));
        assertThat(goed.status()).as(goed.body()).isEqualTo(204);
        werkAf(dossier);
        assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("leerroute")
                .processInstanceBusinessKey(dossier.getDossiernummer()).singleResult()).isNotNull();
        assertThat(runtimeService.getVariable(hoofdproces(dossier).getId(), "leerroute")).isEqualTo("B1");
    }
}
