package nl.regie.inburgering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Our Dutch texts for the Camunda webapps against the English ones of the Camunda version on the classpath: after an
 * upgrade, a new or renamed text shows up here instead of as English (or as a bare key) on a casemanager's screen.
 */
class WebappVertalingenTest {

    private static final String APPS = "META-INF/resources/webjars/camunda/app/";
    /** {{name}}, {} and %s are filled in by the webapps; a translation must keep every one of them. */
    private static final Pattern INVULPLEK = Pattern.compile("\\{\\{\\s*\\w+\\s*\\}\\}|\\{\\}|%s");

    private static JsonNode lees(String pad) throws IOException {
        try (InputStream in = WebappVertalingenTest.class.getClassLoader().getResourceAsStream(pad)) {
            assertThat(in).as(pad).isNotNull();
            String tekst = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
            return new ObjectMapper().readTree(tekst);
        }
    }

    /** The app's own code (bootstrap and plugins) as text: which keys the Community Edition really shows. */
    private static String code(String app) throws IOException {
        StringBuilder code = new StringBuilder();
        for (String pad : List.of(APPS + app + "/camunda-" + app + "-bootstrap.js",
                "META-INF/resources/plugin/" + app + "/app/plugin.js")) {
            try (InputStream in = WebappVertalingenTest.class.getClassLoader().getResourceAsStream(pad)) {
                if (in != null) {
                    code.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return code.toString();
    }

    private static List<String> invulplekken(String tekst) {
        List<String> plekken = new ArrayList<>();
        Matcher m = INVULPLEK.matcher(tekst);
        while (m.find()) {
            plekken.add(m.group().replace(" ", ""));
        }
        plekken.sort(null);
        return plekken;
    }

    @ParameterizedTest
    @ValueSource(strings = {"welcome", "tasklist", "admin", "cockpit"})
    void elkeTekstDieDeWebappToontIsNederlands(String app) throws IOException {
        JsonNode engels = lees(APPS + app + "/locales/en.json").path("labels");
        JsonNode nederlands = lees(APPS + app + "/locales/nl.json").path("labels");
        String code = code(app);
        assertThat(code).as("code van %s", app).isNotEmpty();

        Map<String, String> nietVertaald = new TreeMap<>();
        Map<String, String> invulplekWeg = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = engels.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String sleutel = e.getKey();
            String en = e.getValue().asText();
            JsonNode nl = nederlands.get(sleutel);
            assertThat(nl).as("%s: sleutel %s ontbreekt in nl.json", app, sleutel).isNotNull();
            // welcome, tasklist and admin completely; cockpit every text its Community Edition code uses
            boolean getoond = !"cockpit".equals(app) || code.contains(sleutel);
            if (getoond && nl.asText().equals(en) && en.matches(".*[a-z]{3,}.*") && !ZELFDE_WOORD.matcher(en).matches()) {
                nietVertaald.put(sleutel, en);
            }
            if (!invulplekken(en).equals(invulplekken(nl.asText()))) {
                invulplekWeg.put(sleutel, nl.asText());
            }
        }
        assertThat(nietVertaald).as("%s: nog Engels", app).isEmpty();
        assertThat(invulplekWeg).as("%s: invulplek ({{...}}) vergeten", app).isEmpty();
    }

    /** Words that are the same in Dutch (or names). */
    private static final Pattern ZELFDE_WOORD = Pattern.compile(
            "Admin|Cockpit|Filter|Filters|Type|Batch|Batches|Links|Operator|Job|Jobs|Topic|Heatmap:|Element|Account"
                    + "|Deployment|Optimize|weekend|Camunda Cockpit|OK|Ok|Label|Diagram|Status|Resource|Deployments"
                    + "|ID|Criteria|\\{\\{count\\}\\} jobs");
}
