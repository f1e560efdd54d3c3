package nl.regie.inburgering.partner;

import java.util.Map;

import org.camunda.bpm.engine.externaltask.ExternalTask;

/**
 * One topic of the partner contract. Each track declares its topics as Spring beans; the
 * {@link PartnerAntwoordFilter} checks every completion against them before the engine sees it.
 */
public interface PartnerTopic {

    String topic();

    /**
     * Checks the answer a partner completes a task with.
     *
     * @param taak      the external task being completed (its local variables tell what was asked)
     * @param antwoord  the variables of the completion, by name (values as sent: String, Number, Boolean)
     * @return field name → what is wrong with it; empty when the answer is acceptable
     */
    Map<String, String> controleer(ExternalTask taak, Map<String, Object> variabelenVanDeTaak, Map<String, Object> antwoord);
}
