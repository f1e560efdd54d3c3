package nl.regie.inburgering.engine;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Writes the engine's history as usual, except the values of the form fields that carry personal narratives and
 * health data (the intake's life domains, reports of conversations, reasons): those live in our own tables, read by
 * the roles that need them, and the history keeps only that the field was set. Otherwise anyone who may read a
 * process's history (the procesbeheerder, for repairs) would read them for five years.
 */
public class AfgeschermdeHistorie extends DbHistoryEventHandler {

    public static final String AFGESCHERMD = "[afgeschermd: persoonsgegevens]";

    private final Set<String> velden;

    public AfgeschermdeHistorie(Set<String> velden) {
        this.velden = velden;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variabele && velden.contains(variabele.getVariableName())
                && variabele.getTextValue() != null) {
            variabele.setTextValue(AFGESCHERMD);
            variabele.setTextValue2(null);
            variabele.setByteValue(null);
        } else if (event instanceof HistoricFormPropertyEventEntity veld && velden.contains(veld.getPropertyId())) {
            veld.setPropertyValue(AFGESCHERMD);
        }
        super.handleEvent(event);
    }
}
