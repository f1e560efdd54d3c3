package nl.regie.inburgering.pip;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.ProcesVariabelen;

/** Advises a leerroute from the leerbaarheidstoets with the decision table {@code leerroute-advies}. */
@Component
public class LeerrouteAdviserenDelegate implements JavaDelegate {

    public static final String BESLISSING = "leerroute-advies";

    private final DecisionService decisionService;

    public LeerrouteAdviserenDelegate(DecisionService decisionService) {
        this.decisionService = decisionService;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> invoer = new HashMap<>();
        Object uitslag = execution.getVariable(ProcesVariabelen.LBT_UITSLAG);
        invoer.put(ProcesVariabelen.LBT_UITSLAG, uitslag == null ? "ONBEKEND" : uitslag);
        invoer.put(ProcesVariabelen.LEEFTIJD, execution.getVariable(ProcesVariabelen.LEEFTIJD));
        DmnDecisionResultEntries advies = decisionService.evaluateDecisionByKey(BESLISSING)
                .decisionDefinitionWithoutTenantId().variables(invoer).evaluate().getSingleResult();
        execution.setVariable(ProcesVariabelen.ADVIES_LEERROUTE, advies.getEntry(ProcesVariabelen.ADVIES_LEERROUTE));
        execution.setVariable(ProcesVariabelen.ADVIES_REDEN, advies.getEntry(ProcesVariabelen.ADVIES_REDEN));
    }
}
