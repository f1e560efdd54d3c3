package nl.regie.inburgering.web;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import nl.regie.inburgering.test.Http;

/**
 * A browser session of the Camunda webapps (Tasklist, Cockpit, Admin): login with a form, the session cookie, and
 * the XSRF token the webapps' API demands on every changing request. For the authorization tests.
 */
final class Webapp {

    private final int poort;
    private final CookieManager koekjes = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client;
    private int aanmeldStatus;

    private Webapp(int poort) {
        this.poort = poort;
        this.client = HttpClient.newBuilder().cookieHandler(koekjes).connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Logs in to one app ("tasklist", "cockpit", "admin"); {@link #aanmeldStatus()} tells whether it was allowed. */
    static Webapp aanmelden(int poort, String app, String gebruiker, String wachtwoord) {
        Webapp sessie = new Webapp(poort);
        sessie.get("/camunda/api/admin/auth/user/default"); // hands out the XSRF token
        sessie.aanmeldStatus = sessie.stuur(sessie.verzoek("/camunda/api/admin/auth/user/default/login/" + app)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8)
                        + "&password=" + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8)))).status();
        sessie.get("/camunda/api/admin/auth/user/default"); // a new session after login: a new token
        return sessie;
    }

    int aanmeldStatus() {
        return aanmeldStatus;
    }

    /** The webapps' engine API, e.g. {@code engine("/job/1/retries")} for /camunda/api/engine/engine/default/job/1/retries. */
    static String engine(String pad) {
        return "/camunda/api/engine/engine/default" + pad;
    }

    Http.Antwoord get(String pad) {
        return stuur(verzoek(pad).GET());
    }

    Http.Antwoord put(String pad, Object body) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").PUT(json(body)));
    }

    Http.Antwoord post(String pad, Object body) {
        return stuur(verzoek(pad).header("Content-Type", "application/json").POST(json(body)));
    }

    Http.Antwoord delete(String pad) {
        return stuur(verzoek(pad).DELETE());
    }

    private static HttpRequest.BodyPublisher json(Object body) {
        try {
            return HttpRequest.BodyPublishers.ofString(body instanceof String s ? s : Http.JSON.writeValueAsString(body),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpRequest.Builder verzoek(String pad) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .timeout(Duration.ofSeconds(60)).header("Accept", "application/json");
        koekjes.getCookieStore().getCookies().stream().filter(c -> "XSRF-TOKEN".equals(c.getName()))
                .map(HttpCookie::getValue).reduce((eerste, laatste) -> laatste)
                .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
        return builder;
    }

    private Http.Antwoord stuur(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = client.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Antwoord(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
