package nl.regie.inburgering.engine;

import java.lang.reflect.Field;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.AbstractQuery;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cmd.AbstractExecuteFilterCmd;
import org.camunda.bpm.engine.impl.cmd.SaveFilterCmd;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.camunda.bpm.engine.impl.persistence.entity.FilterEntity;
import org.camunda.bpm.engine.query.Query;

/**
 * CVE-2026-109432: the engine evaluates expressions in task queries ({@code ${…}}, {@code #{…}}) with the rights of
 * the process, and its own switch {@code enableExpressionsInAdhocQueries} does not look into nested {@code or()}
 * queries, nor into a filter's stored or extending query. This interceptor looks at the query objects themselves,
 * after the REST layer or our own code has built them, so neither the entry point (engine REST, the webapps' engine
 * API, Java API) nor the request's encoding matters:
 * <ul>
 * <li>a query run as a command (every {@code list()}, {@code count()}, ... with a command executor) carries no
 *     expression at all, in itself or in any of its or-queries;</li>
 * <li>a filter being saved (created or updated) stores only the expressions of {@link ToegestaneQueryExpressies},
 *     each for its own property;</li>
 * <li>a filter being executed: its stored query (read here from the database, in the same command context the
 *     command then reads it from) holds only those, and the query that extends it holds none.</li>
 * </ul>
 * It runs inside the command context (a post interceptor) because executing a filter needs its stored query.
 */
public class QueryExpressieInterceptor extends CommandInterceptor {

    private static final Pattern EIGENSCHAP = Pattern.compile("[A-Za-z]{1,64}");

    private static final Field FILTER_ID = veld(AbstractExecuteFilterCmd.class, "filterId");
    private static final Field AANVULLENDE_QUERY = veld(AbstractExecuteFilterCmd.class, "extendingQuery");
    private static final Field OPGESLAGEN_FILTER = veld(SaveFilterCmd.class, "filter");

    @Override
    public <T> T execute(Command<T> command) {
        controleer(command);
        return next.execute(command);
    }

    static void controleer(Command<?> command) {
        if (command instanceof AbstractQuery<?, ?> query) {
            geenExpressies(query, "Expressies (${...} of #{...}) zijn in taakqueries niet toegestaan");
        } else if (command instanceof AbstractExecuteFilterCmd uitvoeren) {
            if (lees(AANVULLENDE_QUERY, uitvoeren) instanceof AbstractQuery<?, ?> aanvullend) {
                geenExpressies(aanvullend, "Expressies (${...} of #{...}) zijn niet toegestaan in een query die een filter aanvult");
            }
            if (lees(FILTER_ID, uitvoeren) instanceof String filterId) {
                CommandContext context = Context.getCommandContext();
                // the same entity (from the context's cache) is what the command extends and runs next
                FilterEntity filter = context.getFilterManager().findFilterById(filterId);
                if (filter != null) {
                    alleenToegestane(filter.getQuery());
                }
            }
        } else if (command instanceof SaveFilterCmd opslaan) {
            if (lees(OPGESLAGEN_FILTER, opslaan) instanceof Filter filter) {
                alleenToegestane(filter.getQuery());
            }
        }
    }

    private static void geenExpressies(AbstractQuery<?, ?> query, String melding) {
        for (AbstractQuery<?, ?> deel : delen(query)) {
            Map<String, String> expressies = deel.getExpressions();
            if (expressies != null && !expressies.isEmpty()) {
                throw geweigerd(melding, expressies.keySet().iterator().next());
            }
        }
    }

    private static void alleenToegestane(Query<?, ?> query) {
        if (!(query instanceof AbstractQuery<?, ?> abstracteQuery)) {
            return;
        }
        for (AbstractQuery<?, ?> deel : delen(abstracteQuery)) {
            Map<String, String> expressies = deel.getExpressions();
            if (expressies == null) {
                continue;
            }
            for (Map.Entry<String, String> expressie : expressies.entrySet()) {
                if (!ToegestaneQueryExpressies.toegestaan(expressie.getKey(), expressie.getValue())) {
                    throw geweigerd("Expressies (${...} of #{...}) zijn in filters alleen toegestaan als vaste expressie "
                            + "van de eigen filters van de applicatie", expressie.getKey());
                }
            }
        }
    }

    /** The query and each of its or-queries (a task query lists itself first). */
    private static List<AbstractQuery<?, ?>> delen(AbstractQuery<?, ?> query) {
        if (!(query instanceof TaskQueryImpl taakQuery) || taakQuery.getQueries() == null) {
            return List.of(query);
        }
        Set<AbstractQuery<?, ?>> delen = Collections.newSetFromMap(new IdentityHashMap<>());
        delen.add(query);
        delen.addAll(taakQuery.getQueries());
        return List.copyOf(delen);
    }

    private static QueryExpressieGeweigerdException geweigerd(String melding, String eigenschap) {
        boolean noembaar = eigenschap != null && EIGENSCHAP.matcher(eigenschap).matches();
        return new QueryExpressieGeweigerdException(melding + (noembaar ? " (veld " + eigenschap + ")." : "."));
    }

    private static Object lees(Field veld, Object object) {
        try {
            return veld.get(object);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Kan " + veld.getName() + " niet lezen", e);
        }
    }

    /** Fails at start-up, not silently at run time, when an engine upgrade renames a field this check reads. */
    private static Field veld(Class<?> klasse, String naam) {
        try {
            Field veld = klasse.getDeclaredField(naam);
            veld.setAccessible(true);
            return veld;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("Engineversie past niet bij de querycontrole: " + klasse.getName() + "." + naam, e);
        }
    }
}
