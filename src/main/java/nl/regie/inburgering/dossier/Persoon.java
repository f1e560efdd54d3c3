package nl.regie.inburgering.dossier;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The inburgeraar. The BSN lives here only: never in business keys, variables, task names or logs. */
@Entity
@Table(name = "persoon")
public class Persoon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String bsn;
    private String voornamen;
    private String achternaam;
    private LocalDate geboortedatum;
    private String nationaliteit;

    protected Persoon() {
    }

    public Persoon(String bsn, String voornamen, String achternaam, LocalDate geboortedatum, String nationaliteit) {
        this.bsn = bsn;
        this.voornamen = voornamen;
        this.achternaam = achternaam;
        this.geboortedatum = geboortedatum;
        this.nationaliteit = nationaliteit;
    }

    public Long getId() { return id; }
    public String getBsn() { return bsn; }
    public String getVoornamen() { return voornamen; }
    public String getAchternaam() { return achternaam; }
    public LocalDate getGeboortedatum() { return geboortedatum; }
    public String getNationaliteit() { return nationaliteit; }

    public String volledigeNaam() {
        return voornamen + " " + achternaam;
    }

    @Override
    public String toString() {
        return "Persoon[" + id + "]"; // never the BSN
    }
}
