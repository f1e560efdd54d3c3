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

    /** The earliest date our API accepts: nobody we serve was born, or registered, before it. */
    public static final LocalDate VROEGSTE_DATUM = LocalDate.of(1900, 1, 1);

    /** A required free text (several lines allowed): at most maxLengte characters, no control or format characters. */
    public Validatie tekst(String veld, String waarde, int maxLengte) {
        verplicht(veld, waarde);
        return optioneleTekst(veld, waarde, maxLengte);
    }

    /** An optional free text: line breaks and tabs are allowed, other control and format characters are not. */
    public Validatie optioneleTekst(String veld, String waarde, int maxLengte) {
        if (waarde != null && waarde.length() > maxLengte) {
            fout(veld, "is langer dan " + maxLengte + " tekens");
        }
        if (waarde != null && !toegestaneTekens(waarde, true)) {
            fout(veld, "bevat een stuurteken, opmaakteken of ongeldig Unicode-teken");
        }
        return this;
    }

    /** A required name: one line, no control or format characters, at most maxLengte characters. */
    public Validatie naam(String veld, String waarde, int maxLengte) {
        verplicht(veld, waarde);
        if (waarde != null && waarde.length() > maxLengte) {
            fout(veld, "is langer dan " + maxLengte + " tekens");
        }
        if (waarde != null && !toegestaneTekens(waarde, false)) {
            fout(veld, "bevat een stuurteken, opmaakteken, regelovergang of ongeldig Unicode-teken");
        }
        return this;
    }

    /**
     * No control characters (Unicode Cc, except line breaks and tabs in free text), format characters (Cf: e.g.
     * zero-width and bidirectional overrides), line or paragraph separators (Zl, Zp), lone surrogates (Cs) or
     * non-characters.
     */
    public static boolean toegestaneTekens(String waarde, boolean meerdereRegels) {
        return waarde.codePoints().allMatch(c -> {
            if (meerdereRegels && (c == '\n' || c == '\r' || c == '\t')) {
                return true;
            }
            int type = Character.getType(c);
            return type != Character.CONTROL && type != Character.FORMAT && type != Character.LINE_SEPARATOR
                    && type != Character.PARAGRAPH_SEPARATOR && type != Character.SURROGATE
                    && type != Character.UNASSIGNED && type != Character.PRIVATE_USE;
        });
    }

    /** A date that lies in the past (or today): not before 1900, not in the future. */
    public Validatie datumInHetVerleden(String veld, LocalDate datum) {
        if (datum != null && datum.isBefore(VROEGSTE_DATUM)) {
            fout(veld, "ligt voor 1900");
        }
        return nietInDeToekomst(veld, datum);
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
