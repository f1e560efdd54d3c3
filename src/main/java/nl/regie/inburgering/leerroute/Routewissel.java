package nl.regie.inburgering.leerroute;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.regie.inburgering.pip.Leerroute;

@Entity
@Table(name = "leerroute_wissel")
public class Routewissel {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Leerroute van;
    @Enumerated(EnumType.STRING)
    private Leerroute naar;
    private String reden;
    private String door;
    private LocalDate datum;

    protected Routewissel() {
    }

    public Routewissel(Long dossierId, Leerroute van, Leerroute naar, String reden, String door, LocalDate datum) {
        this.dossierId = dossierId;
        this.van = van;
        this.naar = naar;
        this.reden = reden;
        this.door = door;
        this.datum = datum;
    }

    public Leerroute getVan() { return van; }
    public Leerroute getNaar() { return naar; }
    public String getReden() { return reden; }
    public LocalDate getDatum() { return datum; }
}
