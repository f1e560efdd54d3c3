package nl.regie.inburgering.duo.melding;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A casemanager registered at DUO as contactpersoon of a gemeente (Contactpersoon.yml): DUO's id for them. */
@Entity
@Table(name = "duo_contactpersoon")
public class DuoContactpersoon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String gemeente;
    private String gebruiker;
    private Integer duoId;
    private Instant geregistreerdOp;

    protected DuoContactpersoon() {
    }

    public DuoContactpersoon(String gemeente, String gebruiker, int duoId, Instant op) {
        this.gemeente = gemeente;
        this.gebruiker = gebruiker;
        this.duoId = duoId;
        this.geregistreerdOp = op;
    }

    /** DUO gave this casemanager a new id (DUO no longer knew the old one). */
    void vervang(int nieuwDuoId, Instant op) {
        this.duoId = nieuwDuoId;
        this.geregistreerdOp = op;
    }

    public Long getId() { return id; }
    public String getGemeente() { return gemeente; }
    public String getGebruiker() { return gebruiker; }
    public Integer getDuoId() { return duoId; }
    public Instant getGeregistreerdOp() { return geregistreerdOp; }
}
