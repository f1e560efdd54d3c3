package nl.regie.inburgering.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps exceptions from task listeners in a generic ProcessEngineException, which the REST API answers
 * with 500. A refused completion is the user's input, not a server error: this interceptor surfaces our
 * {@link OngeldigeInvoerException} again, so that REST and Tasklist answer 400 with its message. The transaction is
 * rolled back either way.
 */
public class OngeldigeInvoerInterceptor extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (ProcessEngineException e) {
            for (Throwable oorzaak = e.getCause(); oorzaak != null && oorzaak != oorzaak.getCause(); oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof OngeldigeInvoerException ongeldig) {
                    throw ongeldig;
                }
            }
            throw e;
        }
    }
}
