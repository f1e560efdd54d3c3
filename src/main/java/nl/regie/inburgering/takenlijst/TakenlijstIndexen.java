package nl.regie.inburgering.takenlijst;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.MotorSchemaAanvulling;

/**
 * An index on the engine's task table for the Tasklist's saved filters at scale (issue 13; README "Benchmark"):
 * {@code ACT_RU_TASK (TENANT_ID_, DUE_DATE_)}. The engine's authorized task query joins every READ_TASK grant of the
 * user's roles (one per process, thirteen for the casemanager) and PostgreSQL, which estimates that join at one row,
 * scans the user's tasks once per grant. With this index each of those scans of "Termijn verloopt binnen 14 dagen"
 * reads only the tasks of the user's gemeenten that fall due, not all of them.
 * <p>
 * On PostgreSQL also statistics on the engine's authorization table ({@code CREATE STATISTICS … (mcv)}, PostgreSQL
 * 14 or later): the authorized task query selects the user's grants with bit tests on {@code PERMS_}
 * ({@code PERMS_ & 64 = 64}) that PostgreSQL cannot estimate without them, so it takes the thirteen READ_TASK grants
 * of the casemanager for one row and puts them in front: the user's tasks are then read once per grant ("Mijn
 * gemeenten" and "Termijn verloopt" alike). With these statistics it estimates the grants right and reads the
 * tasks once, joining the grants afterwards. H2 plans otherwise and gets only the index.
 * <p>
 * Run after the engine has built its schema ({@link MotorSchemaAanvulling}: why not Flyway). {@code CREATE INDEX IF
 * NOT EXISTS} is the same statement on PostgreSQL and H2 and costs nothing once the index is there.
 */
@Component
public class TakenlijstIndexen implements MotorSchemaAanvulling {

    static final String INDEX = "REGIE_IDX_TASK_TENANT_DUE";
    static final String STATISTIEK = "REGIE_STAT_AUTH_RECHTEN";

    @Override
    public List<String> statements(Database database, String prefix) {
        String index = "create index if not exists " + INDEX + " on " + prefix + "ACT_RU_TASK (TENANT_ID_, DUE_DATE_)";
        if (database != Database.POSTGRES) {
            return List.of(index);
        }
        return List.of(index,
                "create statistics if not exists " + STATISTIEK + " (mcv) on TYPE_, GROUP_ID_, USER_ID_,"
                        + " RESOURCE_TYPE_, (PERMS_ & 2), (PERMS_ & 64) from " + prefix + "ACT_RU_AUTHORIZATION",
                // a few hundred rows: the statistics count from this moment, not from autovacuum's next visit
                "analyze " + prefix + "ACT_RU_AUTHORIZATION");
    }
}
