package nl.regie.inburgering.dossier;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One read or change of a dossier's personal data through our API: the audit trail per dossier. */
@Entity
@Table(name = "dossier_inzage")
public class Inzage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String gebruiker;
    private String actie;
    private Instant tijdstip;

    protected Inzage() {
    }

    public Inzage(Long dossierId, String gebruiker, String actie, Instant tijdstip) {
        this.dossierId = dossierId;
        this.gebruiker = gebruiker;
        this.actie = actie;
        this.tijdstip = tijdstip;
    }

    public Long getDossierId() { return dossierId; }
    public String getGebruiker() { return gebruiker; }
    public String getActie() { return actie; }
    public Instant getTijdstip() { return tijdstip; }
}
