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

/** The casemanager confirmed: not obliged. The dossier closes with that reason. */
@Component
public class DossierSluitenGeenPlichtDelegate implements JavaDelegate {

    private final DossierRepository dossiers;
    private final ApplicationEventPublisher gebeurtenissen;

    public DossierSluitenGeenPlichtDelegate(DossierRepository dossiers, ApplicationEventPublisher gebeurtenissen) {
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        dossiers.getByDossiernummer(execution.getProcessBusinessKey())
                .sluitZonderPlicht(Variabelen.tekst(execution, ProcesVariabelen.GEEN_PLICHT_TOELICHTING));
        gebeurtenissen.publishEvent(new PlichtVastgesteld(execution.getProcessBusinessKey(), false,
                Modelstappen.heeft(execution, TrajectenStarter.STAP_STOPPEN_ZONDER_PLICHT)));
    }
}
