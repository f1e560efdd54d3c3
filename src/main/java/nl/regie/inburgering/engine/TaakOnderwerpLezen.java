package nl.regie.inburgering.engine;

import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.VariableInstanceQueryImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.task.Task;

/**
 * Lets Tasklist's list show {@link TaakOnderwerp}'s variables to whoever may read the task. The engine REST's filter
 * list reads a filter's {@code variables} with a variable-instance query under the user's authorization, and that
 * query accepts only READ on the process instance, READ_INSTANCE on the definition or READ on the task itself; our
 * roles hold none of these (they read tasks through READ_TASK on the process definition, see
 * identiteit/IdentiteitInrichting, and no role may read whole process instances), so the list stayed empty.
 * <p>
 * Exactly that query, and nothing wider, is answered here: a list query asking only for our three names, by variable
 * scope ids (as the filter list asks). The answer holds only the task-local values of those tasks among the scope
 * ids that the same user may read as tasks (the engine's own task query decides: authorization and tenant), so
 * nobody sees a value of a task that is not theirs, and no process variable at all. Any other variable query runs
 * unchanged.
 */
public class TaakOnderwerpLezen extends CommandInterceptor {

    private static final Set<String> NAMEN = TaakOnderwerp.NAMEN;
    private static final Field RESULTAAT = veld();

    @Override
    @SuppressWarnings("unchecked")
    public <T> T execute(Command<T> command) {
        if (command instanceof VariableInstanceQueryImpl query && alleenOnderwerp(query)) {
            CommandContext context = Context.getCommandContext();
            if (context != null && context.getAuthenticatedUserId() != null && context.isAuthorizationCheckEnabled()) {
                return (T) lees(context, query);
            }
        }
        return next.execute(command);
    }

    private static boolean alleenOnderwerp(VariableInstanceQueryImpl query) {
        String[] namen = query.getVariableNames();
        return "LIST".equals(resultaat(query)) && namen != null && namen.length > 0
                && NAMEN.containsAll(Arrays.asList(namen)) && query.getVariableScopeIds() != null
                && query.getVariableScopeIds().length > 0 && query.getVariableId() == null && query.getVariableName() == null
                && query.getVariableNameLike() == null && query.getExecutionIds() == null && query.getProcessInstanceIds() == null
                && query.getCaseExecutionIds() == null && query.getCaseInstanceIds() == null && query.getTaskIds() == null
                && query.getBatchIds() == null && query.getActivityInstanceIds() == null;
    }

    private static List<?> lees(CommandContext context, VariableInstanceQueryImpl gevraagd) {
        TaskQueryImpl taken = new TaskQueryImpl();
        taken.taskIdIn(gevraagd.getVariableScopeIds());
        // as the user: only the tasks they may read
        String[] leesbaar = taken.evaluateExpressionsAndExecuteList(context, null).stream().map(Task::getId)
                .toArray(String[]::new);
        if (leesbaar.length == 0) {
            return List.of();
        }
        VariableInstanceQueryImpl waarden = new VariableInstanceQueryImpl();
        waarden.variableNameIn(gevraagd.getVariableNames()).taskIdIn(leesbaar).disableBinaryFetching()
                .disableCustomObjectDeserialization();
        context.disableAuthorizationCheck();
        try {
            return waarden.evaluateExpressionsAndExecuteList(context, null);
        } finally {
            context.enableAuthorizationCheck();
        }
    }

    /** The query's result type by name (the enum is protected): LIST for list() and unlimitedList(). */
    private static String resultaat(AbstractQuery<?, ?> query) {
        try {
            return String.valueOf(RESULTAAT.get(query));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Variabelenquery niet te lezen", e);
        }
    }

    private static Field veld() {
        try {
            Field veld = AbstractQuery.class.getDeclaredField("resultType");
            veld.setAccessible(true);
            return veld;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Camunda's AbstractQuery heeft geen resultType meer", e);
        }
    }
}
