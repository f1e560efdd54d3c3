package nl.regie.inburgering.duo.afstemming;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A difference the reconciliation found between our dossier and DUO (table duo_afstemming_verschil), with both
 * values. While it is open its {@code openSleutel} (dossier + onderwerp) is unique: the same open mismatch gets one
 * row and one task, however many nights it is seen again.
 */
@Entity
@Table(name = "duo_afstemming_verschil")
public class AfstemmingsVerschil {

    public enum Onderwerp {
        PLICHT("Inburgeringsplicht"),
        DOELGROEP("Doelgroep"),
        TERMIJN_EINDE("Einde inburgeringstermijn"),
        VRIJSTELLING("Vrijstelling"),
        ONTHEFFING("Ontheffing");

        private final String omschrijving;

        Onderwerp(String omschrijving) {
            this.omschrijving = omschrijving;
        }

        public String omschrijving() {
            return omschrijving;
        }
    }

    public enum Status {
        /** Found; the procesbeheerder has a task. */
        OPEN,
        /** The procesbeheerder dealt with it. */
        AFGEHANDELD,
        /** A later night found our view and DUO's equal again: the task was withdrawn. */
        OPGELOST
    }

    public enum Afhandeling { ONS_DOSSIER_AANGEPAST, DUO_GEVRAAGD_TE_CORRIGEREN, GEEN_ACTIE }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Onderwerp onderwerp;
    private String onzeWaarde;
    private String duoWaarde;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String openSleutel;
    private Instant gevondenOp;
    private Instant laatstGezien;
    private Instant afgehandeldOp;
    private String afgehandeldDoor;
    @Enumerated(EnumType.STRING)
    private Afhandeling afhandeling;
    private String toelichting;

    protected AfstemmingsVerschil() {
    }

    public AfstemmingsVerschil(Long dossierId, Onderwerp onderwerp, String onzeWaarde, String duoWaarde, Instant op) {
        this.dossierId = dossierId;
        this.onderwerp = onderwerp;
        this.onzeWaarde = onzeWaarde;
        this.duoWaarde = duoWaarde;
        this.status = Status.OPEN;
        this.openSleutel = sleutel(dossierId, onderwerp);
        this.gevondenOp = op;
        this.laatstGezien = op;
    }

    static String sleutel(Long dossierId, Onderwerp onderwerp) {
        return dossierId + ":" + onderwerp.name();
    }

    /** Seen again: the newest values (the task shows those of its creation; the row and the API the newest). */
    void opnieuwGezien(String onzeWaarde, String duoWaarde, Instant op) {
        this.onzeWaarde = onzeWaarde;
        this.duoWaarde = duoWaarde;
        this.laatstGezien = op;
    }

    void afgehandeld(Afhandeling afhandeling, String toelichting, String door, Instant op) {
        this.status = Status.AFGEHANDELD;
        this.openSleutel = null;
        this.afhandeling = afhandeling;
        this.toelichting = toelichting;
        this.afgehandeldDoor = door;
        this.afgehandeldOp = op;
    }

    void opgelost(Instant op) {
        this.status = Status.OPGELOST;
        this.openSleutel = null;
        this.afgehandeldOp = op;
        this.afgehandeldDoor = "systeem:duo-afstemming";
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Onderwerp getOnderwerp() { return onderwerp; }
    public String getOnzeWaarde() { return onzeWaarde; }
    public String getDuoWaarde() { return duoWaarde; }
    public Status getStatus() { return status; }
    public Instant getGevondenOp() { return gevondenOp; }
    public Instant getLaatstGezien() { return laatstGezien; }
    public Instant getAfgehandeldOp() { return afgehandeldOp; }
    public String getAfgehandeldDoor() { return afgehandeldDoor; }
    public Afhandeling getAfhandeling() { return afhandeling; }
    public String getToelichting() { return toelichting; }
}
