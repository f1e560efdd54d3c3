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
 * A signal that the inburgeraar may not be meeting an obligation: conduct in a period (the fact), from a source. Every
 * signal is kept; the first signal of a fact starts a handhaving case ({@code ZAAK}), a later one of the same fact is
 * linked to that case ({@code DUBBEL}): one fact, one case.
 */
@Entity
@Table(name = "handhaving_signaal")
public class HandhavingSignaal {

    public enum Bron { VOORTGANGSGESPREK, BREDE_INTAKE, PARTNERRAPPORTAGE, INBURGERINGSTERMIJN, CASEMANAGER }

    /** OPEN: recorded, no case yet (rows from before cases existed); ZAAK: started a case; DUBBEL: its fact has one. */
    public enum Status { OPEN, ZAAK, DUBBEL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Bron bron;
    @Enumerated(EnumType.STRING)
    private Gedraging gedraging;
    private LocalDate periodeVan;
    private LocalDate periodeTot;
    private LocalDate datum;
    private String omschrijving;
    @Enumerated(EnumType.STRING)
    private Status status;
    private Long zaakId;
    private String gemeldDoor;
    private Instant geregistreerdOp;

    protected HandhavingSignaal() {
    }

    public HandhavingSignaal(Long dossierId, Bron bron, Gedraging gedraging, LocalDate periodeVan, LocalDate periodeTot,
                             LocalDate datum, String omschrijving, String gemeldDoor, Instant geregistreerdOp) {
        this.dossierId = dossierId;
        this.bron = bron;
        this.gedraging = gedraging;
        this.periodeVan = periodeVan;
        this.periodeTot = periodeTot;
        this.datum = datum;
        this.omschrijving = omschrijving;
        this.status = Status.OPEN;
        this.gemeldDoor = gemeldDoor;
        this.geregistreerdOp = geregistreerdOp;
    }

    /** This signal started the case. */
    public void zaakGestart(Long zaakId) {
        this.status = Status.ZAAK;
        this.zaakId = zaakId;
    }

    /** The fact of this signal already has a case: linked to it, no second case. */
    public void dubbel(Long zaakId) {
        this.status = Status.DUBBEL;
        this.zaakId = zaakId;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Bron getBron() { return bron; }
    public Gedraging getGedraging() { return gedraging; }
    public LocalDate getPeriodeVan() { return periodeVan; }
    public LocalDate getPeriodeTot() { return periodeTot; }
    public LocalDate getDatum() { return datum; }
    public String getOmschrijving() { return omschrijving; }
    public Status getStatus() { return status; }
    public Long getZaakId() { return zaakId; }
    public String getGemeldDoor() { return gemeldDoor; }
    public Instant getGeregistreerdOp() { return geregistreerdOp; }
}
