package nl.regie.inburgering.handhaving;

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
 * A signal that the inburgeraar may not be meeting the obligations (behaviour worth handhaving), for example from a
 * voortgangsgesprek. Recorded with status {@code OPEN}; the handhaving capability (its own issue) takes it from there.
 */
@Entity
@Table(name = "handhaving_signaal")
public class HandhavingSignaal {

    public enum Bron { VOORTGANGSGESPREK }

    public enum Status { OPEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Bron bron;
    private LocalDate datum;
    private String omschrijving;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String gemeldDoor;
    private Instant geregistreerdOp;

    protected HandhavingSignaal() {
    }

    public HandhavingSignaal(Long dossierId, Bron bron, LocalDate datum, String omschrijving, String gemeldDoor,
                             Instant geregistreerdOp) {
        this.dossierId = dossierId;
        this.bron = bron;
        this.datum = datum;
        this.omschrijving = omschrijving;
        this.status = Status.OPEN;
        this.gemeldDoor = gemeldDoor;
        this.geregistreerdOp = geregistreerdOp;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Bron getBron() { return bron; }
    public LocalDate getDatum() { return datum; }
    public String getOmschrijving() { return omschrijving; }
    public Status getStatus() { return status; }
    public String getGemeldDoor() { return gemeldDoor; }
    public Instant getGeregistreerdOp() { return geregistreerdOp; }
}
