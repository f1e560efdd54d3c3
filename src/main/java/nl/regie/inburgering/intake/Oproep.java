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

    public void verschijning(boolean verschenen, RedenNietVerschenen reden, String toelichting) {
        this.verschenen = verschenen;
        this.redenNietVerschenen = verschenen ? null : reden;
        if (toelichting != null) {
            this.toelichting = toelichting;
        }
    }

    public void waarschuwingVerzonden(LocalDate datum, String toelichting) {
        this.waarschuwingVerzonden = datum;
        this.waarschuwingToelichting = toelichting;
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
}
