package nl.regie.inburgering.engine;

import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * Running instances stay on the model version they started on (README, "Running instances"): a delegate shared by
 * every version asks here whether its version has a step that was added later, to keep older versions working.
 */
public final class Modelstappen {

    private Modelstappen() {
    }

    /** Whether the model version this execution runs on has this activity. */
    public static boolean heeft(DelegateExecution execution, String activiteitId) {
        return execution.getBpmnModelInstance().getModelElementById(activiteitId) != null;
    }
}
