package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

import nl.regie.inburgering.test.Aanval;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestGegevens;

/**
 * Our API called with the Camunda webapp session, as the Tasklist plugins do: a session from the real Tasklist login
 * reads the API as its user; a modifying call needs the session's CSRF token (none or a wrong one: 403 and one WARN
 * line, nothing written); no session and no Basic header is 401; the session's user gets the same groups and
 * gemeenten as with Basic, so a dossier of another gemeente stays closed and a partner account is refused.
 */
class ApiWebappSessieTest extends ProcesTestBasis {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    @LocalServerPort int poort;

    private ListAppender<ILoggingEvent> logregels;

    @BeforeEach
    void luisterNaarLog() {
        logregels = new ListAppender<>();
        logregels.start();
        ((Logger) LoggerFactory.getLogger(ApiAuthenticatieFilter.class)).addAppender(logregels);
    }

    @AfterEach
    void stopLuisteren() {
        ((Logger) LoggerFactory.getLogger(ApiAuthenticatieFilter.class)).detachAppender(logregels);
    }

    private Aanval.WebappSessie tasklist(String gebruiker) {
        Aanval.WebappSessie sessie = Aanval.WebappSessie.aanmelden(poort, "tasklist", gebruiker, gebruiker);
        assertThat(sessie.loginStatus()).isEqualTo(200);
        assertThat(sessie.koekje("XSRF-TOKEN")).isNotBlank();
        return sessie;
    }

    /** A request with this session's cookies and the given X-XSRF-TOKEN (null: none). */
    private HttpResponse<String> stuur(Aanval.WebappSessie sessie, String methode, String pad, Object body, String xsrf) {
        try {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                    .timeout(Duration.ofSeconds(30)).header("Accept", "application/json")
                    .header("Cookie", sessie.koekjes());
            if (xsrf != null) {
                builder.header("X-XSRF-TOKEN", xsrf);
            }
            if (body != null) {
                builder.header("Content-Type", "application/json");
            }
            builder.method(methode, body == null ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(Http.JSON.writeValueAsString(body), StandardCharsets.UTF_8));
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private Map<String, Object> verzoek(String bsn) {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("bsn", bsn);
        v.put("voornamen", "Samira");
        v.put("achternaam", "Sessie");
        v.put("geboortedatum", "1990-05-06");
        v.put("nationaliteit", "SYR");
        v.put("doelgroep", "ASIELSTATUSHOUDER");
        v.put("gemeente", "0441");
        v.put("koppelingsdatum", VANDAAG.minusDays(5).toString());
        v.put("bijstand", true);
        return v;
    }

    private List<String> waarschuwingen() {
        return logregels.list.stream().filter(e -> e.getLevel() == Level.WARN).map(ILoggingEvent::getFormattedMessage).toList();
    }

    @Test
    void sessieLeestDeApiAlsDeIngelogdeGebruiker() {
        String hoorn = open("0441", "ASIELSTATUSHOUDER", "SYR", VANDAAG.minusYears(30), VANDAAG.minusDays(3)).getDossiernummer();
        String zoetermeer = open("0637", "ASIELSTATUSHOUDER", "SYR", VANDAAG.minusYears(30), VANDAAG.minusDays(3)).getDossiernummer();
        Aanval.WebappSessie sessie = tasklist(TestGegevens.CM_HOORN.id());

        HttpResponse<String> eigen = stuur(sessie, "GET", "/api/dossiers/" + hoorn, null, null);
        assertThat(eigen.statusCode()).as(eigen.body()).isEqualTo(200);
        assertThat(eigen.body()).contains(hoorn);
        // the same gemeenten as with Basic: Zoetermeer's dossier stays closed to a casemanager of Hoorn
        assertThat(stuur(sessie, "GET", "/api/dossiers/" + zoetermeer, null, null).statusCode())
                .isEqualTo(Http.als(poort, TestGegevens.CM_HOORN.id()).get("/api/dossiers/" + zoetermeer).status())
                .isIn(403, 404);
    }

    @Test
    void wijzigenMetSessieAlleenMetHetCsrfTokenVanDieSessie() {
        Aanval.WebappSessie sessie = tasklist(TestGegevens.CM_HOORN.id());
        Aanval.WebappSessie ander = tasklist(TestGegevens.CM_HOORN_2.id());
        String bsn = TestGegevens.nieuwBsn();
        long dossiersVoor = dossiers.count();

        HttpResponse<String> zonder = stuur(sessie, "POST", "/api/dossiers", verzoek(bsn), null);
        HttpResponse<String> fout = stuur(sessie, "POST", "/api/dossiers", verzoek(bsn), "niet-het-token");
        HttpResponse<String> vanAndereSessie = stuur(sessie, "POST", "/api/dossiers", verzoek(bsn), ander.koekje("XSRF-TOKEN"));

        assertThat(List.of(zonder.statusCode(), fout.statusCode(), vanAndereSessie.statusCode())).containsOnly(403);
        assertThat(zonder.body()).contains("X-XSRF-TOKEN");
        assertThat(dossiers.count()).as("niets geschreven").isEqualTo(dossiersVoor);
        assertThat(waarschuwingen()).hasSize(3).allSatisfy(r -> assertThat(r).contains("XSRF").doesNotContain(bsn));

        HttpResponse<String> goed = stuur(sessie, "POST", "/api/dossiers", verzoek(bsn), sessie.koekje("XSRF-TOKEN"));
        assertThat(goed.statusCode()).as(goed.body()).isEqualTo(201);
        assertThat(dossiers.count()).isEqualTo(dossiersVoor + 1);
    }

    @Test
    void zonderSessieEnZonderBasicGeenToegang() {
        Aanval.WebappSessie sessie = tasklist(TestGegevens.CM_HOORN.id());
        assertThat(Http.anoniem(poort).get("/api/dossiers/INB-2026-000001").status()).isEqualTo(401);
        // after logging out the same cookie is worth nothing
        assertThat(sessie.stuur("POST", "/camunda/api/admin/auth/user/default/logout", null, null).status()).isEqualTo(200);
        assertThat(stuur(sessie, "GET", "/api/dossiers/INB-2026-000001", null, null).statusCode()).isEqualTo(401);
        // a wrong Basic password is not rescued by a session (an own user: wrong passwords delay its next login)
        TestGegevens.TestGebruiker eigen = new TestGegevens.TestGebruiker("cm.sessie", "casemanager", List.of("GM0441"));
        TestGegevens.zorgVoor(identityService, eigen);
        Aanval.WebappSessie tweede = tasklist(eigen.id());
        try {
            HttpResponse<String> antwoord = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + poort
                            + "/api/dossiers/INB-2026-000001")).header("Cookie", tweede.koekjes())
                    .header("Authorization", "Basic " + java.util.Base64.getEncoder().encodeToString("cm.sessie:fout".getBytes(StandardCharsets.UTF_8)))
                    .GET().build(), HttpResponse.BodyHandlers.ofString());
            assertThat(antwoord.statusCode()).isEqualTo(401);
        } catch (IOException | InterruptedException e) {
            throw new AssertionError(e);
        }
    }

    /** A session naming a partner account (the webapps never let one in, so built by hand): refused like Basic. */
    @Test
    void partnerMetSessieGeweigerd() throws Exception {
        ApiAuthenticatieFilter filter = new ApiAuthenticatieFilter(identityService);
        assertThat(metSessie(filter, TestGegevens.TAALSCHOOL_WESTFRIESLAND.id(), "GET").getStatus()).isEqualTo(403);
        assertThat(metSessie(filter, "bestaat.niet", "GET").getStatus()).isEqualTo(401);
        MockHttpServletResponse casemanager = metSessie(filter, TestGegevens.CM_HOORN.id(), "GET");
        assertThat(casemanager.getStatus()).isEqualTo(200);
    }

    private MockHttpServletResponse metSessie(ApiAuthenticatieFilter filter, String gebruiker, String methode) throws Exception {
        MockHttpSession sessie = new MockHttpSession();
        Authentications logins = new Authentications();
        UserAuthentication login = new UserAuthentication(gebruiker, WebappSessie.ENGINE);
        login.setGroupIds(List.of("casemanager")); // what the session claims does not count: the identity service decides
        login.setTenantIds(List.of("GM0441"));
        logins.addOrReplace(login);
        sessie.setAttribute("authenticatedUser", logins);
        MockHttpServletRequest request = new MockHttpServletRequest(methode, "/api/dossiers/INB-2026-000001");
        request.setSession(sessie);
        MockHttpServletResponse response = new MockHttpServletResponse();
        MockFilterChain keten = new MockFilterChain();
        filter.doFilter(request, response, keten);
        if (response.getStatus() == 200) {
            Gebruiker wie = (Gebruiker) request.getAttribute(Gebruiker.REQUEST_ATTRIBUUT);
            assertThat(wie.id()).isEqualTo(gebruiker);
            assertThat(wie.gemeenten()).containsExactlyElementsOf(TestGegevens.CM_HOORN.gemeenten());
        }
        return response;
    }
}
