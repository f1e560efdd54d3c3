package nl.regie.inburgering.duo;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The DUO connection ({@code regie.duo.*}): where DUO's gemeente M2M APIs are, how long we wait, how often we retry and
 * with which credentials. Each gemeente's own OIN (the {@code doel} of DUO's notifications, the {@code bron} of our
 * calls) is {@code regie.gemeenten.<code>.oin}.
 */
@ConfigurationProperties(prefix = "regie.duo")
public class DuoProperties {

    /** DUO's base URL for the gemeente M2M APIs (in the demo and tests: our own simulator under /duo-simulator). */
    private String baseUrl;
    /** DUO's own OIN: the {@code bron} of its notifications, the {@code doel} of our calls. */
    private String oin;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration readTimeout = Duration.ofSeconds(20);
    /** A failing DUO read or report is retried this often (engine job retries) before it is an incident. */
    private int pogingen = 3;
    /** The wait between two attempts (ISO-8601 duration, the engine's retry cycle). */
    private Duration herhaalNa = Duration.ofMinutes(5);
    /** Credentials of our client at DUO (basic authentication; in production mTLS with PKIoverheid at the proxy). */
    private String gebruikersnaam;
    private String wachtwoord;
    /** SS139 for a statushouder without a dossier: look again for COA's koppeling this often ... */
    private java.time.Period wachtOpKoppeling = java.time.Period.ofDays(1);
    /** ... and this long; then a procesbeheerder's task (never dropped). */
    private java.time.Period koppelingUiterlijk = java.time.Period.ofWeeks(4);
    private Simulator simulator = new Simulator();

    public java.time.Period getWachtOpKoppeling() { return wachtOpKoppeling; }
    public void setWachtOpKoppeling(java.time.Period v) { this.wachtOpKoppeling = v; }
    public java.time.Period getKoppelingUiterlijk() { return koppelingUiterlijk; }
    public void setKoppelingUiterlijk(java.time.Period v) { this.koppelingUiterlijk = v; }

    public String getBaseUrl() { return baseUrl; }
    public void setBaseUrl(String baseUrl) { this.baseUrl = baseUrl; }
    public String getOin() { return oin; }
    public void setOin(String oin) { this.oin = oin; }
    public Duration getConnectTimeout() { return connectTimeout; }
    public void setConnectTimeout(Duration connectTimeout) { this.connectTimeout = connectTimeout; }
    public Duration getReadTimeout() { return readTimeout; }
    public void setReadTimeout(Duration readTimeout) { this.readTimeout = readTimeout; }
    public int getPogingen() { return pogingen; }
    public void setPogingen(int pogingen) { this.pogingen = pogingen; }
    public Duration getHerhaalNa() { return herhaalNa; }
    public void setHerhaalNa(Duration herhaalNa) { this.herhaalNa = herhaalNa; }
    public String getGebruikersnaam() { return gebruikersnaam; }
    public void setGebruikersnaam(String gebruikersnaam) { this.gebruikersnaam = gebruikersnaam; }
    public String getWachtwoord() { return wachtwoord; }
    public void setWachtwoord(String wachtwoord) { this.wachtwoord = wachtwoord; }
    public Simulator getSimulator() { return simulator; }
    public void setSimulator(Simulator simulator) { this.simulator = simulator; }

    /** The DUO simulator (duo/simulator): only in the demo and tests; never in production. */
    public static class Simulator {
        private boolean enabled;
        /** Where the simulator sends its notifications (our own POST /notificaties). */
        private String notificatieUrl;
        /** The account the simulator uses for its notifications (the DUO account, role duo). */
        private String gebruikersnaam;
        private String wachtwoord;

        public boolean isEnabled() { return enabled; }
        public void setEnabled(boolean enabled) { this.enabled = enabled; }
        public String getNotificatieUrl() { return notificatieUrl; }
        public void setNotificatieUrl(String notificatieUrl) { this.notificatieUrl = notificatieUrl; }
        public String getGebruikersnaam() { return gebruikersnaam; }
        public void setGebruikersnaam(String gebruikersnaam) { this.gebruikersnaam = gebruikersnaam; }
        public String getWachtwoord() { return wachtwoord; }
        public void setWachtwoord(String wachtwoord) { this.wachtwoord = wachtwoord; }
    }
}
