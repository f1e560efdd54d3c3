package nl.regie.inburgering.plicht;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.ProcesVariabelen;

/**
 * Applies the decision table {@code inburgeringsplicht} (processes/inburgeringsplicht.dmn) and records outcome and
 * reason on the dossier, so the casemanager sees early what DUO will decide.
 */
@Component
public class InburgeringsplichtBepalenDelegate implements JavaDelegate {

    public static final String BESLISSING = "inburgeringsplicht";

    private final DecisionService decisionService;
    private final DossierRepository dossiers;

    public InburgeringsplichtBepalenDelegate(DecisionService decisionService, DossierRepository dossiers) {
        this.decisionService = decisionService;
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        DmnDecisionResultEntries uitkomst = decisionService.evaluateDecisionByKey(BESLISSING)
                .decisionDefinitionWithoutTenantId()
                .variables(Map.of(
                        ProcesVariabelen.NATIONALITEIT, execution.getVariable(ProcesVariabelen.NATIONALITEIT),
                        ProcesVariabelen.LEEFTIJD, execution.getVariable(ProcesVariabelen.LEEFTIJD),
                        ProcesVariabelen.DOELGROEP, execution.getVariable(ProcesVariabelen.DOELGROEP)))
                .evaluate()
                .getSingleResult();
        boolean plichtig = Boolean.TRUE.equals(uitkomst.getEntry(ProcesVariabelen.PLICHTIG));
        String reden = uitkomst.getEntry(ProcesVariabelen.PLICHT_REDEN);
        execution.setVariable(ProcesVariabelen.PLICHTIG, plichtig);
        execution.setVariable(ProcesVariabelen.PLICHT_REDEN, reden);
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        dossier.legPlichtVast(plichtig, reden);
    }
}
