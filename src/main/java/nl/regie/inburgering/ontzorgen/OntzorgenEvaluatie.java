package nl.regie.inburgering.ontzorgen;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One review round of the inkomensconsulent: stop, or continue as voluntary budget management, and why. */
@Entity
@Table(name = "ontzorgen_evaluatie")
public class OntzorgenEvaluatie {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectId;
    private int ronde;
    private String besluit;
    private String reden;
    private String door;
    private LocalDate datum;
    /** Pw 57: the inburgeraar consented to voluntary budget management (required to continue after six months). */
    private Boolean toestemmingBudgetbeheer;

    protected OntzorgenEvaluatie() {
    }

    public OntzorgenEvaluatie(Long trajectId, int ronde, String besluit, String reden, String door, LocalDate datum) {
        this.trajectId = trajectId;
        this.ronde = ronde;
        this.besluit = besluit;
        this.reden = reden;
        this.door = door;
        this.datum = datum;
    }

    public OntzorgenEvaluatie(Long trajectId, int ronde, String besluit, String reden, String door, LocalDate datum,
                              Boolean toestemmingBudgetbeheer) {
        this(trajectId, ronde, besluit, reden, door, datum);
        this.toestemmingBudgetbeheer = toestemmingBudgetbeheer;
    }

    public int getRonde() { return ronde; }
    public String getBesluit() { return besluit; }
    public String getReden() { return reden; }
    public String getDoor() { return door; }
    public LocalDate getDatum() { return datum; }
    public Boolean getToestemmingBudgetbeheer() { return toestemmingBudgetbeheer; }
}
