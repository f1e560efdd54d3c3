package nl.regie.inburgering.engine;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.cmd.MessageEventReceivedCmd;
import org.camunda.bpm.engine.impl.cmd.SignalCmd;
import org.camunda.bpm.engine.impl.cmd.SignalEventReceivedCmd;
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

    /** Our answer when a signal or message reaches an execution that does not wait for it. */
    static final String WACHT_NIET = "De uitvoering wacht niet op dit signaal of bericht; er is niets gewijzigd.";
    /** Commands whose plain refusal is the caller's request being turned down: signal and message to an execution. */
    private static final Set<Class<?>> WEIGERT_ALS_VERZOEK =
            Set.of(SignalCmd.class, SignalEventReceivedCmd.class, MessageEventReceivedCmd.class);

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
            // A signal or message sent to an execution that does not wait for it is refused by the engine's own
            // checks, with a plain exception or a NotFoundException that Camunda's REST signal resource turns into a
            // 500 of its own (the trigger resource does so for every refusal): "nothing written", but read as a server
            // fault. It is a request the engine turns down, and answers as one: 400 with our message (registered, so
            // the error filter answers 400 where the REST resource wrote 500). Only those commands, only the
            // engine's own refusal (no cause): a database failure inside them stays what it is.
            if (WEIGERT_ALS_VERZOEK.contains(command.getClass()) && e.getCause() == null
                    && (e.getClass() == ProcessEngineException.class || e instanceof NullValueException
                    || e instanceof NotFoundException)) {
                EigenFoutmelding.registreer(WACHT_NIET);
                throw new BadUserRequestException(WACHT_NIET);
            }
            throw e;
        }
    }
}
