package nl.regie.inburgering.duo;

import java.time.Instant;
import java.time.ZonedDateTime;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.regie.inburgering.engine.Tijd;

/** The adapters of {@code processes/duo-notificatie.bpmn}: Camunda types stay here. Variables: ids and routing only. */
@Configuration
public class DuoNotificatieDelegates {

    static final String NOTIFICATIE_ID = "duoNotificatieId";
    static final String UITKOMST = "duoUitkomst";
    static final String RESULTAAT = "duoResultaat";

    @Bean
    public JavaDelegate duoNotificatieVerwerkenDelegate(DuoNotificatieVerwerking verwerking,
                                                        DuoNotificatieRepository notificaties, DuoProperties instellingen) {
        return execution -> {
            long id = ((Number) execution.getVariable(NOTIFICATIE_ID)).longValue();
            Instant ontvangen = notificaties.findById(id).orElseThrow().getOntvangenOp();
            Instant nu = ClockUtil.getCurrentTime().toInstant();
            boolean wachtenVoorbij = !ZonedDateTime.ofInstant(ontvangen, Tijd.ZONE)
                    .plus(instellingen.getKoppelingUiterlijk()).toInstant().isAfter(nu);
            DuoNotificatieVerwerking.Uitkomst uitkomst = verwerking.verwerk(id, wachtenVoorbij);
            execution.setVariable(UITKOMST, uitkomst.status().name());
            execution.setVariable(RESULTAAT, uitkomst.resultaat());
        };
    }

    @Bean
    public JavaDelegate duoNotificatieAfhandelenDelegate(DuoNotificatieVerwerking verwerking) {
        return (DelegateExecution execution) ->
                verwerking.afgehandeld(((Number) execution.getVariable(NOTIFICATIE_ID)).longValue());
    }
}
