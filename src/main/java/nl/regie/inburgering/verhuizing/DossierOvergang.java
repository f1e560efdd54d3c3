package nl.regie.inburgering.verhuizing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How a dossier was left for a follow-up: moved out (the dossier ended with reason {@code VERHUISD}) or reopened.
 * One per dossier, so the same move or reopening twice gives one new dossier.
 */
@Entity
@Table(name = "dossier_overgang")
public class DossierOvergang {

    public enum Soort { VERHUIZING, HEROPENING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Soort soort;
    /** Coded: {@code Beeindigingsreden.VERHUISD} for a move, a {@link Heropeningsreden} for a reopening. */
    private String reden;
    /** CBS code of the gemeente moved to (also when it is not on this installation). */
    private String naarGemeente;
    private LocalDate datum;
    private Long nieuwDossierId;
    private String door;
    private Instant op;

    protected DossierOvergang() {
    }

    public DossierOvergang(Long dossierId, Soort soort, String reden, String naarGemeente, LocalDate datum,
                           String door, Instant op) {
        this.dossierId = dossierId;
        this.soort = soort;
        this.reden = reden;
        this.naarGemeente = naarGemeente;
        this.datum = datum;
        this.door = door;
        this.op = op;
    }

    public void nieuwDossier(Long id) { this.nieuwDossierId = id; }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Soort getSoort() { return soort; }
    public String getReden() { return reden; }
    public String getNaarGemeente() { return naarGemeente; }
    public LocalDate getDatum() { return datum; }
    public Long getNieuwDossierId() { return nieuwDossierId; }
    public String getDoor() { return door; }
}
