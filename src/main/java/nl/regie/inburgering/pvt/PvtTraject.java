package nl.regie.inburgering.pvt;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The participatieverklaringstraject: at least 12 hours, ending in the signed participatieverklaring (Bi 3.1). */
@Entity
@Table(name = "pvt_traject")
public class PvtTraject {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String partner;
    private LocalDate streefdatum;
    private LocalDate ondertekend;
    private Integer uren;

    protected PvtTraject() {
    }

    public PvtTraject(Long dossierId, String partner, LocalDate streefdatum) {
        this.dossierId = dossierId;
        this.partner = partner;
        this.streefdatum = streefdatum;
    }

    public void ondertekend(LocalDate datum, int uren) {
        this.ondertekend = datum;
        this.uren = uren;
    }

    public Long getDossierId() { return dossierId; }
    public String getPartner() { return partner; }
    public LocalDate getStreefdatum() { return streefdatum; }
    public LocalDate getOndertekend() { return ondertekend; }
    public Integer getUren() { return uren; }
}
