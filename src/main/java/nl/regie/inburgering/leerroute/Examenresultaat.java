package nl.regie.inburgering.leerroute;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The latest result per exam part (B1: lezen, luisteren, schrijven, spreken, KNM). */
@Entity
@Table(name = "examenresultaat")
public class Examenresultaat {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String onderdeel;
    private String resultaat;
    private LocalDate datum;

    protected Examenresultaat() {
    }

    public Examenresultaat(Long dossierId, String onderdeel) {
        this.dossierId = dossierId;
        this.onderdeel = onderdeel;
    }

    public void uitslag(String resultaat, LocalDate datum) {
        this.resultaat = resultaat;
        this.datum = datum;
    }

    public String getOnderdeel() { return onderdeel; }
    public String getResultaat() { return resultaat; }
    public LocalDate getDatum() { return datum; }
}
