package db.migration;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

import nl.regie.inburgering.engine.JobAcquisitie;

/**
 * Issue 13, timer burst: the index that serves the job executor's acquisition ({@link JobAcquisitie}: why, and its
 * second place of creation for a fresh database, where the engine's tables do not exist yet when Flyway runs).
 */
public class V42__job_acquisitie_index extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        JobAcquisitie.maakIndex(context.getConnection());
    }
}
