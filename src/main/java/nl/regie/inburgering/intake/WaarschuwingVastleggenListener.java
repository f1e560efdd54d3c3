package nl.regie.inburgering.intake;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Variabelen;

/** Records the written warning after a no-show on the missed oproep. */
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
        LocalDate verzonden = Variabelen.datumNietInDeToekomst(taak, "waarschuwingVerzonden");
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId())
                .ifPresent(oproep -> oproep.waarschuwingVerzonden(verzonden, Variabelen.tekst(taak, "waarschuwingToelichting")));
        Variabelen.ruimOp(taak.getExecution(), "waarschuwingVerzonden", "waarschuwingToelichting");
    }
}
