package nl.regie.inburgering.termijn;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A verlenging of the inburgeringstermijn: the request (VERLENGING_AANGEVRAAGD) and DUO's decision (SS103
 * ambtshalve, SS104 op aanvraag, SS113 afgewezen). End dates are exclusive, as DUO's {@code einddatum}.
 */
@Entity
@Table(name = "termijn_verlenging")
public class TermijnVerlenging {

    public enum Besluit { AMBTSHALVE, OP_AANVRAAG, AFGEWEZEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private LocalDate aangevraagdOp;
    @Enumerated(EnumType.STRING)
    private Besluit besluit;
    private LocalDate besluitOp;
    private LocalDate oudeEinddatum;
    private LocalDate nieuweEinddatum;

    protected TermijnVerlenging() {
    }

    public TermijnVerlenging(Long dossierId, LocalDate aangevraagdOp, LocalDate oudeEinddatum) {
        this.dossierId = dossierId;
        this.aangevraagdOp = aangevraagdOp;
        this.oudeEinddatum = oudeEinddatum;
    }

    public void besloten(Besluit besluit, LocalDate op, LocalDate nieuweEinddatum) {
        this.besluit = besluit;
        this.besluitOp = op;
        this.nieuweEinddatum = nieuweEinddatum;
    }

    public boolean isOpen() { return besluit == null; }
    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public LocalDate getAangevraagdOp() { return aangevraagdOp; }
    public Besluit getBesluit() { return besluit; }
    public LocalDate getBesluitOp() { return besluitOp; }
    public LocalDate getOudeEinddatum() { return oudeEinddatum; }
    public LocalDate getNieuweEinddatum() { return nieuweEinddatum; }
}
