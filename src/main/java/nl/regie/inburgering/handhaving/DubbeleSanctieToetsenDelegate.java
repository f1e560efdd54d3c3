package nl.regie.inburgering.handhaving;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * No double sanction: sets the routing variable {@value #VARIABELE} to {@code GEEN}, {@code PW_MAATREGEL} or
 * {@code AL_BEBOET} as {@link DubbeleSanctie} finds in our tables. Used by the service task
 * {@code dubbeleSanctieToetsen} (before the waarschuwing and again before the beschikking).
 */
@Component("dubbeleSanctieToetsenDelegate")
public class DubbeleSanctieToetsenDelegate implements JavaDelegate {

    public static final String VARIABELE = "dubbeleSanctie";

    private final HandhavingZaakRepository zaken;
    private final DubbeleSanctie dubbeleSanctie;

    public DubbeleSanctieToetsenDelegate(HandhavingZaakRepository zaken, DubbeleSanctie dubbeleSanctie) {
        this.zaken = zaken;
        this.dubbeleSanctie = dubbeleSanctie;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandhavingZaak zaak = zaken.findByProcesInstantieId(execution.getProcessInstanceId()).orElseThrow();
        execution.setVariable(VARIABELE, dubbeleSanctie.toets(zaak).name());
    }
}
