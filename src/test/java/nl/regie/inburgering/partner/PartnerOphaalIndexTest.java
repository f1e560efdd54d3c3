package nl.regie.inburgering.partner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.test.ProcesTestBasis;
import nl.regie.inburgering.test.TestProfielen;

/**
 * On PostgreSQL the engine's partner condition (process variable {@code partner} = the account) is served by the
 * indexes of {@link PartnerOphaalIndex}: the partial index holds only the partner variables, and the planner uses it
 * for the engine's own subquery instead of reading every variable.
 */
class PartnerOphaalIndexTest extends ProcesTestBasis {

    @Autowired JdbcTemplate jdbc;
    @Autowired nl.regie.inburgering.engine.MotorSchemaAanvullingen schema;

    @Test
    void deIndexenBestaanEnDePartnervoorwaardeGebruiktZe() {
        if (!TestProfielen.opPostgres()) {
            // H2 (the demo and the tests) is small: no partner indexes there, and the start made none
            assertThat(new PartnerOphaalIndex().statements(nl.regie.inburgering.engine.MotorSchemaAanvulling.Database.H2, "")).isEmpty();
            assertThat(schema.voerUit()).isZero();
            return;
        }
        assertThat(jdbc.queryForList("select indexname from pg_indexes where indexname in"
                + " ('regie_idx_var_partner', 'regie_idx_ext_task_procinst') and indexdef not like '%INVALID%'", String.class))
                .containsExactlyInAnyOrder("regie_idx_var_partner", "regie_idx_ext_task_procinst");
        // a second start changes nothing (IF NOT EXISTS)
        assertThat(schema.voerUit()).isZero();

        openStatushouder("0441");
        jdbc.execute("analyze act_ru_variable");
        jdbc.execute("analyze act_ru_ext_task");
        // the engine's subquery for processInstanceVariableEquals("partner", …), with sequential scans made unattractive
        List<String> plan = jdbc.execute((java.sql.Connection c) -> {
            try (var s = c.createStatement()) {
                s.execute("set enable_seqscan = off");
                try (var r = s.executeQuery("explain select RES.ID_ from ACT_RU_EXT_TASK RES where RES.TOPIC_NAME_ = 'mb-uitvoering'"
                        + " and RES.PROC_INST_ID_ in (select VAR.EXECUTION_ID_ from ACT_RU_VARIABLE VAR where (VAR.NAME_ = 'partner'"
                        + " and ((VAR.TYPE_ is not null and VAR.TYPE_ = 'string' and VAR.TEXT_ is not null and VAR.TEXT_ = 'vluchtelingenwerk'))))")) {
                    List<String> regels = new java.util.ArrayList<>();
                    while (r.next()) {
                        regels.add(r.getString(1));
                    }
                    return regels;
                } finally {
                    s.execute("reset enable_seqscan");
                }
            }
        });
        assertThat(String.join("\n", plan)).contains("regie_idx_var_partner");
    }
}
