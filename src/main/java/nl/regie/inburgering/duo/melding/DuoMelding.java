package nl.regie.inburgering.duo.melding;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One fact the gemeente reports to DUO (the outbox, table {@code duo_melding}): unique per dossier and {@code feit}
 * (for instance {@code PIP:2}, the second PIP version), so a fact is sent once however often its source publishes it.
 * {@code inhoud} is the report as built from our tables (JSON, never the BSN: that is read from {@code persoon} only
 * for the call). {@code berichtId} stays the same for the engine's retries of one attempt (DUO sees one message); a
 * resend after a refusal takes a new one.
 */
@Entity
@Table(name = "duo_melding")
public class DuoMelding {

    public enum Status {
        /** Recorded, waiting for (the next attempt of) the call. */
        TE_VERZENDEN,
        /** DUO accepted it. */
        VERZONDEN,
        /** DUO refused it functionally: the casemanager has a task. */
        GEWEIGERD,
        /** The casemanager decided not to report it (with a reason). */
        NIET_GEMELD
    }

    public enum Herstel { OPNIEUW_VERSTUREN, NIET_MELDEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private DuoMeldingSoort soort;
    private String feit;
    private String omschrijving;
    private String inhoud;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String berichtId;
    private int pogingen;
    private Instant aangemaaktOp;
    private Instant verzondenOp;
    private String duoAntwoord;
    private String kenmerk;
    @Enumerated(EnumType.STRING)
    private Herstel herstelActie;
    private String herstelToelichting;
    private String herstelDoor;
    private Instant herstelOp;

    protected DuoMelding() {
    }

    public DuoMelding(Long dossierId, DuoMeldingSoort soort, String feit, String omschrijving, String inhoud, Instant op) {
        this.dossierId = dossierId;
        this.soort = soort;
        this.feit = feit;
        this.omschrijving = omschrijving;
        this.inhoud = inhoud;
        this.status = Status.TE_VERZENDEN;
        this.berichtId = UUID.randomUUID().toString();
        this.aangemaaktOp = op;
    }

    public void aanvaard(String kenmerk, Instant op) {
        this.pogingen++;
        this.status = Status.VERZONDEN;
        this.kenmerk = kenmerk;
        this.verzondenOp = op;
        this.duoAntwoord = null;
    }

    public void geweigerd(String antwoord) {
        this.pogingen++;
        this.status = Status.GEWEIGERD;
        this.duoAntwoord = antwoord;
    }

    /** The casemanager's decision on a refused report; a resend is a new message with the content read again. */
    public void hersteld(Herstel actie, String toelichting, String door, Instant op, String nieuweInhoud) {
        this.herstelActie = actie;
        this.herstelToelichting = toelichting;
        this.herstelDoor = door;
        this.herstelOp = op;
        if (actie == Herstel.OPNIEUW_VERSTUREN) {
            this.status = Status.TE_VERZENDEN;
            this.berichtId = UUID.randomUUID().toString();
            if (nieuweInhoud != null) {
                this.inhoud = nieuweInhoud;
            }
        } else {
            this.status = Status.NIET_GEMELD;
        }
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public DuoMeldingSoort getSoort() { return soort; }
    public String getFeit() { return feit; }
    public String getOmschrijving() { return omschrijving; }
    public String getInhoud() { return inhoud; }
    public Status getStatus() { return status; }
    public String getBerichtId() { return berichtId; }
    public int getPogingen() { return pogingen; }
    public Instant getAangemaaktOp() { return aangemaaktOp; }
    public Instant getVerzondenOp() { return verzondenOp; }
    public String getDuoAntwoord() { return duoAntwoord; }
    public String getKenmerk() { return kenmerk; }
    public Herstel getHerstelActie() { return herstelActie; }
    public String getHerstelToelichting() { return herstelToelichting; }
    public String getHerstelDoor() { return herstelDoor; }
    public Instant getHerstelOp() { return herstelOp; }
}
