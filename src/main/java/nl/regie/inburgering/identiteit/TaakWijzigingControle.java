package nl.regie.inburgering.identiteit;

import static org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions.TASK_WORK;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.impl.cmd.SaveTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskDueDateCmd;
import org.camunda.bpm.engine.impl.cmd.SetTaskFollowUpDateCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

import nl.regie.inburgering.engine.EigenWeigering;

/**
 * What a user may change on a task itself (its properties, not its variables): only the follow-up date
 * ("vervolgdatum", the casemanager's own planning). A due date is a term of the law or of local policy and is set and
 * moved only by our rules (the models' {@code camunda:dueDate}, timers, {@code termijn/PipTermijnService},
 * {@code termijn/InburgeringstermijnService}), which act as the application (no authenticated user) and are left
 * alone here.
 * <p>
 * For a user this interceptor inspects, whatever the entry point (engine REST, the webapps' engine API, Java):
 * <ul>
 * <li>a whole-task update ({@code SaveTaskCmd}, Tasklist's {@code PUT /task/{id}}): compared with the task as stored,
 * property by property; a changed due date, or any other changed property (name, description, priority, assignee,
 * owner, delegation, parent task, tenant), answers 403 with a Dutch message and nothing is written;</li>
 * <li>{@code setDueDate}: 403;</li>
 * <li>an update that changes nothing but the follow-up date, and {@code setFollowUpDate}: allowed to whoever may work
 * the task (TASK_WORK on its process definition; {@link TaakRolControle}, before this one, has checked that the user
 * is in one of the task's candidate groups). Camunda ties these to TASK_ASSIGN or UPDATE_TASK, which no role holds
 * because they would also allow handing tasks around and moving due dates: only that check is lifted for this one
 * command. The tenant check stays on (own gemeenten only) and the user operation log records who did it.</li>
 * </ul>
 * Everything else (assigning, the owner, name, priority) keeps the engine's own checks, which no role passes.
 */
public class TaakWijzigingControle extends CommandInterceptor {

    static final String VERVALDATUM = "De vervaldatum van een taak is een termijn uit de wet of het beleid van de gemeente: "
            + "alleen de regels van de applicatie zetten of verplaatsen haar. Er is niets gewijzigd.";

    @Override
    public <T> T execute(Command<T> command) {
        CommandContext context = Context.getCommandContext();
        if (CommandoVelden.handelende(context) == null) {
            return next.execute(command);
        }
        TaskEntity taak = null;
        if (command instanceof SetTaskDueDateCmd) {
            if (procestaak(context, CommandoVelden.tekst(command, "taskId")) != null) {
                throw new TaakWijzigingGeweigerd(VERVALDATUM);
            }
        } else if (command instanceof SetTaskFollowUpDateCmd) {
            taak = procestaak(context, CommandoVelden.tekst(command, "taskId"));
        } else if (command instanceof SaveTaskCmd) {
            TaskEntity nieuw = (TaskEntity) CommandoVelden.waarde(command, "task");
            // a new task (revision 0) is not ours to judge: the engine's CREATE check decides
            taak = nieuw == null || nieuw.getRevision() == 0 ? null : procestaak(context, nieuw.getId());
            if (taak != null) {
                controleerWijzigingen(taak, nieuw);
            }
        }
        if (taak == null || !context.getAuthorizationManager().isAuthorized(TASK_WORK, PROCESS_DEFINITION,
                taak.getProcessDefinition().getKey())) {
            return next.execute(command);
        }
        // only the authorization check is lifted; the tenant check is separate and stays on
        context.disableAuthorizationCheck();
        try {
            return next.execute(command);
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    /** The stored task, when it belongs to a process (tasks outside a process keep the engine's own checks). */
    private static TaskEntity procestaak(CommandContext context, String taakId) {
        TaskEntity taak = taakId == null ? null : context.getTaskManager().findTaskById(taakId);
        return taak == null || taak.getExecutionId() == null ? null : taak;
    }

    /** Refuses (403) a whole-task update that changes anything but the follow-up date. */
    private static void controleerWijzigingen(TaskEntity opgeslagen, TaskEntity nieuw) {
        if (!zelfdeMoment(opgeslagen.getDueDate(), nieuw.getDueDate())) {
            throw new TaakWijzigingGeweigerd(VERVALDATUM);
        }
        List<String> gewijzigd = new ArrayList<>();
        vergelijk(gewijzigd, "naam", opgeslagen.getName(), nieuw.getName());
        vergelijk(gewijzigd, "omschrijving", opgeslagen.getDescription(), nieuw.getDescription());
        vergelijk(gewijzigd, "prioriteit", opgeslagen.getPriority(), nieuw.getPriority());
        vergelijk(gewijzigd, "toegewezen medewerker", opgeslagen.getAssignee(), nieuw.getAssignee());
        vergelijk(gewijzigd, "eigenaar", opgeslagen.getOwner(), nieuw.getOwner());
        vergelijk(gewijzigd, "delegatie", opgeslagen.getDelegationState(), nieuw.getDelegationState());
        vergelijk(gewijzigd, "bovenliggende taak", opgeslagen.getParentTaskId(), nieuw.getParentTaskId());
        vergelijk(gewijzigd, "zaak", opgeslagen.getCaseInstanceId(), nieuw.getCaseInstanceId());
        vergelijk(gewijzigd, "gemeente", opgeslagen.getTenantId(), nieuw.getTenantId());
        if (!gewijzigd.isEmpty()) {
            throw new TaakWijzigingGeweigerd("Van een taak kunt u zelf alleen de vervolgdatum zetten; "
                    + String.join(", ", gewijzigd) + " wijzigen is niet voorzien (oppakken en teruggeven gaan met "
                    + "claimen). Er is niets gewijzigd.");
        }
    }

    private static void vergelijk(List<String> gewijzigd, String naam, Object opgeslagen, Object nieuw) {
        if (!Objects.equals(leegAlsNull(opgeslagen), leegAlsNull(nieuw))) {
            gewijzigd.add(naam);
        }
    }

    private static Object leegAlsNull(Object waarde) {
        return waarde instanceof String tekst && tekst.isEmpty() ? null : waarde;
    }

    /** Dates by their instant: the stored one may be a {@code java.sql.Timestamp}, whose equals refuses a Date. */
    static boolean zelfdeMoment(Date a, Date b) {
        return a == null ? b == null : b != null && a.getTime() == b.getTime();
    }

    /** Our own refusal (403): its Dutch message reaches the caller (engine/EigenWeigering). */
    public static class TaakWijzigingGeweigerd extends AuthorizationException implements EigenWeigering {
        public TaakWijzigingGeweigerd(String melding) {
            super(melding);
        }
    }
}
