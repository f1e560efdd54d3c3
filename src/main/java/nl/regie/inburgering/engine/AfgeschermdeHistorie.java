package nl.regie.inburgering.engine;

import java.util.Set;

import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricJobLogEvent;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;

/**
 * Writes the engine's history as usual, except the values of the form fields that carry personal narratives and
 * health data (the intake's life domains, reports of conversations, reasons): those live in our own tables, read by
 * the roles that need them, and the history keeps only that the field was set. Otherwise anyone who may read a
 * process's history (the procesbeheerder, for repairs) would read them for five years.
 * <p>
 * {@link TaakOnderwerp}'s three task-local values (who a task is about, for Tasklist's list) leave no history at all:
 * they are a display copy of our own tables, written on every user task, and their history (an instance and a detail
 * row each, for five years) was 86 of the some 1,000 history rows of a three-year dossier (issue 13, README
 * "Benchmark", database size).
 * Every event of such a variable is left out (creation, update, deletion), so no half-written history remains.
 * <p>
 * The job log keeps what a repair needs — each job's success, failure (with its exception) and deletion, each with
 * the job's definition, activity, due date and retries — but not the row written when a job is created: every
 * asynchronous step and timer wrote one (48 rows of a three-year dossier), and nothing reads it (Cockpit's job log
 * is an Enterprise view).
 */
public class AfgeschermdeHistorie extends DbHistoryEventHandler {

    public static final String AFGESCHERMD = "[afgeschermd: persoonsgegevens]";

    private final Set<String> velden;

    public AfgeschermdeHistorie(Set<String> velden) {
        this.velden = velden;
    }

    @Override
    public void handleEvent(HistoryEvent event) {
        if (event instanceof HistoricVariableUpdateEventEntity variabele && taakOnderwerp(variabele)
                || event instanceof HistoricJobLogEvent job && job.isCreationLog()) {
            return;
        }
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

    /** A task-local variable named as one of {@link TaakOnderwerp}'s (a process variable of that name is history). */
    static boolean taakOnderwerp(HistoricVariableUpdateEventEntity variabele) {
        return variabele.getTaskId() != null && TaakOnderwerp.NAMEN.contains(variabele.getVariableName());
    }
}
