package nl.regie.inburgering.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine wraps exceptions from task listeners in a generic ProcessEngineException, which the REST API answers
 * with 500. A refused completion is the user's input, not a server error: this interceptor surfaces our
 * {@link OngeldigeInvoerException} again, so that REST and Tasklist answer 400 with its message (a refused
 * Java-serialised value becomes one too, naming the variable); likewise a tenant refusal answers 403. The transaction is rolled back either way.
 */
public class OngeldigeInvoerInterceptor extends CommandInterceptor {

    /** The engine refuses a Java-serialised value (javaSerializationFormatEnabled is off) with a plain exception. */
    private static final Pattern JAVA_SERIALISATIE =
            Pattern.compile("ENGINE-17007 Cannot set variable with name (\\S+)\\. Java serialization format is prohibited");

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (OngeldigeInvoerException e) {
            EigenFoutmelding.registreer(e.getMessage(), e.getVelden());
            throw e;
        } catch (ProcessEngineException e) {
            if (e instanceof EigenWeigering) {
                EigenFoutmelding.registreer(e.getMessage());
                throw e;
            }
            for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
                if (oorzaak instanceof OngeldigeInvoerException ongeldig) {
                    EigenFoutmelding.registreer(ongeldig.getMessage(), ongeldig.getVelden());
                    throw ongeldig;
                }
                Matcher javaSerialisatie = oorzaak.getMessage() == null ? null : JAVA_SERIALISATIE.matcher(oorzaak.getMessage());
                if (javaSerialisatie != null && javaSerialisatie.find()) {
                    OngeldigeInvoerException ongeldig = OngeldigeInvoerException.veld(javaSerialisatie.group(1),
                            "Java-geserialiseerde waarden worden niet aangenomen");
                    EigenFoutmelding.registreer(ongeldig.getMessage(), ongeldig.getVelden());
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
