package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.camunda.bpm.engine.variable.Variables;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/** One test per hardening choice (Camunda 7.24 CE gets no more patches). */
class HardeningTest extends ProcesTestBasis {

    @LocalServerPort int poort;
    @Autowired InzageRepository inzagelog;

    private Http cm() {
        return Http.als(poort, TestGegevens.CM_HOORN.id());
    }

    @Test
    void eenExpressieInOrQueriesWordtGeweigerd() {
        Http.Antwoord or = cm().post("/engine-rest/task?maxResults=10", Map.of("orQueries",
                List.of(Map.of("assigneeExpression", "${''.getClass().forName('java.lang.Runtime')}"))));
        assertThat(or.status()).isEqualTo(400);
        assertThat(or.body()).contains("Expressies").doesNotContain("Runtime");
        Http.Antwoord genest = cm().post("/engine-rest/task/count", "{\"orQueries\":[{\"candidateGroupExpression\":\"#{1+1}\"}]}");
        assertThat(genest.status()).isEqualTo(400);
        assertThat(cm().get("/engine-rest/task?maxResults=5&assigneeExpression=%24%7BcurrentUser()%7D").status()).isEqualTo(400);
        // the history task query knows no expressions: the parameter is ignored, nothing is evaluated
        String spoor = "hardening." + java.util.UUID.randomUUID();
        assertThat(cm().get("/engine-rest/history/task?maxResults=5&taskAssigneeExpression="
                + java.net.URLEncoder.encode("${systemProperties.put('" + spoor + "','x')}", java.nio.charset.StandardCharsets.UTF_8))
                .status()).isEqualTo(200);
        assertThat(System.getProperty(spoor)).isNull();
        // the webapps' own API refuses it without a session; with one, see aanval/QueryExpressieAanvalTest
        assertThat(Http.anoniem(poort).post("/camunda/api/engine/engine/default/task", Map.of("orQueries",
                List.of(Map.of("assigneeExpression", "${1}")))).status()).isBetween(400, 499);
        // a query without expressions is answered as usual
        assertThat(cm().post("/engine-rest/task?maxResults=10", Map.of("orQueries",
                List.of(Map.of("assignee", "cm.hoorn")))).status()).isEqualTo(200);
    }

    @Test
    void eenOpgeslagenFilterMetExpressieWordtGeweigerd() {
        Http admin = Http.als(poort, "admin", "admin-test");
        Http.Antwoord filter = admin.post("/engine-rest/filter/create", Map.of("resourceType", "Task", "name", "kwaad",
                "query", Map.of("assigneeExpression", "${'x'.getClass()}")));
        assertThat(filter.status()).isEqualTo(400);
        assertThat(processEngine.getFilterService().createFilterQuery().filterName("kwaad").count()).isZero();
    }

    @Test
    void deApisGevenBeveiligingsheadersEnGeenStacktraces() {
        Http.Antwoord api = cm().get("/api/dossiers/INB-0000-000000");
        assertThat(api.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(api.header("Content-Security-Policy")).contains("default-src 'none'");
        assertThat(api.header("Cache-Control")).contains("no-store");
        Http.Antwoord engine = cm().get("/engine-rest/task/bestaat-niet");
        assertThat(engine.status()).isBetween(400, 499);
        assertThat(engine.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(engine.body()).doesNotContain("at org.").doesNotContain("Exception:");
        assertThat(Http.anoniem(poort).get("/h2-console").status()).isEqualTo(404);
    }

    @Test
    void naEenFoutWachtwoordWordtHetGoedeNietGeweigerd() {
        // the delay slows the failing caller only (AanmeldVertragingTest); the engine's lockout is off
        TestGegevens.zorgVoor(identityService, new TestGegevens.TestGebruiker("slot.test", "casemanager", List.of("GM0441")));
        assertThat(Http.als(poort, "slot.test", "fout").get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
        assertThat(Http.als(poort, "slot.test").get("/engine-rest/task?maxResults=1").status())
                .as("het goede wachtwoord direct na een fout wordt toegelaten").isEqualTo(200);
    }

    @Test
    void deBsnAlleenVoorRollenDieHemNodigHebbenEnElkeInzageGelogd() {
        Dossier dossier = openStatushouder("0441");
        JsonNode voorCasemanager = cm().get("/api/dossiers/" + dossier.getDossiernummer()).json();
        assertThat(voorCasemanager.path("persoon").path("bsn").asText()).isEqualTo(dossier.getPersoon().getBsn());
        JsonNode voorProcesbeheerder = Http.als(poort, TestGegevens.PB.id()).get("/api/dossiers/" + dossier.getDossiernummer()).json();
        assertThat(voorProcesbeheerder.path("persoon").has("bsn")).isFalse();
        assertThat(voorProcesbeheerder.path("persoon").path("achternaam").asText()).isEqualTo("Inburgeraar");

        JsonNode log = Http.als(poort, TestGegevens.PB.id()).get("/api/dossiers/" + dossier.getDossiernummer() + "/inzage").json();
        assertThat(log.findValuesAsText("gebruiker")).contains(TestGegevens.CM_HOORN.id(), TestGegevens.PB.id());
        assertThat(inzagelog.findByDossierIdOrderByTijdstipAscIdAsc(dossier.getId())).extracting(i -> i.getActie())
                .contains("GELEZEN");
        assertThat(cm().get("/api/dossiers/" + dossier.getDossiernummer() + "/inzage").status()).isEqualTo(403);
        assertThat(Http.als(poort, TestGegevens.TAALSCHOOL_WESTFRIESLAND.id()).get("/api/dossiers/" + dossier.getDossiernummer())
                .status()).isEqualTo(403);
    }

    @Test
    void erIsAltijdEenBeheerderEnDeFiltersPerRolBestaan() {
        assertThat(identityService.createUserQuery().memberOfGroup("camunda-admin").count()).isPositive();
        assertThat(processEngine.getFilterService().createFilterQuery().list()).extracting(f -> f.getName())
                .contains("Mijn taken", "Mijn gemeenten", "Termijn verloopt binnen 14 dagen");
        // the casemanager finds the reminder that falls due within two weeks in the filter for near deadlines
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", java.time.LocalDate.of(1990, 1, 1), VANDAAG);
        gebeurtenis(dossier, nl.regie.inburgering.dossier.GebeurtenisType.KENNISGEVING_DUO, VANDAAG.minusWeeks(9));
        managementService.executeJob(timer(dossier, "Timer_Herinneringsmoment").getId());
        String filter = processEngine.getFilterService().createFilterQuery().filterName("Termijn verloopt binnen 14 dagen")
                .singleResult().getId();
        JsonNode binnenkort = cm().post("/engine-rest/filter/" + filter + "/list?maxResults=50", Map.of()).json();
        assertThat(binnenkort.findValuesAsText("taskDefinitionKey")).contains("Task_PipTermijnHerinneren");
    }

    @Test
    void hstsEnEenVeiligeSessiecookieAlleenAchterTls() {
        Http viaTls = cm().metKop("X-Forwarded-Proto", "https");
        assertThat(viaTls.get("/api/dossiers/INB-0000-000000").header("Strict-Transport-Security")).contains("max-age=");
        assertThat(cm().get("/api/dossiers/INB-0000-000000").header("Strict-Transport-Security")).isNull();

        // the webapps open a session (for the CSRF token) on the first page
        Http.Antwoord tasklist = Http.anoniem(poort).metKop("X-Forwarded-Proto", "https").get("/camunda/app/tasklist/");
        String cookie = tasklist.response().headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID"))
                .findFirst().orElseThrow(() -> new AssertionError(tasklist.response().headers().map().toString()));
        assertThat(cookie).contains("Secure").contains("HttpOnly");
        String zonderTls = Http.anoniem(poort).get("/camunda/app/tasklist/").response().headers().allValues("Set-Cookie")
                .stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElseThrow();
        assertThat(zonderTls).as("plain HTTP (demo on localhost)").doesNotContain("Secure");
    }

    @Test
    void eenQueryZonderGrensOfBovenDeGrensWordtGeweigerd() {
        assertThat(cm().get("/engine-rest/task?maxResults=2001").status()).isEqualTo(400);
        assertThat(cm().get("/engine-rest/task").status()).as("unbounded").isEqualTo(400);
        assertThat(cm().get("/engine-rest/task?maxResults=2000").status()).isEqualTo(200);
    }

    @Test
    void javaGeserialiseerdeVariabelenWordenGeweigerd() {
        Dossier dossier = openStatushouder("0441");
        String pi = hoofdproces(dossier).getId();
        String taakId = taak(dossier, "Task_OproepVersturen").getId();
        String geserialiseerd = "rO0ABXNyABFqYXZhLnV0aWwuSGFzaE1hcAUH2sHDFmDRAwACRgAKbG9hZEZhY3RvckkACXRocmVzaG9sZHhwP0AAAAAAAAx3CAAAABAAAAAAeA==";
        Map<String, Object> javaWaarde = Map.of("type", "Object", "value", geserialiseerd,
                "valueInfo", Map.of("objectTypeName", "java.util.HashMap",
                        "serializationDataFormat", "application/x-java-serialized-object"));

        // The dossier's casemanager completes its own task, once with a Java-serialised form field, once with one more
        // variable: refused as input (400, naming the variable), the task stays open, nothing is stored.
        Http.Antwoord alsVeld = cm().post("/engine-rest/task/" + taakId + "/complete", Map.of("variables", Map.of(
                "oproepDatum", Map.of("value", VANDAAG.plusDays(5).toString()), "oproepLocatie", javaWaarde)));
        assertThat(alsVeld.status()).as(alsVeld.body()).isEqualTo(400);
        assertThat(alsVeld.body()).contains("oproepLocatie").doesNotContain(geserialiseerd).doesNotContain("at org.");
        Http.Antwoord extra = cm().post("/engine-rest/task/" + taakId + "/complete", Map.of("variables", Map.of(
                "oproepDatum", Map.of("value", VANDAAG.plusDays(5).toString()),
                "oproepLocatie", Map.of("value", "Stadhuis"), "kwaad", javaWaarde)));
        assertThat(extra.status()).as(extra.body()).isEqualTo(400);
        assertThat(extra.body()).contains("kwaad").doesNotContain(geserialiseerd);
        assertThat(taak(dossier, "Task_OproepVersturen")).isNotNull();
        assertThat(runtimeService.getVariables(pi)).doesNotContainKeys("kwaad", "oproepLocatie", "oproepDatum");

        // Inside the engine, whoever writes (our own code included): refused, not stored.
        assertThatThrownBy(() -> runtimeService.setVariable(pi, "kwaad", Variables.serializedObjectValue(geserialiseerd)
                .serializationDataFormat(Variables.SerializationDataFormats.JAVA).objectTypeName("java.util.HashMap").create()))
                .isInstanceOf(OngeldigeInvoerException.class).hasMessageContaining("kwaad");
        assertThat(runtimeService.getVariable(pi, "kwaad")).isNull();
        // a JSON object of a type outside the allow-list is refused when it would be read back
        assertThat(processEngine.getProcessEngineConfiguration().isDeserializationTypeValidationEnabled()).isTrue();
    }

    @Test
    void deGeschiedenisVerdwijntVijfJaarNaHetEindeInHetOpschoonvenster() {
        var configuratie = (org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl) processEngine.getProcessEngineConfiguration();
        assertThat(configuratie.getHistoryCleanupBatchWindowStartTime()).isEqualTo("01:00");
        assertThat(configuratie.getHistoryCleanupBatchWindowEndTime()).isEqualTo("05:00");
        assertThat(processEngine.getRepositoryService().createProcessDefinitionQuery().list())
                .allSatisfy(d -> assertThat(d.getHistoryTimeToLive()).as(d.getKey()).isEqualTo(1825));
        // a dossier that ends takes its history with it five years later (BewaartermijnTest: our own tables)
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", java.time.LocalDate.of(1990, 1, 1), VANDAAG);
        dossierService.registreer(dossier, nl.regie.inburgering.dossier.GebeurtenisType.BEEINDIGD, VANDAAG, "Verhuisd", nl.regie.inburgering.dossier.Beeindigingsreden.VERHUISD, null, "test");
        var historie = processEngine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("inburgering")
                .processInstanceBusinessKey(dossier.getDossiernummer()).singleResult();
        assertThat(historie.getRemovalTime()).isNotNull();
        assertThat(java.time.Duration.between(historie.getEndTime().toInstant(), historie.getRemovalTime().toInstant()).toDays())
                .isEqualTo(1825);
    }

    @Test
    void gezondheidsgegevensBlijvenBuitenDeGeschiedenisVanDeEngine() {
        Dossier dossier = open("0441", "GEZINSMIGRANT", "USA", java.time.LocalDate.of(1990, 1, 1), VANDAAG);
        oproepVersturen(dossier, TestGegevens.CM_HOORN);
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_VerschijningVastleggen", Map.of("verschenen", "JA"));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_BredeIntakeGesprekVoeren", Map.of("intakeGesprekDatum", VANDAAG.toString(),
                "domeinTaal", "Engels", "domeinOpleiding", "Hbo", "domeinWerk", "Verpleegkundige",
                "domeinGezondheid", "Diabetes type 2, PTSS in behandeling", "meegewerkt", "JA"));
        voltooi(TestGegevens.CM_HOORN, dossier, "Task_LeerbaarheidstoetsVastleggen", Map.of("lbtVrijgesteld", "NEE",
                "lbtUitslag", "HAALBAAR", "lbtScore", 60, "lbtVereisteScore", 50, "lbtDatum", VANDAAG.toString()));
        var historie = processEngine.getHistoryService();
        String intake = historie.createHistoricProcessInstanceQuery().processDefinitionKey("brede-intake")
                .processInstanceBusinessKey(dossier.getDossiernummer()).singleResult().getId();

        assertThat(historie.createHistoricVariableInstanceQuery().processInstanceId(intake).variableName("domeinGezondheid")
                .includeDeleted().singleResult().getValue()).isEqualTo(nl.regie.inburgering.engine.AfgeschermdeHistorie.AFGESCHERMD);
        assertThat(historie.createHistoricDetailQuery().processInstanceId(intake).list())
                .noneSatisfy(d -> assertThat(String.valueOf(((org.camunda.bpm.engine.history.HistoricVariableUpdate) d).getValue()))
                        .contains("Diabetes"));
        // what routing needs stays readable for repairs
        assertThat(historie.createHistoricVariableInstanceQuery().processInstanceId(intake).variableName("lbtUitslag")
                .singleResult().getValue()).isEqualTo("HAALBAAR");
        // the procesbeheerder reading the history over REST finds nothing of it either
        Http.Antwoord overRest = Http.als(poort, TestGegevens.PB.id()).get("/engine-rest/history/variable-instance?maxResults=100"
                + "&includeDeleted=true&processInstanceId=" + intake);
        assertThat(overRest.status()).isEqualTo(200);
        assertThat(overRest.body()).contains("domeinGezondheid").doesNotContain("Diabetes");
        Http.Antwoord details = Http.als(poort, TestGegevens.PB.id()).get("/engine-rest/history/detail?maxResults=200"
                + "&processInstanceId=" + intake);
        assertThat(details.body()).doesNotContain("Diabetes");
    }

    @Test
    void eenGewoonAntwoordHoudtZijnLengteEenFoutantwoordKrijgtDeLengteVanZijnNieuweTekst() {
        // the error filter holds Content-Length back only to rewrite errors: static files and answers keep it
        // a file larger than the container's buffer: without the length it would go out chunked
        Http.Antwoord pagina = Http.anoniem(poort).get("/camunda/app/tasklist/camunda-tasklist-bootstrap.js");
        assertThat(pagina.status()).isEqualTo(200);
        assertThat(pagina.header("Content-Length")).isNotNull();
        Http.Antwoord versie = cm().get("/engine-rest/version");
        assertThat(versie.status()).isEqualTo(200);
        assertThat(versie.header("Content-Length")).isEqualTo(String.valueOf(versie.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
        Http.Antwoord fout = cm().get("/engine-rest/task/bestaat-niet");
        assertThat(fout.status()).isEqualTo(404);
        assertThat(fout.header("Content-Length")).isEqualTo(String.valueOf(fout.body().getBytes(java.nio.charset.StandardCharsets.UTF_8).length));
    }
}
