package nl.regie.inburgering.engine;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The engine looks for a task's sub-tasks whenever it deletes a task — every completion, every task ended with its
 * process or by a boundary event: {@code select * from ACT_RU_TASK where PARENT_TASK_ID_ = ?}. Camunda 7.24 has no
 * index on that column, so each of those lookups was a sequential scan of every open task: 5,041 pages and 98 ms
 * (cold) at 144,000 open tasks, on every task completion of the whole installation (issue 13; found in the scale run
 * of 26 November 2026, README "Benchmark"). The index {@value #INDEX} answers it from the index alone; on PostgreSQL
 * it is partial (only tasks that have a parent, which this application never makes), so it costs 8 KB and nothing on
 * writing, and the engine's prepared statement still uses it ({@code PARENT_TASK_ID_ = ?} implies {@code is not null}).
 * H2 has no partial indexes and gets the whole column.
 * <p>
 * Made after the engine's schema ({@link MotorSchemaAanvulling}: why not Flyway), {@code if not exists}.
 */
@Component
public class DeeltaakIndex implements MotorSchemaAanvulling {

    public static final String INDEX = "regie_idx_task_parent";

    @Override
    public List<String> statements(Database database, String prefix) {
        return List.of("create index if not exists " + INDEX + " on " + prefix + "act_ru_task (parent_task_id_)"
                + (database == Database.POSTGRES ? " where parent_task_id_ is not null" : ""));
    }
}
