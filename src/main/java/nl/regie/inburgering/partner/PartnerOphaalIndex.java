package nl.regie.inburgering.partner;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.MotorSchemaAanvulling;

/**
 * The indexes behind a partner's fetch ({@link PartnerTaken}: the engine's fetchAndLock with the condition "process
 * variable {@value PartnerGegevens#PARTNER} is this account"). Without them PostgreSQL answers that condition by
 * reading every process variable of the population, or the partner variable of every task on the topic, on every
 * fetch (issue 13: 455 ms at 8,000 open tasks). With them it reads the partner's own track processes from a small
 * partial index (only the text variables named {@value PartnerGegevens#PARTNER}, the engine's own condition, so an
 * index-only scan once autovacuum has marked the pages visible; a text index over all variables could not hold the
 * engine's long text values) and their open tasks by process instance.
 * <p>
 * Made when the engine has been built ({@link MotorSchemaAanvulling}: why not Flyway). {@code CONCURRENTLY}, so that a
 * running installation keeps writing while an index is built; idempotent ({@code IF NOT EXISTS}). PostgreSQL only
 * (H2, the demo and tests, is small).
 */
@Component
public class PartnerOphaalIndex implements MotorSchemaAanvulling {

    static final List<String> INDEXEN = List.of(
            "create index concurrently if not exists regie_idx_var_partner on act_ru_variable (text_, execution_id_)"
                    + " where name_ = '" + PartnerGegevens.PARTNER + "' and type_ = 'string'",
            "create index concurrently if not exists regie_idx_ext_task_procinst on act_ru_ext_task (proc_inst_id_)");

    @Override
    public List<String> statements(Database database, String prefix) {
        return database == Database.POSTGRES ? INDEXEN : List.of();
    }
}
