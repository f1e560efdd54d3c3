package nl.regie.inburgering.rapportage;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;

import nl.regie.inburgering.test.Http;

/** PUT and DELETE for the report's prognosis (test/Http has GET and POST); password = user name as in the tests. */
final class RapportageHttp {

    record Antwoord(int status, String body) {
        JsonNode json() {
            try {
                return Http.JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError(body, e);
            }
        }
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();

    private RapportageHttp() {
    }

    static Antwoord put(int poort, String gebruiker, String pad, String json) {
        return stuur(basis(poort, gebruiker, pad).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8)));
    }

    /** A GET that may take longer than test/Http's 30 seconds (the measurement at national scale). */
    static Antwoord get(int poort, String gebruiker, String pad, Duration wachttijd) {
        return stuur(basis(poort, gebruiker, pad).timeout(wachttijd).GET());
    }

    static Antwoord delete(int poort, String gebruiker, String pad) {
        return stuur(basis(poort, gebruiker, pad).DELETE());
    }

    private static HttpRequest.Builder basis(int poort, String gebruiker, String pad) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad)).timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8)));
    }

    private static Antwoord stuur(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> r = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Antwoord(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
