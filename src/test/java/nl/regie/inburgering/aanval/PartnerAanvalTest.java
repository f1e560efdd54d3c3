package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.externaltask.ExternalTask;
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
 * A partner attacks: it tries the engine itself (engine REST API, the webapps and their engine API through a welcome
 * app login), and on its own entry point another partner's topic and task, widening its fetch, long locks, variables
 * through failure and bpmnError, and variables its answer does not have — each in every spelling of path and body.
 * Every attempt is refused and the database is unchanged (a malformed answer to its own task only fails that task,
 * by design: an incident for the procesbeheerder).
 */
class PartnerAanvalTest extends ProcesTestBasis {

    private static final Set<Integer> GEWEIGERD = Set.of(400, 401, 403, 404, 405);
    private static final String TAALSCHOOL = TestGegevens.TAALSCHOOL_WESTFRIESLAND.id();
    private static final String ROC = TestGegevens.ROC_HORIZON.id();

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;

    /** A Hoorn dossier on the B1-route: its enrolment task is the taalschool's, locked by its worker. */
    private String vergrendeldeAanmelding(Dossier dossier) {
        startNaPip(dossier, "leerroute", "B1", VANDAAG);
        Aanval.Antwoord opgehaald = Aanval.als(poort, Toegang.PARTNER_API, TAALSCHOOL).post("/partner-api/external-task/fetchAndLock",
                "{\"workerId\":\"taalschool-1\",\"maxTasks\":1,\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\","
                        + "\"lockDuration\":600000,\"businessKey\":\"" + dossier.getDossiernummer() + "\"}]}");
        assertThat(opgehaald.status()).as(opgehaald.body()).isEqualTo(200);
        ExternalTask taak = processEngine.getExternalTaskService().createExternalTaskQuery()
                .processInstanceId(proces(dossier, "leerroute").getId()).singleResult();
        assertThat(taak.getWorkerId()).isEqualTo("taalschool-1");
        return taak.getId();
    }

    /** Sends every path and body variant; the plain spelling must answer {@code status}, every other one a refusal. */
    private void overal(Aanval.Client client, Toegang toegang, String methode, String pad, String json, int status) {
        for (Aanval.Variant variant : Aanval.varianten(toegang, pad, json)) {
            Aanval.Antwoord antwoord = client.stuur(methode, variant);
            if (variant.pad().equals(toegang.basis() + pad)) {
                assertThat(antwoord.status()).as("%s %s: %s", variant, methode, antwoord.body()).isEqualTo(status);
            } else {
                assertThat(antwoord.status()).as("%s %s: %s", variant, methode, antwoord.body()).isIn(GEWEIGERD);
            }
            assertThat(antwoord.body()).as("no class names or values").doesNotContain("Exception", "org.camunda", "select ");
        }
    }

    @Test
    void eenPartnerBereiktDeEngineNietOverDeEngineRestApi() {
        Dossier dossier = openStatushouder("0441");
        String taak = vergrendeldeAanmelding(dossier);
        String pi = proces(dossier, "leerroute").getId();
        Aanval.zonderGevolg(jdbc, () -> {
            for (String partner : List.of(TAALSCHOOL, ROC, TestGegevens.COA.id(), TestGegevens.DUO.id())) {
                Aanval.Client client = Aanval.als(poort, Toegang.ENGINE_REST, partner);
                for (String pad : List.of("/task", "/process-instance", "/variable-instance", "/external-task",
                        "/history/variable-instance", "/process-instance/" + pi + "/variables")) {
                    for (String variant : Aanval.padvarianten(Toegang.ENGINE_REST, pad)) {
                        assertThat(client.get(variant + (variant.endsWith("/") ? "" : "?maxResults=5")).status())
                                .as(partner + " GET " + variant).isIn(401, 403, 404);
                    }
                }
                overal(client, Toegang.ENGINE_REST, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"x\",\"maxTasks\":5,"
                        + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":1000}]}", 403);
                overal(client, Toegang.ENGINE_REST, "POST", "/external-task/" + taak + "/complete",
                        "{\"workerId\":\"taalschool-1\",\"variables\":{\"startdatum\":{\"value\":\"2026-03-02\"}}}", 403);
                overal(client, Toegang.ENGINE_REST, "POST", "/message", "{\"messageName\":\"MapVervalt\",\"businessKey\":\""
                        + dossier.getDossiernummer() + "\",\"all\":true}", 403);
                overal(client, Toegang.ENGINE_REST, "POST", "/process-instance/" + pi + "/variables",
                        "{\"modifications\":{\"partner\":{\"value\":\"roc-horizon\"}}}", 403);
            }
        });
    }

    @Test
    void eenPartnerKrijgtGeenWebappSessieOokNietInDeWelkomstApp() {
        Dossier dossier = openStatushouder("0441");
        vergrendeldeAanmelding(dossier);
        String pi = proces(dossier, "leerroute").getId();
        Aanval.zonderGevolg(jdbc, () -> {
            for (String partner : List.of(TAALSCHOOL, TestGegevens.COA.id(), TestGegevens.DUO.id())) {
                for (String app : List.of("welcome", "tasklist", "cockpit", "admin")) {
                    Aanval.WebappSessie sessie = Aanval.WebappSessie.aanmelden(poort, app, partner, partner);
                    assertThat(sessie.loginStatus()).as(partner + " login " + app).isEqualTo(403);
                    // the session carries no one: not even the welcome app's own user endpoint knows the partner
                    assertThat(sessie.get("/camunda/api/admin/auth/user/default").status()).as(partner).isIn(401, 403, 404);
                    assertThat(sessie.get("/camunda/api/engine/engine/default/variable-instance?maxResults=50").status())
                            .as(partner + " variables via " + app).isIn(401, 403);
                    assertThat(sessie.get("/camunda/api/engine/engine/default/process-instance?maxResults=5").status())
                            .as(partner + " instances via " + app).isIn(401, 403);
                    assertThat(sessie.post("/camunda/api/engine/engine/default/message", "{\"messageName\":\"MapVervalt\","
                            + "\"businessKey\":\"" + dossier.getDossiernummer() + "\",\"all\":true}").status())
                            .as(partner + " correlation via " + app).isIn(401, 403);
                    assertThat(sessie.post("/camunda/api/engine/engine/default/process-instance/" + pi + "/variables",
                            "{\"modifications\":{\"partner\":{\"value\":\"roc-horizon\"}}}").status()).isIn(401, 403);
                }
            }
        });
        // the same login works for staff: the refusal is about who logs in
        assertThat(Aanval.WebappSessie.aanmelden(poort, "welcome", TestGegevens.CM_HOORN.id(), TestGegevens.CM_HOORN.id())
                .loginStatus()).isEqualTo(200);
    }

    @Test
    void eenAnderePartnerKomtNietAanDeTaakVanDeTaalschool() {
        Dossier dossier = openStatushouder("0441");
        String taak = vergrendeldeAanmelding(dossier);
        Aanval.Client roc = Aanval.als(poort, Toegang.PARTNER_API, ROC);
        Aanval.Client pvt = Aanval.als(poort, Toegang.PARTNER_API, TestGegevens.PVT_MAP_WESTFRIESLAND.id());
        Aanval.zonderGevolg(jdbc, () -> {
            for (Aanval.Client client : List.of(roc, pvt)) {
                overal(client, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/complete",
                        "{\"workerId\":\"taalschool-1\",\"variables\":{\"startdatum\":{\"value\":\"2026-03-02\"}}}", 404);
                overal(client, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/failure",
                        "{\"workerId\":\"taalschool-1\",\"errorMessage\":\"x\",\"retries\":0,\"retryTimeout\":0}", 404);
                overal(client, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/bpmnError",
                        "{\"workerId\":\"taalschool-1\",\"errorCode\":\"PARTNER_KAN_NIET_UITVOEREN\"}", 404);
                overal(client, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/extendLock",
                        "{\"workerId\":\"taalschool-1\",\"newDuration\":1000}", 404);
                overal(client, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/unlock", "{}", 404);
            }
            // another partner's topic
            overal(pvt, Toegang.PARTNER_API, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"pvt-1\",\"maxTasks\":5,"
                    + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":1000}]}", 403);
        });
    }

    @Test
    void hetOphalenLaatZichNietVerbredenEnDeLockIsBegrensd() {
        Dossier dossier = openStatushouder("0441");
        startNaPip(dossier, "leerroute", "B1", VANDAAG); // open, unlocked, meant for the taalschool
        String nr = dossier.getDossiernummer();
        Aanval.Client roc = Aanval.als(poort, Toegang.PARTNER_API, ROC);
        Aanval.Client taalschool = Aanval.als(poort, Toegang.PARTNER_API, TAALSCHOOL);
        Aanval.zonderGevolg(jdbc, () -> {
            // a process variable filter would be ORed with ours by the engine: refused, whatever it says
            for (String filter : List.of("{\"partner\":\"taalschool-westfriesland\"}", "{\"leerroute\":\"B1\"}",
                    "{\"dossiernummer\":\"" + nr + "\"}")) {
                overal(roc, Toegang.PARTNER_API, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"roc-1\",\"maxTasks\":5,"
                        + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":1000,\"businessKey\":\""
                        + nr + "\",\"processVariables\":" + filter + "}]}", 400);
            }
            overal(roc, Toegang.PARTNER_API, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"roc-1\",\"maxTasks\":5,"
                    + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":1000,\"withoutTenantId\":true}]}", 400);
            overal(roc, Toegang.PARTNER_API, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"roc-1\",\"maxTasks\":5,"
                    + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":1000,\"processDefinitionKey\":\"leerroute\"}]}", 400);
            // a gemeente it does not serve (Zoetermeer)
            overal(roc, Toegang.PARTNER_API, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"roc-1\",\"maxTasks\":5,"
                    + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":1000,\"tenantIdIn\":[\"GM0637\"]}]}", 403);
            // a lock beyond the cap (one hour), even by the partner the task is meant for
            overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"taalschool-1\",\"maxTasks\":1,"
                    + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":31536000000,\"businessKey\":\"" + nr + "\"}]}", 400);
            // an unknown field anywhere
            overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/fetchAndLock", "{\"workerId\":\"taalschool-1\",\"maxTasks\":1,"
                    + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":1000,\"businessKey\":\"" + nr
                    + "\",\"orQueries\":[{}]}]}", 400);
        });
        // and the other taalaanbieder, asking plainly, gets nothing of this dossier
        Aanval.Antwoord eerlijk = roc.post("/partner-api/external-task/fetchAndLock", "{\"workerId\":\"roc-1\",\"maxTasks\":5,"
                + "\"topics\":[{\"topicName\":\"taalaanbieder-aanmelding\",\"lockDuration\":1000,\"businessKey\":\"" + nr + "\"}]}");
        assertThat(eerlijk.status()).isEqualTo(200);
        assertThat(eerlijk.body()).isEqualTo("[]");
    }

    @Test
    void storingEnBpmnFoutDragenGeenAntwoordEnDeTaakBlijftVanDeTaalschool() {
        Dossier dossier = openStatushouder("0441");
        String taak = vergrendeldeAanmelding(dossier);
        Aanval.Client taalschool = Aanval.als(poort, Toegang.PARTNER_API, TAALSCHOOL);
        Aanval.zonderGevolg(jdbc, () -> {
            overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/failure", "{\"workerId\":\"taalschool-1\","
                    + "\"errorMessage\":\"x\",\"retries\":1,\"retryTimeout\":0,\"variables\":{\"startdatum\":{\"value\":\"2026-03-02\"}}}", 400);
            overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/failure", "{\"workerId\":\"taalschool-1\","
                    + "\"errorMessage\":\"x\",\"retries\":1,\"retryTimeout\":0,\"localVariables\":{\"partner\":{\"value\":\"roc-horizon\"}}}", 400);
            overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/failure", "{\"workerId\":\"taalschool-1\","
                    + "\"errorMessage\":\"x\",\"retries\":1000000,\"retryTimeout\":0}", 400);
            // codes no error boundary of this task catches are refused (an uncaught one would end the track silently);
            // the one the models catch, PARTNER_KAN_NIET_UITVOEREN, is accepted only where the model says so (PartnerApiTest)
            for (String code : List.of("AFGEROND", "partner_kan_niet_uitvoeren", "PARTNER_KAN_NIET_UITVOEREN ", "x")) {
                overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/bpmnError",
                        "{\"workerId\":\"taalschool-1\",\"errorCode\":\"" + code + "\"}", 400);
            }
            overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/bpmnError",
                    "{\"workerId\":\"taalschool-1\",\"errorCode\":\"x\",\"variables\":{\"startdatum\":{\"value\":\"2026-03-02\"}}}", 400);
            overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/extendLock",
                    "{\"workerId\":\"taalschool-1\",\"newDuration\":31536000000}", 400);
            // not its worker's lock
            overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/extendLock",
                    "{\"workerId\":\"iemand-anders\",\"newDuration\":1000}", 400);
        });
    }

    @Test
    void eenAntwoordMetVariabelenDieHetNietHeeftWordtGeweigerdEnSchrijftNietsInHetDossier() {
        Dossier dossier = openStatushouder("0441");
        String taak = vergrendeldeAanmelding(dossier);
        String pi = proces(dossier, "leerroute").getId();
        Aanval.Client taalschool = Aanval.als(poort, Toegang.PARTNER_API, TAALSCHOOL);
        var voor = Aanval.momentopname(jdbc);
        for (String extra : List.of("partner", "leerroute", "dossiernummer")) {
            for (String soort : List.of("variables", "localVariables")) {
                overal(taalschool, Toegang.PARTNER_API, "POST", "/external-task/" + taak + "/complete", "{\"workerId\":\"taalschool-1\",\""
                        + soort + "\":{\"startdatum\":{\"value\":\"2026-03-02\"},\"" + extra + "\":{\"value\":\"roc-horizon\"}}}", 400);
            }
        }
        // by design the refused answer fails the task (an incident for the procesbeheerder); nothing else changed
        List<String> verschil = Aanval.verschil(voor, Aanval.momentopname(jdbc));
        assertThat(verschil).allMatch(r -> r.contains(" ACT_RU_EXT_TASK: ") || r.contains(" ACT_RU_INCIDENT: ")
                || r.contains(" ACT_RU_EXECUTION: "));
        // the task's execution only got its incident flag (revision and cached state), nothing else
        assertThat(verschil.stream().filter(r -> r.startsWith("- ACT_RU_EXECUTION: ")).map(PartnerAanvalTest::zonderVlag))
                .containsExactlyInAnyOrderElementsOf(verschil.stream().filter(r -> r.startsWith("+ ACT_RU_EXECUTION: "))
                        .map(PartnerAanvalTest::zonderVlag).toList());
        assertThat(runtimeService.getVariable(pi, "partner")).isEqualTo(TAALSCHOOL);
        assertThat(runtimeService.getVariable(pi, "leerroute")).isEqualTo("B1");
        assertThat(runtimeService.createIncidentQuery().processInstanceId(pi).count()).isEqualTo(1);
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(taak).singleResult()
                .getRetries()).isZero();
    }

    @Test
    void eenPartnerloginBovenOpEenSessieVanEenMedewerkerWordtGeweigerdEnBeeindigtDieSessie() {
        Aanval.WebappSessie sessie = Aanval.WebappSessie.aanmelden(poort, "tasklist", TestGegevens.CM_HOORN.id(),
                TestGegevens.CM_HOORN.id());
        assertThat(sessie.loginStatus()).isEqualTo(200);
        Aanval.zonderGevolg(jdbc, () -> {
            Aanval.Antwoord login = sessie.stuur("POST", "/camunda/api/admin/auth/user/default/login/welcome",
                    "application/x-www-form-urlencoded", ("username=" + TAALSCHOOL + "&password=" + TAALSCHOOL)
                            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
            assertThat(login.status()).as(login.body()).isEqualTo(403);
            assertThat(login.body()).doesNotContain(TAALSCHOOL);
        });
        // the session that carried the partner is gone: the casemanager's login in it is gone too
        assertThat(sessie.get("/camunda/api/engine/engine/default/task/count").status()).isIn(401, 403);
    }

    private static String zonderVlag(String rij) {
        return rij.substring(2).replaceAll("(?i)REV_=\\d+\\|", "").replaceAll("(?i)CACHED_ENT_STATE_=\\d+\\|", "");
    }
}
