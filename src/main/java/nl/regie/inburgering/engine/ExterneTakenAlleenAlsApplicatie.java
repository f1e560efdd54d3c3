package nl.regie.inburgering.engine;

import java.util.List;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cmd.CompleteExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.ExtendLockOnExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.FetchExternalTasksCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleExternalTaskFailureCmd;
import org.camunda.bpm.engine.impl.cmd.LockExternalTaskCmd;
import org.camunda.bpm.engine.impl.cmd.UnlockExternalTaskCmd;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Working an external task (fetch and lock, lock, complete, failure, BPMN error, extend the lock, unlock) is the
 * partners' work, done for them by the partner entry point as the application. Inside the engine, any such command
 * issued with a user's authentication — a member of staff over {@code /engine-rest} or the webapps' engine API,
 * whatever the path — is refused (403). Repair (retries, priority) stays with the procesbeheerder.
 */
public class ExterneTakenAlleenAlsApplicatie extends CommandInterceptor {

    private static final List<Class<?>> PARTNERWERK = List.of(FetchExternalTasksCmd.class, LockExternalTaskCmd.class,
            CompleteExternalTaskCmd.class, HandleExternalTaskFailureCmd.class, HandleExternalTaskBpmnErrorCmd.class,
            ExtendLockOnExternalTaskCmd.class, UnlockExternalTaskCmd.class);

    private final ProcessEngineConfigurationImpl configuratie;

    public ExterneTakenAlleenAlsApplicatie(ProcessEngineConfigurationImpl configuratie) {
        this.configuratie = configuratie;
    }

    @Override
    public <T> T execute(Command<T> command) {
        if (PARTNERWERK.stream().anyMatch(soort -> soort.isInstance(command))) {
            Authentication wie = configuratie.getIdentityService().getCurrentAuthentication();
            if (wie != null && wie.getUserId() != null) {
                throw new AuthorizationException("Externe taken worden alleen door partners uitgevoerd, via /partner-api.");
            }
        }
        return next.execute(command);
    }
}
