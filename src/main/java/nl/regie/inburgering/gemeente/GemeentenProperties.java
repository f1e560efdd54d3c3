package nl.regie.inburgering.gemeente;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The gemeenten served by this installation and their policy settings ({@code regie.*} in application.yml).
 * Every setting in {@link Beleid} has a default under {@code regie.standaard}; a gemeente overrides only what differs.
 */
@ConfigurationProperties(prefix = "regie")
public class GemeentenProperties {

    private Beleid standaard = new Beleid();
    private Map<String, GemeenteInstelling> gemeenten = new LinkedHashMap<>();

    public Beleid getStandaard() { return standaard; }
    public void setStandaard(Beleid standaard) { this.standaard = standaard; }
    public Map<String, GemeenteInstelling> getGemeenten() { return gemeenten; }
    public void setGemeenten(Map<String, GemeenteInstelling> gemeenten) { this.gemeenten = gemeenten; }

    /** Policy values; null means "take the default". */
    public static class Beleid {
        private Period pipTermijn;
        private Period pipHerinneringNa;
        private Period pipTermijnNaInformatieDerde;
        private Integer maxOproepenBredeIntake;
        private Period inburgeringstermijn;

        public Period getPipTermijn() { return pipTermijn; }
        public void setPipTermijn(Period v) { this.pipTermijn = v; }
        public Period getPipHerinneringNa() { return pipHerinneringNa; }
        public void setPipHerinneringNa(Period v) { this.pipHerinneringNa = v; }
        public Period getPipTermijnNaInformatieDerde() { return pipTermijnNaInformatieDerde; }
        public void setPipTermijnNaInformatieDerde(Period v) { this.pipTermijnNaInformatieDerde = v; }
        public Integer getMaxOproepenBredeIntake() { return maxOproepenBredeIntake; }
        public void setMaxOproepenBredeIntake(Integer v) { this.maxOproepenBredeIntake = v; }
        public Period getInburgeringstermijn() { return inburgeringstermijn; }
        public void setInburgeringstermijn(Period v) { this.inburgeringstermijn = v; }
    }

    public static class GemeenteInstelling extends Beleid {
        private String naam;
        private String regio;

        public String getNaam() { return naam; }
        public void setNaam(String naam) { this.naam = naam; }
        public String getRegio() { return regio; }
        public void setRegio(String regio) { this.regio = regio; }
    }
}
