package nl.regie.inburgering.ontzorgen;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * The step {@value OntzorgenVolgensPip#STAP} right after a PIP version is fixed (pip.bpmn, pip-wijziging.bpmn):
 * ontzorgen stops or starts as the fixed version agrees ({@link OntzorgenVolgensPip}). {@code asyncBefore}: a failure
 * is a retried job and then an incident in Cockpit.
 */
@Component
public class OntzorgenVolgensPipDelegate implements JavaDelegate {

    private final OntzorgenVolgensPip ontzorgen;

    public OntzorgenVolgensPipDelegate(OntzorgenVolgensPip ontzorgen) {
        this.ontzorgen = ontzorgen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        ontzorgen.volgPip(execution.getProcessBusinessKey());
    }
}
