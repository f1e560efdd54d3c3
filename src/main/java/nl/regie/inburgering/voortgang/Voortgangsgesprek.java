package nl.regie.inburgering.voortgang;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One voortgangsgesprek (Wi 16): when it was planned and held, its outcome, participation and report. */
@Entity
@Table(name = "voortgangsgesprek")
public class Voortgangsgesprek {

    /** What the conversation concluded; drives what happens next. */
    public enum Uitkomst { OP_KOERS, PIP_WIJZIGEN, SIGNAAL_HANDHAVING, ONTHEFFING_ADVISEREN, NIET_VERSCHENEN }

    /** The inburgeraar's participation or work at the time of the conversation. */
    public enum Participatie { GEEN, ORIENTATIE_WERK_STAGE, WERKSTAGE, VRIJWILLIGERSWERK, BETAALDE_BAAN, OPLEIDING }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private LocalDate geplandOp;
    private LocalDate datum;
    @Enumerated(EnumType.STRING)
    private Uitkomst uitkomst;
    @Enumerated(EnumType.STRING)
    private Participatie participatie;
    private String verslag;
    private String gevoerdDoor;
    private Instant vastgelegdOp;

    protected Voortgangsgesprek() {
    }

    public Voortgangsgesprek(Long dossierId, LocalDate geplandOp, LocalDate datum, Uitkomst uitkomst,
                             Participatie participatie, String verslag, String gevoerdDoor, Instant vastgelegdOp) {
        this.dossierId = dossierId;
        this.geplandOp = geplandOp;
        this.datum = datum;
        this.uitkomst = uitkomst;
        this.participatie = participatie;
        this.verslag = verslag;
        this.gevoerdDoor = gevoerdDoor;
        this.vastgelegdOp = vastgelegdOp;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public LocalDate getGeplandOp() { return geplandOp; }
    public LocalDate getDatum() { return datum; }
    public Uitkomst getUitkomst() { return uitkomst; }
    public Participatie getParticipatie() { return participatie; }
    public String getVerslag() { return verslag; }
    public String getGevoerdDoor() { return gevoerdDoor; }
    public Instant getVastgelegdOp() { return vastgelegdOp; }
}
