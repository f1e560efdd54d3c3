package nl.regie.inburgering.partner;

import java.util.Set;

/**
 * An authenticated partner on {@code /partner-api}: its account, the topics it serves and the gemeenten (tenants)
 * it both serves ({@code regie.partners}) and is a member of (the identity service).
 */
public record PartnerAccount(String id, Set<String> topics, Set<String> gemeenten) {

    public static final String REQUEST_ATTRIBUUT = "nl.regie.inburgering.partner.PartnerAccount";
}
