package nl.regie.inburgering.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * The engine refuses Java-serialised variable values ({@code javaSerializationFormatEnabled} is off) with a plain
 * engine exception (ENGINE-17007), which every engine REST resource answers with 500. It is the caller's input that is
 * refused: this interceptor, inside {@link OngeldigeInvoerInterceptor}, turns it into an {@link OngeldigeInvoerException}
 * naming the variable, so that it answers 400 like any other refused input. The transaction is rolled back.
 */
public class GeenJavaSerialisatieInterceptor extends CommandInterceptor {

    private static final Pattern GEWEIGERD =
            Pattern.compile("ENGINE-17007 Cannot set variable with name (\\S+)\\. Java serialization format is prohibited");

    @Override
    public <T> T execute(Command<T> command) {
        try {
            return next.execute(command);
        } catch (OngeldigeInvoerException e) {
            throw e;
        } catch (ProcessEngineException e) {
            for (Throwable oorzaak = e; oorzaak != null; oorzaak = oorzaak.getCause() == oorzaak ? null : oorzaak.getCause()) {
                Matcher matcher = oorzaak.getMessage() == null ? null : GEWEIGERD.matcher(oorzaak.getMessage());
                if (matcher != null && matcher.find()) {
                    throw OngeldigeInvoerException.veld(matcher.group(1),
                            "Java-geserialiseerde waarden worden niet aangenomen");
                }
            }
            throw e;
        }
    }
}
