package nl.regie.inburgering.intake;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.engine.Variabelen;

/** Records on the oproep whether the inburgeraar appeared. */
@Component("verschijningVastleggenListener")
public class VerschijningVastleggenListener implements TaskListener {

    private final DossierRepository dossiers;
    private final OproepRepository oproepen;

    public VerschijningVastleggenListener(DossierRepository dossiers, OproepRepository oproepen) {
        this.dossiers = dossiers;
        this.oproepen = oproepen;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId()).ifPresent(oproep -> oproep.verschijning(
                "JA".equals(taak.getVariable(ProcesVariabelen.VERSCHENEN)),
                Variabelen.tekst(taak, "verschijningToelichting")));
        Variabelen.ruimOp(taak.getExecution(), "verschijningToelichting");
    }
}
