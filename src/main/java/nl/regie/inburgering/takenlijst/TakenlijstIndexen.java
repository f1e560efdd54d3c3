package nl.regie.inburgering.takenlijst;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.MotorSchemaAanvulling;

/**
 * Two indexes on the engine's task table for the Tasklist's saved filters at scale (issue 13; README "Benchmark").
 * <p>
 * {@code ACT_RU_TASK (DUE_DATE_)}, for "Mijn gemeenten" and every list sorted by due date: the engine's task query is a
 * {@code SELECT DISTINCT} over the task and its joins (candidate links, process definition, the user's grants),
 * ordered by due date and cut at a page of 15. Without an index in that order PostgreSQL sorts every task the user may
 * see (55,000 for a regional casemanager at 130,000 dossiers) before it can take the first page. With it PostgreSQL
 * reads the tasks in due-date order and finishes the {@code DISTINCT} by an incremental sort, so it stops after the
 * page: it pages before it joins and sorts, and the cost no longer grows with the user's tasks (PostgreSQL 15 in
 * parallel workers, 16 and later also in one). The count cannot stop early and stays linear.
 * <p>
 * {@code ACT_RU_TASK (TENANT_ID_, DUE_DATE_)}, for "Termijn verloopt binnen 14 dagen". The engine's authorized task query joins every READ_TASK grant of the
 * user's roles (one per process, thirteen for the casemanager) and PostgreSQL, which estimates that join at one row,
 * scans the user's tasks once per grant. With this index each of those scans of "Termijn verloopt binnen 14 dagen"
 * reads only the tasks of the user's gemeenten that fall due, not all of them.
 * <p>
 * On PostgreSQL also statistics on the engine's authorization table ({@code CREATE STATISTICS … (mcv)}, PostgreSQL
 * 14 or later): the authorized task query selects the user's grants with bit tests on {@code PERMS_}
 * ({@code PERMS_ & 64 = 64}) that PostgreSQL cannot estimate without them, so it takes the thirteen READ_TASK grants
 * of the casemanager for one row and puts them in front: the user's tasks are then read once per grant ("Mijn
 * gemeenten" and "Termijn verloopt" alike). With these statistics it estimates the grants right and reads the
 * tasks once, joining the grants afterwards. H2 plans otherwise and gets only the indexes.
 * <p>
 * Run after the engine has built its schema ({@link MotorSchemaAanvulling}: why not Flyway). {@code CREATE INDEX IF
 * NOT EXISTS} is the same statement on PostgreSQL and H2 and costs nothing once the index is there.
 */
@Component
public class TakenlijstIndexen implements MotorSchemaAanvulling {

    static final String INDEX = "REGIE_IDX_TASK_TENANT_DUE";
    static final String INDEX_VERVALDATUM = "REGIE_IDX_TASK_DUE";
    static final String STATISTIEK = "REGIE_STAT_AUTH_RECHTEN";

    @Override
    public List<String> statements(Database database, String prefix) {
        String index = "create index if not exists " + INDEX + " on " + prefix + "ACT_RU_TASK (TENANT_ID_, DUE_DATE_)";
        String vervaldatum = "create index if not exists " + INDEX_VERVALDATUM + " on " + prefix + "ACT_RU_TASK (DUE_DATE_)";
        if (database != Database.POSTGRES) {
            return List.of(index, vervaldatum);
        }
        return List.of(index, vervaldatum,
                "create statistics if not exists " + STATISTIEK + " (mcv) on TYPE_, GROUP_ID_, USER_ID_,"
                        + " RESOURCE_TYPE_, (PERMS_ & 2), (PERMS_ & 64) from " + prefix + "ACT_RU_AUTHORIZATION",
                // a few hundred rows: the statistics count from this moment, not from autovacuum's next visit
                "analyze " + prefix + "ACT_RU_AUTHORIZATION");
    }
}
