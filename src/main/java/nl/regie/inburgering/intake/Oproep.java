package nl.regie.inburgering.intake;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A written invitation to the brede intake; after a no-show a warning and a new oproep follow. */
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
    private LocalDate waarschuwingVerzonden;
    private String toelichting;
    private String waarschuwingToelichting;

    protected Oproep() {
    }

    public Oproep(Long dossierId, int volgnummer, LocalDate datum, String locatie, String toelichting) {
        this.dossierId = dossierId;
        this.volgnummer = volgnummer;
        this.datum = datum;
        this.locatie = locatie;
        this.toelichting = toelichting;
    }

    public void verschijning(boolean verschenen, String toelichting) {
        this.verschenen = verschenen;
        if (toelichting != null) {
            this.toelichting = toelichting;
        }
    }

    public void waarschuwingVerzonden(LocalDate datum, String toelichting) {
        this.waarschuwingVerzonden = datum;
        this.waarschuwingToelichting = toelichting;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public int getVolgnummer() { return volgnummer; }
    public LocalDate getDatum() { return datum; }
    public String getLocatie() { return locatie; }
    public Boolean getVerschenen() { return verschenen; }
    public LocalDate getWaarschuwingVerzonden() { return waarschuwingVerzonden; }
    public String getToelichting() { return toelichting; }
    public String getWaarschuwingToelichting() { return waarschuwingToelichting; }
}
