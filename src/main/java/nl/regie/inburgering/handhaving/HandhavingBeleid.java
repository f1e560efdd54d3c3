package nl.regie.inburgering.handhaving;

import java.time.Period;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Handhaving's local policy ({@code regie.handhaving} in application.yml), owned by this capability: defaults under
 * {@code standaard}, a gemeente overrides only what differs under {@code gemeenten.<code>}. The law's periods (the
 * bezwaar period of six weeks, Awb 6:7) are in termijn/Wettermijnen and are no policy.
 */
@ConfigurationProperties("regie.handhaving")
public class HandhavingBeleid {

    private Instellingen standaard = new Instellingen();
    private Map<String, Instellingen> gemeenten = new LinkedHashMap<>();

    public Instellingen getStandaard() { return standaard; }
    public void setStandaard(Instellingen standaard) { this.standaard = standaard; }
    public Map<String, Instellingen> getGemeenten() { return gemeenten; }
    public void setGemeenten(Map<String, Instellingen> gemeenten) { this.gemeenten = gemeenten; }

    /** The policy of one gemeente: its own values, the defaults for the rest. */
    public Instellingen voor(String gemeenteCode) {
        Instellingen eigen = gemeenten.getOrDefault(gemeenteCode, new Instellingen());
        Instellingen samen = new Instellingen();
        samen.setNalevingstermijn(eigen.nalevingstermijn != null ? eigen.nalevingstermijn : verplicht(standaard.nalevingstermijn, "nalevingstermijn"));
        samen.setZienswijzeTermijn(eigen.zienswijzeTermijn != null ? eigen.zienswijzeTermijn : verplicht(standaard.zienswijzeTermijn, "zienswijze-termijn"));
        samen.setAanwezigheidMinimum(eigen.aanwezigheidMinimum != null ? eigen.aanwezigheidMinimum : verplicht(standaard.aanwezigheidMinimum, "aanwezigheid-minimum"));
        return samen;
    }

    private static <T> T verplicht(T waarde, String sleutel) {
        if (waarde == null) {
            throw new IllegalStateException("regie.handhaving.standaard mist de instelling " + sleutel);
        }
        return waarde;
    }

    public static class Instellingen {
        /** After a waarschuwing: the new period in which the inburgeraar can still comply. */
        private Period nalevingstermijn;
        /** After the voornemen tot boete: the period for a zienswijze (Awb 5:53; the brief: two weeks). */
        private Period zienswijzeTermijn;
        /** A taalaanbieder's report with attendance below this percentage is a signal (lesverzuim). */
        private Integer aanwezigheidMinimum;

        public Period getNalevingstermijn() { return nalevingstermijn; }
        public void setNalevingstermijn(Period v) { this.nalevingstermijn = v; }
        public Period getZienswijzeTermijn() { return zienswijzeTermijn; }
        public void setZienswijzeTermijn(Period v) { this.zienswijzeTermijn = v; }
        public Integer getAanwezigheidMinimum() { return aanwezigheidMinimum; }

        /** The bezwaar period is law (Awb 6:7, termijn/Wettermijnen.BEZWAARTERMIJN): setting it stops the start. */
        public void setBezwaartermijn(Object waarde) {
            throw new IllegalStateException("regie.handhaving: bezwaartermijn is wettelijk (Awb 6:7) en niet instelbaar");
        }
        public void setAanwezigheidMinimum(Integer v) { this.aanwezigheidMinimum = v; }
    }
}
