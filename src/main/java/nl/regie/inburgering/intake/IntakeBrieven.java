package nl.regie.inburgering.intake;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.brieven.DossierBrieven;
import nl.regie.inburgering.dossier.Dossier;
import nl.regie.inburgering.dossier.DossierRepository;

/**
 * The brede intake's written warning, sent from the model's save point after "Schriftelijke waarschuwing versturen"
 * (a {@code take} listener on the flow leaving the asyncAfter task), like the handhaving letters: what it says comes
 * from the oproep as the step stored it (date, sender), and a failure to make it is a retried job and then an incident
 * in Cockpit, never an error to the casemanager who completed the task.
 */
@Component("intakeBrieven")
public class IntakeBrieven {

    private final DossierRepository dossiers;
    private final OproepRepository oproepen;
    private final DossierBrieven brieven;

    public IntakeBrieven(DossierRepository dossiers, OproepRepository oproepen, DossierBrieven brieven) {
        this.dossiers = dossiers;
        this.oproepen = oproepen;
        this.brieven = brieven;
    }

    /** The warning on the missed oproep (the last one: the next oproep is made after this flow). */
    public void waarschuwing(DelegateExecution execution) {
        Dossier dossier = dossiers.getByDossiernummer(execution.getProcessBusinessKey());
        oproepen.findFirstByDossierIdOrderByVolgnummerDesc(dossier.getId())
                .filter(oproep -> oproep.getWaarschuwingVerzonden() != null)
                .ifPresent(oproep -> brieven.waarschuwing(dossier, oproep, oproep.getWaarschuwingVerzonden(),
                        oproep.getWaarschuwingDoor() == null ? DossierBrieven.SYSTEEM : oproep.getWaarschuwingDoor()));
    }
}
