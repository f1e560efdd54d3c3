package nl.regie.inburgering.web;

import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * What an error answer may say. The engine REST API and the webapps' API answer errors as
 * {@code {"type": <Java class name>, "message": <exception message>, "code": n}}, and exception messages quote SQL,
 * bound values and submitted values. Every error leaves the application in that same shape (the webapps and the
 * official external task client read it) but with a Dutch message per status and a {@code type} that is no class
 * name; only our own refusals, which name fields and never values, keep their message. Problem details from our
 * own API and filters ({@code application/problem+json}) keep their text but lose the echoed request path; a 5xx
 * always gets the generic text with the request's reference, which the log names too.
 */
public final class Foutmeldingen {

    /** Spring's own problem titles (English reason phrases): their details may echo the request. */
    private static final Set<String> SPRING_TITELS = java.util.Arrays.stream(org.springframework.http.HttpStatus.values())
            .map(org.springframework.http.HttpStatus::getReasonPhrase).collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(Foutmeldingen.class);

    /** The answer that leaves: status, content type and body. */
    public record Fout(int status, String contentType, byte[] body) {
    }

    private Foutmeldingen() {
    }

    /** Rewrites an error answer of the engine REST API or the webapps' API. */
    public static Fout engine(int status, String contentType, byte[] body, String referentie) {
        return engine(status, contentType, body, referentie, null);
    }

    /** As above; {@code eigenMelding} is our own refusal's message raised while serving this request, if any. */
    public static Fout engine(int status, String contentType, byte[] body, String referentie, String eigenMelding) {
        JsonNode origineel = leesJson(body);
        LOG.debug("Foutantwoord {} van type {} herschreven", status, origineel == null ? "-" : origineel.path("type").asText());
        String type = origineel != null && origineel.path("type").isTextual() ? origineel.path("type").asText() : "";
        if (isProbleem(contentType) && origineel != null && status < 500) {
            return probleem(status, origineel, referentie);
        }
        if ("OptimisticLockingException".equals(type)) {
            status = 409;
        }
        if (status >= 500 && eigenMelding != null) {
            // our own refusal of the caller's input, which some engine resources (modify and delete variables) wrap
            // in a 500 of their own: the caller's mistake, not a server error
            status = 400;
        }
        ObjectNode uit = JSON.createObjectNode();
        if (status >= 500) {
            uit.put("type", "ServerFout").put("message", serverfout(referentie));
        } else if (eigenMelding != null) {
            uit.put("type", status == 400 ? "OngeldigeInvoer" : algemeen(status, type).getKey()).put("message", eigenMelding);
        } else {
            Map.Entry<String, String> algemeen = algemeen(status, type);
            uit.put("type", algemeen.getKey()).put("message", algemeen.getValue());
        }
        if (origineel != null && origineel.path("code").isIntegralNumber()) {
            uit.put("code", origineel.path("code").asInt());
        }
        return new Fout(status, "application/json", schrijf(uit));
    }

    /** Rewrites an error answer of our own API ({@code /api}): problem details, without the request path. */
    public static Fout api(int status, String contentType, byte[] body, String referentie) {
        JsonNode origineel = leesJson(body);
        if (isProbleem(contentType) && origineel != null && status < 500) {
            return probleem(status, origineel, referentie);
        }
        ObjectNode uit = JSON.createObjectNode();
        uit.put("type", "about:blank");
        Map.Entry<String, String> algemeen = algemeen(status, "");
        uit.put("title", status >= 500 ? "Serverfout" : algemeen.getKey());
        uit.put("status", status);
        uit.put("detail", status >= 500 ? serverfout(referentie) : algemeen.getValue());
        if (status >= 500) {
            uit.put("referentie", referentie);
        }
        return new Fout(status, "application/problem+json", schrijf(uit));
    }

    private static Fout probleem(int status, JsonNode origineel, String referentie) {
        ObjectNode uit = ((ObjectNode) origineel).deepCopy();
        if (SPRING_TITELS.contains(uit.path("title").asText())) {
            Map.Entry<String, String> algemeen = algemeen(status, "");
            uit.put("title", algemeen.getKey());
            uit.put("detail", algemeen.getValue());
        }
        uit.remove("instance"); // the request path, as the caller typed it
        uit.remove("exception");
        uit.remove("trace");
        uit.remove("path");
        return new Fout(status, "application/problem+json", schrijf(uit));
    }

    public static String serverfout(String referentie) {
        return "Er is een fout opgetreden in de server; het verzoek is niet verwerkt. Meld bij vragen de referentie "
                + referentie + ".";
    }

    private static Map.Entry<String, String> algemeen(int status, String type) {
        return switch (status) {
            case 400 -> Map.entry("OngeldigVerzoek", "Ongeldig verzoek: controleer de parameters en de inhoud van het verzoek.");
            case 401 -> Map.entry("NietAangemeld", "Aanmelden vereist.");
            case 403 -> Map.entry("GeenToegang", "Geen toegang: deze handeling is voor uw rol of gemeenten niet toegestaan.");
            case 404 -> Map.entry("NietGevonden", "Niet gevonden: het gevraagde bestaat niet of is voor u niet zichtbaar.");
            case 405 -> Map.entry("MethodeNietToegestaan", "Deze HTTP-methode is hier niet toegestaan.");
            case 406 -> Map.entry("OngeldigFormaat", "Het gevraagde antwoordformaat wordt niet ondersteund (JSON).");
            case 415 -> Map.entry("OngeldigFormaat", "Het Content-Type van het verzoek wordt niet ondersteund (gebruik application/json).");
            case 409 -> Map.entry("Conflict", "Het gegeven is tegelijk door een ander verzoek gewijzigd of is in een andere toestand; laad het opnieuw en probeer het nog eens.");
            case 413 -> Map.entry("TeGroot", "Het verzoek is te groot.");
            default -> Map.entry("OngeldigVerzoek", "Het verzoek kan niet worden verwerkt.");
        };
    }

    private static boolean isProbleem(String contentType) {
        return contentType != null && contentType.toLowerCase().startsWith("application/problem+json");
    }

    private static JsonNode leesJson(byte[] body) {
        if (body == null || body.length == 0) {
            return null;
        }
        try {
            JsonNode node = JSON.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (Exception e) {
            return null;
        }
    }

    private static byte[] schrijf(JsonNode node) {
        try {
            return JSON.writeValueAsBytes(node);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
