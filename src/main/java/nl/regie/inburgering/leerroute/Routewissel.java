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

    /** A route switch changes the PIP: the casemanager asks, a teamleider fixes the new version or refuses. */
    public enum Status { AANGEVRAAGD, VASTGESTELD, AFGEWEZEN, VERVALLEN }

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
    @Enumerated(EnumType.STRING)
    private Status status;
    private String beoordeeldDoor;
    private LocalDate beoordeeldOp;
    private String opmerking;
    private Integer pipVersie;
    private String procesInstantieId;

    protected Routewissel() {
    }

    public Routewissel(Long dossierId, Leerroute van, Leerroute naar, String reden, String door, LocalDate datum) {
        this.dossierId = dossierId;
        this.van = van;
        this.naar = naar;
        this.reden = reden;
        this.door = door;
        this.datum = datum;
        this.status = Status.AANGEVRAAGD;
    }

    /** The casemanager redrafted the PIP change this switch belongs to (a returned change) before it was decided. */
    public void herzien(Leerroute naar, String reden) {
        this.naar = naar;
        this.reden = reden;
    }

    public void vastgesteld(String teamleider, LocalDate op, int pipVersie) {
        this.status = Status.VASTGESTELD;
        this.beoordeeldDoor = teamleider;
        this.beoordeeldOp = op;
        this.pipVersie = pipVersie;
    }

    public void afgewezen(String teamleider, LocalDate op, String opmerking) {
        this.status = Status.AFGEWEZEN;
        this.beoordeeldDoor = teamleider;
        this.beoordeeldOp = op;
        this.opmerking = opmerking;
    }

    /** The request's own process: the process finds its request by this id, never by a variable. */
    public void gestartIn(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    /** The dossier ended before a teamleider decided. */
    public void vervallen(LocalDate op) {
        this.status = Status.VERVALLEN;
        this.beoordeeldOp = op;
    }

    public Leerroute getVan() { return van; }
    public Leerroute getNaar() { return naar; }
    public String getReden() { return reden; }
    public LocalDate getDatum() { return datum; }
    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getDoor() { return door; }
    public Status getStatus() { return status; }
    public String getProcesInstantieId() { return procesInstantieId; }
    public String getBeoordeeldDoor() { return beoordeeldDoor; }
    public LocalDate getBeoordeeldOp() { return beoordeeldOp; }
    public String getOpmerking() { return opmerking; }
    public Integer getPipVersie() { return pipVersie; }
}
