package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import nl.regie.inburgering.engine.AanmeldVertraging;
import nl.regie.inburgering.identiteit.Rollen;
import nl.regie.inburgering.test.Http;
import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * Login throttling without lockout: wrong passwords slow the failing caller down, growing and capped, but never
 * lock the account, and the right password always gets in — over our API, the engine REST API and the webapps'
 * login alike.
 */
class AanmeldVertragingTest extends ProcesTestBasis {

    private static final AtomicLong VOLGNUMMER = new AtomicLong(System.nanoTime() % 1_000_000);

    @LocalServerPort int poort;
    @Autowired AanmeldVertraging vertraging;

    /** A casemanager of Hoorn of its own, so no other test's attempts count. */
    private String nieuweCasemanager() {
        String id = "cm.slot" + VOLGNUMMER.incrementAndGet();
        User user = identityService.newUser(id);
        user.setFirstName("Slot");
        user.setLastName("Test");
        user.setPassword(id);
        identityService.saveUser(user);
        identityService.createMembership(id, Rollen.CASEMANAGER);
        identityService.createTenantUserMembership("GM0441", id);
        return id;
    }

    /** Logs in as Tasklist's login page does: a session cookie and its XSRF token first. */
    private int webappLogin(String gebruiker, String wachtwoord) throws Exception {
        java.net.CookieManager koekjes = new java.net.CookieManager();
        java.net.http.HttpClient client = java.net.http.HttpClient.newBuilder().cookieHandler(koekjes).build();
        String basis = "http://localhost:" + poort;
        client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(basis + "/camunda/app/tasklist/")).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding());
        String xsrf = koekjes.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                .map(java.net.HttpCookie::getValue).findFirst().orElseThrow();
        String formulier = "username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8);
        return client.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
                        basis + "/camunda/api/admin/auth/user/default/login/tasklist"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("X-XSRF-TOKEN", xsrf)
                .POST(java.net.http.HttpRequest.BodyPublishers.ofString(formulier)).build(),
                java.net.http.HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void vijftienFouteWachtwoordenSluitenNiemandBuitenOverDeApi() {
        String id = nieuweCasemanager();
        for (int i = 1; i <= 15; i++) {
            assertThat(Http.als(poort, id, "fout" + i).get("/api/dossiers/INB-0000-000000").status()).isEqualTo(401);
            assertThat(vertraging.mislukt(id)).isEqualTo(i);
        }
        // the right password: in at once (404: the dossier does not exist, but the login was accepted)
        assertThat(Http.als(poort, id, id).get("/api/dossiers/INB-0000-000000").status()).isEqualTo(404);
        assertThat(vertraging.mislukt(id)).isZero();
    }

    @Test
    void vijftienFouteWachtwoordenSluitenNiemandBuitenOverDeEngineRest() {
        String id = nieuweCasemanager();
        for (int i = 1; i <= 15; i++) {
            assertThat(Http.als(poort, id, "fout").get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
        }
        assertThat(vertraging.mislukt(id)).isEqualTo(15);
        assertThat(Http.als(poort, id, id).get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
        assertThat(vertraging.mislukt(id)).isZero();
    }

    @Test
    void vijftienFouteWachtwoordenSluitenNiemandBuitenInDeWebapps() throws Exception {
        String id = nieuweCasemanager();
        for (int i = 1; i <= 15; i++) {
            assertThat(webappLogin(id, "fout")).isEqualTo(401);
        }
        assertThat(vertraging.mislukt(id)).isEqualTo(15);
        assertThat(webappLogin(id, id)).isEqualTo(200);
        assertThat(vertraging.mislukt(id)).isZero();
    }

    @Test
    void fouteWachtwoordenVanEenAnderHoudenDeJuisteNietTegen() {
        String id = nieuweCasemanager();
        // someone else keeps guessing while the user logs in: every right try gets in, every wrong one is slowed
        for (int i = 0; i < 5; i++) {
            assertThat(Http.als(poort, id, "gok" + i).get("/engine-rest/task?maxResults=1").status()).isEqualTo(401);
            assertThat(Http.als(poort, id, "gok" + i).get("/api/dossiers/INB-0000-000000").status()).isEqualTo(401);
            assertThat(vertraging.mislukt(id)).isEqualTo(2);
            assertThat(Http.als(poort, id, id).get("/engine-rest/task?maxResults=1").status()).isEqualTo(200);
            assertThat(vertraging.mislukt(id)).isZero();
        }
    }

    @Test
    void deVertragingGroeitEnHeeftEenPlafond() {
        // the production values (application.yml has none: these are the defaults)
        AanmeldVertraging productie = new AanmeldVertraging(new AanmeldVertraging.Instellingen(null, null, null, null));
        assertThat(productie.vertragingNa(0)).isZero();
        assertThat(productie.vertragingNa(1)).isEqualTo(Duration.ofMillis(500));
        assertThat(productie.vertragingNa(2)).isEqualTo(Duration.ofSeconds(1));
        assertThat(productie.vertragingNa(3)).isEqualTo(Duration.ofSeconds(2));
        assertThat(productie.vertragingNa(4)).isEqualTo(Duration.ofSeconds(4));
        assertThat(productie.vertragingNa(15)).isEqualTo(Duration.ofSeconds(4));
        assertThat(productie.vertragingNa(Integer.MAX_VALUE)).isEqualTo(Duration.ofSeconds(4));

        String gebruiker = "iemand";
        Duration vorige = Duration.ZERO;
        for (int i = 1; i <= 4; i++) {
            Duration nu = productie.mislukking(gebruiker);
            assertThat(nu).isGreaterThan(vorige);
            vorige = nu;
        }
        assertThat(productie.mislukking(gebruiker)).isEqualTo(vorige);
        productie.gelukt(gebruiker);
        assertThat(productie.mislukt(gebruiker)).isZero();
        assertThat(productie.mislukking(gebruiker)).isEqualTo(Duration.ofMillis(500));
    }

    @Test
    void deTellerVervaltEnHetGeheugenIsBegrensd() {
        AanmeldVertraging klein = new AanmeldVertraging(new AanmeldVertraging.Instellingen(
                Duration.ofMillis(500), Duration.ofSeconds(4), Duration.ofMinutes(15), 100));
        for (int i = 0; i < 1000; i++) {
            klein.mislukking("gebruiker" + i);
        }
        assertThat(klein.aantalBijgehouden()).isLessThanOrEqualTo(100);

        AtomicLong nu = new AtomicLong(1_000_000);
        AanmeldVertraging metKlok = new AanmeldVertraging(new AanmeldVertraging.Instellingen(null, null, null, null), nu::get);
        metKlok.mislukking("x");
        metKlok.mislukking("x");
        assertThat(metKlok.mislukt("x")).isEqualTo(2);
        nu.addAndGet(Duration.ofMinutes(16).toMillis());
        assertThat(metKlok.mislukt("x")).isZero();
        assertThat(metKlok.mislukking("x")).isEqualTo(Duration.ofMillis(500));
    }
}
