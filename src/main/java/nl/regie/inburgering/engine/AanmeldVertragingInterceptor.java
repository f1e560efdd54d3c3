package nl.regie.inburgering.engine;

import java.lang.reflect.Field;
import java.time.Duration;

import org.camunda.bpm.engine.impl.cmd.CheckPassword;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Every password check passes the engine's {@code CheckPassword} command: our API's Basic filter, the engine REST
 * API's Basic filter, the partners' entry point and the webapps' login alike. After a failed check the failing
 * caller waits ({@link AanmeldVertraging}) before it gets its answer; a correct password returns at once. Registered
 * before the engine's transaction interceptor, so no database connection is held while waiting.
 */
public class AanmeldVertragingInterceptor extends CommandInterceptor {

    private static final Field GEBRUIKER;

    static {
        try {
            GEBRUIKER = CheckPassword.class.getDeclaredField("userId");
            GEBRUIKER.setAccessible(true);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("CheckPassword zonder userId: controleer de Camunda-versie", e);
        }
    }

    private final AanmeldVertraging vertraging;

    public AanmeldVertragingInterceptor(AanmeldVertraging vertraging) {
        this.vertraging = vertraging;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (!(command instanceof CheckPassword)) {
            return next.execute(command);
        }
        String gebruiker = gebruiker(command);
        T resultaat = next.execute(command);
        if (Boolean.TRUE.equals(resultaat)) {
            vertraging.gelukt(gebruiker);
        } else {
            wacht(vertraging.mislukking(gebruiker));
        }
        return resultaat;
    }

    private static String gebruiker(Command<?> command) {
        try {
            return (String) GEBRUIKER.get(command);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void wacht(Duration duur) {
        try {
            Thread.sleep(duur.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the answer stays "wrong password"
        }
    }
}
