package nl.regie.inburgering.engine;

import java.util.function.Supplier;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Runs an engine call without the current user's authorizations, for what the application itself must know (the
 * task a partner asks to complete, the open partner tasks of an ending dossier); the user is restored afterwards.
 */
public final class AlsApplicatie {

    private AlsApplicatie() {
    }

    public static <T> T uitvoeren(IdentityService identityService, Supplier<T> actie) {
        Authentication wie = identityService.getCurrentAuthentication();
        identityService.clearAuthentication();
        try {
            return actie.get();
        } finally {
            if (wie != null) {
                identityService.setAuthentication(wie);
            }
        }
    }
}
