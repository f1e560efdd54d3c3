package nl.regie.inburgering.ontheffing;

import java.time.LocalDate;

import org.camunda.bpm.engine.RuntimeService;
import org.springframework.stereotype.Service;

import nl.regie.inburgering.dossier.Dossier;

/**
 * DUO asks the gemeente's advice on a request for ontheffing (SS140, event ONTHEFFING_ADVIES_GEVRAAGD): the request is
 * recorded and the main process gives the casemanager the advice task ({@code SubProcess_OntheffingAdviseren}).
 * DUO decides; a granted ontheffing ends the dossier with BEEINDIGD, reden ONTHEFFING.
 */
@Service
public class OntheffingAdviezen {

    public static final String MESSAGE_ADVIES_GEVRAAGD = "OntheffingAdviesGevraagd";

    private final OntheffingAdviesRepository adviezen;
    private final RuntimeService runtimeService;

    public OntheffingAdviezen(OntheffingAdviesRepository adviezen, RuntimeService runtimeService) {
        this.adviezen = adviezen;
        this.runtimeService = runtimeService;
    }

    /** In the caller's transaction: records the request and starts the advice task. */
    public void gevraagd(Dossier dossier, LocalDate datum) {
        adviezen.save(new OntheffingAdvies(dossier.getId(), datum));
        runtimeService.createMessageCorrelation(MESSAGE_ADVIES_GEVRAAGD)
                .processInstanceBusinessKey(dossier.getDossiernummer())
                .correlateAll();
    }
}
