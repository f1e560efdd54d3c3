package nl.regie.inburgering.handhaving;

import java.math.BigDecimal;
import java.math.RoundingMode;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * PLACEHOLDER (contract): computes the fine of the case whose process runs and stores it on the case
 * ({@link HandhavingZaak#boeteBerekend}). Replaced by the decision table {@code handhaving-boete} with the repeat,
 * the maximum per fine and the maximum per term. Used by the business rule task {@code boeteBerekenen}.
 */
@Component("boeteBerekenenDelegate")
public class BoeteBerekenenDelegate implements JavaDelegate {

    private final HandhavingZaakRepository zaken;

    public BoeteBerekenenDelegate(HandhavingZaakRepository zaken) {
        this.zaken = zaken;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandhavingZaak zaak = zaken.findByProcesInstantieId(execution.getProcessInstanceId()).orElseThrow();
        BigDecimal basis = zaak.getGedraging().soort() == Gedraging.Soort.BREDE_INTAKE ? new BigDecimal("250.00") : new BigDecimal("50.00");
        int procent = zaak.getVerwijtbaarheid() == null ? 100 : zaak.getVerwijtbaarheid().percentage();
        BigDecimal bedrag = basis.multiply(BigDecimal.valueOf(procent)).divide(BigDecimal.valueOf(100), 2, RoundingMode.DOWN);
        zaak.boeteBerekend(bedrag, "voorlopig: " + basis + " x " + procent + "%", "voorlopig");
    }
}
