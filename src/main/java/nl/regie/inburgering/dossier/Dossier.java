package nl.regie.inburgering.dossier;

import java.time.Instant;
import java.time.LocalDate;

import nl.regie.inburgering.engine.Tijd;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** One inburgeraar in one gemeente: the case the main process carries. */
@Entity
@Table(name = "dossier")
public class Dossier {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String dossiernummer;
    @ManyToOne(fetch = FetchType.EAGER, optional = false)
    @JoinColumn(name = "persoon_id")
    private Persoon persoon;
    /** Tenant id of the gemeente, e.g. GM0441. */
    private String gemeente;
    @Enumerated(EnumType.STRING)
    private Doelgroep doelgroep;
    private LocalDate koppelingsdatum;
    private boolean bijstand;
    private LocalDate bijstandStartdatum;
    private LocalDate brpInschrijvingsdatum;
    /** COA's expected housing date from the koppeling: shown only, it starts nothing. */
    private LocalDate verwachteHuisvestingsdatum;
    /** The actual housing in the gemeente (event HUISVESTING; the first date counts). */
    private LocalDate huisvestingsdatum;
    @Column(name = "kennisgeving_duo_datum")
    private LocalDate kennisgevingDuoDatum;
    @Enumerated(EnumType.STRING)
    private DossierStatus status;
    private Boolean plichtig;
    private String plichtReden;
    private String plichtBevestiging;
    /** The plicht began before 1 January 2022: the Wet inburgering (2013) applies (Wi 2021 art. 54). */
    @Column(name = "valt_onder_wi2013")
    private boolean valtOnderWi2013;
    private LocalDate pipTermijnStart;
    private LocalDate pipUiterlijkeDatum;
    private LocalDate opschortingSinds;
    private LocalDate informatieDerdeOntvangen;
    private LocalDate inburgeringstermijnStart;
    private LocalDate inburgeringstermijnEinde;
    private String afsluitreden;
    /** Why the dossier ended, coded: countable by reason (DossierRepository.telAfgeslotenPerReden). */
    @Enumerated(EnumType.STRING)
    private Beeindigingsreden afsluitredenCode;
    /** The day the inburgeringstermijn passed with the plicht not met; null while it runs (or after a verlenging). */
    private LocalDate termijnVerstrekenOp;
    private LocalDate afgeslotenOp;
    private LocalDate opgeschoondOp;
    private String geopendDoor;
    private Instant geopendOp;
    @Version
    private long versie;
    // Moving between gemeenten and reopening (verhuizing/): the dossier this one follows up, its number among the
    // person's dossiers in this gemeente, and whether it moved in without a PIP (DUO SS120).
    @Column(name = "vorig_dossier_id")
    private Long vorigDossierId;
    private int volgnummer;
    private boolean verhuisdZonderPip;

    protected Dossier() {
    }

    public Dossier(String dossiernummer, Persoon persoon, String gemeente, Doelgroep doelgroep,
                   LocalDate koppelingsdatum, boolean bijstand, LocalDate brpInschrijvingsdatum,
                   String geopendDoor, Instant geopendOp) {
        this.dossiernummer = dossiernummer;
        this.persoon = persoon;
        this.gemeente = gemeente;
        this.doelgroep = doelgroep;
        this.koppelingsdatum = koppelingsdatum;
        this.bijstand = bijstand;
        this.brpInschrijvingsdatum = brpInschrijvingsdatum;
        this.geopendDoor = geopendDoor;
        this.geopendOp = geopendOp;
        this.status = DossierStatus.PLICHT_BEPAALD;
    }

    public void legPlichtVast(boolean plichtig, String reden) {
        this.plichtig = plichtig;
        this.plichtReden = reden;
        this.status = plichtig ? DossierStatus.INTAKE_EN_PIP : DossierStatus.GEEN_PLICHT_TE_BEVESTIGEN;
    }

    public void sluitZonderPlicht(String bevestiging) {
        this.plichtBevestiging = bevestiging;
        this.afsluitreden = "Geen inburgeringsplicht: " + plichtReden;
        this.afsluitredenCode = Beeindigingsreden.GEEN_PLICHT;
        this.status = DossierStatus.GESLOTEN_GEEN_PLICHT;
        this.afgeslotenOp = Tijd.vandaag();
    }

    public void markeerOudeWet(boolean valtOnderWi2013) {
        this.valtOnderWi2013 = valtOnderWi2013;
    }

    public void zetTochPlichtig(String toelichting) {
        this.plichtig = true;
        this.plichtBevestiging = toelichting;
        this.status = DossierStatus.INTAKE_EN_PIP;
    }

    public void startPipTermijn(LocalDate start, LocalDate uiterlijk) {
        this.pipTermijnStart = start;
        this.pipUiterlijkeDatum = uiterlijk;
    }

    public void schortPipTermijnOp(LocalDate sinds) {
        this.opschortingSinds = sinds;
    }

    public void informatieDerdeOntvangen(LocalDate ontvangen, LocalDate nieuweUiterlijkeDatum) {
        this.informatieDerdeOntvangen = ontvangen;
        this.pipUiterlijkeDatum = nieuweUiterlijkeDatum;
    }

    public void pipVastgesteld(LocalDate termijnStart, LocalDate termijnEinde) {
        this.inburgeringstermijnStart = termijnStart;
        this.inburgeringstermijnEinde = termijnEinde;
        this.status = DossierStatus.PIP_VASTGESTELD;
    }

    /** The plicht ended for a coded reason on {@code datum} (retention counts from it); {@code toelichting} explains. */
    public void beeindig(Beeindigingsreden reden, String toelichting, LocalDate datum) {
        this.afsluitredenCode = reden;
        this.afsluitreden = (reden == null ? "" : reden.omschrijving())
                + (toelichting == null || toelichting.isBlank() ? "" : (reden == null ? "" : ": ") + toelichting.strip())
                + " (" + datum + ")";
        this.status = DossierStatus.BEEINDIGD;
        this.afgeslotenOp = datum;
    }

    /** A verlenging granted by DUO: the new (exclusive) end; a term that had passed runs again. */
    public void verlengInburgeringstermijn(LocalDate nieuweEinde) {
        this.inburgeringstermijnEinde = nieuweEinde;
        if (termijnVerstrekenOp != null && nieuweEinde.isAfter(termijnVerstrekenOp)) {
            this.termijnVerstrekenOp = null;
        }
    }

    /** The term passed with the plicht not met: the dossier shows it from this day. */
    public void inburgeringstermijnVerstreken(LocalDate op) {
        this.termijnVerstrekenOp = op;
    }


    public boolean isLopend() {
        return status != DossierStatus.BEEINDIGD && status != DossierStatus.GESLOTEN_GEEN_PLICHT;
    }

    /** The first kennisgeving (SS139) counts: a later one with another date is recorded as an event only. */
    public void registreerKennisgevingDuo(LocalDate datum) {
        if (this.kennisgevingDuoDatum == null) {
            this.kennisgevingDuoDatum = datum;
        }
    }

    /** The first BRP registration counts: a later one with another date is recorded as an event only. */
    public void registreerBrpInschrijving(LocalDate datum) {
        if (this.brpInschrijvingsdatum == null) {
            this.brpInschrijvingsdatum = datum;
        }
    }

    /** A follow-up of {@code vorig} (moved within the installation, or reopened): the n-th dossier here. */
    public void volgtOp(Dossier vorig, int volgnummer) {
        this.vorigDossierId = vorig.getId();
        this.volgnummer = volgnummer;
    }

    /** Moved in without a PIP (SS120): the ten weeks run from the registration in this gemeente. */
    public void verhuisdZonderPip(LocalDate inschrijving) {
        this.verhuisdZonderPip = true;
        this.brpInschrijvingsdatum = inschrijving;
    }

    public Long getVorigDossierId() { return vorigDossierId; }
    public int getVolgnummer() { return volgnummer; }
    public boolean isVerhuisdZonderPip() { return verhuisdZonderPip; }

    /** COA's expected housing date (POST /api/dossiers): shown, never a start. */
    public void verwachtGehuisvest(LocalDate datum) {
        this.verwachteHuisvestingsdatum = datum;
    }

    /** DUO (SS124/SS125) or the casemanager changed the doelgroep (event DOELGROEP_GEWIJZIGD). */
    public void wijzigDoelgroep(Doelgroep nieuw) {
        this.doelgroep = nieuw;
    }

    /** The first housing counts: a later one with another date is recorded as an event only. */
    public void registreerHuisvesting(LocalDate datum) {
        if (this.huisvestingsdatum == null) {
            this.huisvestingsdatum = datum;
        }
    }

    public LocalDate getVerwachteHuisvestingsdatum() { return verwachteHuisvestingsdatum; }
    public LocalDate getHuisvestingsdatum() { return huisvestingsdatum; }

    public void registreerStartBijstand(LocalDate datum) {
        this.bijstand = true;
        this.bijstandStartdatum = datum;
    }

    public Long getId() { return id; }
    public String getDossiernummer() { return dossiernummer; }
    public Persoon getPersoon() { return persoon; }
    public String getGemeente() { return gemeente; }
    public Doelgroep getDoelgroep() { return doelgroep; }
    public LocalDate getKoppelingsdatum() { return koppelingsdatum; }
    public boolean isBijstand() { return bijstand; }
    public LocalDate getBijstandStartdatum() { return bijstandStartdatum; }
    public LocalDate getBrpInschrijvingsdatum() { return brpInschrijvingsdatum; }
    public LocalDate getKennisgevingDuoDatum() { return kennisgevingDuoDatum; }
    public DossierStatus getStatus() { return status; }
    public Boolean getPlichtig() { return plichtig; }
    public String getPlichtReden() { return plichtReden; }
    public String getPlichtBevestiging() { return plichtBevestiging; }
    public boolean isValtOnderWi2013() { return valtOnderWi2013; }
    public LocalDate getPipTermijnStart() { return pipTermijnStart; }
    public LocalDate getPipUiterlijkeDatum() { return pipUiterlijkeDatum; }
    public LocalDate getOpschortingSinds() { return opschortingSinds; }
    public LocalDate getInformatieDerdeOntvangen() { return informatieDerdeOntvangen; }
    public LocalDate getInburgeringstermijnStart() { return inburgeringstermijnStart; }
    public LocalDate getInburgeringstermijnEinde() { return inburgeringstermijnEinde; }
    public String getAfsluitreden() { return afsluitreden; }
    public Beeindigingsreden getAfsluitredenCode() { return afsluitredenCode; }
    public LocalDate getTermijnVerstrekenOp() { return termijnVerstrekenOp; }
    public LocalDate getAfgeslotenOp() { return afgeslotenOp; }
    public LocalDate getOpgeschoondOp() { return opgeschoondOp; }
    public String getGeopendDoor() { return geopendDoor; }
    public Instant getGeopendOp() { return geopendOp; }

    @Override
    public String toString() {
        return "Dossier[" + dossiernummer + "]";
    }
}
