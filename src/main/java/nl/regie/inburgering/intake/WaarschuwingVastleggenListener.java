package nl.regie.inburgering.intake;

import java.time.LocalDate;
import java.util.Optional;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.brieven.DossierBrieven;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;
import nl.regie.inburgering.engine.Variabelen;

/**
 * Records the written warning after a no-show on the missed oproep, with who recorded it; its date is not in the
 * future and not before the missed appointment. The letter is sent from the save point after the task
 * ({@link IntakeBrieven}, a {@code take} listener on the flow leaving it), so that a failing letter is an incident, not
 * an error to the casemanager. Model versions from before that listener (running instances) have no such flow
 * listener: for them the letter is still sent here, as before.
 */
@Component("waarschuwingVastleggenListener")
public class WaarschuwingVastleggenListener implements TaskListener {

    private final DossierRepository dossiers;
    private final OproepRepository oproepen;
    private final DossierBrieven brieven;
    private final nl.regie.inburgering.engine.HuidigeGebruiker gebruiker;

    public WaarschuwingVastleggenListener(DossierRepository dossiers, OproepRepository oproepen, DossierBrieven brieven,
                                          nl.regie.inburgering.engine.HuidigeGebruiker gebruiker) {
        this.dossiers = dossiers;
        this.oproepen = oproepen;
        this.brieven = brieven;
        this.gebruiker = gebruiker;
    }

    @Override
    public void notify(DelegateTask taak) {
        Dossier dossier = dossiers.getByDossiernummer(taak.getExecution().getProcessBusinessKey());
        Optional<Oproep> gemist = oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId());
        LocalDate verzonden = Variabelen.gebeurdeDatum(taak, "waarschuwingVerzonden",
                gemist.map(Oproep::getDatum).orElse(null), "de gemiste afspraak");
        String door = gebruiker.ofAnders(taak.getAssignee() == null ? DossierBrieven.SYSTEEM : taak.getAssignee());
        gemist.ifPresent(oproep -> {
            oproep.waarschuwingVerzonden(verzonden, Variabelen.tekst(taak, "waarschuwingToelichting"), door);
            if (!briefBijOpslagpunt(taak)) {
                brieven.waarschuwing(dossier, oproep, verzonden, door);
            }
        });
        Variabelen.ruimOp(taak.getExecution(), "waarschuwingVerzonden", "waarschuwingToelichting");
    }

    /** Whether this model version sends the letter from a listener on a flow leaving the task (the save point). */
    static boolean briefBijOpslagpunt(DelegateTask taak) {
        org.camunda.bpm.model.bpmn.instance.UserTask element = taak.getBpmnModelElementInstance();
        return element != null && element.getOutgoing().stream().anyMatch(flow -> flow.getExtensionElements() != null
                && !flow.getExtensionElements().getElementsQuery()
                        .filterByType(org.camunda.bpm.model.bpmn.instance.camunda.CamundaExecutionListener.class).list().isEmpty());
    }
}
