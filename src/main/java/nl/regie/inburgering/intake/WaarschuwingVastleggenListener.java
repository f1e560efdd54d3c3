package nl.regie.inburgering.intake;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Records the written warning after a no-show on the missed oproep; its date is not in the future and not before the
 * missed appointment.
 */
@Component("waarschuwingVastleggenListener")
public class WaarschuwingVastleggenListener implements TaskListener {

    private final DossierRepository dossiers;
    private final OproepRepository oproepen;

    public WaarschuwingVastleggenListener(DossierRepository dossiers, OproepRepository oproepen) {
        this.dossiers = dossiers;
        this.oproepen = oproepen;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        Optional<Oproep> gemist = oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId());
        LocalDate verzonden = Variabelen.gebeurdeDatum(taak, "waarschuwingVerzonden",
                gemist.map(Oproep::getDatum).orElse(null), "de gemiste afspraak");
        gemist.ifPresent(oproep -> oproep.waarschuwingVerzonden(verzonden, Variabelen.tekst(taak, "waarschuwingToelichting")));
        Variabelen.ruimOp(taak.getExecution(), "waarschuwingVerzonden", "waarschuwingToelichting");
    }
}
