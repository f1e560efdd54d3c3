package nl.regie.inburgering.duo.afstemming;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** The nightly reconciliation with DUO ({@code regie.duo-afstemming.*}). */
@Component
@ConfigurationProperties(prefix = "regie.duo-afstemming")
public class DuoAfstemmingInstellingen {

    /** When it runs (Spring cron, Europe/Amsterdam); "-" switches it off. */
    private String cron = "0 0 2 * * *";
    /** At most this many open dossiers per run, the longest unchecked first. */
    private int maxDossiers = 5000;

    public String getCron() { return cron; }
    public void setCron(String cron) { this.cron = cron; }
    public int getMaxDossiers() { return maxDossiers; }
    public void setMaxDossiers(int maxDossiers) { this.maxDossiers = maxDossiers; }
}
