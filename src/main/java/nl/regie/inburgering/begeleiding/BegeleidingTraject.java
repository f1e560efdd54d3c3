package nl.regie.inburgering.begeleiding;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Maatschappelijke begeleiding (Wi 13, Bi 5.1): from the BRP registration, for the gemeente's period, once extendable. */
@Entity
@Table(name = "begeleiding_traject")
public class BegeleidingTraject {

    public enum Status { GEPLAND, LOPEND, AFGEROND, BEEINDIGD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String partner;
    private LocalDate startdatum;
    private LocalDate einddatum;
    private boolean verlengd;
    private String verlengingReden;
    @Enumerated(EnumType.STRING)
    private Status status;

    protected BegeleidingTraject() {
    }

    public BegeleidingTraject(Long dossierId, String partner, LocalDate startdatum, LocalDate einddatum) {
        this.dossierId = dossierId;
        this.partner = partner;
        this.startdatum = startdatum;
        this.einddatum = einddatum;
        this.status = Status.GEPLAND;
    }

    public void gestart(LocalDate startdatum) {
        this.startdatum = startdatum;
        this.status = Status.LOPEND;
    }

    public void verlengd(LocalDate nieuweEinddatum, String reden) {
        this.einddatum = nieuweEinddatum;
        this.verlengd = true;
        this.verlengingReden = reden;
    }

    /** The dossier ended before the support did. */
    public void beeindigd(LocalDate datum) {
        this.einddatum = datum;
        this.status = Status.BEEINDIGD;
    }

    public boolean isLopend() {
        return status == Status.GEPLAND || status == Status.LOPEND;
    }

    public void afgerond(LocalDate einddatum) {
        this.einddatum = einddatum;
        this.status = Status.AFGEROND;
    }

    public Long getDossierId() { return dossierId; }
    public String getPartner() { return partner; }
    public LocalDate getStartdatum() { return startdatum; }
    public LocalDate getEinddatum() { return einddatum; }
    public boolean isVerlengd() { return verlengd; }
    public String getVerlengingReden() { return verlengingReden; }
    public Status getStatus() { return status; }
}
