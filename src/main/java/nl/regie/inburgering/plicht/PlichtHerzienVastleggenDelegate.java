package nl.regie.inburgering.plicht;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.PlichtVastgesteld;
import nl.regie.inburgering.dossier.TrajectenStarter;
import nl.regie.inburgering.engine.Modelstappen;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/** The casemanager overruled the check: obliged after all, with the reason why. */
@Component
public class PlichtHerzienVastleggenDelegate implements JavaDelegate {

    private final DossierRepository dossiers;
    private final ApplicationEventPublisher gebeurtenissen;

    public PlichtHerzienVastleggenDelegate(DossierRepository dossiers, ApplicationEventPublisher gebeurtenissen) {
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dossiers.getByDossiernummer(execution.getProcessBusinessKey())
                .zetTochPlichtig(Variabelen.tekst(execution, ProcesVariabelen.GEEN_PLICHT_TOELICHTING));
        execution.setVariable(ProcesVariabelen.PLICHTIG, true);
        gebeurtenissen.publishEvent(new PlichtVastgesteld(execution.getProcessBusinessKey(), true,
                Modelstappen.heeft(execution, TrajectenStarter.STAP_NA_PLICHTBESLUIT)));
    }
}
