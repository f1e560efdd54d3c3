package nl.regie.inburgering.duo.melding;

import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * What the gemeente reports to DUO ({@code regie.duo-melding.*}; the connection itself is duo-in's {@code regie.duo.*}).
 * Bean name {@code duoMeldingInstellingen}: duo-melding.bpmn reads the retry cycle from it.
 */
@Component("duoMeldingInstellingen")
@ConfigurationProperties(prefix = "regie.duo-melding")
public class DuoMeldingInstellingen {

    /**
     * The waits between attempts when DUO cannot be reached or answers with a server error (the engine's
     * failedJobRetryTimeCycle: a list of ISO-8601 durations, one per retry, growing: backoff). After the last the
     * report is an incident in Cockpit.
     */
    private String herhaalCyclus = "PT1M,PT10M,PT1H";
    /** DUO's instellingsnummer (10 characters) per taalaanbieder, by its partner account (regie.partners). */
    private Map<String, String> instellingsnummers = new LinkedHashMap<>();
    /** The phone number DUO may call about an inburgeraar, per gemeente (GMxxxx); {@code standaard} for the rest. */
    private Map<String, String> telefoonnummers = new LinkedHashMap<>();

    public String getHerhaalCyclus() { return herhaalCyclus; }
    public void setHerhaalCyclus(String herhaalCyclus) { this.herhaalCyclus = herhaalCyclus; }
    public Map<String, String> getInstellingsnummers() { return instellingsnummers; }
    public void setInstellingsnummers(Map<String, String> instellingsnummers) { this.instellingsnummers = instellingsnummers; }
    public Map<String, String> getTelefoonnummers() { return telefoonnummers; }
    public void setTelefoonnummers(Map<String, String> telefoonnummers) { this.telefoonnummers = telefoonnummers; }

    public String instellingsnummer(String partner) {
        return partner == null ? null : instellingsnummers.get(partner);
    }

    public String telefoonnummer(String gemeente) {
        return telefoonnummers.getOrDefault(gemeente, telefoonnummers.get("standaard"));
    }
}
