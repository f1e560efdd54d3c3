package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.test.ProcesTestBasis;

/**
 * The engine's sub-task lookup ({@link DeeltaakIndex}): the index is there after the start on H2 and PostgreSQL, a
 * second run changes nothing, PostgreSQL answers the engine's own statement (as a prepared statement's generic plan)
 * from it instead of reading every open task, and a task with a sub-task still takes its sub-task with it when it is
 * deleted.
 */
class DeeltaakIndexTest extends ProcesTestBasis {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired MotorSchemaAanvullingen schema;

    @Test
    void deIndexStaatOpDeKolomEnEenTweedeKeerVeranderNiets() throws Exception {
        assertThat(indexen()).containsEntry(DeeltaakIndex.INDEX, "PARENT_TASK_ID_");
        assertThat(schema.voerUit()).as("a second time: nothing fails").isZero();
        assertThat(indexen()).containsEntry(DeeltaakIndex.INDEX, "PARENT_TASK_ID_");
        if (postgres()) { // H2 plans otherwise: there the index on the column is what can be asserted
            assertThat(algemeenPlan()).contains(DeeltaakIndex.INDEX).doesNotContain("Seq Scan");
        }
    }

    /** The plan PostgreSQL keeps for the engine's prepared statement, whatever the parameter. */
    private String algemeenPlan() {
        List<String> plan = jdbc.execute((java.sql.Connection c) -> {
            try (var s = c.createStatement()) {
                try {
                    s.execute("set plan_cache_mode = force_generic_plan");
                    // the test database holds a handful of tasks, where reading the table is cheaper: the question
                    // is whether the (partial) index can answer the engine's statement at all, as at 144,000 tasks
                    s.execute("set enable_seqscan = off");
                    s.execute("prepare deeltaken(varchar) as select * from ACT_RU_TASK where PARENT_TASK_ID_ = $1");
                    List<String> regels = new java.util.ArrayList<>();
                    try (ResultSet r = s.executeQuery("explain execute deeltaken('geen-taak')")) {
                        while (r.next()) {
                            regels.add(r.getString(1));
                        }
                    } finally {
                        s.execute("deallocate deeltaken"); // only ours: the driver keeps its own prepared statements
                    }
                    return regels;
                } finally { // a pooled connection: leave it as it was
                    s.execute("reset plan_cache_mode");
                    s.execute("reset enable_seqscan");
                }
            }
        });
        return String.join("\n", plan);
    }

    @Test
    void eenTaakNeemtBijVerwijderenZijnDeeltaakMee() {
        Task ouder = taskService.newTask();
        ouder.setName("deeltaak-test ouder " + System.nanoTime());
        taskService.saveTask(ouder);
        Task kind = taskService.newTask();
        kind.setName("deeltaak-test kind");
        kind.setParentTaskId(ouder.getId());
        taskService.saveTask(kind);
        assertThat(taskService.getSubTasks(ouder.getId())).extracting(Task::getId).containsExactly(kind.getId());

        taskService.deleteTask(ouder.getId(), true);
        assertThat(taskService.createTaskQuery().taskId(kind.getId()).count()).isZero();
        assertThat(taskService.createTaskQuery().taskId(ouder.getId()).count()).isZero();
    }

    /** Index name → its (first) column, lower-case names, upper-case columns. */
    private java.util.Map<String, String> indexen() throws Exception {
        java.util.Map<String, String> namen = new java.util.HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String tabel : List.of("act_ru_task", "ACT_RU_TASK")) {
                try (ResultSet r = c.getMetaData().getIndexInfo(null, null, tabel, false, false)) {
                    while (r.next()) {
                        if (r.getString("INDEX_NAME") != null && r.getString("COLUMN_NAME") != null) {
                            namen.putIfAbsent(r.getString("INDEX_NAME").toLowerCase(Locale.ROOT),
                                    r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return namen;
    }

    private boolean postgres() {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }
}
