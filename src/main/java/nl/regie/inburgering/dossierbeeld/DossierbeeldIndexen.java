package nl.regie.inburgering.dossierbeeld;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.MotorSchemaAanvulling;

/**
 * "Mijn dossiers" ({@code GET /api/dossiers/mijn}) finds the dossiers a casemanager worked on through the engine's
 * history: the historic tasks with that assignee in the user's gemeenten, newest first ({@link DossierTaken#gewerktDoor}).
 * Camunda 7.24 has no index on {@code ACT_HI_TASKINST.ASSIGNEE_}, so PostgreSQL read every historic task of the
 * user's gemeenten to find the user's own: 32,513 rows and 65 ms of SQL for {@code cm.westfriesland} at 14,262
 * dossiers (26 November 2026, README "Benchmark"), growing with three years of history in every gemeente served —
 * the endpoint's p95 was 182 ms at 8,891 dossiers. With {@value #INDEX} on (assignee, start time) it reads only the
 * user's own tasks, in the order asked. Tasklist's and Cockpit's history by assignee use it too.
 * <p>
 * Made after the engine's schema ({@link MotorSchemaAanvulling}: why not Flyway), {@code if not exists}: the same
 * statement on PostgreSQL and H2.
 */
@Component
public class DossierbeeldIndexen implements MotorSchemaAanvulling {

    public static final String INDEX = "regie_idx_hi_task_assignee";

    @Override
    public List<String> statements(Database database, String prefix) {
        return List.of("create index if not exists " + INDEX + " on " + prefix + "act_hi_taskinst (assignee_, start_time_)");
    }
}
