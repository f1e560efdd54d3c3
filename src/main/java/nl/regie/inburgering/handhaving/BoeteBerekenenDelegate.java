package nl.regie.inburgering.handhaving;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * Computes the fine of the case whose process runs with {@link Boeteregels} (decision table {@code handhaving-boete},
 * the repeat, verwijtbaarheid and the maximum per term from our tables) and stores it on the case
 * ({@link HandhavingZaak#boeteBerekend}). Used by the task {@code boeteBerekenen}.
 */
@Component("boeteBerekenenDelegate")
public class BoeteBerekenenDelegate implements JavaDelegate {

    private final HandhavingZaakRepository zaken;
    private final Boeteregels boeteregels;

    public BoeteBerekenenDelegate(HandhavingZaakRepository zaken, Boeteregels boeteregels) {
        this.zaken = zaken;
        this.boeteregels = boeteregels;
    }

    @Override
    public void execute(DelegateExecution execution) {
        HandhavingZaak zaak = zaken.findByProcesInstantieId(execution.getProcessInstanceId()).orElseThrow();
        Boeteregels.Boete boete = boeteregels.bereken(zaak);
        zaak.boeteBerekend(boete.bedrag(), boete.berekening(), boete.regelversie());
        zaken.save(zaak);
    }
}
