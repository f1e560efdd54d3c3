package nl.regie.inburgering.web;

import java.util.List;

/** The authenticated caller of our own API: a user of the engine's identity service with groups and gemeenten. */
public record Gebruiker(String id, List<String> groepen, List<String> gemeenten) {

    public static final String REQUEST_ATTRIBUUT = "nl.regie.inburgering.web.Gebruiker";

    public boolean inGroep(String groep) {
        return groepen.contains(groep);
    }

    public boolean dient(String gemeenteTenantId) {
        return gemeenten.contains(gemeenteTenantId);
    }
}
