package nl.regie.inburgering.intake;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A written invitation to the brede intake. After a no-show without a valid reason a warning and a new oproep follow;
 * after a no-show with a valid reason ({@link RedenNietVerschenen}) a new oproep follows without a warning, and this
 * oproep does not count toward the gemeente's maximum ({@link #teltMee()}).
 */
@Entity
@Table(name = "oproep")
public class Oproep {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private int volgnummer;
    private LocalDate datum;
    private String locatie;
    private Boolean verschenen;
    /** Only after a no-show; null on oproepen recorded before the reason was asked (read as no valid reason). */
    @Enumerated(EnumType.STRING)
    private RedenNietVerschenen redenNietVerschenen;
    private LocalDate waarschuwingVerzonden;
    private String toelichting;
    private String waarschuwingToelichting;
    /** Why the appointment lies after the PIP limit; null when it does not (or recorded before the rule). */
    private String naPipTermijnReden;
    /** The date before the last move ("afspraak verzet"); null when never moved. */
    private LocalDate verzetVan;
    private LocalDate verzetOp;
    private String verzetDoor;
    /** Who recorded the written warning (the letter's sender); null on warnings recorded before it was kept. */
    private String waarschuwingDoor;

    protected Oproep() {
    }

    public Oproep(Long dossierId, int volgnummer, LocalDate datum, String locatie, String toelichting) {
        this.dossierId = dossierId;
        this.volgnummer = volgnummer;
        this.datum = datum;
        this.locatie = locatie;
        this.toelichting = toelichting;
    }

    /** The casemanager's reason for an appointment after the PIP limit ({@link OproepDatumControle}). */
    public void naPipTermijn(String reden) {
        this.naPipTermijnReden = reden;
    }

    /**
     * The appointment moved to {@code nieuweDatum} (checked by {@link OproepDatumControle#toets}); the reason is kept
     * only for a date after the PIP limit ({@code naPipTermijnReden} null otherwise).
     */
    public void verzet(LocalDate nieuweDatum, String naPipTermijnReden, String door, LocalDate op) {
        this.verzetVan = this.datum;
        this.datum = nieuweDatum;
        this.naPipTermijnReden = naPipTermijnReden;
        this.verzetDoor = door;
        this.verzetOp = op;
    }

    public void verschijning(boolean verschenen, RedenNietVerschenen reden, String toelichting) {
        this.verschenen = verschenen;
        this.redenNietVerschenen = verschenen ? null : reden;
        if (toelichting != null) {
            this.toelichting = toelichting;
        }
    }

    public void waarschuwingVerzonden(LocalDate datum, String toelichting) {
        waarschuwingVerzonden(datum, toelichting, null);
    }

    public void waarschuwingVerzonden(LocalDate datum, String toelichting, String door) {
        this.waarschuwingVerzonden = datum;
        this.waarschuwingToelichting = toelichting;
        this.waarschuwingDoor = door;
    }

    /** Not appeared, with a valid reason: no warning, no signal. */
    public boolean verontschuldigd() {
        return Boolean.FALSE.equals(verschenen) && redenNietVerschenen != null && redenNietVerschenen.geldig();
    }

    /** Counts toward the gemeente's maximum number of oproepen: every oproep except a no-show with a valid reason. */
    public boolean teltMee() {
        return !verontschuldigd();
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public int getVolgnummer() { return volgnummer; }
    public LocalDate getDatum() { return datum; }
    public String getLocatie() { return locatie; }
    public Boolean getVerschenen() { return verschenen; }
    public RedenNietVerschenen getRedenNietVerschenen() { return redenNietVerschenen; }
    public LocalDate getWaarschuwingVerzonden() { return waarschuwingVerzonden; }
    public String getToelichting() { return toelichting; }
    public String getWaarschuwingToelichting() { return waarschuwingToelichting; }
    public String getNaPipTermijnReden() { return naPipTermijnReden; }
    public LocalDate getVerzetVan() { return verzetVan; }
    public LocalDate getVerzetOp() { return verzetOp; }
    public String getVerzetDoor() { return verzetDoor; }
    public String getWaarschuwingDoor() { return waarschuwingDoor; }
}
