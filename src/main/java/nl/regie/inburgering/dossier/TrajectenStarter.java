package nl.regie.inburgering.dossier;

import java.time.LocalDate;
import java.util.List;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Starts the tracks that do not wait for the PIP, as soon as the fact that starts them is known: financieel
 * ontzorgen at the start of bijstand, maatschappelijke begeleiding at the BRP registration (each once per dossier),
 * and ends every track when the dossier ends.
 */
@Component
public class TrajectenStarter {

    public static final String MESSAGE_ONTZORGEN_STARTEN = "OntzorgenStarten";
    public static final String MESSAGE_BEGELEIDING_STARTEN = "BegeleidingStarten";
    public static final String MESSAGE_DOSSIER_BEEINDIGD = "DossierBeeindigd";

    private final RuntimeService runtimeService;
    private final HistoryService historyService;
    private final Gemeenten gemeenten;
    private final List<BijBeeindiging> bijBeeindiging;

    public TrajectenStarter(RuntimeService runtimeService, HistoryService historyService, Gemeenten gemeenten,
                            List<BijBeeindiging> bijBeeindiging) {
        this.runtimeService = runtimeService;
        this.historyService = historyService;
        this.gemeenten = gemeenten;
        this.bijBeeindiging = bijBeeindiging;
    }

    public void startWatKan(Dossier dossier) {
        if (dossier.getBijstandStartdatum() != null && ontzorgenVan(dossier) && nogNietGestart(dossier, "ontzorgen", "Start_OntzorgenStarten")) {
            start(dossier, MESSAGE_ONTZORGEN_STARTEN, "bijstandStartdatum", dossier.getBijstandStartdatum());
        }
        if (dossier.getBrpInschrijvingsdatum() != null && dossier.getDoelgroep().isStatushouder()
                && nogNietGestart(dossier, "begeleiding", "Start_BegeleidingStarten")) {
            start(dossier, MESSAGE_BEGELEIDING_STARTEN, "brpInschrijvingsdatum", dossier.getBrpInschrijvingsdatum());
        }
    }

    /** Pw 56a: statushouders with an asylum permit; nareizigers only where the gemeente's policy includes them. */
    private boolean ontzorgenVan(Dossier dossier) {
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
}
