package nl.regie.inburgering.termijn;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.HuidigeGebruiker;
import nl.regie.inburgering.engine.OngeldigeInvoerException;
import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Records the casemanager's conversation about the term (Task_InburgeringstermijnBespreken) in our table: on track,
 * and whether a verlenging should be requested, with the reason (required then). DUO's answer arrives later as an
 * event (VERLENGING_OP_AANVRAAG / VERLENGING_AFGEWEZEN) and is recorded in termijn_verlenging.
 */
@Component("termijnBesprekingVastleggenListener")
public class TermijnBesprekingVastleggenListener implements TaskListener {

    private final DossierRepository dossiers;
    private final TermijnBesprekingRepository besprekingen;
    private final HuidigeGebruiker gebruiker;

    public TermijnBesprekingVastleggenListener(DossierRepository dossiers, TermijnBesprekingRepository besprekingen,
                                               HuidigeGebruiker gebruiker) {
        this.dossiers = dossiers;
        this.besprekingen = besprekingen;
        this.gebruiker = gebruiker;
    }

    @Override
    public void notify(DelegateTask taak) {
        boolean opKoers = "JA".equals(Variabelen.tekst(taak, "opKoers"));
        boolean verlengen = "JA".equals(Variabelen.tekst(taak, "verlengingAanvragen"));
        String reden = Variabelen.tekst(taak, "verlengingReden");
        if (verlengen && reden == null) {
            throw OngeldigeInvoerException.veld("verlengingReden", "is verplicht als u een verlenging wilt aanvragen");
        }
        String door = gebruiker.verplicht("opKoers");
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        besprekingen.save(new TermijnBespreking(dossier.getId(), dossier.getInburgeringstermijnEinde(), opKoers, verlengen,
                reden, door, Tijd.vandaag()));
        Variabelen.ruimOp(taak.getExecution(), "verlengingReden");
    }
}
