package nl.regie.inburgering.termijn;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The casemanager's conversation about the term before its end (Task_InburgeringstermijnBespreken). */
@Entity
@Table(name = "termijn_bespreking")
public class TermijnBespreking {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private LocalDate termijnEinde;
    private boolean opKoers;
    private boolean verlengingAanvragen;
    private String reden;
    private String besprokenDoor;
    private LocalDate besprokenOp;

    protected TermijnBespreking() {
    }

    public TermijnBespreking(Long dossierId, LocalDate termijnEinde, boolean opKoers, boolean verlengingAanvragen,
                             String reden, String besprokenDoor, LocalDate besprokenOp) {
        this.dossierId = dossierId;
        this.termijnEinde = termijnEinde;
        this.opKoers = opKoers;
        this.verlengingAanvragen = verlengingAanvragen;
        this.reden = reden;
        this.besprokenDoor = besprokenDoor;
        this.besprokenOp = besprokenOp;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public LocalDate getTermijnEinde() { return termijnEinde; }
    public boolean isOpKoers() { return opKoers; }
    public boolean isVerlengingAanvragen() { return verlengingAanvragen; }
    public String getReden() { return reden; }
    public String getBesprokenDoor() { return besprokenDoor; }
    public LocalDate getBesprokenOp() { return besprokenOp; }
}
