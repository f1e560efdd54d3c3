package nl.regie.inburgering.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The main process confirms the ending on the dossier (the reason was recorded with the event). */
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
            dossier.beeindig(String.valueOf(execution.getVariable("beeindigingReden")), nl.regie.inburgering.engine.Tijd.vandaag());
        }
    }
}
