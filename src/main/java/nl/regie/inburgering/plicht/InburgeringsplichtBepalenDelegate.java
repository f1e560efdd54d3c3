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
import nl.regie.inburgering.engine.Tijd;

/**
 * Applies the decision table {@code inburgeringsplicht} (processes/inburgeringsplicht.dmn) and records outcome and
 * reason on the dossier, so the casemanager sees early what DUO will decide. Two inputs are computed here from our
 * own table, each from one place in the law: whether the AOW age is reached today ({@link AowLeeftijd}, by birth
 * date, not a flat 67) and whether the plicht began before this law ({@link WetInburgering2021}: flagged on the
 * dossier; the table answers "not obliged under this law", so the casemanager confirms with that reason).
 */
@Component
public class InburgeringsplichtBepalenDelegate implements JavaDelegate {

    public static final String BESLISSING = "inburgeringsplicht";
    /** DMN input: the AOW age by birth date is reached on the day of the check. */
    public static final String AOW_LEEFTIJD_BEREIKT = "aowLeeftijdBereikt";
    /** DMN input: the plicht began before 1 January 2022 (Wi 2013 stays applicable, Wi 2021 art. 54). */
    public static final String PLICHT_VOOR_2022 = "plichtVoor2022";

    private final DecisionService decisionService;
    private final DossierRepository dossiers;

    public InburgeringsplichtBepalenDelegate(DecisionService decisionService, DossierRepository dossiers) {
        this.decisionService = decisionService;
        this.dossiers = dossiers;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        boolean aowBereikt = AowLeeftijd.bereikt(dossier.getPersoon().getGeboortedatum(), Tijd.vandaag());
        boolean oudeWet = WetInburgering2021.valtOnderOudeWet(dossier.getKoppelingsdatum(), dossier.getKennisgevingDuoDatum());
        DmnDecisionResultEntries uitkomst = decisionService.evaluateDecisionByKey(BESLISSING)
                .decisionDefinitionWithoutTenantId()
                .variables(Map.of(
                        ProcesVariabelen.NATIONALITEIT, execution.getVariable(ProcesVariabelen.NATIONALITEIT),
                        ProcesVariabelen.LEEFTIJD, execution.getVariable(ProcesVariabelen.LEEFTIJD),
                        ProcesVariabelen.DOELGROEP, execution.getVariable(ProcesVariabelen.DOELGROEP),
                        AOW_LEEFTIJD_BEREIKT, aowBereikt,
                        PLICHT_VOOR_2022, oudeWet))
                .evaluate()
                .getSingleResult();
        boolean plichtig = Boolean.TRUE.equals(uitkomst.getEntry(ProcesVariabelen.PLICHTIG));
        String reden = uitkomst.getEntry(ProcesVariabelen.PLICHT_REDEN);
        execution.setVariable(ProcesVariabelen.PLICHTIG, plichtig);
        execution.setVariable(ProcesVariabelen.PLICHT_REDEN, reden);
        dossier.legPlichtVast(plichtig, reden);
        dossier.markeerOudeWet(oudeWet);
    }
}
