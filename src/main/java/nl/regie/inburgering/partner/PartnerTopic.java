package nl.regie.inburgering.partner;

import java.util.Map;

/**
 * One topic of the partner contract and the check of its answers. Each track declares its topics as Spring beans;
 * {@link PartnerTaken} checks every completion against them before the engine sees it.
 *
 * @param topic    the external task topic
 * @param controle the check of an answer
 */
public record PartnerTopic(String topic, Controle controle) {

    @FunctionalInterface
    public interface Controle {
        /**
         * @param gevraagd the local variables of the task being completed (what was asked)
         * @param antwoord the variables of the completion, by name (values as sent: String, Number, Boolean)
         * @return field name → what is wrong with it; empty when the answer is acceptable
         */
        Map<String, String> controleer(Map<String, Object> gevraagd, Map<String, Object> antwoord);
    }

    public Map<String, String> controleer(Map<String, Object> gevraagd, Map<String, Object> antwoord) {
        return controle.controleer(gevraagd, antwoord);
    }
}
