package nl.regie.inburgering.verhuizing;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.DossierRepository;

/**
 * Asked by the main process at {@code Gateway_PipOvergenomen} ({@code ${pipOvername.overgenomen(execution)}}): did this
 * dossier take over a PIP? Read from our table via the business key, never from a variable a caller could have written.
 */
@Component("pipOvername")
public class PipOvernameRoutering {

    private final DossierRepository dossiers;
    private final PipOvernameRepository overnames;

    public PipOvernameRoutering(DossierRepository dossiers, PipOvernameRepository overnames) {
        this.dossiers = dossiers;
        this.overnames = overnames;
    }

    public boolean overgenomen(DelegateExecution execution) {
        return dossiers.findByDossiernummer(execution.getProcessBusinessKey())
                .flatMap(d -> overnames.findByDossierId(d.getId())).isPresent();
    }
}
