package nl.regie.inburgering.engine;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps exceptions from task listeners in a generic ProcessEngineException, which the REST API answers
 * with 500. A refused completion is the user's input, not a server error: this interceptor surfaces our
 * {@link OngeldigeInvoerException} again, so that REST and Tasklist answer 400 with its message; likewise a tenant
 * refusal answers 403. The transaction is rolled back either way.
 */
public class OngeldigeInvoerInterceptor extends CommandInterceptor {

    /**
     * Some engine REST resources (modify and delete variables) wrap every engine exception in a 500 of their own; the
     * refusal is remembered on the request's thread so that {@code web/OngeldigeInvoerStatus} can answer 400.
     */
    private static final ThreadLocal<Boolean> GEWEIGERD = new ThreadLocal<>();

    /** Whether a command on this thread refused the caller's input since {@link #vergeet()}. */
    public static boolean geweigerd() {
        return Boolean.TRUE.equals(GEWEIGERD.get());
    }

    public static void vergeet() {
        GEWEIGERD.remove();
    }

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (OngeldigeInvoerException e) {
            GEWEIGERD.set(Boolean.TRUE);
            EigenFoutmelding.registreer(e.getMessage());
            throw e;
        } catch (ProcessEngineException e) {
            if (e instanceof EigenWeigering) {
                EigenFoutmelding.registreer(e.getMessage());
                throw e;
            }
            for (Throwable oorzaak = e.getCause(); oorzaak != null && oorzaak != oorzaak.getCause(); oorzaak = oorzaak.getCause()) {
                if (oorzaak instanceof OngeldigeInvoerException ongeldig) {
                    GEWEIGERD.set(Boolean.TRUE);
                    EigenFoutmelding.registreer(ongeldig.getMessage());
                    throw ongeldig;
                }
            }
            // The tenant check refuses work on another gemeente's task with a plain engine exception (REST: 500).
            // It is a refused authorization, and answers as one (403).
            if (!(e instanceof AuthorizationException) && e.getMessage() != null
                    && e.getMessage().contains("because it belongs to no authenticated tenant")) {
                throw new AuthorizationException(e.getMessage());
            }
            throw e;
        }
    }
}
