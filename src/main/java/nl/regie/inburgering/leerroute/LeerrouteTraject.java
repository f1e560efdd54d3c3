package nl.regie.inburgering.leerroute;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import nl.regie.inburgering.pip.Leerroute;

/**
 * One leerroute of a dossier: at the taalaanbieder the gemeente contracted, or at the school a gezinsmigrant chose
 * (the gemeente only monitors). A route switch ends it and starts a new one.
 */
@Entity
@Table(name = "leerroute_traject")
public class LeerrouteTraject {

    public enum Status { AANGEMELD, GESTART, BEHAALD, AFGEROND, GEWISSELD, BEEINDIGD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Leerroute leerroute;
    private String partner;
    private String taalschool;
    private String taalschoolToelichting;
    private LocalDate aangemeldOp;
    private LocalDate startdatum;
    @Enumerated(EnumType.STRING)
    private Status status;
    private int taaluren;
    private int participatieuren;
    private LocalDate einddatum;
    private LocalDate eindgesprekDatum;
    private String eindgesprekVerslag;
    private LocalDate certificaatDatum;
    @Version
    private long versie;

    protected LeerrouteTraject() {
    }

    private LeerrouteTraject(Long dossierId, Leerroute leerroute, LocalDate aangemeldOp) {
        this.dossierId = dossierId;
        this.leerroute = leerroute;
        this.aangemeldOp = aangemeldOp;
        this.status = Status.AANGEMELD;
    }

    public static LeerrouteTraject bijTaalaanbieder(Long dossierId, Leerroute route, String partner, LocalDate aangemeld,
                                                    LocalDate startdatum) {
        LeerrouteTraject traject = new LeerrouteTraject(dossierId, route, aangemeld);
        traject.partner = partner;
        traject.startdatum = startdatum;
        traject.status = Status.GESTART;
        return traject;
    }

    public static LeerrouteTraject zelfGeregeld(Long dossierId, Leerroute route, String taalschool, LocalDate aangemeld,
                                                LocalDate startdatum, String toelichting) {
        LeerrouteTraject traject = new LeerrouteTraject(dossierId, route, aangemeld);
        traject.taalschool = taalschool;
        traject.taalschoolToelichting = toelichting;
        traject.startdatum = startdatum;
        traject.status = Status.GESTART;
        return traject;
    }

    public void telUren(int taal, int participatie) {
        this.taaluren += taal;
        this.participatieuren += participatie;
    }

    public void behaald(LocalDate datum) {
        this.status = Status.BEHAALD;
        this.einddatum = datum;
    }

    public void eindgesprek(LocalDate datum, String verslag, LocalDate certificaat) {
        this.eindgesprekDatum = datum;
        this.eindgesprekVerslag = verslag;
        this.certificaatDatum = certificaat;
        this.status = Status.AFGEROND;
    }

    public void afgerondZelfGeregeld(LocalDate datum) {
        this.status = Status.AFGEROND;
        this.einddatum = datum;
    }

    /** The dossier ended during the route. */
    public void beeindigd(LocalDate datum) {
        this.status = Status.BEEINDIGD;
        this.einddatum = datum;
    }

    public void gewisseld(LocalDate datum) {
        this.status = Status.GEWISSELD;
        this.einddatum = datum;
    }

    public boolean isLopend() {
        return status == Status.AANGEMELD || status == Status.GESTART;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public Leerroute getLeerroute() { return leerroute; }
    public String getPartner() { return partner; }
    public String getTaalschool() { return taalschool; }
    public String getTaalschoolToelichting() { return taalschoolToelichting; }
    public LocalDate getAangemeldOp() { return aangemeldOp; }
    public LocalDate getStartdatum() { return startdatum; }
    public Status getStatus() { return status; }
    public int getTaaluren() { return taaluren; }
    public int getParticipatieuren() { return participatieuren; }
    public LocalDate getEinddatum() { return einddatum; }
    public LocalDate getEindgesprekDatum() { return eindgesprekDatum; }
    public LocalDate getCertificaatDatum() { return certificaatDatum; }
}
