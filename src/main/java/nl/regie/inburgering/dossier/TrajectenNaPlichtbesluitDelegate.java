package nl.regie.inburgering.dossier;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The main process's steps after the plicht decision ({@link TrajectenStarter#STAP_NA_PLICHTBESLUIT},
 * {@link TrajectenStarter#STAP_STOPPEN_ZONDER_PLICHT}): MB and ontzorgen follow the decision on our table. Each step
 * is {@code asyncBefore}: it runs as a job of its own after the decision committed, so a failure is retried and then
 * an incident in Cockpit, never silence.
 */
@Component
public class TrajectenNaPlichtbesluitDelegate implements JavaDelegate {

    private final TrajectenStarter trajecten;

    public TrajectenNaPlichtbesluitDelegate(TrajectenStarter trajecten) {
        this.trajecten = trajecten;
    }

    @Override
    public void execute(DelegateExecution execution) {
        trajecten.naPlichtBesluit(execution.getProcessBusinessKey());
    }
}
