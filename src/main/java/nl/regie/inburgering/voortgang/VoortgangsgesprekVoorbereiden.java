package nl.regie.inburgering.voortgang;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;

/**
 * At the creation of the casemanager's task: puts what happened since the last conversation and the planned date on
 * the task as task-local, read-only form fields (the form shows them; no user may write them).
 */
@Component("voortgangsgesprekVoorbereiden")
public class VoortgangsgesprekVoorbereiden implements TaskListener {

    private final DossierRepository dossiers;
    private final Voortgangsoverzicht overzicht;
    private final Voortgangsplanning planning;

    public VoortgangsgesprekVoorbereiden(DossierRepository dossiers, Voortgangsoverzicht overzicht,
                                         Voortgangsplanning planning) {
        this.dossiers = dossiers;
        this.overzicht = overzicht;
        this.planning = planning;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        taak.setVariableLocal(VoortgangsgesprekVariabelen.GEPLAND, planning.volgendeDatum(dossier).toString());
        taak.setVariableLocal(VoortgangsgesprekVariabelen.OVERZICHT, overzicht.tekst(dossier));
    }
}
