package nl.regie.inburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * One exam result as DUO reported it (SS199): authoritative. The taalaanbieder's reported results
 * ({@link Examenresultaat}) stay informative; the B1-route is met only when DUO reports every part passed.
 */
@Entity
@Table(name = "examenresultaat_duo")
public class ExamenresultaatDuo {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String onderdeel;
    private String resultaat;
    private LocalDate datum;
    private Instant ontvangenOp;

    protected ExamenresultaatDuo() {
    }

    public ExamenresultaatDuo(Long dossierId, String onderdeel, String resultaat, LocalDate datum, Instant ontvangenOp) {
        this.dossierId = dossierId;
        this.onderdeel = onderdeel;
        this.resultaat = resultaat;
        this.datum = datum;
        this.ontvangenOp = ontvangenOp;
    }

    public boolean isGehaald() { return "GEHAALD".equals(resultaat); }
    public String getOnderdeel() { return onderdeel; }
    public String getResultaat() { return resultaat; }
    public LocalDate getDatum() { return datum; }
}
