package nl.regie.inburgering.ontheffing;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;

/** Records the casemanager's advice on the oldest unanswered ontheffing request (Task_OntheffingAdviseren). */
@Component("ontheffingAdviesVastleggenListener")
public class OntheffingAdviesVastleggenListener implements TaskListener {

    private final DossierRepository dossiers;
    private final OntheffingAdviesRepository adviezen;
    private final HuidigeGebruiker gebruiker;

    public OntheffingAdviesVastleggenListener(DossierRepository dossiers, OntheffingAdviesRepository adviezen,
                                              HuidigeGebruiker gebruiker) {
        this.dossiers = dossiers;
        this.adviezen = adviezen;
        this.gebruiker = gebruiker;
    }

    @Override
    public void notify(DelegateTask taak) {
        OntheffingAdvies.Advies advies = OntheffingAdvies.Advies.valueOf(
                Variabelen.verplichteTekst(taak, "ontheffingAdvies", "is verplicht"));
        String reden = Variabelen.verplichteTekst(taak, "ontheffingAdviesReden", "is verplicht: waarop berust het advies?");
        String door = gebruiker.verplicht("ontheffingAdvies");
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        adviezen.findByDossierIdOrderById(dossier.getId()).stream().filter(a -> a.getAdvies() == null).findFirst()
                .orElseGet(() -> adviezen.save(new OntheffingAdvies(dossier.getId(), Tijd.vandaag())))
                .geadviseerd(advies, reden, door, Tijd.vandaag());
        Variabelen.ruimOp(taak.getExecution(), "ontheffingAdviesReden");
    }
}
