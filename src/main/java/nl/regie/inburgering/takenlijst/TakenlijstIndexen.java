package nl.regie.inburgering.takenlijst;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

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
 * Created here, after the engine has built (or updated) its schema, and not by a Flyway migration: on a fresh
 * database Flyway runs before the engine creates its tables (JPA validates our tables first, and the engine shares
 * JPA's transaction manager), so a migration on {@code ACT_RU_TASK} would fail there. {@code CREATE INDEX IF NOT
 * EXISTS} is the same statement on PostgreSQL and H2 and costs nothing once the index is there. An installation whose
 * DBA keeps the schema sets {@code regie.takenlijst.indexen=false} and creates both itself (README).
 */
@Component
@ConditionalOnProperty(name = "regie.takenlijst.indexen", havingValue = "true", matchIfMissing = true)
public class TakenlijstIndexen extends AbstractProcessEnginePlugin {

    static final String INDEX = "REGIE_IDX_TASK_TENANT_DUE";
    static final String STATISTIEK = "REGIE_STAT_AUTH_RECHTEN";
    private static final Logger LOG = LoggerFactory.getLogger(TakenlijstIndexen.class);

    private DataSource dataSource;
    private String prefix = "";

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuratie) {
        this.dataSource = configuratie.getDataSource();
        this.prefix = configuratie.getDatabaseTablePrefix() == null ? "" : configuratie.getDatabaseTablePrefix();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        if (dataSource == null) {
            return;
        }
        voerUit(INDEX, "create index if not exists " + INDEX + " on " + prefix + "ACT_RU_TASK (TENANT_ID_, DUE_DATE_)");
        if (postgres()) {
            voerUit(STATISTIEK, "create statistics if not exists " + STATISTIEK + " (mcv) on TYPE_, GROUP_ID_, USER_ID_,"
                    + " RESOURCE_TYPE_, (PERMS_ & 2), (PERMS_ & 64) from " + prefix + "ACT_RU_AUTHORIZATION");
            // a few hundred rows: the statistics count from this moment, not from autovacuum's next visit
            voerUit(STATISTIEK, "analyze " + prefix + "ACT_RU_AUTHORIZATION");
        }
    }

    private boolean postgres() {
        try (Connection verbinding = dataSource.getConnection()) {
            return verbinding.getMetaData().getDatabaseProductName().toLowerCase(java.util.Locale.ROOT).contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }

    private void voerUit(String naam, String sql) {
        try (Connection verbinding = dataSource.getConnection(); Statement opdracht = verbinding.createStatement()) {
            boolean autocommit = verbinding.getAutoCommit();
            verbinding.setAutoCommit(true);
            try {
                opdracht.execute(sql);
            } finally {
                verbinding.setAutoCommit(autocommit);
            }
        } catch (SQLException e) {
            // a second node creating it at the same moment, or PostgreSQL before 14 (no statistics on expressions):
            // an optimisation only, the start goes on
            LOG.warn("{} niet aangemaakt ({}); de volgende start probeert het opnieuw", naam, e.getSQLState());
        }
    }
}
