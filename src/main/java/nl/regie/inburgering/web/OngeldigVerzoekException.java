package nl.regie.inburgering.web;

import java.util.LinkedHashMap;
import java.util.Map;

/** A request our API refuses with 400, naming every invalid field. */
public class OngeldigVerzoekException extends RuntimeException {

    private final Map<String, String> velden;

    public OngeldigVerzoekException(Map<String, String> velden) {
        super("Ongeldige invoer: " + velden.keySet());
        this.velden = new LinkedHashMap<>(velden);
    }

    public static OngeldigVerzoekException veld(String veld, String melding) {
        return new OngeldigVerzoekException(Map.of(veld, melding));
    }

    public Map<String, String> getVelden() {
        return velden;
    }
}
