package nl.regie.inburgering.duo.afstemming;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.stereotype.Component;

/** The nightly reconciliation with DUO ({@code regie.duo-afstemming.*}). */
@Component
@ConfigurationProperties(prefix = "regie.duo-afstemming")
public class DuoAfstemmingInstellingen {

    /** When it runs (Spring cron, Europe/Amsterdam); "-" switches it off. */
    private String cron = "0 0 2 * * *";
    /** Open dossiers read per page; a run walks every open dossier, page by page. */
    private int perPagina = 500;

    public String getCron() { return cron; }
    public void setCron(String cron) { this.cron = cron; }
    public int getPerPagina() { return perPagina; }
    public void setPerPagina(int perPagina) { this.perPagina = perPagina; }
}
