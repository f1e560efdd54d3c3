package nl.regie.inburgering.dossier;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeenten;
import nl.regie.inburgering.gemeente.OntzorgenStart;

/**
 * Starts the tracks that do not wait for the PIP, as soon as the fact that starts them is known: financieel
 * ontzorgen at the start of bijstand (or, per gemeente, at the housing once the bijstand is known), maatschappelijke begeleiding at the BRP registration (each once per dossier),
 * and ends every track when the dossier ends. MB and ontzorgen are for an inburgeringsplichtige only (Wi art. 3,
 * Pw 56a): they start once the plicht is established on our table ({@link Dossier#getPlichtig()}), never on a BRP or
 * bijstand event alone, and stop (partners told) when the dossier closes as not obliged.
 */
@Component
public class TrajectenStarter {

    public static final String MESSAGE_ONTZORGEN_STARTEN = "OntzorgenStarten";
    public static final String MESSAGE_BEGELEIDING_STARTEN = "BegeleidingStarten";
    public static final String MESSAGE_DOSSIER_BEEINDIGD = "DossierBeeindigd";
    /** The main process's step that starts MB and ontzorgen once the plicht is established. */
    public static final String STAP_NA_PLICHTBESLUIT = "Task_TrajectenNaPlichtbesluit";
    /** The main process's step that stops MB and ontzorgen still running when the dossier closes as not obliged. */
    public static final String STAP_STOPPEN_ZONDER_PLICHT = "Task_TrajectenStoppenGeenPlicht";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Gemeenten gemeenten;
    private final List<BijBeeindiging> bijBeeindiging;
    private final DossierRepository dossiers;
    private final List<OntzorgenAfspraak> ontzorgenAfspraken;

    public TrajectenStarter(RuntimeService runtimeService, HistoryService historyService, Gemeenten gemeenten,
                            List<BijBeeindiging> bijBeeindiging, DossierRepository dossiers,
                            List<OntzorgenAfspraak> ontzorgenAfspraken) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.gemeenten = gemeenten;
        this.bijBeeindiging = bijBeeindiging;
        this.dossiers = dossiers;
        this.ontzorgenAfspraken = ontzorgenAfspraken;
    }

    /** Starts MB and ontzorgen whose starting fact is known, for an inburgeringsplichtige only. */
    public void startWatKan(Dossier dossier) {
        if (!Boolean.TRUE.equals(dossier.getPlichtig())) {
            return; // not (yet) established: the main process's step after the overrule "toch plichtig" starts them
        }
        LocalDate ontzorgenVanaf = ontzorgenStart(dossier);
        if (ontzorgenVanaf != null && ontzorgenVan(dossier) && nogNietGestart(dossier, "ontzorgen", "Start_OntzorgenStarten")) {
            // the model's variable keeps its name (running versions read it): it carries the start of ontzorgen
            start(dossier, MESSAGE_ONTZORGEN_STARTEN, "bijstandStartdatum", ontzorgenVanaf);
        }
        if (dossier.getBrpInschrijvingsdatum() != null && dossier.getDoelgroep().isStatushouder()
                && nogNietGestart(dossier, "begeleiding", "Start_BegeleidingStarten")) {
            start(dossier, MESSAGE_BEGELEIDING_STARTEN, "brpInschrijvingsdatum", dossier.getBrpInschrijvingsdatum());
        }
    }

    /**
     * The day ontzorgen starts, from our table, or null while a fact is missing: the start of the bijstand; where the
     * gemeente ontzorgt from the housing ({@link OntzorgenStart#HUISVESTING}: Westfriesland) both the bijstand and
     * the housing (event HUISVESTING) must be known, and the later of the two starts it. COA's expected housing date
     * never does.
     */
    LocalDate ontzorgenStart(Dossier dossier) {
        LocalDate bijstand = dossier.getBijstandStartdatum();
        if (bijstand == null) {
            return null;
        }
        if (gemeenten.metTenantId(dossier.getGemeente()).beleid().getOntzorgenStart() != OntzorgenStart.HUISVESTING) {
            return bijstand;
        }
        LocalDate huisvesting = dossier.getHuisvestingsdatum();
        return huisvesting == null ? null : (huisvesting.isAfter(bijstand) ? huisvesting : bijstand);
    }

    /**
     * Pw 56a: statushouders with an asylum permit; nareizigers only where the gemeente's policy includes them; never
     * when the fixed PIP agrees no ontzorgen ({@link OntzorgenAfspraak}).
     */
    private boolean ontzorgenVan(Dossier dossier) {
        if (ontzorgenAfspraken.stream().anyMatch(a -> a.geenOntzorgenAfgesproken(dossier))) {
            return false;
        }
        return switch (dossier.getDoelgroep()) {
            case ASIELSTATUSHOUDER -> true;
            case NAREIZIGER -> gemeenten.metTenantId(dossier.getGemeente()).beleid().getOntzorgenNareizigers();
            case GEZINSMIGRANT -> false;
        };
    }

    /**
     * Not started yet: no instance of the track, and the main process has not caught its start message either (the
     * track begins after an async boundary, so a second event can arrive before the track's instance exists).
     */
    private boolean nogNietGestart(Dossier dossier, String proces, String startBericht) {
        if (historyService.createHistoricProcessInstanceQuery().processDefinitionKey(proces)
                .processInstanceBusinessKey(dossier.getDossiernummer()).count() > 0) {
            return false;
        }
        return historyService.createHistoricProcessInstanceQuery().processDefinitionKey(DossierService.PROCES_INBURGERING)
                .processInstanceBusinessKey(dossier.getDossiernummer()).list().stream()
                .noneMatch(hoofd -> historyService.createHistoricActivityInstanceQuery().processInstanceId(hoofd.getId())
                        .activityId(startBericht).count() > 0);
    }

    private void start(Dossier dossier, String bericht, String variabele, LocalDate datum) {
        runtimeService.createMessageCorrelation(bericht)
                .processInstanceBusinessKey(dossier.getDossiernummer())
                .setVariable(variabele, datum.toString())
                .correlateAll();
    }

    /**
     * The plicht ends for a coded reason (every reason, voldaan included, takes this one path): every capability
     * closes its records and notes the partners to tell; then the main process interrupts every track (their open
     * partner tasks are withdrawn) and asks each of those partners to confirm. Partners are told the reason's
     * omschrijving only, never the free toelichting. The closing date starts the retention period.
     */
    public void beeindig(Dossier dossier, LocalDate datum, Beeindigingsreden reden, String toelichting) {
        bijBeeindiging.forEach(b -> b.voorBeeindiging(dossier, datum, reden.omschrijving()));
        dossier.beeindig(reden, toelichting, datum);
        runtimeService.createMessageCorrelation(MESSAGE_DOSSIER_BEEINDIGD)
                .processInstanceBusinessKey(dossier.getDossiernummer())
                .setVariable("beeindigingReden", reden.omschrijving())
                .correlateAll();
    }

    /**
     * The main process's step after the plicht decision ({@value #STAP_NA_PLICHTBESLUIT} after the check or the
     * casemanager's "toch plichtig", {@value #STAP_STOPPEN_ZONDER_PLICHT} after the confirmation "geen plicht"; both
     * {@code asyncBefore}, so a failure is a retried job and then an incident in Cockpit), decided on our table:
     * established → start what can start; closed as not obliged → MB and ontzorgen that still run (a dossier started
     * on an earlier model version started them on the BRP or bijstand event) stop the way a BEEINDIGD does, with
     * reason {@link Beeindigingsreden#GEEN_PLICHT}; the dossier keeps its status GESLOTEN_GEEN_PLICHT.
     */
    public void naPlichtBesluit(String dossiernummer) {
        Dossier dossier = dossiers.getByDossiernummer(dossiernummer);
        if (Boolean.TRUE.equals(dossier.getPlichtig())) {
            startWatKan(dossier);
        } else if (dossier.getStatus() == DossierStatus.GESLOTEN_GEEN_PLICHT
                && (trajectLoopt(dossier, "CallActivity_Ontzorgen") || trajectLoopt(dossier, "CallActivity_Begeleiding"))) {
            stopZonderPlicht(dossier);
        }
    }

    /**
     * A decision without the tracks' step to follow (a main process on an older model version, which is not migrated
     * for this step, or a publisher outside a process): the reaction runs in the transaction that decided, so a
     * failure fails that job as well (retried, then an incident) or that request (nothing written), never silently.
     */
    @EventListener
    public void bijPlichtBesluit(PlichtVastgesteld besluit) {
        if (!besluit.trajectenStapVolgt()) {
            naPlichtBesluit(besluit.dossiernummer());
        }
    }

    /** The main process is at the track's call activity (its called instance may still wait for its async start). */
    private boolean trajectLoopt(Dossier dossier, String callActivity) {
        return runtimeService.createExecutionQuery().processDefinitionKey(DossierService.PROCES_INBURGERING)
                .processInstanceBusinessKey(dossier.getDossiernummer()).activityId(callActivity).count() > 0;
    }

    private void stopZonderPlicht(Dossier dossier) {
        LocalDate datum = dossier.getAfgeslotenOp() != null ? dossier.getAfgeslotenOp() : Tijd.vandaag();
        Beeindigingsreden reden = Beeindigingsreden.GEEN_PLICHT;
        bijBeeindiging.forEach(b -> b.voorBeeindiging(dossier, datum, reden.omschrijving()));
        runtimeService.createMessageCorrelation(MESSAGE_DOSSIER_BEEINDIGD)
                .processInstanceBusinessKey(dossier.getDossiernummer())
                .setVariable("beeindigingReden", reden.name())
                .correlateAll();
    }
}
