package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
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
import nl.regie.inburgering.test.TestGegevens.TestGebruiker;

/**
 * The DUO processes under attack: the procesbeheerder works its own DUO task ({@code Task_NotificatieBeoordelen} of
 * {@code duo-notificatie}) only with the form's fields and only by completing it (no extra variables in any spelling
 * of path or body, no BPMN error, no failure), and works no dossier task of another process; a casemanager works no
 * procesbeheerder task and neither messages nor writes variables on a DUO notification's instance. Every attack goes
 * through {@code /engine-rest} and the webapps' engine API, in every path spelling (matrix parameter, trailing
 * slash, encoded prefix, named engine) and body spelling (unicode escapes, UTF-16); each is refused, the task stays
 * open and the engine's and our tables (including {@code duo_notificatie}) are unchanged.
 */
class DuoAanvalTest extends ProcesTestBasis {

    private static final Set<Integer> GEWEIGERD = Set.of(400, 401, 403, 404, 405);
    private static final TestGebruiker PB = TestGegevens.PB;
    private static final TestGebruiker CM = TestGegevens.CM_ZOETERMEER;
    private static final Toegang[] INGANGEN = {Toegang.ENGINE_REST, Toegang.WEBAPP};

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;
    @Autowired HistoryService historyService;

    private record Poging(String methode, String pad, String body) {
    }

    // ---------------------------------------------------------------------------------------------- the situation

    /** A Zoetermeer dossier (a partner gives the begeleiding: its external task exists) with a DUO task for the procesbeheerder. */
    private record Situatie(Dossier dossier, String duoTaak, String duoInstantie, String duoUitvoering) {
    }

    private Situatie situatie() {
        Dossier dossier = open("0637", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        // "DUO" reports a tijdelijke vrijstelling: the regie cannot decide it, the procesbeheerder gets the task
        Http.Antwoord antwoord = Http.als(poort, PB.id()).post("/api/duo-simulator/notificaties/verstuur",
                Map.of("event", "SS109", "dossier", dossier.getDossiernummer()));
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(202);
        String berichtId = antwoord.json().path("berichtId").asText();
        Long id = jdbc.queryForObject("SELECT id FROM duo_notificatie WHERE bericht_id = ?", Long.class, berichtId);
        String sleutel = "DUO-" + id;
        String instantie = historyService.createHistoricProcessInstanceQuery().processInstanceBusinessKey(sleutel)
                .singleResult().getId();
        for (int i = 0; i < 20; i++) {
            List<Job> jobs = managementService.createJobQuery().processInstanceId(instantie).executable().timers().list();
            List<Job> alle = managementService.createJobQuery().processInstanceId(instantie).executable().list().stream()
                    .filter(j -> jobs.stream().noneMatch(t -> t.getId().equals(j.getId()))).toList();
            if (alle.isEmpty()) {
                break;
            }
            managementService.executeJob(alle.get(0).getId());
        }
        Task taak = taskService.createTaskQuery().processInstanceBusinessKey(sleutel)
                .taskDefinitionKey("Task_NotificatieBeoordelen").singleResult();
        assertThat(taak).as("de procesbeheerder heeft een DUO-taak").isNotNull();
        return new Situatie(dossier, taak.getId(), instantie, taak.getExecutionId());
    }

    // ---------------------------------------------------------------------------------------------- helpers

    private static String formulier(String extra) {
        return "{\"variables\":{\"duoBesluit\":{\"value\":\"AFHANDELEN\"},\"duoBeoordelingToelichting\":{\"value\":\"Niets te doen\"}"
                + (extra == null ? "" : "," + extra) + "}}";
    }

    private Map<String, List<String>> momentopname() {
        Map<String, List<String>> opname = new java.util.TreeMap<>(Aanval.momentopname(jdbc));
        for (String tabel : List.of("duo_notificatie", "duo_melding", "duo_afstemming_verschil")) {
            List<String> rijen = new ArrayList<>(jdbc.query("SELECT * FROM " + tabel, (rs, i) -> {
                StringBuilder rij = new StringBuilder();
                for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                    rij.append(rs.getString(k)).append('|');
                }
                return rij.toString();
            }));
            rijen.sort(null);
            opname.put(tabel, rijen);
        }
        return opname;
    }

    private void ongewijzigd(Map<String, List<String>> voor) {
        Map<String, List<String>> na = momentopname();
        List<String> verschil = new ArrayList<>(Aanval.verschil(voor, na));
        for (String tabel : List.of("duo_notificatie", "duo_melding", "duo_afstemming_verschil")) {
            if (!voor.get(tabel).equals(na.get(tabel))) {
                verschil.add(tabel + ": " + voor.get(tabel) + " -> " + na.get(tabel));
            }
        }
        assertThat(verschil).as("de aanval veranderde de database").isEmpty();
    }

    /** Sends the attempt in every path and body spelling of the entry point; every answer is a refusal. */
    private void stuurOveral(Aanval.Client client, Toegang toegang, Poging poging) {
        List<Aanval.Variant> varianten = poging.body() == null
                ? Aanval.padvarianten(toegang, poging.pad()).stream().map(p -> new Aanval.Variant("zonder body", p, null, null)).toList()
                : Aanval.varianten(toegang, poging.pad(), poging.body());
        for (Aanval.Variant variant : varianten) {
            Aanval.Antwoord antwoord = client.stuur(poging.methode(), variant);
            // a signal or a subscription trigger to an execution that waits for neither is a refused request (400,
            // engine/OngeldigeInvoerInterceptor), not a server fault; that nothing was written is shown by the snapshot
            assertThat(antwoord.status()).as(toegang + " " + poging.methode() + " " + variant + ": " + antwoord.body()).isIn(GEWEIGERD);
        }
    }

    /** Sends every attempt as this user through both entry points, in every spelling; each must be refused. */
    private void stuurAlles(TestGebruiker wie, List<Poging> pogingen) {
        for (Toegang toegang : INGANGEN) {
            Aanval.Client client = Aanval.als(poort, toegang, wie.id());
            for (Poging poging : pogingen) {
                stuurOveral(client, toegang, poging);
            }
        }
    }

    private void taakOpen(String taakId) {
        assertThat(taskService.createTaskQuery().taskId(taakId).count()).as("de taak is nog open").isEqualTo(1);
    }

    // ---------------------------------------------------------------------------------------------- 1. extra variables

    @Test
    void deProcesbeheerderVoltooitZijnDuoTaakNietMetVariabelenBuitenHetFormulier() {
        Situatie s = situatie();
        String t = "/task/" + s.duoTaak();
        List<Poging> pogingen = new ArrayList<>();
        for (String actie : List.of("/complete", "/submit-form")) {
            pogingen.add(new Poging("POST", t + actie, formulier("\"duoUitkomst\":{\"value\":\"VERWERKT\"}")));
            pogingen.add(new Poging("POST", t + actie, formulier("\"dossierId\":{\"value\":1}")));
            pogingen.add(new Poging("POST", t + actie, formulier("\"besluit\":{\"value\":\"OPNIEUW\"}")));
            // a name with an escaped letter in the middle: the JSON parser reads duoUitkomst
            pogingen.add(new Poging("POST", t + actie, formulier("\"duoUitkoms\\u0074\":{\"value\":\"VERWERKT\"}")));
            // the form's field with an escaped first letter alongside the real one (last one wins in the parser)
            pogingen.add(new Poging("POST", t + actie, formulier("\"\\u0064uoNotificatieId\":{\"value\":\"999999\"}")));
            // \u0062esluit = besluit, a variable the form does not have
            pogingen.add(new Poging("POST", t + actie, "{\"variables\":{\"\\u0062esluit\":{\"value\":\"OPNIEUW\"},"
                    + "\"duoBesluit\":{\"value\":\"AFHANDELEN\"}}}"));
        }
        pogingen.add(new Poging("PUT", t + "/variables/duoUitkomst", "{\"value\":\"VERWERKT\",\"type\":\"String\"}"));
        pogingen.add(new Poging("POST", t + "/localVariables", "{\"modifications\":{\"duoUitkomst\":{\"value\":\"VERWERKT\"}}}"));
        var voor = momentopname();
        stuurAlles(PB, pogingen);
        taakOpen(s.duoTaak());
        ongewijzigd(voor);

        // the form's own fields are accepted: the refusals were about the extra variables
        Aanval.Antwoord goed = Aanval.als(poort, Toegang.WEBAPP, PB.id()).post(Toegang.WEBAPP.basis() + t + "/complete", formulier(null));
        assertThat(goed.status()).as(goed.body()).isEqualTo(204);
    }

    // ---------------------------------------------------------------------------------------------- 2. not by complete

    @Test
    void deProcesbeheerderGooitGeenBpmnFoutEnMeldtGeenStoring() {
        Situatie s = situatie();
        String t = "/task/" + s.duoTaak();
        String partnertaak = processEngine.getExternalTaskService().fetchAndLock(1, "partner").topic("mb-uitvoering", 600_000L)
                .businessKey(s.dossier().getDossiernummer()).execute().get(0).getId();
        String e = "/external-task/" + partnertaak;
        List<Poging> pogingen = List.of(
                new Poging("POST", t + "/bpmnError", "{\"errorCode\":\"Fout\",\"variables\":{\"duoBesluit\":{\"value\":\"OPNIEUW\"}}}"),
                new Poging("POST", t + "/bpmnError", "{\"errorCode\":\"PartnerKanNiet\"}"),
                new Poging("POST", t + "/bpmnEscalation", "{\"escalationCode\":\"x\"}"),
                new Poging("POST", e + "/bpmnError", "{\"workerId\":\"partner\",\"errorCode\":\"PartnerKanNiet\"}"),
                new Poging("POST", e + "/failure", "{\"workerId\":\"partner\",\"errorMessage\":\"x\",\"retries\":0,\"retryTimeout\":0}"),
                new Poging("POST", e + "/complete", "{\"workerId\":\"partner\",\"variables\":{}}"),
                new Poging("POST", e + "/extendLock", "{\"workerId\":\"partner\",\"newDuration\":1}"));
        var voor = momentopname();
        stuurAlles(PB, pogingen);
        taakOpen(s.duoTaak());
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(partnertaak).count()).isEqualTo(1);
        ongewijzigd(voor);
    }

    // ---------------------------------------------------------------------------------------------- 3. roles

    @Test
    void deProcesbeheerderWerktGeenDossiertaakVanEenAnderProces() {
        Situatie s = situatie();
        String taak = taak(s.dossier(), "Task_OproepVersturen").getId();
        String t = "/task/" + taak;
        String voltooien = "{\"variables\":{\"oproepDatum\":{\"value\":\"" + VANDAAG.plusDays(3) + "\"},\"oproepLocatie\":{\"value\":\"Stadhuis\"}}}";
        List<Poging> pogingen = List.of(
                new Poging("POST", t + "/claim", "{\"userId\":\"" + PB.id() + "\"}"),
                new Poging("POST", t + "/complete", voltooien),
                new Poging("POST", t + "/submit-form", voltooien),
                new Poging("POST", t + "/assignee", "{\"userId\":\"" + PB.id() + "\"}"),
                new Poging("POST", t + "/identity-links", "{\"groupId\":\"procesbeheerder\",\"type\":\"candidate\"}"),
                new Poging("POST", t + "/bpmnError", "{\"errorCode\":\"x\"}"));
        var voor = momentopname();
        stuurAlles(PB, pogingen);
        taakOpen(taak);
        assertThat(taskService.createTaskQuery().taskId(taak).singleResult().getAssignee()).isNull();
        ongewijzigd(voor);
    }

    @Test
    void eenCasemanagerWerktDeDuoTaakNietEnRaaktDeNotificatieNietAan() {
        Situatie s = situatie();
        String t = "/task/" + s.duoTaak();
        String sleutel = historyService.createHistoricProcessInstanceQuery().processInstanceId(s.duoInstantie()).singleResult()
                .getBusinessKey();
        List<Poging> pogingen = List.of(
                new Poging("POST", t + "/complete", formulier(null)),
                new Poging("POST", t + "/submit-form", formulier(null)),
                new Poging("POST", t + "/claim", "{\"userId\":\"" + CM.id() + "\"}"),
                new Poging("POST", t + "/assignee", "{\"userId\":\"" + CM.id() + "\"}"),
                new Poging("POST", t + "/identity-links", "{\"groupId\":\"casemanager\",\"type\":\"candidate\"}"),
                new Poging("POST", t + "/bpmnError", "{\"errorCode\":\"x\"}"),
                new Poging("PUT", t + "/variables/duoBesluit", "{\"value\":\"OPNIEUW\",\"type\":\"String\"}"),
                new Poging("POST", "/message", "{\"messageName\":\"DuoVerschilOpgelost\",\"businessKey\":\"" + sleutel + "\"}"),
                new Poging("POST", "/message", "{\"messageName\":\"DuoVerschilOpgelost\",\"processInstanceId\":\"" + s.duoInstantie() + "\"}"),
                new Poging("POST", "/message", "{\"messageName\":\"DossierBeeindigd\",\"processInstanceId\":\"" + s.duoInstantie()
                        + "\",\"processVariables\":{\"duoUitkomst\":{\"value\":\"VERWERKT\"}}}"),
                new Poging("POST", "/signal", "{\"name\":\"DuoVerschilOpgelost\",\"executionId\":\"" + s.duoUitvoering() + "\"}"),
                new Poging("PUT", "/process-instance/" + s.duoInstantie() + "/variables/duoUitkomst", "{\"value\":\"VERWERKT\",\"type\":\"String\"}"),
                new Poging("POST", "/process-instance/" + s.duoInstantie() + "/variables",
                        "{\"modifications\":{\"duoBesluit\":{\"value\":\"OPNIEUW\"}}}"),
                new Poging("PUT", "/execution/" + s.duoUitvoering() + "/localVariables/duoBesluit", "{\"value\":\"OPNIEUW\",\"type\":\"String\"}"),
                new Poging("POST", "/execution/" + s.duoUitvoering() + "/messageSubscriptions/DuoVerschilOpgelost/trigger", "{}"),
                new Poging("POST", "/execution/" + s.duoUitvoering() + "/signal", "{}"),
                new Poging("DELETE", "/process-instance/" + s.duoInstantie(), null));
        var voor = momentopname();
        stuurAlles(CM, pogingen);
        taakOpen(s.duoTaak());
        ongewijzigd(voor);
    }
}
