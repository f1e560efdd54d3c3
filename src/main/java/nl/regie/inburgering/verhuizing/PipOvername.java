package nl.regie.inburgering.verhuizing;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.regie.inburgering.pip.Leerroute;

/**
 * A PIP, leerroute and inburgeringstermijn that a dossier took over instead of a new brede intake, ten weeks and
 * three years: from a gemeente not on this installation (DUO SS121), from the old dossier after a move within the
 * installation, or from the closed dossier when it is reopened and the PIP still applies (SS130). The main process
 * decides on this row; the casemanager confirms it.
 */
@Entity
@Table(name = "pip_overname")
public class PipOvername {

    public enum Bron { DUO_SS121, VERHUIZING, HEROPENING }

    public enum Besluit { BEVESTIGEN, PIP_WIJZIGEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Bron bron;
    private String vorigeGemeente;
    private Long vorigDossierId;
    @Enumerated(EnumType.STRING)
    private Leerroute leerroute;
    private LocalDate dagtekening;
    private LocalDate termijnStart;
    private LocalDate termijnEinde;
    private String geregistreerdDoor;
    private Instant geregistreerdOp;
    @Enumerated(EnumType.STRING)
    private Besluit besluit;
    private String bevestigdDoor;
    private Instant bevestigdOp;

    protected PipOvername() {
    }

    public PipOvername(Long dossierId, Bron bron, String vorigeGemeente, Long vorigDossierId, Leerroute leerroute,
                       LocalDate dagtekening, LocalDate termijnStart, LocalDate termijnEinde, String door, Instant op) {
        this.dossierId = dossierId;
        this.bron = bron;
        this.vorigeGemeente = vorigeGemeente;
        this.vorigDossierId = vorigDossierId;
        this.leerroute = leerroute;
        this.dagtekening = dagtekening;
        this.termijnStart = termijnStart;
        this.termijnEinde = termijnEinde;
        this.geregistreerdDoor = door;
        this.geregistreerdOp = op;
    }

    public void bevestigd(Besluit besluit, String door, Instant op) {
        this.besluit = besluit;
        this.bevestigdDoor = door;
        this.bevestigdOp = op;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Bron getBron() { return bron; }
    public String getVorigeGemeente() { return vorigeGemeente; }
    public Long getVorigDossierId() { return vorigDossierId; }
    public Leerroute getLeerroute() { return leerroute; }
    public LocalDate getDagtekening() { return dagtekening; }
    public LocalDate getTermijnStart() { return termijnStart; }
    public LocalDate getTermijnEinde() { return termijnEinde; }
    public String getGeregistreerdDoor() { return geregistreerdDoor; }
    public Besluit getBesluit() { return besluit; }
    public String getBevestigdDoor() { return bevestigdDoor; }
    public Instant getBevestigdOp() { return bevestigdOp; }
}
