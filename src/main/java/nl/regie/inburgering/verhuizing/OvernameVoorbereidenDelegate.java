package nl.regie.inburgering.verhuizing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;

/**
 * The taken-over path instead of the brede intake and the PIP: sets, from our table, what the PIP call would have
 * set for the tracks (the leerroute and the term's start) and what the confirmation form shows; the dossier stands
 * at "PIP vastgesteld" with the taken-over term.
 */
@Component
public class OvernameVoorbereidenDelegate implements JavaDelegate {

    private final DossierRepository dossiers;
    private final PipOvernameRepository overnames;

    public OvernameVoorbereidenDelegate(DossierRepository dossiers, PipOvernameRepository overnames) {
        this.dossiers = dossiers;
        this.overnames = overnames;
    }

    @Override
    public void execute(DelegateExecution e) {
        Dossier dossier = dossiers.getByDossiernummer(e.getProcessBusinessKey());
        PipOvername overname = overnames.findByDossierId(dossier.getId())
                .orElseThrow(() -> new IllegalStateException("Geen overgenomen PIP voor " + dossier));
        dossier.pipVastgesteld(overname.getTermijnStart(), overname.getTermijnEinde());
        e.setVariable(ProcesVariabelen.LEERROUTE, overname.getLeerroute().name());
        e.setVariable("inburgeringstermijnStart", overname.getTermijnStart().toString());
        // shown read-only on the confirmation form
        e.setVariable("inburgeringstermijnEinde", overname.getTermijnEinde().toString());
        e.setVariable("pipDagtekening", overname.getDagtekening().toString());
        e.setVariable("vorigeGemeente", overname.getVorigeGemeente());
    }
}
