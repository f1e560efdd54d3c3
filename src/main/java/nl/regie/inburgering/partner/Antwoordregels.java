package nl.regie.inburgering.partner;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import nl.regie.inburgering.engine.Tijd;

/** Small checks for partner answers that name the field and what is wrong with it. */
public class Antwoordregels {

    private final Map<String, Object> antwoord;
    private final Map<String, String> fouten = new LinkedHashMap<>();

    public Antwoordregels(Map<String, Object> antwoord) {
        this.antwoord = antwoord;
    }

    public Antwoordregels datumNietInDeToekomst(String veld, boolean verplicht) {
        Object waarde = antwoord.get(veld);
        if (waarde == null) {
            if (verplicht) {
                fouten.put(veld, "is verplicht (JJJJ-MM-DD)");
            }
            return this;
        }
        try {
            if (LocalDate.parse(String.valueOf(waarde)).isAfter(Tijd.vandaag())) {
                fouten.put(veld, "ligt in de toekomst");
            }
        } catch (DateTimeParseException e) {
            fouten.put(veld, "moet een datum zijn (JJJJ-MM-DD)");
        }
        return this;
    }

    /** A date that may lie ahead, but at most this many days. */
    public Antwoordregels datumBinnen(String veld, boolean verplicht, int dagenVooruit) {
        Object waarde = antwoord.get(veld);
        if (waarde == null) {
            if (verplicht) {
                fouten.put(veld, "is verplicht (JJJJ-MM-DD)");
            }
            return this;
        }
        try {
            if (LocalDate.parse(String.valueOf(waarde)).isAfter(Tijd.vandaag().plusDays(dagenVooruit))) {
                fouten.put(veld, "ligt meer dan " + dagenVooruit + " dagen in de toekomst");
            }
        } catch (DateTimeParseException e) {
            fouten.put(veld, "moet een datum zijn (JJJJ-MM-DD)");
        }
        return this;
    }

    public Antwoordregels booleaan(String veld, boolean verplicht) {
        Object waarde = antwoord.get(veld);
        if (waarde == null) {
            if (verplicht) {
                fouten.put(veld, "is verplicht (true of false)");
            }
        } else if (!(waarde instanceof Boolean)) {
            fouten.put(veld, "moet true of false zijn");
        }
        return this;
    }

    public Antwoordregels geheelGetal(String veld, boolean verplicht, int min, int max) {
        Object waarde = antwoord.get(veld);
        if (waarde == null) {
            if (verplicht) {
                fouten.put(veld, "is verplicht");
            }
            return this;
        }
        if (!(waarde instanceof Number getal) || getal.doubleValue() != Math.rint(getal.doubleValue())) {
            fouten.put(veld, "moet een geheel getal zijn");
        } else if (getal.longValue() < min || getal.longValue() > max) {
            fouten.put(veld, "moet tussen " + min + " en " + max + " liggen");
        }
        return this;
    }

    public Antwoordregels keuze(String veld, boolean verplicht, Collection<String> toegestaan) {
        Object waarde = antwoord.get(veld);
        if (waarde == null) {
            if (verplicht) {
                fouten.put(veld, "is verplicht: een van " + toegestaan);
            }
            return this;
        }
        if (!toegestaan.contains(String.valueOf(waarde))) {
            fouten.put(veld, "moet een van " + toegestaan + " zijn");
        }
        return this;
    }

    public Antwoordregels waar(String veld) {
        if (!Boolean.TRUE.equals(antwoord.get(veld))) {
            fouten.put(veld, "moet true zijn (bevestiging)");
        }
        return this;
    }

    public Antwoordregels tekst(String veld, boolean verplicht, int maxLengte) {
        Object waarde = antwoord.get(veld);
        if (waarde == null || String.valueOf(waarde).isBlank()) {
            if (verplicht) {
                fouten.put(veld, "is verplicht");
            }
            return this;
        }
        if (!(waarde instanceof String s)) {
            fouten.put(veld, "moet tekst zijn");
        } else if (s.length() > maxLengte) {
            fouten.put(veld, "is langer dan " + maxLengte + " tekens");
        } else if (!nl.regie.inburgering.web.Validatie.toegestaneTekens(s, true)) {
            fouten.put(veld, "bevat een stuurteken, opmaakteken of ongeldig Unicode-teken");
        }
        return this;
    }

    /** Only the listed fields may be answered: anything else is a mistake of the partner's system. */
    public Antwoordregels alleen(Collection<String> velden) {
        antwoord.keySet().stream().filter(v -> !velden.contains(v))
                .forEach(v -> fouten.put(v, "is geen veld van dit antwoord"));
        return this;
    }

    public Map<String, String> fouten() {
        return fouten;
    }
}
