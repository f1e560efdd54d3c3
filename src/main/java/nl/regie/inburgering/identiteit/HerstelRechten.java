package nl.regie.inburgering.identiteit;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.RETRY_JOB;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import org.camunda.bpm.engine.impl.cmd.SetAnnotationForIncidentCmd;
import org.camunda.bpm.engine.impl.cmd.SetExternalTaskRetriesCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExternalTaskEntity;
import org.camunda.bpm.engine.impl.persistence.entity.IncidentEntity;

/**
 * The procesbeheerder's repairs that Camunda ties to a far wider right. Camunda checks a job's retries against
 * RETRY_JOB, but an external task's retries and an incident's annotation against UPDATE on the process instance
 * (or UPDATE_INSTANCE on its definition), which would also allow correlating messages, modifying, suspending and
 * changing variables. Here a user who holds RETRY_JOB on the task's process definition may set an external task's
 * retries and annotate an incident of that definition; the tenant check still applies (own gemeenten only), and
 * the user operation log records who did it. Everything else keeps the engine's own checks.
 */
public class HerstelRechten extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (CommandoVelden.handelende(context) == null) {
            return next.execute(command);
        }
        String definitie = null;
        if (command instanceof SetExternalTaskRetriesCmd) {
            String id = CommandoVelden.tekst(command, "externalTaskId");
            ExternalTaskEntity taak = id == null ? null : context.getExternalTaskManager().findExternalTaskById(id);
            definitie = taak == null ? null : taak.getProcessDefinitionKey();
        } else if (command instanceof SetAnnotationForIncidentCmd) {
            String id = CommandoVelden.tekst(command, "incidentId");
            IncidentEntity incident = id == null ? null : (IncidentEntity) context.getIncidentManager().findIncidentById(id);
            ExecutionEntity uitvoering = incident == null || incident.getExecutionId() == null ? null
                    : context.getExecutionManager().findExecutionById(incident.getExecutionId());
            definitie = uitvoering == null ? null : uitvoering.getProcessDefinition().getKey();
        }
        if (definitie == null || !context.getAuthorizationManager().isAuthorized(RETRY_JOB, PROCESS_DEFINITION, definitie)) {
            return next.execute(command);
        }
        // only the UPDATE check is lifted; the tenant check is separate and stays on
        context.disableAuthorizationCheck();
        try {
            return next.execute(command);
        } finally {
            context.enableAuthorizationCheck();
        }
    }
}
