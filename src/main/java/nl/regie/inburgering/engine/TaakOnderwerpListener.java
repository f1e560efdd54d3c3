package nl.regie.inburgering.engine;

import java.util.Map;
import java.util.function.Supplier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;

/**
 * Built into every user task (create event, before the model's own listeners): puts {@link TaakOnderwerp}'s three
 * values on the task as task-local variables, read from our tables at that moment.
 */
public class TaakOnderwerpListener implements TaskListener {

    private final Supplier<TaakOnderwerp> onderwerp;

    public TaakOnderwerpListener(Supplier<TaakOnderwerp> onderwerp) {
        this.onderwerp = onderwerp;
    }

    @Override
    public void notify(DelegateTask taak) {
        TaakOnderwerp bron = onderwerp.get();
        DelegateExecution execution = taak.getExecution();
        if (bron == null || execution == null) {
            return;
        }
        Object dossiernummer = execution.getVariable(TaakOnderwerp.DOSSIERNUMMER);
        Map<String, Object> waarden = bron.voor(execution.getProcessBusinessKey(),
                dossiernummer instanceof String s ? s : null);
        if (!waarden.isEmpty()) {
            taak.setVariablesLocal(waarden);
        }
    }
}
