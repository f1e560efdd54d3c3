package nl.regie.inburgering.rapportage;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The policy targets the cohorts are measured against ({@code regie.rapportage.doelen}, percent), by default those of
 * the Westfriese beleidskader in seed 004: plicht met within the term 75 % (B1), 80 % (Z-route), 80 % (onderwijsroute);
 * financially self-reliant after six months of ontzorgen 75 %; outflow to work 50 % (B1), 65 % (Z), to work or
 * education 50 % (onderwijsroute).
 */
@ConfigurationProperties("regie.rapportage.doelen")
public class Beleidsdoelen {

    private int plichtB1 = 75;
    private int plichtZ = 80;
    private int plichtOnderwijs = 80;
    private int zelfredzaamNaOntzorgen = 75;
    private int uitstroomB1 = 50;
    private int uitstroomZ = 65;
    private int uitstroomOnderwijs = 50;

    public int getPlichtB1() { return plichtB1; }
    public void setPlichtB1(int v) { this.plichtB1 = v; }
    public int getPlichtZ() { return plichtZ; }
    public void setPlichtZ(int v) { this.plichtZ = v; }
    public int getPlichtOnderwijs() { return plichtOnderwijs; }
    public void setPlichtOnderwijs(int v) { this.plichtOnderwijs = v; }
    public int getZelfredzaamNaOntzorgen() { return zelfredzaamNaOntzorgen; }
    public void setZelfredzaamNaOntzorgen(int v) { this.zelfredzaamNaOntzorgen = v; }
    public int getUitstroomB1() { return uitstroomB1; }
    public void setUitstroomB1(int v) { this.uitstroomB1 = v; }
    public int getUitstroomZ() { return uitstroomZ; }
    public void setUitstroomZ(int v) { this.uitstroomZ = v; }
    public int getUitstroomOnderwijs() { return uitstroomOnderwijs; }
    public void setUitstroomOnderwijs(int v) { this.uitstroomOnderwijs = v; }

    int plicht(String route) {
        return switch (route) {
            case "B1" -> plichtB1;
            case "Z" -> plichtZ;
            default -> plichtOnderwijs;
        };
    }

    int uitstroom(String route) {
        return switch (route) {
            case "B1" -> uitstroomB1;
            case "Z" -> uitstroomZ;
            default -> uitstroomOnderwijs;
        };
    }
}
