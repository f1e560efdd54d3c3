package nl.regie.inburgering.intake;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;

/**
 * At the creation of {@code Task_LeerbaarheidstoetsVastleggen}: when DUO already reported the toets's result (SS131,
 * recorded in brede_intake by {@link LeerbaarheidstoetsVanDuo}), the form opens with DUO's result, scores and date,
 * so the casemanager sees and confirms (or corrects) it. Values are the form's own fields (what completing it would
 * set anyway, cleaned up after the intake is recorded); a value already present is never overwritten.
 */
@Component("leerbaarheidstoetsVoorinvullen")
public class LeerbaarheidstoetsVoorinvullen implements TaskListener {

    private final DossierRepository dossiers;
    private final BredeIntakeRepository intakes;

    public LeerbaarheidstoetsVoorinvullen(DossierRepository dossiers, BredeIntakeRepository intakes) {
        this.dossiers = dossiers;
        this.intakes = intakes;
    }

    @Override
    public void notify(DelegateTask taak) {
        var execution = taak.getExecution();
        if (execution.getVariable(ProcesVariabelen.LBT_UITSLAG) != null) {
            return;
        }
        dossiers.findByDossiernummer(execution.getProcessBusinessKey())
                .flatMap(d -> intakes.findByDossierId(d.getId()))
                .filter(i -> i.getLbtUitslag() != null && !Boolean.TRUE.equals(i.getLbtVrijgesteld()))
                .ifPresent(i -> {
                    execution.setVariable("lbtVrijgesteld", "NEE");
                    execution.setVariable(ProcesVariabelen.LBT_UITSLAG, i.getLbtUitslag());
                    if (i.getLbtScore() != null) execution.setVariable("lbtScore", i.getLbtScore());
                    if (i.getLbtVereisteScore() != null) execution.setVariable("lbtVereisteScore", i.getLbtVereisteScore());
                    if (i.getLbtDatum() != null) execution.setVariable("lbtDatum", i.getLbtDatum().toString());
                });
    }
}
