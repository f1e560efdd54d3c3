package nl.regie.inburgering.test;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The attacker's toolbox for the adversarial suite ({@code nl.regie.inburgering.aanval}): the same request sent
 * through every entry point to the engine, in every spelling of its path and body, and a snapshot of the database to
 * show that a refused request changed nothing.
 *
 * <p>Entry points: {@link Toegang#ENGINE_REST} ({@code /engine-rest}, HTTP Basic), {@link Toegang#WEBAPP}
 * ({@code /camunda/api/engine/engine/default}, a logged-in webapp session with its XSRF token) and
 * {@link Toegang#PARTNER_API} ({@code /partner-api}, HTTP Basic; external-task operations only).
 */
public final class Aanval {

    /** An entry point to the engine. */
    public enum Toegang {
        ENGINE_REST("/engine-rest"),
        WEBAPP("/camunda/api/engine/engine/default"),
        PARTNER_API("/partner-api");

        private final String basis;

        Toegang(String basis) {
            this.basis = basis;
        }

        public String basis() {
            return basis;
        }
    }

    /** One spelling of a request: where it goes and how its body is encoded. */
    public record Variant(String omschrijving, String pad, String contentType, byte[] body) {
        @Override
        public String toString() {
            return omschrijving + " " + pad;
        }
    }

    /** An answer: status and body as text (decoded as UTF-8). */
    public record Antwoord(int status, String body) {
    }

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final Pattern NAAM_IN_JSON = Pattern.compile("\"([A-Za-z][A-Za-z0-9]*)\"\\s*:");

    private Aanval() {
    }

    // ---- path variants -------------------------------------------------------------------------------------------

    /**
     * Every spelling of an engine path ({@code /task/123/complete}, relative to the entry point) that a servlet
     * container maps to the same resource: as is, with a matrix parameter on the first and last segment, with a
     * trailing slash, with a percent-encoded letter in the entry point's prefix (the container decodes it to map the
     * request; a filter reading the raw URI does not), and (on /engine-rest) through the named-engine path.
     */
    public static List<String> padvarianten(Toegang toegang, String pad) {
        List<String> paden = new ArrayList<>();
        String basis = toegang.basis();
        paden.add(basis + pad);
        paden.add(basis + pad + "/");
        paden.add(basis + metMatrix(pad, true));
        paden.add(basis + metMatrix(pad, false));
        paden.add(versleutelEersteLetter(basis) + pad);
        if (toegang == Toegang.ENGINE_REST) {
            paden.add(basis + "/engine/default" + pad);
            paden.add(basis + "/engine/default" + metMatrix(pad, false));
        }
        return paden;
    }

    private static String metMatrix(String pad, boolean eerste) {
        String[] delen = pad.split("/", -1);
        int index = eerste ? 1 : delen.length - 1;
        if (delen.length < 2 || delen[index].isEmpty()) {
            return pad + ";x=y";
        }
        delen[index] = delen[index] + ";x=y";
        return String.join("/", delen);
    }

    private static String versleutelEersteLetter(String pad) {
        for (int i = 0; i < pad.length(); i++) {
            char c = pad.charAt(i);
            if (Character.isLetter(c) && c < 128) {
                return pad.substring(0, i) + String.format("%%%02X", (int) c) + pad.substring(i + 1);
            }
        }
        return pad;
    }

    // ---- body variants -------------------------------------------------------------------------------------------

    /** The JSON body as is, with {@code $}, {@code #} and every property name's first letter as unicode escapes, and as UTF-16. */
    public static List<Variant> bodyvarianten(String pad, String json) {
        return List.of(
                new Variant("json", pad, "application/json", json.getBytes(StandardCharsets.UTF_8)),
                new Variant("json-unicode-escapes", pad, "application/json", unicodeEscapes(json).getBytes(StandardCharsets.UTF_8)),
                new Variant("json-utf16", pad, "application/json; charset=UTF-16", json.getBytes(StandardCharsets.UTF_16)),
                new Variant("json-utf16le", pad, "application/json; charset=UTF-16LE", json.getBytes(Charset.forName("UTF-16LE"))));
    }

    /** Every combination of path variant and body variant. */
    public static List<Variant> varianten(Toegang toegang, String pad, String json) {
        List<Variant> alle = new ArrayList<>();
        for (String p : padvarianten(toegang, pad)) {
            alle.addAll(bodyvarianten(p, json));
        }
        return alle;
    }

    /** Spells {@code $}, {@code #} and {@code {} and the first letter of every property name as JSON unicode escapes. */
    public static String unicodeEscapes(String json) {
        Matcher m = NAAM_IN_JSON.matcher(json);
        StringBuilder uit = new StringBuilder();
        while (m.find()) {
            String naam = m.group(1);
            m.appendReplacement(uit, Matcher.quoteReplacement(
                    "\"" + String.format("\\u%04x", (int) naam.charAt(0)) + naam.substring(1) + "\":"));
        }
        m.appendTail(uit);
        return uit.toString().replace("$", "\\u0024").replace("#", "\\u0023");
    }

    // ---- senders -------------------------------------------------------------------------------------------------

    /** A client for one entry point as one account: HTTP Basic, or a webapp session for {@link Toegang#WEBAPP}. */
    public static Client als(int poort, Toegang toegang, String gebruiker) {
        return toegang == Toegang.WEBAPP ? WebappSessie.aanmelden(poort, "tasklist", gebruiker, gebruiker)
                : new BasicClient(poort, gebruiker, gebruiker);
    }

    /** Sends requests to the running application. */
    public interface Client {
        Antwoord stuur(String methode, String pad, String contentType, byte[] body);

        default Antwoord stuur(String methode, Variant variant) {
            return stuur(methode, variant.pad(), variant.contentType(), variant.body());
        }

        default Antwoord get(String pad) {
            return stuur("GET", pad, null, null);
        }

        default Antwoord post(String pad, String json) {
            return stuur("POST", pad, "application/json", json.getBytes(StandardCharsets.UTF_8));
        }
    }

    static final class BasicClient implements Client {
        private final int poort;
        private final String kop;

        BasicClient(int poort, String gebruiker, String wachtwoord) {
            this.poort = poort;
            this.kop = "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + wachtwoord).getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public Antwoord stuur(String methode, String pad, String contentType, byte[] body) {
            return verstuur(bouw(poort, methode, pad, contentType, body).header("Authorization", kop));
        }
    }

    /** A logged-in session of a Camunda webapp (Tasklist, Cockpit, Admin or Welcome), with its XSRF token. */
    public static final class WebappSessie implements Client {
        private final int poort;
        private final Map<String, String> cookies = new LinkedHashMap<>();
        private int loginStatus;

        private WebappSessie(int poort) {
            this.poort = poort;
        }

        /** Logs in as the webapp's login page does; {@link #loginStatus()} tells whether it succeeded. */
        public static WebappSessie aanmelden(int poort, String app, String gebruiker, String wachtwoord) {
            WebappSessie sessie = new WebappSessie(poort);
            sessie.stuur("GET", "/camunda/app/" + app + "/", null, null);
            String formulier = "username=" + URLEncoder.encode(gebruiker, StandardCharsets.UTF_8)
                    + "&password=" + URLEncoder.encode(wachtwoord, StandardCharsets.UTF_8);
            sessie.loginStatus = sessie.stuur("POST", "/camunda/api/admin/auth/user/default/login/" + app,
                    "application/x-www-form-urlencoded", formulier.getBytes(StandardCharsets.UTF_8)).status();
            // the login starts a new session with a new XSRF token, handed out on the next read
            sessie.stuur("GET", "/camunda/api/admin/auth/user/default", null, null);
            return sessie;
        }

        public int loginStatus() {
            return loginStatus;
        }

        /** A cookie the session holds (JSESSIONID, XSRF-TOKEN); null if none. */
        public String koekje(String naam) {
            return cookies.get(naam);
        }

        /** The Cookie header this session sends. */
        public String koekjes() {
            return String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList());
        }

        @Override
        public Antwoord stuur(String methode, String pad, String contentType, byte[] body) {
            HttpRequest.Builder builder = bouw(poort, methode, pad, contentType, body);
            if (!cookies.isEmpty()) {
                builder.header("Cookie", String.join("; ", cookies.entrySet().stream().map(c -> c.getKey() + "=" + c.getValue()).toList()));
            }
            if (cookies.containsKey("XSRF-TOKEN")) {
                builder.header("X-XSRF-TOKEN", cookies.get("XSRF-TOKEN"));
            }
            HttpResponse<byte[]> response = verstuurRuw(builder);
            response.headers().allValues("Set-Cookie").forEach(c -> {
                String paar = c.split(";", 2)[0];
                int is = paar.indexOf('=');
                if (is > 0) {
                    cookies.put(paar.substring(0, is).trim(), paar.substring(is + 1).trim());
                }
            });
            return new Antwoord(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        }
    }

    private static HttpRequest.Builder bouw(int poort, String methode, String pad, String contentType, byte[] body) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + poort + pad))
                .timeout(Duration.ofSeconds(30)).header("Accept", "application/json");
        if (contentType != null) {
            builder.header("Content-Type", contentType);
        }
        return builder.method(methode, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
    }

    private static Antwoord verstuur(HttpRequest.Builder builder) {
        HttpResponse<byte[]> response = verstuurRuw(builder);
        return new Antwoord(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    }

    private static HttpResponse<byte[]> verstuurRuw(HttpRequest.Builder builder) {
        try {
            return CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new AssertionError(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    // ---- the database before and after -----------------------------------------------------------------------------

    /** The engine's runtime tables and our own business tables whose rows an attack could change. */
    public static final List<String> TABELLEN = List.of("ACT_RU_TASK", "ACT_RU_VARIABLE", "ACT_RU_EXECUTION",
            "ACT_RU_EXT_TASK", "ACT_RU_JOB", "ACT_RU_INCIDENT", "ACT_RU_IDENTITYLINK", "ACT_RU_EVENT_SUBSCR",
            "ACT_RU_FILTER", "ACT_RU_AUTHORIZATION", "ACT_ID_MEMBERSHIP", "ACT_ID_TENANT_MEMBER",
            "persoon", "dossier", "gebeurtenis", "oproep", "brede_intake", "pip_versie", "leerroute_traject",
            "voortgangsrapportage", "examenresultaat", "leerroute_wissel", "pvt_traject", "map_traject",
            "ontzorgen_traject", "ontzorgen_evaluatie", "begeleiding_traject", "partner_afmelding");

    /** Every row of {@link #TABELLEN}, as text, to compare before and after an attack. */
    public static Map<String, List<String>> momentopname(JdbcTemplate jdbc) {
        Map<String, List<String>> opname = new TreeMap<>();
        for (String tabel : TABELLEN) {
            List<String> rijen = new ArrayList<>(jdbc.query("SELECT * FROM " + tabel, (rs, i) -> {
                StringBuilder rij = new StringBuilder();
                for (int k = 1; k <= rs.getMetaData().getColumnCount(); k++) {
                    Object waarde = rs.getObject(k);
                    if (waarde instanceof java.sql.Clob) {
                        waarde = rs.getString(k);
                    } else if (waarde instanceof java.sql.Blob || waarde instanceof byte[]) {
                        byte[] bytes = rs.getBytes(k);
                        waarde = bytes == null ? null : Base64.getEncoder().encodeToString(bytes);
                    }
                    rij.append(rs.getMetaData().getColumnLabel(k).toUpperCase(java.util.Locale.ROOT)).append('=').append(waarde).append('|');
                }
                return rij.toString();
            }));
            rijen.sort(null);
            opname.put(tabel, rijen);
        }
        return opname;
    }

    /** The rows that appeared or disappeared between two snapshots (a changed row shows as both); empty when equal. */
    public static List<String> verschil(Map<String, List<String>> voor, Map<String, List<String>> na) {
        List<String> verschil = new ArrayList<>();
        for (String tabel : TABELLEN) {
            List<String> oud = voor.getOrDefault(tabel, List.of());
            List<String> nieuw = na.getOrDefault(tabel, List.of());
            oud.stream().filter(r -> !nieuw.contains(r)).forEach(r -> verschil.add("- " + tabel + ": " + r));
            nieuw.stream().filter(r -> !oud.contains(r)).forEach(r -> verschil.add("+ " + tabel + ": " + r));
        }
        return verschil;
    }

    /** Runs the attack and asserts that the database is exactly as before it. */
    public static void zonderGevolg(JdbcTemplate jdbc, Runnable aanval) {
        Map<String, List<String>> voor = momentopname(jdbc);
        aanval.run();
        List<String> verschil = verschil(voor, momentopname(jdbc));
        if (!verschil.isEmpty()) {
            throw new AssertionError("De aanval veranderde de database:\n" + String.join("\n", verschil));
        }
    }
}
