package nl.regie.inburgering.engine;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.test.Indexen;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestProfielen;

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
        Indexen.aangemaaktEnHerhaalbaar(dataSource, schema, "act_ru_task", DeeltaakIndex.INDEX, "PARENT_TASK_ID_");
        if (TestProfielen.opPostgres()) { // H2 plans otherwise: there the index on the column is what can be asserted
            // the engine's own statement, as at 144,000 tasks: can the (partial) index answer it at all
            assertThat(Indexen.algemeenPlan(jdbc, "deeltaken",
                    "prepare deeltaken(varchar) as select * from ACT_RU_TASK where PARENT_TASK_ID_ = $1",
                    "execute deeltaken('geen-taak')")).contains(DeeltaakIndex.INDEX).doesNotContain("Seq Scan");
        }
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
}
