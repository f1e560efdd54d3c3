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
 * A Participatiewet maatregel (the bijstand lowered) for conduct that is also an inburgering obligation, recorded by
 * the inkomensconsulent. Wi 27: no inburgering fine for conduct the bijstand was already lowered for.
 */
@Entity
@Table(name = "pw_maatregel")
public class PwMaatregel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Gedraging gedraging;
    private LocalDate periodeVan;
    private LocalDate periodeTot;
    private LocalDate besluitdatum;
    private Integer verlagingProcent;
    private String omschrijving;
    private String geregistreerdDoor;
    private Instant geregistreerdOp;

    protected PwMaatregel() {
    }

    public PwMaatregel(Long dossierId, Gedraging gedraging, LocalDate periodeVan, LocalDate periodeTot,
                       LocalDate besluitdatum, int verlagingProcent, String omschrijving, String geregistreerdDoor,
                       Instant geregistreerdOp) {
        this.dossierId = dossierId;
        this.gedraging = gedraging;
        this.periodeVan = periodeVan;
        this.periodeTot = periodeTot;
        this.besluitdatum = besluitdatum;
        this.verlagingProcent = verlagingProcent;
        this.omschrijving = omschrijving;
        this.geregistreerdDoor = geregistreerdDoor;
        this.geregistreerdOp = geregistreerdOp;
    }

    /** The same conduct: the same gedraging in an overlapping period. */
    public boolean betreft(Gedraging andere, LocalDate van, LocalDate tot) {
        return gedraging == andere && !periodeVan.isAfter(tot) && !periodeTot.isBefore(van);
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Gedraging getGedraging() { return gedraging; }
    public LocalDate getPeriodeVan() { return periodeVan; }
    public LocalDate getPeriodeTot() { return periodeTot; }
    public LocalDate getBesluitdatum() { return besluitdatum; }
    public Integer getVerlagingProcent() { return verlagingProcent; }
    public String getOmschrijving() { return omschrijving; }
    public String getGeregistreerdDoor() { return geregistreerdDoor; }
    public Instant getGeregistreerdOp() { return geregistreerdOp; }
}
