package nl.regie.inburgering.ontheffing;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** DUO asked the gemeente's advice on an ontheffing request (SS140); the casemanager's advice and reason. */
@Entity
@Table(name = "ontheffing_advies")
public class OntheffingAdvies {

    public enum Advies { POSITIEF, NEGATIEF }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private LocalDate gevraagdOp;
    @Enumerated(EnumType.STRING)
    private Advies advies;
    private String reden;
    private String geadviseerdDoor;
    private LocalDate geadviseerdOp;

    protected OntheffingAdvies() {
    }

    public OntheffingAdvies(Long dossierId, LocalDate gevraagdOp) {
        this.dossierId = dossierId;
        this.gevraagdOp = gevraagdOp;
    }

    public void geadviseerd(Advies advies, String reden, String door, LocalDate op) {
        this.advies = advies;
        this.reden = reden;
        this.geadviseerdDoor = door;
        this.geadviseerdOp = op;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public LocalDate getGevraagdOp() { return gevraagdOp; }
    public Advies getAdvies() { return advies; }
    public String getReden() { return reden; }
    public String getGeadviseerdDoor() { return geadviseerdDoor; }
    public LocalDate getGeadviseerdOp() { return geadviseerdOp; }
}
