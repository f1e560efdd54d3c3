package nl.regie.inburgering.intake;

import java.util.List;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * Numbers the next oproep and tells the route whether it is the last one the gemeente sends (default 3). A no-show with
 * a valid reason does not count toward that maximum (read from our table, {@link Oproep#teltMee()}).
 */
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
        List<Oproep> eerder = oproepen.findByDossierIdOrderByVolgnummer(dossier.getId());
        int nummer = eerder.size() + 1;
        int meetellend = (int) eerder.stream().filter(Oproep::teltMee).count() + 1;
        int maximum = gemeenten.metTenantId(dossier.getGemeente()).maxOproepenBredeIntake();
        execution.setVariable(ProcesVariabelen.OPROEP_NUMMER, nummer);
        execution.setVariable(ProcesVariabelen.LAATSTE_OPROEP, meetellend >= maximum);
    }
}
