package nl.regie.inburgering.leerroute;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A periodic progress report: level per skill, attendance and hours (Z-route: language and participation). */
@Entity
@Table(name = "voortgangsrapportage")
public class Voortgangsrapportage {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long trajectId;
    private LocalDate periodeTot;
    private String lezen;
    private String luisteren;
    private String schrijven;
    private String spreken;
    private Integer aanwezigheid;
    private Integer uren;
    private Integer taaluren;
    private Integer participatieuren;
    private String oordeel;
    private String toelichting;
    private Instant ontvangenOp;

    protected Voortgangsrapportage() {
    }

    public Voortgangsrapportage(Long trajectId, LocalDate periodeTot, String lezen, String luisteren, String schrijven,
                                String spreken, Integer aanwezigheid, Integer uren, Integer taaluren,
                                Integer participatieuren, String oordeel, String toelichting, Instant ontvangenOp) {
        this.trajectId = trajectId;
        this.periodeTot = periodeTot;
        this.lezen = lezen;
        this.luisteren = luisteren;
        this.schrijven = schrijven;
        this.spreken = spreken;
        this.aanwezigheid = aanwezigheid;
        this.uren = uren;
        this.taaluren = taaluren;
        this.participatieuren = participatieuren;
        this.oordeel = oordeel;
        this.toelichting = toelichting;
        this.ontvangenOp = ontvangenOp;
    }

    public Long getTrajectId() { return trajectId; }
    public LocalDate getPeriodeTot() { return periodeTot; }
    public String getLezen() { return lezen; }
    public String getLuisteren() { return luisteren; }
    public String getSchrijven() { return schrijven; }
    public String getSpreken() { return spreken; }
    public Integer getAanwezigheid() { return aanwezigheid; }
    public Integer getUren() { return uren; }
    public Integer getTaaluren() { return taaluren; }
    public Integer getParticipatieuren() { return participatieuren; }
    public String getOordeel() { return oordeel; }
}
