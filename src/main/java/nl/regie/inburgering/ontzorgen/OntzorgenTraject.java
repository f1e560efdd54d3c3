package nl.regie.inburgering.ontzorgen;

import java.time.LocalDate;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Financieel ontzorgen (Pw 56a): the fixed costs the gemeente pays from the bijstand, and how it ended. */
@Entity
@Table(name = "ontzorgen_traject")
public class OntzorgenTraject {

    public enum Status { AANGEVRAAGD, INHOUDING_LOOPT, VRIJWILLIG_BUDGETBEHEER, BEEINDIGD }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private LocalDate bijstandStartdatum;
    private String vasteLasten;
    private String referentie;
    private LocalDate budgettrainingDatum;
    private String budgettrainingAanbieder;
    @Enumerated(EnumType.STRING)
    private Status status;
    private LocalDate einddatum;

    protected OntzorgenTraject() {
    }

    public OntzorgenTraject(Long dossierId, LocalDate bijstandStartdatum, String vasteLasten) {
        this.dossierId = dossierId;
        this.bijstandStartdatum = bijstandStartdatum;
        this.vasteLasten = vasteLasten;
        this.status = Status.AANGEVRAAGD;
    }

    public void inhoudingGestart(String referentie) {
        this.referentie = referentie;
        this.status = Status.INHOUDING_LOOPT;
    }

    public void budgettraining(LocalDate datum, String aanbieder) {
        this.budgettrainingDatum = datum;
        this.budgettrainingAanbieder = aanbieder;
    }

    public void vrijwilligBudgetbeheer() {
        this.status = Status.VRIJWILLIG_BUDGETBEHEER;
    }

    public void beeindigd(LocalDate datum) {
        this.status = Status.BEEINDIGD;
        this.einddatum = datum;
    }

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public LocalDate getBijstandStartdatum() { return bijstandStartdatum; }
    public String getVasteLasten() { return vasteLasten; }
    public String getReferentie() { return referentie; }
    public LocalDate getBudgettrainingDatum() { return budgettrainingDatum; }
    public Status getStatus() { return status; }
    public LocalDate getEinddatum() { return einddatum; }
}
