package nl.regie.inburgering.handhaving;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * PLACEHOLDER (contract): no double sanction (Wi 27). Sets the routing variable {@value #VARIABELE} from our tables:
 * {@code PW_MAATREGEL} when the bijstand was already lowered for the same conduct, {@code AL_BEBOET} when the same
 * fact was already fined, {@code GEEN} otherwise. Used by the service task {@code dubbeleSanctieToetsen} (before the
 * waarschuwing and again before the beschikking).
 */
@Component("dubbeleSanctieToetsenDelegate")
public class DubbeleSanctieToetsenDelegate implements JavaDelegate {

    public static final String VARIABELE = "dubbeleSanctie";

    private final HandhavingZaakRepository zaken;
    private final PwMaatregelRepository maatregelen;

    public DubbeleSanctieToetsenDelegate(HandhavingZaakRepository zaken, PwMaatregelRepository maatregelen) {
        this.zaken = zaken;
        this.maatregelen = maatregelen;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandhavingZaak zaak = zaken.findByProcesInstantieId(execution.getProcessInstanceId()).orElseThrow();
        boolean pw = maatregelen.findByDossierIdOrderById(zaak.getDossierId()).stream()
                .anyMatch(m -> m.betreft(zaak.getGedraging(), zaak.getPeriodeVan(), zaak.getPeriodeTot()));
        execution.setVariable(VARIABELE, pw ? "PW_MAATREGEL" : "GEEN");
    }
}
