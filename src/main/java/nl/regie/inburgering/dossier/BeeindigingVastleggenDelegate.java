package nl.regie.inburgering.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The main process confirms the ending on the dossier. The coded reason was recorded with the event
 * (TrajectenStarter.beeindig) in the same transaction, so the dossier is closed already; this only covers a
 * DossierBeeindigd message that did not come through our API (then the ending has no code).
 */
@Component
public class BeeindigingVastleggenDelegate implements JavaDelegate {

    private final DossierRepository dossiers;

    public BeeindigingVastleggenDelegate(DossierRepository dossiers) {
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        if (dossier.isLopend()) {
            dossier.beeindig(null, String.valueOf(execution.getVariable("beeindigingReden")), nl.regie.inburgering.engine.Tijd.vandaag());
        }
    }
}
