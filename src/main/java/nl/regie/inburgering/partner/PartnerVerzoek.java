package nl.regie.inburgering.partner;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * One JSON object of a partner's request, read strictly: only the fields an operation knows (anything else is
 * refused, naming the field), duplicate keys refused, the encoding (UTF-8, UTF-16, UTF-32) detected by the parser so
 * that escapes and encodings change nothing about what is checked. Errors are collected per field.
 */
final class PartnerVerzoek {

    /** What a field or variable name may look like; anything else is never echoed back. */
    static final Pattern VELDNAAM = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final ObjectNode body;
    private final String pad;
    private final Map<String, String> fouten;

    private PartnerVerzoek(ObjectNode body, String pad, Map<String, String> fouten) {
        this.body = body;
        this.pad = pad;
        this.fouten = fouten;
    }

    /** Reads the body; an empty body or JSON {@code null} counts as an empty object when {@code leegMag}. */
    static PartnerVerzoek lees(byte[] bytes, boolean leegMag) {
        JsonNode gelezen;
        try {
            gelezen = bytes.length == 0 ? null : JSON.readTree(bytes);
        } catch (IOException e) {
            throw new PartnerApiFout(400, "Het verzoek is geen geldige JSON.");
        }
        if ((gelezen == null || gelezen.isNull()) && leegMag) {
            return new PartnerVerzoek(JsonNodeFactory.instance.objectNode(), "", new LinkedHashMap<>());
        }
        if (!(gelezen instanceof ObjectNode object)) {
            throw new PartnerApiFout(400, "Het verzoek moet een JSON-object zijn.");
        }
        return new PartnerVerzoek(object, "", new LinkedHashMap<>());
    }

    static String beschrijf(Map<String, String> velden) {
        return velden.entrySet().stream().map(v -> v.getKey() + " " + v.getValue()).collect(Collectors.joining("; "));
    }

    /** A field name as it may appear in an answer: the name itself when well-formed, never arbitrary input. */
    static String toonbaar(String naam) {
        return VELDNAAM.matcher(naam).matches() ? naam : "(veld met een ongeldige naam)";
    }

    String pad(String veld) {
        return pad.isEmpty() ? veld : pad + "." + veld;
    }

    /** Every field not listed is refused. */
    PartnerVerzoek alleen(Set<String> velden) {
        body.fieldNames().forEachRemaining(naam -> {
            if (!velden.contains(naam)) {
                fouten.put(pad(toonbaar(naam)), "is geen veld van dit verzoek");
            }
        });
        return this;
    }

    void fout(String veld, String melding) {
        fouten.putIfAbsent(pad(veld), melding);
    }

    Map<String, String> fouten() {
        return fouten;
    }

    /** Throws the collected errors as one 400. */
    void controleer() {
        if (!fouten.isEmpty()) {
            throw PartnerApiFout.ongeldig(fouten);
        }
    }

    JsonNode waarde(String veld) {
        JsonNode waarde = body.get(veld);
        return waarde == null || waarde.isNull() ? null : waarde;
    }

    /** Absent, null, false, an empty object or an empty list: the field asks for nothing. */
    boolean leeg(String veld) {
        JsonNode waarde = waarde(veld);
        return waarde == null || (waarde.isBoolean() && !waarde.booleanValue())
                || ((waarde.isObject() || waarde.isArray()) && waarde.isEmpty());
    }

    String tekst(String veld, boolean verplicht, int maxLengte) {
        JsonNode waarde = waarde(veld);
        if (waarde == null) {
            if (verplicht) {
                fout(veld, "is verplicht");
            }
            return null;
        }
        if (!waarde.isTextual()) {
            fout(veld, "moet tekst zijn");
            return null;
        }
        String tekst = waarde.textValue();
        if (verplicht && tekst.isBlank()) {
            fout(veld, "is verplicht");
            return null;
        }
        if (tekst.length() > maxLengte) {
            fout(veld, "is langer dan " + maxLengte + " tekens");
            return null;
        }
        if (!nl.regie.inburgering.web.Validatie.toegestaneTekens(tekst, false)) {
            fout(veld, "bevat een stuurteken, opmaakteken of ongeldig Unicode-teken");
            return null;
        }
        return tekst;
    }

    /** Free text that is cut to its maximum rather than refused (a worker's failure report). */
    String ingekort(String veld, int maxLengte) {
        JsonNode waarde = waarde(veld);
        if (waarde == null) {
            return null;
        }
        if (!waarde.isTextual()) {
            fout(veld, "moet tekst zijn");
            return null;
        }
        String tekst = waarde.textValue();
        return tekst.length() > maxLengte ? tekst.substring(0, maxLengte) : tekst;
    }

    Long geheelGetal(String veld, boolean verplicht, long min, long max) {
        JsonNode waarde = waarde(veld);
        if (waarde == null) {
            if (verplicht) {
                fout(veld, "is verplicht");
            }
            return null;
        }
        if (!waarde.isIntegralNumber() || !waarde.canConvertToLong()) {
            fout(veld, "moet een geheel getal zijn");
            return null;
        }
        long getal = waarde.longValue();
        if (getal < min || getal > max) {
            fout(veld, "moet tussen " + min + " en " + max + " liggen");
            return null;
        }
        return getal;
    }

    boolean booleaan(String veld) {
        JsonNode waarde = waarde(veld);
        if (waarde == null) {
            return false;
        }
        if (!waarde.isBoolean()) {
            fout(veld, "moet true of false zijn");
            return false;
        }
        return waarde.booleanValue();
    }

    /** A list of well-formed names, or null when absent. */
    List<String> namen(String veld, int maxAantal) {
        JsonNode waarde = waarde(veld);
        if (waarde == null) {
            return null;
        }
        if (!waarde.isArray() || waarde.size() > maxAantal) {
            fout(veld, "moet een lijst van hoogstens " + maxAantal + " namen zijn");
            return null;
        }
        List<String> namen = new ArrayList<>();
        for (JsonNode naam : waarde) {
            if (!naam.isTextual() || !VELDNAAM.matcher(naam.textValue()).matches()) {
                fout(veld, "bevat een ongeldige naam");
                return null;
            }
            namen.add(naam.textValue());
        }
        return namen;
    }

    /** The objects of a list field, each read as its own request part (errors named {@code veld[i].…}). */
    List<PartnerVerzoek> objecten(String veld, int maxAantal) {
        JsonNode waarde = waarde(veld);
        if (waarde == null || !waarde.isArray() || waarde.isEmpty() || waarde.size() > maxAantal) {
            fout(veld, "moet een lijst van 1 tot " + maxAantal + " objecten zijn");
            return List.of();
        }
        List<PartnerVerzoek> delen = new ArrayList<>();
        for (int i = 0; i < waarde.size(); i++) {
            if (!(waarde.get(i) instanceof ObjectNode object)) {
                fout(veld + "[" + i + "]", "moet een object zijn");
                continue;
            }
            delen.add(new PartnerVerzoek(object, pad(veld + "[" + i + "]"), fouten));
        }
        return delen;
    }

    /** An object field (e.g. variables), or null when absent. */
    ObjectNode object(String veld) {
        JsonNode waarde = waarde(veld);
        if (waarde == null) {
            return null;
        }
        if (!(waarde instanceof ObjectNode object)) {
            fout(veld, "moet een object zijn");
            return null;
        }
        return object;
    }
}
