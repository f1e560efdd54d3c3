package nl.regie.inburgering.aanval;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.engine.ToegestaneQueryExpressies;
import nl.regie.inburgering.identiteit.IdentiteitInrichting;
import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Aanval.Toegang;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.Expressiespoor;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * CVE-2026-109432, expression injection in task queries and filters, sent over HTTP the way the penetration test did:
 * through {@code /engine-rest} and through the webapps' engine API with a Tasklist session, in every path spelling
 * (matrix parameters, trailing slash, percent-encoded prefix, named engine) and body encoding (JSON unicode escapes,
 * UTF-16). The payload writes a system property of the server's JVM when evaluated; each attack must be refused (400
 * with our message; 403 or 404 where an entry point refuses earlier; never 2xx), leave that property unset, and leave
 * the database as it was.
 */
class QueryExpressieAanvalTest extends ProcesTestBasis {

    private static final String ADMIN = "admin";
    private static final String ADMIN_WACHTWOORD = "admin-test";
    private static final List<Toegang> TOEGANGEN = List.of(Toegang.ENGINE_REST, Toegang.WEBAPP);

    @LocalServerPort int poort;
    @Autowired JdbcTemplate jdbc;
    @Autowired FilterService filterService;

    private final Expressiespoor expressie = Expressiespoor.nieuw();
    private final String spoor = expressie.spoor();
    private final String aanval = expressie.aanval();

    @AfterEach
    void opruimen() {
        expressie.wis();
    }

    @Test
    void eenTaakqueryMetExpressieWordtOveralGeweigerd() {
        Dossier dossier = openStatushouder("0441");
        String nr = dossier.getDossiernummer();
        String parameter = URLEncoder.encode(aanval, StandardCharsets.UTF_8);
        List<String> lichamen = List.of(
                json(Map.of("assigneeExpression", aanval)),
                json(Map.of("processInstanceBusinessKey", nr, "orQueries",
                        List.of(Map.of("candidateGroupExpression", aanval, "name", "x")))),
                json(Map.of("orQueries", List.of(Map.of("name", "x"), Map.of("dueAfterExpression", aanval, "nameLike", "y%")))),
                // the allowlisted expressions are for our stored filters, not for ad-hoc queries
                json(Map.of("orQueries", List.of(Map.of("assigneeExpression", ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER,
                        "name", "x")))));
        Aanval.zonderGevolg(jdbc, () -> {
            for (Toegang toegang : TOEGANGEN) {
                Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
                for (String pad : Aanval.padvarianten(toegang, "/task")) {
                    geweigerd(cm.get(pad + "?maxResults=10&assigneeExpression=" + parameter), toegang, "GET " + pad);
                    geweigerd(cm.get(pad + "?maxResults=10&processInstanceBusinessKeyExpression=" + parameter),
                            toegang, "GET " + pad);
                }
                for (String pad : Aanval.padvarianten(toegang, "/task/count")) {
                    geweigerd(cm.get(pad + "?candidateGroupExpression=" + parameter), toegang, "GET " + pad);
                }
                for (String lichaam : lichamen) {
                    for (Aanval.Variant variant : Aanval.varianten(toegang, "/task", lichaam)) {
                        Aanval.Variant begrensd = new Aanval.Variant(variant.omschrijving(), variant.pad() + "?maxResults=10",
                                variant.contentType(), variant.body());
                        geweigerd(cm.stuur("POST", begrensd), toegang, begrensd.toString());
                    }
                    for (Aanval.Variant variant : Aanval.varianten(toegang, "/task/count", lichaam)) {
                        geweigerd(cm.stuur("POST", variant), toegang, variant.toString());
                    }
                }
            }
        });
        assertThat(System.getProperty(spoor)).as("de expressie is nergens uitgevoerd").isNull();

        // the same queries without an expression are answered, and find the dossier's task
        for (Toegang toegang : TOEGANGEN) {
            Aanval.Antwoord zonder = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id()).post(
                    toegang.basis() + "/task?maxResults=10", json(Map.of("processInstanceBusinessKey", nr,
                            "orQueries", List.of(Map.of("candidateGroup", "casemanager", "name", "x")))));
            assertThat(zonder.status()).as(toegang + ": " + zonder.body()).isEqualTo(200);
            assertThat(zonder.body()).as(toegang.toString()).contains("Task_OproepVersturen");
        }
    }

    @Test
    void eenFilterMetExpressieWordtNietAangemaaktOfGewijzigd() {
        String naam = "kwaad-" + UUID.randomUUID();
        Filter doelwit = filterService.saveFilter(filterService.newTaskFilter(naam).setOwner(ADMIN)
                .setQuery(taskService.createTaskQuery().taskName("onschuldig")));
        String mijnTaken = filterId(IdentiteitInrichting.FILTER_MIJN_TAKEN);
        List<Map<String, Object>> queries = List.of(
                Map.of("assigneeExpression", aanval),
                Map.of("orQueries", List.of(Map.of("candidateGroupExpression", aanval, "name", "x"))),
                // an allowlisted expression on another property than its own
                Map.of("ownerExpression", ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER));
        try {
            Aanval.zonderGevolg(jdbc, () -> {
                for (Toegang toegang : TOEGANGEN) {
                    Aanval.Client admin = beheerder(toegang);
                    Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
                    for (Map<String, Object> query : queries) {
                        String nieuw = json(Map.of("resourceType", "Task", "name", naam, "owner", ADMIN, "query", query,
                                "properties", Map.of("priority", 1)));
                        for (Aanval.Variant variant : Aanval.varianten(toegang, "/filter/create", nieuw)) {
                            geweigerd(admin.stuur("POST", variant), toegang, variant.toString());
                            // a casemanager may not create filters at all
                            assertThat(cm.stuur("POST", variant).status()).as(toegang + " cm " + variant).isIn(400, 403, 404);
                        }
                        for (String id : List.of(doelwit.getId(), mijnTaken)) {
                            for (Aanval.Variant variant : Aanval.varianten(toegang, "/filter/" + id, nieuw)) {
                                geweigerd(admin.stuur("PUT", variant), toegang, variant.toString());
                                assertThat(cm.stuur("PUT", variant).status()).as(toegang + " cm " + variant).isIn(400, 403, 404);
                            }
                        }
                    }
                }
            });
            assertThat(filterService.createFilterQuery().filterName(naam).count()).as("geen nieuwe filter").isEqualTo(1);
            assertThat(System.getProperty(spoor)).as("de expressie is nergens uitgevoerd").isNull();
        } finally {
            filterService.deleteFilter(doelwit.getId());
        }
    }

    @Test
    void eenAanvullendeQueryOpOnsFilterDraagtGeenExpressie() {
        Dossier dossier = openStatushouder("0441");
        List<String> filters = List.of(filterId(IdentiteitInrichting.FILTER_MIJN_TAKEN),
                filterId(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN), filterId(IdentiteitInrichting.FILTER_TERMIJN_VERLOOPT));
        List<String> lichamen = List.of(
                json(Map.of("assigneeExpression", aanval)),
                json(Map.of("orQueries", List.of(Map.of("candidateGroupExpression", aanval, "name", "x")))),
                // the filter's own expression, sent back by the caller, is refused too: Tasklist never sends it
                json(Map.of("assigneeExpression", ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER)));
        Aanval.zonderGevolg(jdbc, () -> {
            for (Toegang toegang : TOEGANGEN) {
                Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
                for (String filter : filters) {
                    for (String lichaam : lichamen) {
                        for (String actie : List.of("/list", "/count", "/singleResult")) {
                            // every spelling for one filter and action; the plain one for the others
                            List<Aanval.Variant> varianten = filter.equals(filters.get(0)) && "/list".equals(actie)
                                    ? Aanval.varianten(toegang, "/filter/" + filter + actie, lichaam)
                                    : Aanval.bodyvarianten(toegang.basis() + "/filter/" + filter + actie, lichaam).subList(0, 1);
                            for (Aanval.Variant variant : varianten) {
                                String pad = variant.pad() + ("/list".equals(actie) ? "?firstResult=0&maxResults=10" : "");
                                geweigerd(cm.stuur("POST", pad, variant.contentType(), variant.body()), toegang,
                                        variant.omschrijving() + " " + pad);
                            }
                        }
                    }
                }
            }
        });
        assertThat(System.getProperty(spoor)).as("de expressie is nergens uitgevoerd").isNull();

        // what Tasklist sends when it shows a filter (search, sorting, paging; no expressions) is answered
        String zoals = json(Map.of("processVariables", List.of(), "taskVariables", List.of(), "caseInstanceVariables", List.of(),
                "sorting", List.of(Map.of("sortBy", "created", "sortOrder", "desc")), "processInstanceBusinessKey",
                dossier.getDossiernummer()));
        for (Toegang toegang : TOEGANGEN) {
            Aanval.Antwoord lijst = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id()).post(toegang.basis() + "/filter/"
                    + filterId(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN) + "/list?firstResult=0&maxResults=15", zoals);
            assertThat(lijst.status()).as(toegang + ": " + lijst.body()).isEqualTo(200);
            assertThat(lijst.body()).as(toegang.toString()).contains("Task_OproepVersturen");
        }
    }

    @Test
    void eenOpgeslagenFilterMetVreemdeExpressieWordtBijUitvoerenGeweigerd() {
        // a row that got its expression outside the engine's checks (written earlier, or by hand in the database)
        Filter filter = filterService.saveFilter(filterService.newTaskFilter("oud-" + UUID.randomUUID()).setOwner(ADMIN)
                .setQuery(taskService.createTaskQuery().taskAssigneeExpression(ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER)));
        try {
            var lezen = processEngine.getAuthorizationService().createNewAuthorization(
                    org.camunda.bpm.engine.authorization.Authorization.AUTH_TYPE_GRANT);
            lezen.setGroupId(TestGegevens.CM_HOORN.rol());
            lezen.setResource(org.camunda.bpm.engine.authorization.Resources.FILTER);
            lezen.setResourceId(filter.getId());
            lezen.addPermission(org.camunda.bpm.engine.authorization.Permissions.READ);
            processEngine.getAuthorizationService().saveAuthorization(lezen);
            assertThat(jdbc.update("update ACT_RU_FILTER set QUERY_ = replace(QUERY_, ?, ?) where ID_ = ?",
                    ToegestaneQueryExpressies.HUIDIGE_GEBRUIKER, aanval, filter.getId())).isEqualTo(1);
            Aanval.zonderGevolg(jdbc, () -> {
                for (Toegang toegang : TOEGANGEN) {
                    Aanval.Client cm = Aanval.als(poort, toegang, TestGegevens.CM_HOORN.id());
                    for (String pad : Aanval.padvarianten(toegang, "/filter/" + filter.getId() + "/list")) {
                        geweigerd(cm.post(pad + "?firstResult=0&maxResults=10", "{}"), toegang, "POST " + pad);
                        geweigerd(cm.get(pad + "?firstResult=0&maxResults=10"), toegang, "GET " + pad);
                    }
                    geweigerd(cm.get(toegang.basis() + "/filter/" + filter.getId() + "/count"), toegang, "GET count");
                }
            });
            assertThat(System.getProperty(spoor)).as("de expressie is nergens uitgevoerd").isNull();
        } finally {
            filterService.deleteFilter(filter.getId());
        }
    }

    @Test
    void eenPartnerKomtMetEenTaakqueryNergensDoor() {
        String parameter = URLEncoder.encode(aanval, StandardCharsets.UTF_8);
        String lichaam = json(Map.of("orQueries", List.of(Map.of("candidateGroupExpression", aanval, "name", "x"))));
        String partner = TestGegevens.TAALSCHOOL_WESTFRIESLAND.id();
        Aanval.zonderGevolg(jdbc, () -> {
            for (Toegang toegang : List.of(Toegang.ENGINE_REST, Toegang.PARTNER_API)) {
                Aanval.Client client = Aanval.als(poort, toegang, partner);
                for (String pad : Aanval.padvarianten(toegang, "/task")) {
                    assertThat(client.get(pad + "?maxResults=10&assigneeExpression=" + parameter).status())
                            .as(toegang + " GET " + pad).isIn(400, 403, 404);
                }
                for (Aanval.Variant variant : Aanval.varianten(toegang, "/task/count", lichaam)) {
                    assertThat(client.stuur("POST", variant).status()).as(toegang + " " + variant).isIn(400, 403, 404);
                }
                for (Aanval.Variant variant : Aanval.varianten(toegang, "/filter/" + filterId(IdentiteitInrichting.FILTER_MIJN_TAKEN)
                        + "/count", lichaam)) {
                    assertThat(client.stuur("POST", variant).status()).as(toegang + " " + variant).isIn(400, 403, 404);
                }
            }
        });
        assertThat(System.getProperty(spoor)).as("de expressie is nergens uitgevoerd").isNull();
    }

    private void geweigerd(Aanval.Antwoord antwoord, Toegang toegang, String wat) {
        if (wat.contains("%")) {
            // a percent-encoded prefix is not routed to the engine at all
            assertThat(antwoord.status()).as(toegang + " " + wat + ": " + antwoord.body()).isIn(400, 404);
            return;
        }
        assertThat(antwoord.status()).as(toegang + " " + wat + ": " + antwoord.body()).isEqualTo(400);
        assertThat(antwoord.body()).as(toegang + " " + wat).doesNotContain(spoor).doesNotContain("systemProperties");
        if (wat.contains("/singleResult")) {
            // the engine REST answers every refusal of a filter's single result with its own generic 400 message
            return;
        }
        assertThat(antwoord.body()).as(toegang + " " + wat).contains("Expressies")
                .doesNotContain(spoor).doesNotContain("systemProperties");
    }

    private Aanval.Client beheerder(Toegang toegang) {
        if (toegang == Toegang.WEBAPP) {
            Aanval.WebappSessie sessie = Aanval.WebappSessie.aanmelden(poort, "tasklist", ADMIN, ADMIN_WACHTWOORD);
            assertThat(sessie.loginStatus()).isEqualTo(200);
            return sessie;
        }
        String kop = "Basic " + Base64.getEncoder().encodeToString((ADMIN + ":" + ADMIN_WACHTWOORD).getBytes(StandardCharsets.UTF_8));
        HttpClient client = HttpClient.newHttpClient();
        return (methode, pad, contentType, body) -> {
            HttpRequest.Builder verzoek = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                    .header("Accept", "application/json").header("Authorization", kop)
                    .method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            if (contentType != null) {
                verzoek.header("Content-Type", contentType);
            }
            try {
                HttpResponse<String> antwoord = client.send(verzoek.build(), HttpResponse.BodyHandlers.ofString());
                return new Aanval.Antwoord(antwoord.statusCode(), antwoord.body());
            } catch (IOException e) {
                throw new AssertionError(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        };
    }

    private String filterId(String naam) {
        return filterService.createFilterQuery().filterName(naam).singleResult().getId();
    }

    private static String json(Object waarde) {
        try {
            return Http.JSON.writeValueAsString(waarde);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
