package nl.regie.inburgering.web;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.regie.inburgering.engine.Tijd;

/** Collects every problem with a request, so that one answer names all invalid fields. */
public class Validatie {

    private final Map<String, String> fouten = new LinkedHashMap<>();

    public Validatie verplicht(String veld, Object waarde) {
        if (waarde == null || (waarde instanceof String s && s.isBlank())) {
            fout(veld, "is verplicht");
        }
        return this;
    }

    public Validatie tekst(String veld, String waarde, int maxLengte) {
        verplicht(veld, waarde);
        if (waarde != null && waarde.length() > maxLengte) {
            fout(veld, "is langer dan " + maxLengte + " tekens");
        }
        return this;
    }

    public Validatie nietInDeToekomst(String veld, LocalDate datum) {
        if (datum != null && datum.isAfter(Tijd.vandaag())) {
            fout(veld, "ligt in de toekomst");
        }
        return this;
    }

    public Validatie fout(String veld, String melding) {
        fouten.putIfAbsent(veld, melding);
        return this;
    }

    public boolean heeftFout(String veld) {
        return fouten.containsKey(veld);
    }

    public void controleer() {
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
    }
}
