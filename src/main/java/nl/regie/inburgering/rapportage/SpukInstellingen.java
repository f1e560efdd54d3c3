package nl.regie.inburgering.rapportage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The national SPUK amounts for inburgeringsvoorzieningen ({@code regie.rapportage.spuk} in application.yml), dated:
 * each row holds from {@code geldig-vanaf}; a year of housing uses the row valid on its 1 January. Before the first
 * row (housed under the old law) there is no SPUK. {@code aandeel-plichtig} is the default share of housed
 * asielstatushouders that is inburgeringsplichtig in a prognosis (the rekentool's 70 %).
 */
@ConfigurationProperties("regie.rapportage.spuk")
public class SpukInstellingen {

    private List<Bedragen> bedragen = new ArrayList<>();
    private BigDecimal aandeelPlichtig = new BigDecimal("0.70");

    public List<Bedragen> getBedragen() { return bedragen; }
    public void setBedragen(List<Bedragen> bedragen) { this.bedragen = bedragen; }
    public BigDecimal getAandeelPlichtig() { return aandeelPlichtig; }
    public void setAandeelPlichtig(BigDecimal aandeelPlichtig) { this.aandeelPlichtig = aandeelPlichtig; }

    /** The amounts for persons housed in {@code huisvestingsjaar}, or empty before the first dated row. */
    public Optional<Bedragen> voorHuisvestingsjaar(int huisvestingsjaar) {
        LocalDate peil = LocalDate.of(huisvestingsjaar, 1, 1);
        return bedragen.stream().filter(b -> b.getGeldigVanaf() != null && !b.getGeldigVanaf().isAfter(peil))
                .max(Comparator.comparing(Bedragen::getGeldigVanaf));
    }

    /** The amounts per person (euros): the year of housing t, t+1, t+2 for an asielstatushouder; a gezinsmigrant once. */
    public static class Bedragen {
        private LocalDate geldigVanaf;
        private BigDecimal asielJaarT;
        private BigDecimal asielJaarT1;
        private BigDecimal asielJaarT2;
        private BigDecimal gezinsmigrant;

        public Bedragen() {
        }

        public Bedragen(LocalDate geldigVanaf, BigDecimal asielJaarT, BigDecimal asielJaarT1, BigDecimal asielJaarT2,
                        BigDecimal gezinsmigrant) {
            this.geldigVanaf = geldigVanaf;
            this.asielJaarT = asielJaarT;
            this.asielJaarT1 = asielJaarT1;
            this.asielJaarT2 = asielJaarT2;
            this.gezinsmigrant = gezinsmigrant;
        }

        public LocalDate getGeldigVanaf() { return geldigVanaf; }
        public void setGeldigVanaf(LocalDate v) { this.geldigVanaf = v; }
        public BigDecimal getAsielJaarT() { return asielJaarT; }
        public void setAsielJaarT(BigDecimal v) { this.asielJaarT = v; }
        public BigDecimal getAsielJaarT1() { return asielJaarT1; }
        public void setAsielJaarT1(BigDecimal v) { this.asielJaarT1 = v; }
        public BigDecimal getAsielJaarT2() { return asielJaarT2; }
        public void setAsielJaarT2(BigDecimal v) { this.asielJaarT2 = v; }
        public BigDecimal getGezinsmigrant() { return gezinsmigrant; }
        public void setGezinsmigrant(BigDecimal v) { this.gezinsmigrant = v; }

        /** The amount for the n-th year after housing (0, 1, 2), zero beyond. */
        BigDecimal asielJaar(int n) {
            return switch (n) {
                case 0 -> asielJaarT;
                case 1 -> asielJaarT1;
                case 2 -> asielJaarT2;
                default -> BigDecimal.ZERO;
            };
        }
    }
}
