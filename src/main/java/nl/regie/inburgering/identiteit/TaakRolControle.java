package nl.regie.inburgering.identiteit;

import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.AbstractAddIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.AbstractSetTaskPropertyCmd;
import org.camunda.bpm.engine.impl.cmd.ClaimTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DelegateTaskCmd;
import org.camunda.bpm.engine.impl.cmd.DeleteIdentityLinkCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskBpmnErrorCmd;
import org.camunda.bpm.engine.impl.cmd.HandleTaskEscalationCmd;
import org.camunda.bpm.engine.impl.cmd.PatchTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.RemoveTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskVariablesCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.IdentityLinkEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.task.IdentityLinkType;

/**
 * Who may act on a user task: only a member of one of its candidate groups (read from the task's identity links in
 * the database). The engine's own rights are granted per role on the process definitions, so a casemanager could
 * otherwise work a teamleider's task of the same gemeente; this interceptor keeps the roles apart where the engine
 * acts, for every entry point (engine REST, the webapps' engine API, Java). It covers claiming (also for someone
 * else), completing, submitting a form, a BPMN error or escalation, setting or removing task variables, assigning,
 * delegating, the owner, identity links and every other task property. A user named as the new assignee or delegate
 * must belong to a candidate group as well. The engine itself and the application (no authenticated user) act freely.
 */
public class TaakRolControle extends CommandInterceptor {

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        Authentication wie = CommandoVelden.handelende(context);
        String taakId = wie == null ? null : taakId(command);
        if (taakId != null) {
            controleer(context, wie, taakId, doelgebruiker(command));
        }
        return next.execute(command);
    }

    private static String taakId(Command<?> command) {
        if (command instanceof ClaimTaskCmd || command instanceof CompleteTaskCmd || command instanceof SubmitTaskFormCmd
                || command instanceof DelegateTaskCmd || command instanceof HandleTaskBpmnErrorCmd
                || command instanceof HandleTaskEscalationCmd || command instanceof AbstractSetTaskPropertyCmd<?>
                || command instanceof DeleteIdentityLinkCmd) {
            return CommandoVelden.tekst(command, "taskId");
        }
        if (command instanceof SetTaskVariablesCmd || command instanceof RemoveTaskVariablesCmd
                || command instanceof PatchTaskVariablesCmd) {
            return CommandoVelden.tekst(command, "entityId");
        }
        if (command instanceof SaveTaskCmd) {
            Object taak = CommandoVelden.waarde(command, "task");
            return taak == null ? null : ((TaskEntity) taak).getId();
        }
        return null;
    }

    /** The user who would get the task: the claimant, the new assignee, the delegate. */
    private static String doelgebruiker(Command<?> command) {
        if (command instanceof ClaimTaskCmd || command instanceof DelegateTaskCmd) {
            return CommandoVelden.tekst(command, "userId");
        }
        if (command instanceof AbstractAddIdentityLinkCmd && IdentityLinkType.ASSIGNEE.equals(CommandoVelden.tekst(command, "type"))) {
            return CommandoVelden.tekst(command, "userId");
        }
        if (command instanceof SaveTaskCmd) {
            Object taak = CommandoVelden.waarde(command, "task");
            return taak == null ? null : ((TaskEntity) taak).getAssignee();
        }
        return null;
    }

    private static void controleer(CommandContext context, Authentication wie, String taakId, String doelgebruiker) {
        TaskEntity taak = context.getTaskManager().findTaskById(taakId);
        if (taak == null || taak.getExecutionId() == null) {
            return; // unknown: the engine answers 404; a task outside a process: the engine's own rights decide
        }
        Set<String> kandidaten = kandidaatgroepen(context, taak);
        if (!overlapt(kandidaten, CommandoVelden.groepen(context, wie))) {
            throw new AuthorizationException("Deze taak is voor een andere rol: alleen een "
                    + String.join(" of ", kandidaten.isEmpty() ? Set.of("medewerker van de juiste rol") : kandidaten)
                    + " mag haar oppakken of afronden.");
        }
        if (doelgebruiker != null && !doelgebruiker.equals(wie.getUserId())
                && !overlapt(kandidaten, CommandoVelden.groepenVan(context, doelgebruiker))) {
            throw new AuthorizationException("Deze taak kan alleen worden toegewezen aan een medewerker met de rol "
                    + String.join(" of ", kandidaten) + ".");
        }
    }

    private static Set<String> kandidaatgroepen(CommandContext context, TaskEntity taak) {
        return context.runWithoutAuthorization(() -> taak.getIdentityLinks().stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null)
                .map(IdentityLinkEntity::getGroupId)
                .collect(Collectors.toCollection(java.util.TreeSet::new)));
    }

    private static boolean overlapt(Set<String> kandidaten, Set<String> groepen) {
        return kandidaten.stream().anyMatch(groepen::contains);
    }
}
