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
 * One handhaving case: one fact (dossier + {@link Gedraging} + period), its own process instance (process
 * {@code handhaving}, business key {@link #getZaaknummer()}: the dossiernummer with {@code -H} and a sequence number,
 * never a BSN) and every step with who, when and why: prevention (was the obligation explained and understood),
 * verwijtbaarheid, waarschuwing and the period to comply, voornemen and zienswijze, besluit and the fine with its
 * computation, the co-signature (four eyes), the beschikking's dagtekening and bezwaar period, bezwaar and its outcome,
 * and the invordering by the gemeente's financial system.
 */
@Entity
@Table(name = "handhaving_zaak")
public class HandhavingZaak {

    public enum Status {
        VOORLICHTING, VERWIJTBAARHEID, WAARSCHUWING, NALEVING, VOORNEMEN, ZIENSWIJZE, BESLUIT, MEDEONDERTEKENING,
        BEZWAARTERMIJN, BEZWAAR, INVORDERING, AFGESLOTEN, VERVALLEN
    }

    public enum ZienswijzeVorm { SCHRIFTELIJK, HOORGESPREK }

    public enum Besluit { BOETE, AFZIEN }

    public enum BezwaarUitkomst { GEGROND, ONGEGROND }

    public enum InvorderingStatus { GEVRAAGD, BEVESTIGD, INTREKKING_GEVRAAGD, INGETROKKEN }

    public enum Afsluitreden {
        /** The handhaving role judged the conduct not verwijtbaar (with the reason). */
        NIET_VERWIJTBAAR,
        /** The bijstand was already lowered for the same conduct (Wi 27): no fine. */
        PW_MAATREGEL,
        /** The same fact was already fined: no second sanction. */
        AL_BEBOET,
        /** The inburgeraar complied within the period of the waarschuwing. */
        NAGELEEFD,
        /** The handhaving role decided not to fine after the zienswijze (with the reason). */
        AFGEZIEN,
        /** The boetebeschikking stands and was handed to the financial system. */
        BOETE_INGEVORDERD,
        /** Bezwaar gegrond: the fine is annulled (and withdrawn from the financial system if it was handed over). */
        BOETE_VERNIETIGD,
        /** PVT, MAP or leerroute: the verwijtbaar indication is recorded for DUO, which enforces. */
        DOORGEGEVEN_AAN_DUO,
        /** The dossier ended while the case ran. */
        DOSSIER_BEEINDIGD
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private Long dossierId;
    private String zaaknummer;
    private Integer volgnummer;
    @Enumerated(EnumType.STRING)
    private Gedraging gedraging;
    private LocalDate periodeVan;
    private LocalDate periodeTot;
    @Enumerated(EnumType.STRING)
    private HandhavingSignaal.Bron bron;
    private String aanleiding;
    @Enumerated(EnumType.STRING)
    private Status status;
    private String procesInstantieId;
    private String gestartDoor;
    private Instant gestartOp;
    private String verplichtingUitgelegd;
    private String verplichtingBegrepen;
    private String voorlichtingToelichting;
    private String voorlichtingDoor;
    private Instant voorlichtingOp;
    @Enumerated(EnumType.STRING)
    private Verwijtbaarheid verwijtbaarheid;
    private String verwijtbaarheidReden;
    private String verwijtbaarheidDoor;
    private Instant verwijtbaarheidOp;
    private LocalDate waarschuwingDatum;
    private LocalDate nalevenVoor;
    private String waarschuwingDoor;
    private Boolean nageleefd;
    private String nalevingToelichting;
    private String nalevingDoor;
    private Instant nalevingOp;
    private LocalDate voornemenDatum;
    private LocalDate zienswijzeVoor;
    private String voornemenDoor;
    private LocalDate zienswijzeOntvangenOp;
    @Enumerated(EnumType.STRING)
    private ZienswijzeVorm zienswijzeVorm;
    private String zienswijzeInhoud;
    private String zienswijzeDoor;
    @Enumerated(EnumType.STRING)
    private Besluit besluit;
    private String besluitReden;
    private String besluitDoor;
    private Instant besluitOp;
    private BigDecimal boeteBedrag;
    private String boeteBerekening;
    private String boeteRegelversie;
    private String medeondertekendDoor;
    private Instant medeondertekendOp;
    private LocalDate dagtekening;
    private LocalDate bezwaarVoor;
    private LocalDate bezwaarOntvangenOp;
    @Enumerated(EnumType.STRING)
    private BezwaarUitkomst bezwaarUitkomst;
    private String bezwaarReden;
    private String bezwaarBeslotenDoor;
    private LocalDate bezwaarBeslotenOp;
    @Enumerated(EnumType.STRING)
    private InvorderingStatus invorderingStatus;
    private String invorderingKenmerk;
    private Instant invorderingBevestigdOp;
    private LocalDate afgeslotenOp;
    @Enumerated(EnumType.STRING)
    private Afsluitreden afsluitreden;
    private String teruggaveOpmerking;
    private String teruggegevenDoor;
    private String bezwaarOntvangenDoor;

    protected HandhavingZaak() {
    }

    public HandhavingZaak(Long dossierId, String dossiernummer, int volgnummer, Gedraging gedraging, LocalDate periodeVan,
                          LocalDate periodeTot, HandhavingSignaal.Bron bron, String aanleiding, String gestartDoor,
                          Instant gestartOp) {
        this.dossierId = dossierId;
        this.zaaknummer = zaaknummer(dossiernummer, volgnummer);
        this.volgnummer = volgnummer;
        this.gedraging = gedraging;
        this.periodeVan = periodeVan;
        this.periodeTot = periodeTot;
        this.bron = bron;
        this.aanleiding = aanleiding;
        this.status = Status.VOORLICHTING;
        this.gestartDoor = gestartDoor;
        this.gestartOp = gestartOp;
    }

    /** The case's business key: derived from the dossier (never a BSN), e.g. {@code INB-2026-000001-H2}. */
    public static String zaaknummer(String dossiernummer, int volgnummer) {
        return dossiernummer + "-H" + volgnummer;
    }

    /** The dossiernummer the case belongs to (its business key without the case's suffix). */
    public static String dossiernummerVan(String zaaknummer) {
        int h = zaaknummer.lastIndexOf("-H");
        return h < 0 ? zaaknummer : zaaknummer.substring(0, h);
    }

    public void gestartIn(String procesInstantieId) {
        this.procesInstantieId = procesInstantieId;
    }

    public boolean isOpen() {
        return status != Status.AFGESLOTEN && status != Status.VERVALLEN;
    }

    /** The fine the rules give for this case (before the besluit; shown to the handhaving role and the teamleider). */
    public void boeteBerekend(BigDecimal bedrag, String berekening, String regelversie) {
        this.boeteBedrag = bedrag;
        this.boeteBerekening = berekening;
        this.boeteRegelversie = regelversie;
    }

    /** Prevention first: the casemanager recorded whether the obligation was explained and understood. */
    public void voorlichtingVastgelegd(String uitgelegd, String begrepen, String toelichting, String door, Instant op) {
        this.verplichtingUitgelegd = uitgelegd;
        this.verplichtingBegrepen = begrepen;
        this.voorlichtingToelichting = toelichting;
        this.voorlichtingDoor = door;
        this.voorlichtingOp = op;
        this.status = Status.VERWIJTBAARHEID;
    }

    /** The handhaving role's judgement, with its reason. */
    public void verwijtbaarheidBeoordeeld(Verwijtbaarheid oordeel, String reden, String door, Instant op) {
        this.verwijtbaarheid = oordeel;
        this.verwijtbaarheidReden = reden;
        this.verwijtbaarheidDoor = door;
        this.verwijtbaarheidOp = op;
        this.status = Status.WAARSCHUWING;
    }

    /** The waarschuwing was sent on {@code datum}; the inburgeraar can comply until {@code nalevenVoor}. */
    public void gewaarschuwd(LocalDate datum, LocalDate nalevenVoor, String door) {
        this.waarschuwingDatum = datum;
        this.nalevenVoor = nalevenVoor;
        this.waarschuwingDoor = door;
        this.status = Status.NALEVING;
    }

    public void nalevingBeoordeeld(boolean nageleefd, String toelichting, String door, Instant op) {
        this.nageleefd = nageleefd;
        this.nalevingToelichting = toelichting;
        this.nalevingDoor = door;
        this.nalevingOp = op;
        this.status = nageleefd ? this.status : Status.VOORNEMEN;
    }

    /** The voornemen tot boete was sent on {@code datum}; a zienswijze can come until {@code zienswijzeVoor}. */
    public void voornemenVerstuurd(LocalDate datum, LocalDate zienswijzeVoor, String door) {
        this.voornemenDatum = datum;
        this.zienswijzeVoor = zienswijzeVoor;
        this.voornemenDoor = door;
        this.status = Status.ZIENSWIJZE;
    }

    public void zienswijzeOntvangen(LocalDate ontvangenOp, ZienswijzeVorm vorm, String inhoud, String door) {
        this.zienswijzeOntvangenOp = ontvangenOp;
        this.zienswijzeVorm = vorm;
        this.zienswijzeInhoud = inhoud;
        this.zienswijzeDoor = door;
        this.status = Status.BESLUIT;
    }

    /** The zienswijze period passed without one: the case goes on (recorded on the audit trail). */
    public void geenZienswijze() {
        this.status = Status.BESLUIT;
    }

    /** The besluit (boete or afzien) with its reason; its preparer is the one who may not co-sign it. */
    public void besloten(Besluit besluit, String reden, String door, Instant op) {
        this.besluit = besluit;
        this.besluitReden = reden;
        this.besluitDoor = door;
        this.besluitOp = op;
        this.status = besluit == Besluit.BOETE ? Status.MEDEONDERTEKENING : this.status;
    }

    /** The teamleider returned the besluit with a remark: the handhaving role decides again. */
    public void teruggegeven(String opmerking, String door) {
        this.teruggaveOpmerking = opmerking;
        this.teruggegevenDoor = door;
        this.status = Status.BESLUIT;
    }

    /** Co-signed: the boetebeschikking has its dagtekening; bezwaar is possible until {@code bezwaarVoor}. */
    public void medeondertekend(String door, Instant op, LocalDate dagtekening, LocalDate bezwaarVoor) {
        this.medeondertekendDoor = door;
        this.medeondertekendOp = op;
        this.dagtekening = dagtekening;
        this.bezwaarVoor = bezwaarVoor;
        this.status = Status.BEZWAARTERMIJN;
    }

    public boolean isBeschikkingOndertekend() {
        return medeondertekendOp != null;
    }

    public void bezwaarOntvangen(LocalDate datum, String door) {
        this.bezwaarOntvangenOp = datum;
        this.bezwaarOntvangenDoor = door;
        this.status = Status.BEZWAAR;
    }

    public void opBezwaarBeslist(BezwaarUitkomst uitkomst, String reden, String door, LocalDate op) {
        this.bezwaarUitkomst = uitkomst;
        this.bezwaarReden = reden;
        this.bezwaarBeslotenDoor = door;
        this.bezwaarBeslotenOp = op;
    }

    /** The beschikking was handed to the financial system. */
    public void invorderingGevraagd() {
        this.invorderingStatus = InvorderingStatus.GEVRAAGD;
        this.status = Status.INVORDERING;
    }

    public void invorderingBevestigd(String kenmerk, Instant op) {
        this.invorderingStatus = InvorderingStatus.BEVESTIGD;
        this.invorderingKenmerk = kenmerk;
        this.invorderingBevestigdOp = op;
    }

    /** Whether the financial system has (or had asked for) the fine: a lapse must then withdraw it there. */
    public boolean isBijInvordering() {
        return invorderingStatus == InvorderingStatus.GEVRAAGD || invorderingStatus == InvorderingStatus.BEVESTIGD;
    }

    public void intrekkingGevraagd() {
        this.invorderingStatus = InvorderingStatus.INTREKKING_GEVRAAGD;
    }

    public void ingetrokken() {
        this.invorderingStatus = InvorderingStatus.INGETROKKEN;
    }

    /** The case ends with this reason. */
    public void afgesloten(Afsluitreden reden, LocalDate op) {
        this.status = Status.AFGESLOTEN;
        this.afsluitreden = reden;
        this.afgeslotenOp = op;
    }

    /** The dossier ended while the case ran: the case lapses. */
    public void vervallen(LocalDate op) {
        this.status = Status.VERVALLEN;
        this.afsluitreden = Afsluitreden.DOSSIER_BEEINDIGD;
        this.afgeslotenOp = op;
    }

    // ---- Fine rules (helper hh-regels): one block, so it merges apart from the process's step methods ----

    /**
     * The boetebeschikking is signed: the fine with its dagtekening. (The process's own step methods set these as
     * the besluit and co-signature happen; this is the one method the fine rules' data needs, also in tests.)
     */
    public void boeteOpgelegd(BigDecimal bedrag, LocalDate dagtekening) {
        this.besluit = Besluit.BOETE;
        this.boeteBedrag = bedrag;
        this.dagtekening = dagtekening;
    }

    /**
     * A fine that stands: a signed boetebeschikking (dagtekening) that was not annulled (bezwaar gegrond) and not
     * an afzien. It counts for a repeat, for the maximum per term and as "already fined" (no second sanction).
     */
    public boolean heeftStaandeBoete() {
        return dagtekening != null && besluit != Besluit.AFZIEN && bezwaarUitkomst != BezwaarUitkomst.GEGROND;
    }

    /** The day of the conduct the fine rules apply to: the last day of the fact's period (the law valid then). */
    public LocalDate gedragsdatum() {
        return periodeTot;
    }

    /** The same fact: the same gedraging in an overlapping period. */
    public boolean zelfdeFeit(Gedraging andere, LocalDate van, LocalDate tot) {
        return gedraging == andere && !periodeVan.isAfter(tot) && !periodeTot.isBefore(van);
    }

    // ---- end of the fine rules' block ----

    public Long getId() { return id; }
    public Long getDossierId() { return dossierId; }
    public String getZaaknummer() { return zaaknummer; }
    public Integer getVolgnummer() { return volgnummer; }
    public Gedraging getGedraging() { return gedraging; }
    public LocalDate getPeriodeVan() { return periodeVan; }
    public LocalDate getPeriodeTot() { return periodeTot; }
    public HandhavingSignaal.Bron getBron() { return bron; }
    public String getAanleiding() { return aanleiding; }
    public Status getStatus() { return status; }
    public String getProcesInstantieId() { return procesInstantieId; }
    public String getGestartDoor() { return gestartDoor; }
    public Instant getGestartOp() { return gestartOp; }
    public String getVerplichtingUitgelegd() { return verplichtingUitgelegd; }
    public String getVerplichtingBegrepen() { return verplichtingBegrepen; }
    public String getVoorlichtingToelichting() { return voorlichtingToelichting; }
    public String getVoorlichtingDoor() { return voorlichtingDoor; }
    public Instant getVoorlichtingOp() { return voorlichtingOp; }
    public Verwijtbaarheid getVerwijtbaarheid() { return verwijtbaarheid; }
    public String getVerwijtbaarheidReden() { return verwijtbaarheidReden; }
    public String getVerwijtbaarheidDoor() { return verwijtbaarheidDoor; }
    public Instant getVerwijtbaarheidOp() { return verwijtbaarheidOp; }
    public LocalDate getWaarschuwingDatum() { return waarschuwingDatum; }
    public LocalDate getNalevenVoor() { return nalevenVoor; }
    public String getWaarschuwingDoor() { return waarschuwingDoor; }
    public Boolean getNageleefd() { return nageleefd; }
    public String getNalevingToelichting() { return nalevingToelichting; }
    public String getNalevingDoor() { return nalevingDoor; }
    public Instant getNalevingOp() { return nalevingOp; }
    public LocalDate getVoornemenDatum() { return voornemenDatum; }
    public LocalDate getZienswijzeVoor() { return zienswijzeVoor; }
    public String getVoornemenDoor() { return voornemenDoor; }
    public LocalDate getZienswijzeOntvangenOp() { return zienswijzeOntvangenOp; }
    public ZienswijzeVorm getZienswijzeVorm() { return zienswijzeVorm; }
    public String getZienswijzeInhoud() { return zienswijzeInhoud; }
    public String getZienswijzeDoor() { return zienswijzeDoor; }
    public Besluit getBesluit() { return besluit; }
    public String getBesluitReden() { return besluitReden; }
    public String getBesluitDoor() { return besluitDoor; }
    public Instant getBesluitOp() { return besluitOp; }
    public BigDecimal getBoeteBedrag() { return boeteBedrag; }
    public String getBoeteBerekening() { return boeteBerekening; }
    public String getBoeteRegelversie() { return boeteRegelversie; }
    public String getMedeondertekendDoor() { return medeondertekendDoor; }
    public Instant getMedeondertekendOp() { return medeondertekendOp; }
    public LocalDate getDagtekening() { return dagtekening; }
    public LocalDate getBezwaarVoor() { return bezwaarVoor; }
    public LocalDate getBezwaarOntvangenOp() { return bezwaarOntvangenOp; }
    public BezwaarUitkomst getBezwaarUitkomst() { return bezwaarUitkomst; }
    public String getBezwaarReden() { return bezwaarReden; }
    public String getBezwaarBeslotenDoor() { return bezwaarBeslotenDoor; }
    public LocalDate getBezwaarBeslotenOp() { return bezwaarBeslotenOp; }
    public InvorderingStatus getInvorderingStatus() { return invorderingStatus; }
    public String getInvorderingKenmerk() { return invorderingKenmerk; }
    public Instant getInvorderingBevestigdOp() { return invorderingBevestigdOp; }
    public LocalDate getAfgeslotenOp() { return afgeslotenOp; }
    public Afsluitreden getAfsluitreden() { return afsluitreden; }
    public String getTeruggaveOpmerking() { return teruggaveOpmerking; }
    public String getTeruggegevenDoor() { return teruggegevenDoor; }
    public String getBezwaarOntvangenDoor() { return bezwaarOntvangenDoor; }
}
