package nl.regie.inburgering.partner;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner told that a dossier ended (route step 13), and its confirmation. */
@Entity
@Table(name = "partner_afmelding")
public class PartnerAfmelding {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String partner;
    private String topic;
    private Instant gevraagdOp;
    private Instant bevestigdOp;
    private String toelichting;

    protected PartnerAfmelding() {
    }

    public PartnerAfmelding(Long dossierId, String partner, String topic, Instant gevraagdOp) {
        this.dossierId = dossierId;
        this.partner = partner;
        this.topic = topic;
        this.gevraagdOp = gevraagdOp;
    }

    public void bevestigd(Instant op, String toelichting) {
        this.bevestigdOp = op;
        this.toelichting = toelichting;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getPartner() { return partner; }
    public String getTopic() { return topic; }
    public Instant getGevraagdOp() { return gevraagdOp; }
    public Instant getBevestigdOp() { return bevestigdOp; }
    public String getToelichting() { return toelichting; }
}
