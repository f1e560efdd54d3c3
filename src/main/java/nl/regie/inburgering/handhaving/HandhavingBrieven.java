package nl.regie.inburgering.handhaving;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.brieven.BriefSoort;
import nl.regie.inburgering.brieven.DossierBrieven;

/**
 * The case's letters, sent from the model's save point after the step that decided them ({@code take} listeners on
 * the flows leaving the asyncAfter tasks): what the letter says comes from {@code handhaving_zaak} as the step stored
 * it, and a failure to make it is a retried job and then an incident in Cockpit, never an error to the person who
 * completed the task.
 */
@Component("handhavingBrieven")
public class HandhavingBrieven {

    private final HandhavingZaken zaken;
    private final DossierBrieven brieven;

    public HandhavingBrieven(HandhavingZaken zaken, DossierBrieven brieven) {
        this.zaken = zaken;
        this.brieven = brieven;
    }

    public void waarschuwing(DelegateExecution execution) {
        HandhavingZaak zaak = zaken.zaak(execution);
        brieven.handhaving(zaak, BriefSoort.HANDHAVING_WAARSCHUWING, zaak.getWaarschuwingDatum(), zaak.getWaarschuwingDoor());
    }

    public void voornemen(DelegateExecution execution) {
        HandhavingZaak zaak = zaken.zaak(execution);
        brieven.handhaving(zaak, BriefSoort.HANDHAVING_VOORNEMEN_BOETE, zaak.getVoornemenDatum(), zaak.getVoornemenDoor());
    }

    public void boetebeschikking(DelegateExecution execution) {
        HandhavingZaak zaak = zaken.zaak(execution);
        if (zaak.getBesluit() == HandhavingZaak.Besluit.BOETE) {
            brieven.handhaving(zaak, BriefSoort.BOETEBESCHIKKING, zaak.getDagtekening(), zaak.getMedeondertekendDoor());
        }
    }
}
