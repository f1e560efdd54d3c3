package nl.regie.inburgering.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.gemeente.Gemeenten;

/** Numbers the next oproep and tells the route whether it is the last one the gemeente sends (default 3). */
@Component
public class OproepVoorbereidenDelegate implements JavaDelegate {

    private final DossierRepository dossiers;
    private final OproepRepository oproepen;
    private final Gemeenten gemeenten;

    public OproepVoorbereidenDelegate(DossierRepository dossiers, OproepRepository oproepen, Gemeenten gemeenten) {
        this.dossiers = dossiers;
        this.oproepen = oproepen;
        this.gemeenten = gemeenten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        int nummer = (int) oproepen.countByDossierId(dossier.getId()) + 1;
        int maximum = gemeenten.metTenantId(dossier.getGemeente()).maxOproepenBredeIntake();
        execution.setVariable(ProcesVariabelen.OPROEP_NUMMER, nummer);
        execution.setVariable(ProcesVariabelen.LAATSTE_OPROEP, nummer >= maximum);
    }
}
