package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Every role × every resource × own and other gemeente, allowed or refused as designed. Every role gets its own
 * fresh Hoorn dossier ("own": the users below serve Hoorn, except the beheerders and connectors), so no row depends
 * on another; "other" is a Stichtse Vecht dossier that none of them serves and that nobody changes.
 * Connector accounts (partner, COA, DUO) are refused on the engine and every webapp: any 401 or 403 holds, and a
 * query that still answers must answer nothing.
 */
class AutorisatieMatrixTest extends ProcesTestBasis {

    private static final String OPROEP = "Task_OproepVersturen";

    @LocalServerPort int poort;
    @Autowired AuthorizationService authorizationService;

    static final TestGegevens.TestGebruiker IC = new TestGegevens.TestGebruiker("ic.matrix", Rollen.INKOMENSCONSULENT, List.of("GM0441"));
    static final TestGegevens.TestGebruiker HH = new TestGegevens.TestGebruiker("hh.matrix", Rollen.HANDHAVING, List.of("GM0441"));
    static final TestGegevens.TestGebruiker NOOD = new TestGegevens.TestGebruiker("admin", Rollen.NOODBEHEERDER, List.of());

    /** What a role may: API read own/other, tasks and instances of the own dossier (-1: refused or nothing), apps, work. */
    private record Rij(TestGegevens.TestGebruiker wie, int apiEigen, int apiAnder, int takenEigen, int instantiesEigen,
                       boolean tasklist, boolean cockpit, boolean admin, boolean werkt, boolean koppeling, boolean alleGemeenten) {
        String wachtwoord() {
            return wie.id().equals("admin") ? "admin-test" : wie.id();
        }
    }

    private static final List<Rij> RIJEN = List.of(
            // Hoorn's own dossier has two casemanager tasks: the oproep and the start of its own begeleiding
            new Rij(TestGegevens.CM_HOORN, 200, 404, 2, 0, true, false, false, true, false, false),
            new Rij(TestGegevens.TL_WESTFRIESLAND, 200, 404, 0, 0, true, false, false, false, false, false),
            new Rij(IC, 200, 404, 0, 0, true, false, false, false, false, false),
            new Rij(HH, 200, 404, 0, 0, true, false, false, false, false, false),
            // the procesbeheerder signs in to Tasklist only for its own tasks (DUO notifications to judge, differences with
            // DUO); it works no dossier task
            new Rij(TestGegevens.PB, 200, 404, 2, 1, true, true, false, false, false, false),
            new Rij(TestGegevens.FB, 403, 403, 0, 0, false, false, true, false, false, false),
            // break-glass: Camunda exempts camunda-admin from the tenant check; it still works no task
            new Rij(NOOD, 403, 403, 2, 1, true, true, true, false, false, true),
            new Rij(TestGegevens.TAALSCHOOL_WESTFRIESLAND, 403, 403, -1, -1, false, false, false, false, true, false),
            new Rij(TestGegevens.COA, 200, 200, -1, -1, false, false, false, false, true, false),
            new Rij(TestGegevens.DUO, 200, 200, -1, -1, false, false, false, false, true, false));

    private static boolean geweigerd(int status) {
        return status == 401 || status == 403;
    }

    /** The number of results, or -1 when refused (a connector may also get an empty answer, never data). */
    private static int aantal(Http.Antwoord antwoord, boolean koppeling) {
        if (geweigerd(antwoord.status()) || (koppeling && antwoord.status() == 200 && antwoord.json().isEmpty())) {
            return -1;
        }
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        return antwoord.json().size();
    }

    @TestFactory
    Stream<DynamicTest> elkeRolZietEnDoetAlleenWatZijMag() {
        TestGegevens.zorgVoor(identityService, IC);
        TestGegevens.zorgVoor(identityService, HH);
        Dossier ander = open("1904", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        String oproepAnder = taak(ander, OPROEP).getId();
        List<DynamicTest> tests = new ArrayList<>();
        for (Rij rij : RIJEN) {
            String wie = rij.wie().id() + " (" + rij.wie().rol() + ")";
            tests.add(DynamicTest.dynamicTest(wie, () -> {
                Dossier eigen = open("0441", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
                Http als = Http.als(poort, rij.wie().id(), rij.wachtwoord());
                // our API
                assertThat(als.get("/api/dossiers/" + eigen.getDossiernummer()).status()).as("API eigen").isEqualTo(rij.apiEigen());
                assertThat(als.get("/api/dossiers/" + ander.getDossiernummer()).status()).as("API ander").isEqualTo(rij.apiAnder());
                // tasks and process instances over the engine REST API
                assertThat(aantal(als.get("/engine-rest/task?maxResults=20&processInstanceBusinessKey=" + eigen.getDossiernummer()),
                        rij.koppeling())).as("taken eigen").isEqualTo(rij.takenEigen());
                assertThat(aantal(als.get("/engine-rest/task?maxResults=20&processInstanceBusinessKey=" + ander.getDossiernummer()),
                        rij.koppeling())).as("taken ander").isEqualTo(rij.koppeling() ? -1 : rij.alleGemeenten() ? 1 : 0);
                assertThat(aantal(als.get("/engine-rest/process-instance?maxResults=20&processDefinitionKey=inburgering&businessKey="
                        + eigen.getDossiernummer()), rij.koppeling())).as("instanties eigen").isEqualTo(rij.instantiesEigen());
                assertThat(aantal(als.get("/engine-rest/process-instance?maxResults=20&processDefinitionKey=inburgering&businessKey="
                        + ander.getDossiernummer()), rij.koppeling())).as("instanties ander").isEqualTo(rij.koppeling() ? -1 : rij.alleGemeenten() ? 1 : 0);
                // the webapps, by logging in as a browser does
                for (var app : Map.of("tasklist", rij.tasklist(), "cockpit", rij.cockpit(), "admin", rij.admin()).entrySet()) {
                    int status = Aanval.WebappSessie.aanmelden(poort, app.getKey(), rij.wie().id(), rij.wachtwoord()).loginStatus();
                    assertThat(app.getValue() ? status == 200 : geweigerd(status)).as("aanmelden bij " + app.getKey() + ": " + status).isTrue();
                }
                // partner work is never staff work
                Http.Antwoord ophalen = als.post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "matrix",
                        "maxTasks", 5, "topics", List.of(Map.of("topicName", "mb-uitvoering", "lockDuration", 1000,
                                "businessKey", eigen.getDossiernummer()))));
                assertThat(geweigerd(ophalen.status())).as("fetchAndLock: " + ophalen.status()).isTrue();
                Http.Antwoord viaPartnerApi = als.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "matrix",
                        "maxTasks", 5, "topics", List.of(Map.of("topicName", "mb-uitvoering", "lockDuration", 1000,
                                "businessKey", eigen.getDossiernummer()))));
                assertThat(geweigerd(viaPartnerApi.status())).as("partner-api fetchAndLock: " + viaPartnerApi.status()).isTrue();
                assertThat(processEngine.getExternalTaskService().createExternalTaskQuery()
                        .processInstanceId(proces(eigen, "begeleiding").getId()).locked().count()).isZero();
                // claiming and completing the casemanager's oproep: only the casemanager
                Task oproep = taak(eigen, OPROEP);
                Http.Antwoord claim = als.post("/engine-rest/task/" + oproep.getId() + "/claim", Map.of("userId", rij.wie().id()));
                assertThat(rij.werkt() ? claim.status() == 204 : geweigerd(claim.status())).as("claim: " + claim.body()).isTrue();
                if (!rij.werkt()) {
                    assertThat(taskService.createTaskQuery().taskId(oproep.getId()).singleResult().getAssignee()).isNull();
                }
                Http.Antwoord voltooid = als.post("/engine-rest/task/" + oproep.getId() + "/complete",
                        Map.of("variables", Map.of("oproepDatum", Map.of("value", VANDAAG.plusDays(3).toString()),
                                "oproepLocatie", Map.of("value", "Stadhuis"))));
                assertThat(rij.werkt() ? voltooid.status() == 204 : geweigerd(voltooid.status())).as("voltooien: " + voltooid.body()).isTrue();
                assertThat(taskService.createTaskQuery().taskId(oproep.getId()).count()).isEqualTo(rij.werkt() ? 0 : 1);
                // nobody completes the other gemeente's task
                Http.Antwoord anderVoltooid = als.post("/engine-rest/task/" + oproepAnder + "/complete", Map.of("variables", Map.of()));
                assertThat(anderVoltooid.status()).as("andere gemeente").isIn(401, 403, 404);
                assertThat(taskService.createTaskQuery().taskId(oproepAnder).count()).isEqualTo(1);
            }));
        }
        tests.add(DynamicTest.dynamicTest("vluchtelingenwerk haalt de eigen taak op; niet die van een andere gemeente", () -> {
            Dossier eigen = open("0637", /* Hoorn gives the begeleiding itself */ "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
            Http partner = Http.als(poort, TestGegevens.VLUCHTELINGENWERK.id());
            for (Dossier d : List.of(eigen, ander)) {
                Http.Antwoord ophalen = partner.post("/partner-api/external-task/fetchAndLock", Map.of("workerId", "vw-1",
                        "maxTasks", 5, "topics", List.of(Map.of("topicName", "mb-uitvoering", "lockDuration", 1,
                                "businessKey", d.getDossiernummer()))));
                assertThat(ophalen.json().size()).as(d.getGemeente()).isEqualTo(d == eigen ? 1 : 0);
            }
        }));
        return tests.stream();
    }

    @Test
    void eenCasemanagerWerktGeenTaakVanDeTeamleiderEnOmgekeerd() {
        Dossier dossier = openStatushouder("0441");
        var routewissel = runtimeService.startProcessInstanceByKey("routewissel", dossier.getDossiernummer(),
                Map.of("gemeente", "GM0441", "dossiernummer", dossier.getDossiernummer()));
        Task teamleidertaak = taskService.createTaskQuery().processInstanceId(routewissel.getId()).singleResult();
        Task oproep = taak(dossier, OPROEP);
        // the casemanager sees the teamleider's task (READ_TASK on the definition) but may not act on it
        assertThatThrownBy(() -> als(TestGegevens.CM_HOORN, () -> { taskService.claim(teamleidertaak.getId(), TestGegevens.CM_HOORN.id()); return null; }))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("andere rol");
        assertThatThrownBy(() -> als(TestGegevens.CM_HOORN, () -> { taskService.complete(teamleidertaak.getId(), Map.of("besluit", "AFWIJZEN")); return null; }))
                .isInstanceOf(AuthorizationException.class);
        // the teamleider may claim its own task, not the casemanager's; nor hand its task to a casemanager
        assertThatThrownBy(() -> als(TestGegevens.TL_WESTFRIESLAND, () -> { taskService.claim(oproep.getId(), TestGegevens.TL_WESTFRIESLAND.id()); return null; }))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> als(TestGegevens.TL_WESTFRIESLAND, () -> { taskService.claim(teamleidertaak.getId(), TestGegevens.CM_HOORN.id()); return null; }))
                .isInstanceOf(AuthorizationException.class).hasMessageContaining("toegewezen");
        als(TestGegevens.TL_WESTFRIESLAND, () -> { taskService.claim(teamleidertaak.getId(), TestGegevens.TL_WESTFRIESLAND.id()); return null; });
        // a casemanager may not give its task to a teamleider either, nor set variables on it
        assertThatThrownBy(() -> als(TestGegevens.CM_HOORN, () -> { taskService.claim(oproep.getId(), TestGegevens.TL_WESTFRIESLAND.id()); return null; }))
                .isInstanceOf(AuthorizationException.class);
        assertThatThrownBy(() -> als(TestGegevens.TL_WESTFRIESLAND, () -> { taskService.setVariable(oproep.getId(), "oproepLocatie", "x"); return null; }))
                .isInstanceOf(AuthorizationException.class);
        assertThat(taskService.createTaskQuery().taskId(teamleidertaak.getId()).singleResult().getAssignee()).isEqualTo(TestGegevens.TL_WESTFRIESLAND.id());
        assertThat(taskService.createTaskQuery().taskId(oproep.getId()).singleResult().getAssignee()).isNull();
        assertThat(runtimeService.getVariable(oproep.getExecutionId(), "oproepLocatie")).isNull();
        // and claiming wrote no authorization of its own
        assertThat(authorizationService.createAuthorizationQuery().resourceType(Resources.TASK).resourceId(teamleidertaak.getId()).count()).isZero();
    }

    @Test
    void deProcesbeheerderWerktGeenTaakEnGeenPartnertaakEnVeranderBuitenOnsApiNiets() {
        Dossier dossier = open("0637", /* a partner gives the begeleiding (Hoorn gives it itself) */ "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        var statusVooraf = herlaad(dossier).getStatus();
        Task oproep = taak(dossier, OPROEP);
        String hoofdproces = hoofdproces(dossier).getId();
        String partnertaak = processEngine.getExternalTaskService().createExternalTaskQuery()
                .processInstanceId(proces(dossier, "begeleiding").getId()).singleResult().getId();
        List<String> activiteitenVooraf = runtimeService.getActiveActivityIds(hoofdproces);
        long variabelenVooraf = runtimeService.createVariableInstanceQuery().processInstanceIdIn(hoofdproces).count();
        Http pb = Http.als(poort, TestGegevens.PB.id());
        Aanval.WebappSessie cockpit = Aanval.WebappSessie.aanmelden(poort, "cockpit", TestGegevens.PB.id(), TestGegevens.PB.id());
        assertThat(cockpit.loginStatus()).isEqualTo(200);

        // user tasks: Java API, engine REST, the webapps' engine API
        for (Runnable poging : List.<Runnable>of(
                () -> taskService.complete(oproep.getId(), Map.of("oproepDatum", VANDAAG.plusDays(3).toString(), "oproepLocatie", "Stadhuis")),
                () -> taskService.claim(oproep.getId(), TestGegevens.PB.id()),
                () -> processEngine.getFormService().submitTaskForm(oproep.getId(), Map.of()),
                () -> taskService.setAssignee(oproep.getId(), TestGegevens.PB.id()))) {
            assertThatThrownBy(() -> als(TestGegevens.PB, () -> { poging.run(); return null; })).isInstanceOf(AuthorizationException.class);
        }
        Map<String, Object> oproepVariabelen = Map.of("variables", Map.of("oproepDatum", Map.of("value", VANDAAG.plusDays(3).toString()),
                "oproepLocatie", Map.of("value", "Stadhuis")));
        assertThat(pb.post("/engine-rest/task/" + oproep.getId() + "/complete", oproepVariabelen).status()).isEqualTo(403);
        assertThat(pb.post("/engine-rest/task/" + oproep.getId() + "/submit-form", oproepVariabelen).status()).isEqualTo(403);
        assertThat(pb.post("/engine-rest/task/" + oproep.getId() + "/claim", Map.of("userId", TestGegevens.PB.id())).status()).isEqualTo(403);
        assertThat(post(cockpit, engine("/task/" + oproep.getId() + "/claim"), Map.of("userId", TestGegevens.PB.id())).status()).isEqualTo(403);
        assertThat(post(cockpit, engine("/task/" + oproep.getId() + "/complete"), oproepVariabelen).status()).isEqualTo(403);

        // partner tasks
        List<?> gelockt;
        try {
            gelockt = als(TestGegevens.PB, () -> processEngine.getExternalTaskService().fetchAndLock(5, "pb")
                    .topic("mb-uitvoering", 60_000L).businessKey(dossier.getDossiernummer()).execute());
        } catch (AuthorizationException e) {
            gelockt = List.of();
        }
        assertThat(gelockt).isEmpty();
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(partnertaak).locked().count()).isZero();
        processEngine.getExternalTaskService().fetchAndLock(1, "partner").topic("mb-uitvoering", 60_000L)
                .businessKey(dossier.getDossiernummer()).execute();
        assertThatThrownBy(() -> als(TestGegevens.PB, () -> { processEngine.getExternalTaskService().complete(partnertaak, "partner"); return null; }))
                .isInstanceOf(AuthorizationException.class);
        Http.Antwoord restOphalen = pb.post("/engine-rest/external-task/fetchAndLock", Map.of("workerId", "pb", "maxTasks", 5,
                "topics", List.of(Map.of("topicName", "mb-uitvoering", "lockDuration", 60000))));
        assertThat(restOphalen.status()).as(restOphalen.body()).isEqualTo(403);
        assertThat(pb.post("/engine-rest/external-task/" + partnertaak + "/complete", Map.of("workerId", "partner")).status()).isEqualTo(403);
        assertThat(post(cockpit, engine("/external-task/" + partnertaak + "/complete"), Map.of("workerId", "partner")).status()).isEqualTo(403);
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(partnertaak).singleResult().getWorkerId())
                .isEqualTo("partner");

        // messages, deletion, suspension, variables: only through our API
        Map<String, Object> bericht = Map.of("messageName", "DossierBeeindigd", "businessKey", dossier.getDossiernummer(),
                "processVariables", Map.of("beeindigingReden", Map.of("value", "x")));
        assertThatThrownBy(() -> als(TestGegevens.PB, () -> { runtimeService.createMessageCorrelation("DossierBeeindigd")
                .processInstanceBusinessKey(dossier.getDossiernummer()).correlateAll(); return null; })).isInstanceOf(AuthorizationException.class);
        assertThat(pb.post("/engine-rest/message", bericht).status()).isEqualTo(403);
        assertThat(post(cockpit, engine("/message"), bericht).status()).isEqualTo(403);
        assertThatThrownBy(() -> als(TestGegevens.PB, () -> { runtimeService.deleteProcessInstance(hoofdproces, "pb"); return null; }))
                .isInstanceOf(AuthorizationException.class);
        assertThat(Http.als(poort, TestGegevens.PB.id()).get("/engine-rest/process-instance/" + hoofdproces).status()).isEqualTo(200);
        assertThat(delete(cockpit, engine("/process-instance/" + hoofdproces)).status()).isEqualTo(403);
        assertThat(put(cockpit, engine("/process-instance/" + hoofdproces + "/suspended"), Map.of("suspended", true)).status()).isEqualTo(403);
        assertThat(put(cockpit, engine("/process-instance/" + hoofdproces + "/variables/leerroute"), Map.of("value", "Z")).status()).isEqualTo(403);

        // nothing changed
        assertThat(taskService.createTaskQuery().taskId(oproep.getId()).singleResult().getAssignee()).isNull();
        assertThat(runtimeService.createProcessInstanceQuery().processInstanceId(hoofdproces).active().count()).isEqualTo(1);
        assertThat(runtimeService.getActiveActivityIds(hoofdproces)).containsExactlyInAnyOrderElementsOf(activiteitenVooraf);
        assertThat(runtimeService.createVariableInstanceQuery().processInstanceIdIn(hoofdproces).count()).isEqualTo(variabelenVooraf);
        assertThat(herlaad(dossier).getStatus()).isEqualTo(statusVooraf);
    }

    @Test
    void deProcesbeheerderLeestEnHerstelt() {
        Dossier dossier = open("0637", /* a partner gives the begeleiding (Hoorn gives it itself) */ "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.KENNISGEVING_DUO, VANDAAG);
        Dossier ander = open("1904", "ASIELSTATUSHOUDER", "SYR", LocalDate.of(1990, 1, 1), VANDAAG);
        String hoofdproces = hoofdproces(dossier).getId();
        Aanval.WebappSessie cockpit = Aanval.WebappSessie.aanmelden(poort, "cockpit", TestGegevens.PB.id(), TestGegevens.PB.id());

        // reads what Cockpit shows: the instance, its variables, its tasks, its history
        assertThat(cockpit.get(engine("/process-instance/" + hoofdproces)).status()).isEqualTo(200);
        assertThat(json(cockpit.get(engine("/process-instance/" + hoofdproces + "/variables"))).has("gemeente")).isTrue();
        assertThat(json(cockpit.get(engine("/task?processInstanceBusinessKey=" + dossier.getDossiernummer() + "&maxResults=10")))).isNotEmpty();
        assertThat(json(cockpit.get(engine("/history/process-instance?maxResults=10&processInstanceId=" + hoofdproces)))).hasSize(1);

        // a failed job: retried by the procesbeheerder through Cockpit's own call
        var job = runtimeService.createProcessInstanceQuery().processInstanceBusinessKey(dossier.getDossiernummer()).list().stream()
                .flatMap(p -> managementService.createJobQuery().processInstanceId(p.getId()).list().stream())
                .findFirst().orElseThrow(() -> new AssertionError("geen job in " + dossier));
        managementService.setJobRetries(job.getId(), 0);
        assertThat(json(cockpit.get(engine("/incident?maxResults=10&processInstanceId=" + job.getProcessInstanceId())))).hasSize(1);
        assertThat(put(cockpit, engine("/job/" + job.getId() + "/retries"), Map.of("retries", 1)).status()).isEqualTo(204);
        assertThat(managementService.createJobQuery().jobId(job.getId()).singleResult().getRetries()).isEqualTo(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(job.getProcessInstanceId()).count()).isZero();

        // a partner task out of retries: the same repair, and a note on the incident
        String begeleiding = proces(dossier, "begeleiding").getId();
        String partnertaak = processEngine.getExternalTaskService().createExternalTaskQuery().processInstanceId(begeleiding).singleResult().getId();
        processEngine.getExternalTaskService().setRetries(partnertaak, 0);
        Incident incident = runtimeService.createIncidentQuery().processInstanceId(begeleiding).singleResult();
        assertThat(put(cockpit, engine("/incident/" + incident.getId() + "/annotation"), Map.of("annotation", "partner gebeld")).status())
                .isEqualTo(204);
        assertThat(put(cockpit, engine("/external-task/" + partnertaak + "/retries"), Map.of("retries", 1)).status()).isEqualTo(204);
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(partnertaak).singleResult().getRetries()).isEqualTo(1);
        assertThat(runtimeService.createIncidentQuery().processInstanceId(begeleiding).count()).isZero();

        // never in a gemeente it does not serve
        String anderePartnertaak = processEngine.getExternalTaskService().createExternalTaskQuery()
                .processInstanceId(proces(ander, "begeleiding").getId()).singleResult().getId();
        processEngine.getExternalTaskService().setRetries(anderePartnertaak, 0);
        assertThat(put(cockpit, engine("/external-task/" + anderePartnertaak + "/retries"), Map.of("retries", 1)).status()).isIn(403, 404);
        assertThat(processEngine.getExternalTaskService().createExternalTaskQuery().externalTaskId(anderePartnertaak).singleResult().getRetries()).isZero();
        processEngine.getExternalTaskService().setRetries(anderePartnertaak, 1);
    }

    @Test
    void deBeheerderBeheertGebruikersMaarLeestGeenDossiersEnGeeftZichzelfNietsMeer() {
        TestGegevens.TestGebruiker fb = TestGegevens.FB;
        String nieuw = "cm.nieuw." + Long.toString(System.nanoTime(), 36);
        als(fb, () -> {
            User gebruiker = identityService.newUser(nieuw);
            gebruiker.setPassword("Welkom-" + nieuw);
            identityService.saveUser(gebruiker);
            identityService.createMembership(nieuw, Rollen.CASEMANAGER);
            identityService.createTenantUserMembership("GM0441", nieuw);
            return null;
        });
        assertThat(identityService.createUserQuery().userId(nieuw).memberOfGroup(Rollen.CASEMANAGER).count()).isEqualTo(1);
        // a colleague beheerder (made by camunda-admin): no way round through the colleague's account
        String collega = "fb.collega." + Long.toString(System.nanoTime(), 36);
        User collegaAccount = identityService.newUser(collega);
        collegaAccount.setPassword("Collega-" + collega);
        identityService.saveUser(collegaAccount);
        identityService.createMembership(collega, Rollen.BEHEERDER);

        for (Runnable poging : List.<Runnable>of(
                () -> {
                    User overgenomen = identityService.createUserQuery().userId(collega).singleResult();
                    overgenomen.setPassword("overgenomen");
                    identityService.saveUser(overgenomen);
                },
                () -> identityService.deleteUser(collega),
                () -> identityService.createMembership(collega, Rollen.CASEMANAGER),
                () -> identityService.createTenantUserMembership("GM0441", collega),
                () -> identityService.createMembership(fb.id(), Rollen.CASEMANAGER),
                () -> identityService.createTenantUserMembership("GM0441", fb.id()),
                () -> identityService.createMembership(nieuw, Rollen.NOODBEHEERDER),
                () -> identityService.createMembership(nieuw, Rollen.BEHEERDER),
                () -> identityService.createTenantGroupMembership("GM0441", Rollen.CASEMANAGER),
                () -> {
                    User noodaccount = identityService.createUserQuery().userId("admin").singleResult();
                    noodaccount.setPassword("overgenomen");
                    identityService.saveUser(noodaccount);
                },
                () -> identityService.deleteUser("admin"),
                () -> {
                    Authorization meer = authorizationService.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
                    meer.setGroupId(Rollen.BEHEERDER);
                    meer.setResource(Resources.PROCESS_DEFINITION);
                    meer.setResourceId("*");
                    meer.addPermission(Permissions.READ);
                    authorizationService.saveAuthorization(meer);
                })) {
            assertThatThrownBy(() -> als(fb, () -> { poging.run(); return null; })).isInstanceOf(AuthorizationException.class);
        }
        assertThat(identityService.createGroupQuery().groupMember(fb.id()).list()).extracting("id").containsExactly(Rollen.BEHEERDER);
        assertThat(identityService.createTenantQuery().userMember(fb.id()).count()).isZero();
        assertThat(identityService.checkPassword("admin", "admin-test")).isTrue();
        assertThat(identityService.checkPassword(collega, "Collega-" + collega)).isTrue();
        assertThat(identityService.createGroupQuery().groupMember(collega).list()).extracting("id").containsExactly(Rollen.BEHEERDER);
        assertThat(identityService.createTenantQuery().userMember(collega).count()).isZero();
        assertThat(authorizationService.createAuthorizationQuery().groupIdIn(Rollen.BEHEERDER).resourceType(Resources.PROCESS_DEFINITION).count()).isZero();

        // and reads no dossier, instance, task or history
        Dossier dossier = openStatushouder("0441");
        Http als = Http.als(poort, fb.id());
        assertThat(als.get("/api/dossiers/" + dossier.getDossiernummer()).status()).isEqualTo(403);
        assertThat(aantal(als.get("/engine-rest/history/process-instance?maxResults=20&processInstanceBusinessKey=" + dossier.getDossiernummer()), false)).isZero();
        assertThat(aantal(als.get("/engine-rest/variable-instance?maxResults=20&processInstanceIdIn=" + hoofdproces(dossier).getId()), false)).isZero();
        assertThat(als(fb, () -> taskService.createTaskQuery().processInstanceBusinessKey(dossier.getDossiernummer()).count())).isZero();
    }

    /** The webapps' engine API, as Cockpit and Tasklist call it. */
    private static String engine(String pad) {
        return Aanval.Toegang.WEBAPP.basis() + pad;
    }

    private static com.fasterxml.jackson.databind.JsonNode json(Aanval.Antwoord antwoord) {
        assertThat(antwoord.status()).as(antwoord.body()).isEqualTo(200);
        try {
            return Http.JSON.readTree(antwoord.body());
        } catch (java.io.IOException e) {
            throw new AssertionError(antwoord.body(), e);
        }
    }

    private static Aanval.Antwoord post(Aanval.Client sessie, String pad, Object body) {
        return sessie.stuur("POST", pad, "application/json", tekst(body));
    }

    private static Aanval.Antwoord put(Aanval.Client sessie, String pad, Object body) {
        return sessie.stuur("PUT", pad, "application/json", tekst(body));
    }

    private static Aanval.Antwoord delete(Aanval.Client sessie, String pad) {
        return sessie.stuur("DELETE", pad, null, null);
    }

    private static byte[] tekst(Object body) {
        try {
            return Http.JSON.writeValueAsBytes(body);
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }
}
