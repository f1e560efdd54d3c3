package nl.regie.inburgering.intake;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The outcome of the brede intake across the life domains, with the leerbaarheidstoets. */
@Entity
@Table(name = "brede_intake")
public class BredeIntake {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private LocalDate gesprekDatum;
    private boolean zonderInburgeraar;
    private String domeinTaal;
    private String domeinOpleiding;
    private String domeinWerk;
    private String domeinGezondheid;
    private String domeinFinancien;
    private String domeinNetwerk;
    private String domeinGezin;
    private String domeinWonen;
    private String wensenEnAmbities;
    private Boolean lbtVrijgesteld;
    private String lbtVrijstellingReden;
    private String lbtUitslag;
    private Integer lbtScore;
    private Integer lbtVereisteScore;
    private LocalDate lbtDatum;
    /** JA or NEE (Wi 22: appeared but did not cooperate); null for intakes recorded before it was asked. */
    private String meegewerkt;
    private String nietMeegewerktToelichting;
    private String afgerondDoor;
    private Instant afgerondOp;

    protected BredeIntake() {
    }

    public BredeIntake(Long dossierId) {
        this.dossierId = dossierId;
    }

    public void gesprek(LocalDate datum, String taal, String opleiding, String werk, String gezondheid, String financien,
                        String netwerk, String gezin, String wonen, String wensen) {
        this.gesprekDatum = datum;
        this.domeinTaal = taal;
        this.domeinOpleiding = opleiding;
        this.domeinWerk = werk;
        this.domeinGezondheid = gezondheid;
        this.domeinFinancien = financien;
        this.domeinNetwerk = netwerk;
        this.domeinGezin = gezin;
        this.domeinWonen = wonen;
        this.wensenEnAmbities = wensen;
    }

    /** Whether the inburgeraar cooperated in the conversation (recorded when the conversation is completed). */
    public void meewerking(LocalDate datum, String meegewerkt, String nietMeegewerktToelichting) {
        this.gesprekDatum = datum;
        this.meegewerkt = meegewerkt;
        this.nietMeegewerktToelichting = nietMeegewerktToelichting;
    }

    public void zonderInburgeraar(String bevindingen) {
        this.zonderInburgeraar = true;
        this.wensenEnAmbities = bevindingen;
    }

    public void leerbaarheidstoets(Boolean vrijgesteld, String vrijstellingReden, String uitslag, Integer score,
                                   Integer vereisteScore, LocalDate datum) {
        this.lbtVrijgesteld = vrijgesteld;
        this.lbtVrijstellingReden = vrijstellingReden;
        this.lbtUitslag = uitslag;
        this.lbtScore = score;
        this.lbtVereisteScore = vereisteScore;
        this.lbtDatum = datum;
    }

    public void afgerond(String door, Instant op) {
        this.afgerondDoor = door;
        this.afgerondOp = op;
    }

    public Long getDossierId() { return dossierId; }
    public LocalDate getGesprekDatum() { return gesprekDatum; }
    public boolean isZonderInburgeraar() { return zonderInburgeraar; }
    public String getMeegewerkt() { return meegewerkt; }
    public String getNietMeegewerktToelichting() { return nietMeegewerktToelichting; }
    public String getDomeinTaal() { return domeinTaal; }
    public String getDomeinOpleiding() { return domeinOpleiding; }
    public String getDomeinWerk() { return domeinWerk; }
    public String getDomeinGezondheid() { return domeinGezondheid; }
    public String getDomeinFinancien() { return domeinFinancien; }
    public String getDomeinNetwerk() { return domeinNetwerk; }
    public String getDomeinGezin() { return domeinGezin; }
    public String getDomeinWonen() { return domeinWonen; }
    public String getWensenEnAmbities() { return wensenEnAmbities; }
    /**
     * DUO's result of the leerbaarheidstoets (SS131): DUO takes the toets, so its result is the fact. The casemanager
     * sees it in the intake and may still correct it when completing the intake (the form's values then count).
     */
    public void leerbaarheidstoetsVanDuo(String uitslag, Integer score, Integer vereisteScore, LocalDate datum) {
        leerbaarheidstoets(false, null, uitslag, score, vereisteScore, datum);
    }

    public Boolean getLbtVrijgesteld() { return lbtVrijgesteld; }
    public String getLbtVrijstellingReden() { return lbtVrijstellingReden; }
    public String getLbtUitslag() { return lbtUitslag; }
    public Integer getLbtScore() { return lbtScore; }
    public Integer getLbtVereisteScore() { return lbtVereisteScore; }
    public LocalDate getLbtDatum() { return lbtDatum; }
}
