package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.InzageRepository;
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
        assertThat(or.json().path("detail").asText()).contains("Expressies");
        Http.Antwoord genest = cm().post("/engine-rest/task/count", "{\"orQueries\":[{\"candidateGroupExpression\":\"#{1+1}\"}]}");
        assertThat(genest.status()).isEqualTo(400);
        assertThat(cm().get("/engine-rest/task?maxResults=5&assigneeExpression=%24%7BcurrentUser()%7D").status()).isEqualTo(400);
        assertThat(cm().get("/engine-rest/history/task?maxResults=5&taskAssigneeExpression=$%7B1%7D").status()).isEqualTo(400);
        // the webapps' own API is covered too, before any login
        assertThat(Http.anoniem(poort).post("/camunda/api/engine/engine/default/task", Map.of("orQueries",
                List.of(Map.of("assigneeExpression", "${1}")))).status()).isEqualTo(400);
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
    void naEenFoutWachtwoordVolgtEenWachttijd() {
        TestGegevens.zorgVoor(identityService, new TestGegevens.TestGebruiker("slot.test", "casemanager", List.of("GM0441")));
        assertThat(Http.als(poort, "slot.test", "fout").get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
        assertThat(Http.als(poort, "slot.test").get("/engine-rest/task?maxResults=1").status())
                .as("het goede wachtwoord direct na een fout wordt nog even geweigerd").isEqualTo(401);
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
}
