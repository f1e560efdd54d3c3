package nl.regie.inburgering.handhaving;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * The gemeente's verwijtbaar indication for one of DUO's results (PVT, MAP, LEERROUTE), which DUO's own fines rest on
 * ({@code ../shared/duo/api/MAPPVTZroute.yml}, {@code ResultaatPvt.verwijtbaar} and siblings). Set by the outcome of
 * a handhaving case; the newest row per onderdeel counts; the DUO interface reports it.
 */
@Entity
@Table(name = "duo_verwijtbaarheid")
public class DuoVerwijtbaarheid {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String onderdeel;
    private Boolean verwijtbaar;
    private Long zaakId;
    private LocalDate vastgesteldOp;
    private String vastgesteldDoor;

    protected DuoVerwijtbaarheid() {
    }

    public DuoVerwijtbaarheid(Long dossierId, String onderdeel, boolean verwijtbaar, Long zaakId, LocalDate vastgesteldOp,
                              String vastgesteldDoor) {
        this.dossierId = dossierId;
        this.onderdeel = onderdeel;
        this.verwijtbaar = verwijtbaar;
        this.zaakId = zaakId;
        this.vastgesteldOp = vastgesteldOp;
        this.vastgesteldDoor = vastgesteldDoor;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getOnderdeel() { return onderdeel; }
    public Boolean getVerwijtbaar() { return verwijtbaar; }
    public Long getZaakId() { return zaakId; }
    public LocalDate getVastgesteldOp() { return vastgesteldOp; }
    public String getVastgesteldDoor() { return vastgesteldDoor; }
}
