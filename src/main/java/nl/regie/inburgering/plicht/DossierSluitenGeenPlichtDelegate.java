package nl.regie.inburgering.plicht;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.brieven.DossierBrieven;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.dossier.PlichtVastgesteld;
import nl.regie.inburgering.dossier.TrajectenStarter;
import nl.regie.inburgering.engine.Modelstappen;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/** The casemanager confirmed: not obliged. The dossier closes with that reason and the letter is sent (brieven). */
@Component
public class DossierSluitenGeenPlichtDelegate implements JavaDelegate {

    private final DossierRepository dossiers;
    private final ApplicationEventPublisher gebeurtenissen;
    private final DossierBrieven brieven;

    public DossierSluitenGeenPlichtDelegate(DossierRepository dossiers, ApplicationEventPublisher gebeurtenissen,
                                            DossierBrieven brieven) {
        this.dossiers = dossiers;
        this.gebeurtenissen = gebeurtenissen;
        this.brieven = brieven;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        dossier.sluitZonderPlicht(Variabelen.tekst(execution, ProcesVariabelen.GEEN_PLICHT_TOELICHTING));
        brieven.geenPlicht(dossier, DossierBrieven.SYSTEEM);
        gebeurtenissen.publishEvent(new PlichtVastgesteld(execution.getProcessBusinessKey(), false,
                Modelstappen.heeft(execution, TrajectenStarter.STAP_STOPPEN_ZONDER_PLICHT)));
    }
}
