package nl.regie.inburgering.dossier;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "gebeurtenis")
public class Gebeurtenis {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    @Enumerated(EnumType.STRING)
    private GebeurtenisType type;
    private LocalDate datum;
    private String toelichting;
    /** BEEINDIGD: why, coded. */
    @Enumerated(EnumType.STRING)
    private Beeindigingsreden reden;
    /** VERLENGING_AMBTSHALVE / VERLENGING_OP_AANVRAAG: the new end of the term (exclusive, as DUO's einddatum). */
    private LocalDate einddatum;
    /** Tells events of one type and date apart where several may share them (BOETE_DUO: its code); else empty. */
    private String kenmerk = "";
    private String geregistreerdDoor;
    private Instant geregistreerdOp;

    protected Gebeurtenis() {
    }

    public Gebeurtenis(Long dossierId, GebeurtenisType type, LocalDate datum, String toelichting,
                       String geregistreerdDoor, Instant geregistreerdOp) {
        this.dossierId = dossierId;
        this.type = type;
        this.datum = datum;
        this.toelichting = toelichting;
        this.geregistreerdDoor = geregistreerdDoor;
        this.geregistreerdOp = geregistreerdOp;
    }

    public Gebeurtenis(Long dossierId, GebeurtenisType type, LocalDate datum, String toelichting, Beeindigingsreden reden,
                       LocalDate einddatum, String geregistreerdDoor, Instant geregistreerdOp) {
        this(dossierId, type, datum, toelichting, geregistreerdDoor, geregistreerdOp);
        this.reden = reden;
        this.einddatum = einddatum;
    }

    /** See {@link #getKenmerk()}: the same type, date and kenmerk is the same event. */
    public Gebeurtenis metKenmerk(String kenmerk) {
        this.kenmerk = kenmerk == null ? "" : kenmerk;
        return this;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public GebeurtenisType getType() { return type; }
    public LocalDate getDatum() { return datum; }
    public String getToelichting() { return toelichting; }
    public Beeindigingsreden getReden() { return reden; }
    public LocalDate getEinddatum() { return einddatum; }
    public String getKenmerk() { return kenmerk; }
    public String getGeregistreerdDoor() { return geregistreerdDoor; }
    public Instant getGeregistreerdOp() { return geregistreerdOp; }
}
