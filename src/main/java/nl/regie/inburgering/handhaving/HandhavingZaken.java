package nl.regie.inburgering.handhaving;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.HandhavingSignaalGemeld;
import nl.regie.inburgering.dossier.Inzage;
import nl.regie.inburgering.dossier.InzageRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.web.ConflictException;
import nl.regie.inburgering.web.OngeldigVerzoekException;

/**
 * The handhaving cases: one per fact (dossier + gedraging + period), each its own process instance of
 * {@value #PROCES} (business key: the zaaknummer, never a BSN). Starts a case from a signal, correlates a bezwaar,
 * and gives the model its routing read from our table ({@code ${handhavingZaken.nietVerwijtbaar(execution)}} etc.),
 * never from a variable a caller could have written. Every decision is written on the dossier's audit trail
 * ({@code dossier_inzage}, actie {@code HANDHAVING_...}, no personal data).
 */
@Service("handhavingZaken")
public class HandhavingZaken {

    public static final String PROCES = "handhaving";
    public static final String MESSAGE_BEZWAAR_ONTVANGEN = "BezwaarOntvangen";
    /** The dossier ended (reason OVERLEDEN) while the fine was with the financial system: withdraw it there. */
    public static final String MESSAGE_ZAAK_VERVALT = "ZaakVervalt";
    /** As {@link #MESSAGE_ZAAK_VERVALT}, for a case whose process already ended with the fine collected. */
    public static final String MESSAGE_INVORDERING_INTREKKEN = "InvorderingIntrekken";

    private static final Logger LOG = LoggerFactory.getLogger(HandhavingZaken.class);

    private final DossierRepository dossiers;
    private final HandhavingZaakRepository zaken;
    private final HandhavingSignaalRepository signalen;
    private final InzageRepository auditlog;
    private final RuntimeService runtimeService;

    public HandhavingZaken(DossierRepository dossiers, HandhavingZaakRepository zaken, HandhavingSignaalRepository signalen,
                           InzageRepository auditlog, RuntimeService runtimeService) {
        this.dossiers = dossiers;
        this.zaken = zaken;
        this.signalen = signalen;
        this.auditlog = auditlog;
        this.runtimeService = runtimeService;
    }

    /**
     * A signal: recorded; the first signal of a fact starts a case (its own process), a later one of the same fact is
     * linked to that case (DUBBEL) and starts nothing. A dossier that no longer runs gets no case (signal recorded).
     * Runs in the transaction of the signal's source.
     */
    @Transactional
    public HandhavingSignaal start(HandhavingSignaalGemeld gemeld) {
        Dossier dossier = dossiers.getByDossiernummer(gemeld.dossiernummer());
        Gedraging gedraging = Gedraging.valueOf(gemeld.gedraging());
        HandhavingSignaal.Bron bron = HandhavingSignaal.Bron.valueOf(gemeld.bron());
        HandhavingSignaal signaal = signalen.save(new HandhavingSignaal(dossier.getId(), bron, gedraging,
                gemeld.periodeVan(), gemeld.periodeTot(), gemeld.periodeTot(), gemeld.omschrijving(), gemeld.door(), nu()));
        if (!dossier.isLopend()) {
            return signaal;
        }
        Optional<HandhavingZaak> bestaand = zaken.findByDossierIdAndGedragingAndPeriodeVanAndPeriodeTot(dossier.getId(),
                gedraging, gemeld.periodeVan(), gemeld.periodeTot());
        if (bestaand.isPresent()) {
            signaal.dubbel(bestaand.get().getId());
            return signaal;
        }
        int volgnummer = (int) zaken.countByDossierId(dossier.getId()) + 1;
        String aanleiding = gemeld.omschrijving() == null || gemeld.omschrijving().isBlank()
                ? bron.name() : gemeld.omschrijving();
        HandhavingZaak zaak = zaken.saveAndFlush(new HandhavingZaak(dossier.getId(), dossier.getDossiernummer(), volgnummer,
                gedraging, gemeld.periodeVan(), gemeld.periodeTot(), bron,
                aanleiding.length() > 2000 ? aanleiding.substring(0, 2000) : aanleiding,
                gemeld.door() == null ? "onbekend" : gemeld.door(), nu()));
        Map<String, Object> variabelen = new HashMap<>();
        variabelen.put(ProcesVariabelen.GEMEENTE, dossier.getGemeente());
        variabelen.put(ProcesVariabelen.DOSSIERNUMMER, dossier.getDossiernummer());
        zaak.gestartIn(runtimeService.startProcessInstanceByKey(PROCES, zaak.getZaaknummer(), variabelen).getId());
        signaal.zaakGestart(zaak.getId());
        audit(zaak, zaak.getGestartDoor(), "HANDHAVING_ZAAK_GESTART");
        LOG.info("Handhavingszaak {} gestart ({})", zaak.getZaaknummer(), gedraging);
        return signaal;
    }

    /**
     * A bezwaar against the boetebeschikking arrived (recorded by {@code door}): only while the bezwaar period runs
     * (409 otherwise); the handhaving role then decides on it. The date may not lie in the future nor before the
     * dagtekening (400 naming the field).
     */
    @Transactional
    public HandhavingZaak bezwaarOntvangen(String zaaknummer, LocalDate datum, String door) {
        HandhavingZaak zaak = zaken.findByZaaknummer(zaaknummer)
                .orElseThrow(() -> new nl.regie.inburgering.web.NietGevondenException("Geen handhavingszaak " + zaaknummer));
        if (datum == null) {
            throw OngeldigVerzoekException.veld("datum", "is verplicht");
        }
        if (datum.isAfter(Tijd.vandaag())) {
            throw OngeldigVerzoekException.veld("datum", "ligt in de toekomst");
        }
        if (zaak.getStatus() != HandhavingZaak.Status.BEZWAARTERMIJN || zaak.getDagtekening() == null) {
            throw new ConflictException("Zaak " + zaaknummer + " staat niet open voor bezwaar (status " + zaak.getStatus() + ").");
        }
        if (datum.isBefore(zaak.getDagtekening())) {
            throw OngeldigVerzoekException.veld("datum", "ligt voor de dagtekening van de boetebeschikking (" + zaak.getDagtekening() + ")");
        }
        if (zaak.getBezwaarVoor() != null && datum.isAfter(zaak.getBezwaarVoor())) {
            throw OngeldigVerzoekException.veld("datum", "ligt na de laatste dag van de bezwaartermijn (" + zaak.getBezwaarVoor()
                    + "); een te laat bezwaar wordt buiten deze zaak behandeld (Awb 6:11)");
        }
        zaak.bezwaarOntvangen(datum, door);
        audit(zaak, door, "HANDHAVING_BEZWAAR_ONTVANGEN");
        try {
            runtimeService.createMessageCorrelation(MESSAGE_BEZWAAR_ONTVANGEN).processInstanceId(zaak.getProcesInstantieId())
                    .correlateWithResult();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("De bezwaartermijn van zaak " + zaaknummer + " loopt niet (meer).");
        }
        return zaak;
    }

    // ------------------------------------------------------------------------------------------ for the model

    /** The case a process works on, found by its business key (the zaaknummer). */
    public HandhavingZaak zaak(DelegateExecution execution) {
        return zaak(execution.getProcessBusinessKey());
    }

    public HandhavingZaak zaak(String zaaknummer) {
        return zaken.findByZaaknummer(zaaknummer)
                .orElseThrow(() -> new IllegalStateException("Geen handhavingszaak " + zaaknummer));
    }

    /** DUO, not the gemeente, enforces the case's conduct: decided on the stored conduct, never on a variable. */
    public boolean doorDuo(DelegateExecution execution) {
        return zaak(execution).getGedraging().doorDuo();
    }

    public boolean nietVerwijtbaar(DelegateExecution execution) {
        return zaak(execution).getVerwijtbaarheid() == Verwijtbaarheid.NIET;
    }

    public boolean nageleefd(DelegateExecution execution) {
        return Boolean.TRUE.equals(zaak(execution).getNageleefd());
    }

    public boolean afgezien(DelegateExecution execution) {
        return zaak(execution).getBesluit() == HandhavingZaak.Besluit.AFZIEN;
    }

    public boolean ondertekend(DelegateExecution execution) {
        return zaak(execution).isBeschikkingOndertekend();
    }

    public boolean bezwaarGegrond(DelegateExecution execution) {
        return zaak(execution).getBezwaarUitkomst() == HandhavingZaak.BezwaarUitkomst.GEGROND;
    }

    /** Every end event: the case closes with this reason (a lapsed case stays VERVALLEN). */
    public void afsluiten(DelegateExecution execution, String reden) {
        HandhavingZaak zaak = zaak(execution);
        HandhavingZaak.Afsluitreden afsluitreden = HandhavingZaak.Afsluitreden.valueOf(reden);
        if (afsluitreden == HandhavingZaak.Afsluitreden.DOSSIER_BEEINDIGD) {
            if (zaak.getStatus() != HandhavingZaak.Status.VERVALLEN) {
                zaak.vervallen(Tijd.vandaag());
            }
        } else {
            zaak.afgesloten(afsluitreden, Tijd.vandaag());
        }
        audit(zaak, "systeem:handhaving", "HANDHAVING_AFGESLOTEN_" + afsluitreden.name());
    }

    /** One row on the dossier's audit trail: who, when, which decision (no personal data in the actie). */
    public void audit(HandhavingZaak zaak, String door, String actie) {
        auditlog.save(new Inzage(zaak.getDossierId(), door, actie, nu()));
    }

    static Instant nu() {
        return ClockUtil.getCurrentTime().toInstant();
    }

    RuntimeService runtimeService() {
        return runtimeService;
    }

    HandhavingZaakRepository repository() {
        return zaken;
    }
}
