package nl.regie.inburgering.handhaving;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A fine a previous gemeente outside this installation imposed in the same inburgeringstermijn (after a move): it
 * counts for the maximum per term and for a repeat within twelve months. Fines of dossiers in this installation are
 * read from {@code handhaving_zaak} and never recorded here.
 */
@Entity
@Table(name = "handhaving_eerdere_boete")
public class EerdereBoete {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String gemeenteCode;
    @Enumerated(EnumType.STRING)
    private Gedraging gedraging;
    private LocalDate gedragsdatum;
    private LocalDate dagtekening;
    private BigDecimal bedrag;
    private String kenmerk;
    private String geregistreerdDoor;
    private Instant geregistreerdOp;

    protected EerdereBoete() {
    }

    public EerdereBoete(Long dossierId, String gemeenteCode, Gedraging gedraging, LocalDate gedragsdatum,
                        LocalDate dagtekening, BigDecimal bedrag, String kenmerk, String geregistreerdDoor,
                        Instant geregistreerdOp) {
        this.dossierId = dossierId;
        this.gemeenteCode = gemeenteCode;
        this.gedraging = gedraging;
        this.gedragsdatum = gedragsdatum;
        this.dagtekening = dagtekening;
        this.bedrag = bedrag;
        this.kenmerk = kenmerk;
        this.geregistreerdDoor = geregistreerdDoor;
        this.geregistreerdOp = geregistreerdOp;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getGemeenteCode() { return gemeenteCode; }
    public Gedraging getGedraging() { return gedraging; }
    public LocalDate getGedragsdatum() { return gedragsdatum; }
    public LocalDate getDagtekening() { return dagtekening; }
    public BigDecimal getBedrag() { return bedrag; }
    public String getKenmerk() { return kenmerk; }
    public String getGeregistreerdDoor() { return geregistreerdDoor; }
    public Instant getGeregistreerdOp() { return geregistreerdOp; }
}
