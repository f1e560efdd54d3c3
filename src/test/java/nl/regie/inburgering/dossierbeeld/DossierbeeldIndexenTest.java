package nl.regie.inburgering.dossierbeeld;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.engine.MotorSchemaAanvullingen;
import nl.regie.inburgering.test.Indexen;
import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestProfielen;

/**
 * "Mijn dossiers"' history lookup ({@link DossierbeeldIndexen}): the index on the historic tasks' assignee is there
 * after the start on H2 and PostgreSQL, a second run changes nothing, and PostgreSQL answers the engine's own
 * statement for {@link DossierTaken#gewerktDoor} (as a prepared statement's generic plan) from it — reading the
 * user's own tasks in start order — instead of every historic task of the user's gemeenten. That "Mijn dossiers"
 * finds what the user worked on is {@code DossierbeeldApiTest#mijnDossiersOokZonderOpenTaak}.
 */
class DossierbeeldIndexenTest extends ProcesTestBasis {

    @Autowired DataSource dataSource;
    @Autowired JdbcTemplate jdbc;
    @Autowired MotorSchemaAanvullingen schema;

    @Test
    void deIndexStaatOpDeUitvoerderEnEenTweedeKeerVeranderNiets() throws Exception {
        Indexen.aangemaaktEnHerhaalbaar(dataSource, schema, "act_hi_taskinst", DossierbeeldIndexen.INDEX, "ASSIGNEE_");
        if (TestProfielen.opPostgres()) { // H2 plans otherwise: there the index on the column is what can be asserted
            // the engine's historic task query by assignee and gemeenten, newest first (DossierTaken#gewerktDoor)
            assertThat(Indexen.algemeenPlan(jdbc, "gewerkt", "prepare gewerkt(varchar, varchar, varchar) as"
                    + " select distinct RES.* from ACT_HI_TASKINST RES where RES.ASSIGNEE_ = $1"
                    + " and (RES.TENANT_ID_ in ($2, $3)) order by RES.START_TIME_ desc limit 5000 offset 0",
                    "execute gewerkt('cm.geen', 'GM0441', 'GM0498')")).contains(DossierbeeldIndexen.INDEX)
                    .doesNotContain("act_idx_hi_task_inst_tenant_id").doesNotContain("Seq Scan");
        }
    }
}
