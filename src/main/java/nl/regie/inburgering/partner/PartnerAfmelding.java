package nl.regie.inburgering.partner;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A partner told that its work for a dossier ended, and its confirmation. */
@Entity
@Table(name = "partner_afmelding")
public class PartnerAfmelding {

    /** Why the partner is told: the dossier ended (route step 13), or a route switch ended the old enrolment. */
    public enum Aanleiding { BEEINDIGING, ROUTEWISSEL }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Aanleiding aanleiding;
    private String partner;
    private String topic;
    private String reden;
    private Instant gevraagdOp;
    private Instant bevestigdOp;
    private String toelichting;
    private String procesInstantieId;

    protected PartnerAfmelding() {
    }

    public PartnerAfmelding(Long dossierId, Aanleiding aanleiding, String partner, String topic, String reden,
                            Instant gevraagdOp) {
        this.dossierId = dossierId;
        this.aanleiding = aanleiding;
        this.partner = partner;
        this.topic = topic;
        this.reden = reden.length() > 1000 ? reden.substring(0, 1000) : reden;
        this.gevraagdOp = gevraagdOp;
    }

    public void bevestigd(Instant op, String toelichting) {
        this.bevestigdOp = op;
        this.toelichting = toelichting;
    }

    /** The partner-afmelding process that tells the partner: it finds this row by that id, never by a variable. */
    public void gestartIn(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Aanleiding getAanleiding() { return aanleiding; }
    public String getReden() { return reden; }
    public String getPartner() { return partner; }
    public String getTopic() { return topic; }
    public Instant getGevraagdOp() { return gevraagdOp; }
    public Instant getBevestigdOp() { return bevestigdOp; }
    public String getToelichting() { return toelichting; }
    public String getProcesInstantieId() { return procesInstantieId; }
}
