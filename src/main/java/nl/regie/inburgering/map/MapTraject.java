package nl.regie.inburgering.map;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The Module Arbeidsmarkt en Participatie (Bi 3.2): eight themes, practice hours and the gemeente's eindgesprek. */
@Entity
@Table(name = "map_traject")
public class MapTraject {

    /** ONVOLLEDIG: the provider reported fewer than eight themes; the MAP is not done and the provider is asked again. */
    public enum Status { VRIJGESTELD, GEPLAND, ONVOLLEDIG, UITGEVOERD, AFGEROND, BEEINDIGD, VERVALLEN }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String vrijstellingReden;
    private LocalDate startdatum;
    private Integer minimumUren;
    private Integer uren;
    private Integer modules;
    private LocalDate afgerond;
    private LocalDate vrijstellingDatum;
    private LocalDate eindgesprekDatum;
    private String eindgesprekVerslag;

    protected MapTraject() {
    }

    /** Granted on {@code datum} (the voortgangsrapportage counts vrijstellingen by this day). */
    public static MapTraject vrijgesteld(Long dossierId, String reden, LocalDate datum) {
        MapTraject map = new MapTraject();
        map.dossierId = dossierId;
        map.status = Status.VRIJGESTELD;
        map.vrijstellingReden = reden;
        map.vrijstellingDatum = datum;
        return map;
    }

    public static MapTraject gepland(Long dossierId, LocalDate start, int minimumUren) {
        MapTraject map = new MapTraject();
        map.dossierId = dossierId;
        map.status = Status.GEPLAND;
        map.startdatum = start;
        map.minimumUren = minimumUren;
        return map;
    }

    /** A route switch to the onderwijsroute, where the MAP does not apply (the reason where a vrijstelling's goes). */
    public static MapTraject vervallen(Long dossierId, String reden) {
        MapTraject map = new MapTraject();
        map.dossierId = dossierId;
        map.vervallen(reden);
        return map;
    }

    public void vervallen(String reden) {
        this.status = Status.VERVALLEN;
        this.vrijstellingReden = reden;
    }

    /** The dossier ended before the MAP was done. */
    public void beeindigd() {
        this.status = Status.BEEINDIGD;
    }

    /**
     * The provider's report. Only all eight themes (Bi 3.2) make the MAP executed (the eindgesprek follows); fewer
     * leave it ONVOLLEDIG without a completion date.
     */
    public void uitgevoerd(int uren, int modules, LocalDate afgerond) {
        this.uren = uren;
        this.modules = modules;
        boolean alleThemas = modules >= MapDelegates.THEMAS;
        this.afgerond = alleThemas ? afgerond : null;
        this.status = alleThemas ? Status.UITGEVOERD : Status.ONVOLLEDIG;
    }

    public boolean isAlleThemasAfgerond() {
        return modules != null && modules >= MapDelegates.THEMAS;
    }

    public void eindgesprek(LocalDate datum, String verslag) {
        this.eindgesprekDatum = datum;
        this.eindgesprekVerslag = verslag;
        this.status = Status.AFGEROND;
    }

    public Status getStatus() { return status; }
    public String getVrijstellingReden() { return vrijstellingReden; }
    public LocalDate getStartdatum() { return startdatum; }
    public Integer getMinimumUren() { return minimumUren; }
    public Integer getUren() { return uren; }
    public Integer getModules() { return modules; }
    public LocalDate getAfgerond() { return afgerond; }
    public LocalDate getVrijstellingDatum() { return vrijstellingDatum; }
    public LocalDate getEindgesprekDatum() { return eindgesprekDatum; }
}
