package nl.regie.inburgering.test;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A plain HTTP client for tests that talk to the running application as Tasklist, COA or a partner would. */
public final class Http {

    public record Antwoord(int status, String body, HttpResponse<String> response) {
        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("Geen JSON: " + body, e);
            }
        }

        public String header(String naam) {
            return response.headers().firstValue(naam).orElse(null);
        }
    }

    public static final ObjectMapper JSON = new ObjectMapper().findAndRegisterModules();
    /** A hung server fails the test instead of hanging the build. */
    private static final java.time.Duration WACHTTIJD = java.time.Duration.ofSeconds(30);
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(WACHTTIJD).build();

    private final int poort;
    private final String gebruiker;
    private final String wachtwoord;
    private final java.util.Map<String, String> koppen;

    private Http(int poort, String gebruiker, String wachtwoord) {
        this(poort, gebruiker, wachtwoord, java.util.Map.of());
    }

    private Http(int poort, String gebruiker, String wachtwoord, java.util.Map<String, String> koppen) {
        this.poort = poort;
        this.gebruiker = gebruiker;
        this.wachtwoord = wachtwoord;
        this.koppen = koppen;
    }

    /** The same client sending one more header (e.g. X-Forwarded-Proto as the TLS proxy does). */
    public Http metKop(String naam, String waarde) {
        java.util.Map<String, String> meer = new java.util.LinkedHashMap<>(koppen);
        meer.put(naam, waarde);
        return new Http(poort, gebruiker, wachtwoord, meer);
    }

    /** A form post, as the webapps' login sends it. */
    public Antwoord postFormulier(String pad, String formulier) {
        return stuur(basis(pad).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formulier, StandardCharsets.UTF_8)));
    }

    public static Http anoniem(int poort) {
        return new Http(poort, null, null);
    }

    public static Http als(int poort, String gebruiker) {
        return new Http(poort, gebruiker, gebruiker);
    }

    public static Http als(int poort, String gebruiker, String wachtwoord) {
        return new Http(poort, gebruiker, wachtwoord);
    }

    public Antwoord get(String pad) {
        return stuur(basis(pad).GET());
    }

    public Antwoord post(String pad, Object body) {
        try {
            String tekst = body instanceof String s ? s : JSON.writeValueAsString(body);
            return stuur(basis(pad).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(tekst, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private HttpRequest.Builder basis(String pad) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .timeout(WACHTTIJD)
                .header("Accept", "application/json");
        koppen.forEach(builder::setHeader); // replaces a default (Accept: application/hal+json as Tasklist asks)
        if (gebruiker != null) {
            builder.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8)));
        }
        return builder;
    }

    private Antwoord stuur(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Antwoord(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
