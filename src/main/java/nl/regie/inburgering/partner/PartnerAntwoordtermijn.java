package nl.regie.inburgering.partner;

import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.model.bpmn.instance.ServiceTask;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.gemeente.Gemeenten;

/**
 * The rules for a partner task that goes wrong. Every external task in every model carries two boundary events:
 * an error boundary catching {@value #KAN_NIET_UITVOEREN} (the partner says "cannot do this"; its message lands in
 * variable {@value #FOUTMELDING}) and a non-interrupting timer at {@link #uiterlijk} (no answer in time). Both give
 * the casemanager a task; the partner's task stays open after the timer. The task, its boundaries and those
 * casemanager tasks sit in an embedded subprocess that ends in a terminate end event: the partner's answer
 * withdraws a "no answer" task still open.
 */
@Component("partnerAntwoordtermijn")
public class PartnerAntwoordtermijn {

    /** The only error code a partner may send with a bpmnError: every external task's error boundary catches it. */
    public static final String KAN_NIET_UITVOEREN = "PARTNER_KAN_NIET_UITVOEREN";

    /** The process variable that receives the partner's error message (camunda:errorMessageVariable). */
    public static final String FOUTMELDING = "partnerFoutmelding";

    private final Gemeenten gemeenten;

    public PartnerAntwoordtermijn(Gemeenten gemeenten) {
        this.gemeenten = gemeenten;
    }

    /**
     * By when the partner must have answered the external task this execution is entering, offered today: gemeente
     * policy {@code partner-antwoord-binnen-per-topic} for the task's topic, else {@code partner-antwoord-binnen}.
     */
    public Date uiterlijk(DelegateExecution execution) {
        return Tijd.beginVan(Tijd.vandaag().plus(gemeenten.metTenantId(execution.getTenantId()).beleid()
                .partnerAntwoordBinnenVoor(topic(execution))));
    }

    /** The topic of the external task the timer is attached to (the execution's current activity); null if none. */
    static String topic(DelegateExecution execution) {
        FlowElement element = execution.getBpmnModelElementInstance();
        return element instanceof ServiceTask taak ? taak.getCamundaTopic() : null;
    }
}
