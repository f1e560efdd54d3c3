package nl.regie.inburgering.engine;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.repository.ProcessDefinition;

/**
 * A capability's plan for its running instances when its model changes (dossiers run three years). The application
 * applies it at every start ({@link ModelMigratie}): each instance of an older definition that the rule accepts is
 * moved to the latest definition with the rule's Camunda migration plan, and then gets what the old version lacked.
 * Idempotent by construction: a migrated instance is on the latest definition and is never selected again.
 */
public interface ModelMigratieRegel {

    /** The process definition key whose instances this rule moves. */
    String procesKey();

    /** Whether instances of this older definition are moved by this rule (for example: no or an older version tag). */
    boolean migreertVan(ProcessDefinition bron);

    /** The migration plan from the older definition to the latest. */
    MigrationPlan plan(RuntimeService runtimeService, ProcessDefinition bron, ProcessDefinition doel);

    /**
     * Runs for each instance right before its migration, in the same transaction, on the old version: for example
     * moving a token off an activity the new version no longer has.
     */
    default void voorMigratie(RuntimeService runtimeService, String processInstanceId) {
    }

    /**
     * Runs for each migrated instance right after its migration, in the same transaction: for example starting a
     * branch the old version did not have, where the instance stands.
     */
    default void naMigratie(RuntimeService runtimeService, String processInstanceId) {
    }
}
