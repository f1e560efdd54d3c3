package nl.regie.inburgering.duo;

import java.time.Instant;
import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A notification DUO sent us ({@code POST /api/duo/notificaties}, Notificatie.yml), stored before it is processed.
 * The BSN stays here only until the notification is tied to a dossier (then {@code persoon} holds it) or needs no
 * DUO read any more; it never goes into the engine.
 */
@Entity
@Table(name = "duo_notificatie")
public class DuoNotificatie {

    /** Where a notification stands. */
    public enum Status {
        /** Stored; its process reads DUO and records our events (a job: retries, then an incident). */
        ONTVANGEN,
        /** Our events are recorded (or none were needed). */
        VERWERKT,
        /** An event we do not act on (unknown or irrelevant id): stored and acknowledged. */
        GENEGEERD,
        /** SS139 for a statushouder: waiting for COA's koppeling (either order works). */
        WACHT_OP_KOPPELING,
        /** A procesbeheerder decides (no dossier, or DUO's value does not fit our data). */
        BEOORDELEN,
        /** The procesbeheerder closed it by hand. */
        AFGEHANDELD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "bericht_id")
    private String berichtId;
    private String bron;
    private String doel;
    private String gemeente;
    @Column(name = "gebeurtenis_id")
    private String gebeurtenisId;
    @Column(name = "registratie_datum_tijd")
    private OffsetDateTime registratieDatumTijd;
    private String bsn;
    @Column(name = "v_nummer")
    private Long vNummer;
    @Column(name = "dossier_id")
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String resultaat;
    @Column(name = "ontvangen_op")
    private Instant ontvangenOp;
    @Column(name = "verwerkt_op")
    private Instant verwerktOp;

    protected DuoNotificatie() {
    }

    public DuoNotificatie(String berichtId, String bron, String doel, String gemeente, String gebeurtenisId,
                          OffsetDateTime registratieDatumTijd, String bsn, Long vNummer, Instant ontvangenOp) {
        this.berichtId = berichtId;
        this.bron = bron;
        this.doel = doel;
        this.gemeente = gemeente;
        this.gebeurtenisId = gebeurtenisId;
        this.registratieDatumTijd = registratieDatumTijd;
        this.bsn = bsn;
        this.vNummer = vNummer;
        this.status = Status.ONTVANGEN;
        this.ontvangenOp = ontvangenOp;
    }

    /** The outcome of one processing round; {@code resultaat} never names the BSN. */
    public void uitkomst(Status status, String resultaat, Instant op) {
        this.status = status;
        this.resultaat = resultaat == null ? null : resultaat.length() > 500 ? resultaat.substring(0, 500) : resultaat;
        this.verwerktOp = op;
        if (status == Status.GENEGEERD || status == Status.AFGEHANDELD || (dossierId != null && status == Status.VERWERKT)) {
            this.bsn = null; // the dossier's persoon holds it, or it is needed no more
        }
    }

    public void hoortBij(Long dossierId) { this.dossierId = dossierId; }

    public Long getId() { return id; }
    public String getBerichtId() { return berichtId; }
    public String getBron() { return bron; }
    public String getDoel() { return doel; }
    public String getGemeente() { return gemeente; }
    public String getGebeurtenisId() { return gebeurtenisId; }
    public OffsetDateTime getRegistratieDatumTijd() { return registratieDatumTijd; }
    public String getBsn() { return bsn; }
    public Long getVNummer() { return vNummer; }
    public Long getDossierId() { return dossierId; }
    public Status getStatus() { return status; }
    public String getResultaat() { return resultaat; }
    public Instant getOntvangenOp() { return ontvangenOp; }
    public Instant getVerwerktOp() { return verwerktOp; }

    @Override
    public String toString() {
        return "DuoNotificatie[" + id + ", " + gebeurtenisId + "]"; // never the BSN
    }
}
