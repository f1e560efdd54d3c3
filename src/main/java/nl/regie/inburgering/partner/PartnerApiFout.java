package nl.regie.inburgering.partner;

import java.util.Map;

/**
 * A refusal on {@code /partner-api}: the status, a Dutch message and, for a 400, what is wrong with each field. The
 * message never carries a submitted value, a class name or SQL.
 */
public class PartnerApiFout extends RuntimeException {

    private final int status;
    private final Map<String, String> velden;

    public PartnerApiFout(int status, String melding) {
        this(status, melding, Map.of());
    }

    public PartnerApiFout(int status, String melding, Map<String, String> velden) {
        super(melding, null, false, false);
        this.status = status;
        this.velden = Map.copyOf(velden);
    }

    public static PartnerApiFout ongeldig(Map<String, String> velden) {
        return new PartnerApiFout(400, "Ongeldig verzoek: " + PartnerVerzoek.beschrijf(velden), velden);
    }

    public static PartnerApiFout nietGevonden() {
        return new PartnerApiFout(404, "Deze externe taak bestaat niet (meer) of is niet voor u bestemd.");
    }

    public int getStatus() {
        return status;
    }

    public Map<String, String> getVelden() {
        return velden;
    }
}
