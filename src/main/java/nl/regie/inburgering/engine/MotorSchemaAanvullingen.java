package nl.regie.inburgering.engine;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Runs every capability's {@link MotorSchemaAanvulling} once the engine has built (or updated) its schema, at every
 * start. On by default; an installation whose DBA keeps the schema sets {@code regie.motor-schema.aanvullen=false}
 * and creates the statements itself (README, "Productie-instellingen").
 */
@Component
@ConditionalOnProperty(name = "regie.motor-schema.aanvullen", havingValue = "true", matchIfMissing = true)
public class MotorSchemaAanvullingen extends AbstractProcessEnginePlugin {

    private static final Logger LOG = LoggerFactory.getLogger(MotorSchemaAanvullingen.class);
    /** {@code create [unique] index} not followed by {@code concurrently}. */
    private static final Pattern GEWONE_INDEX =
            Pattern.compile("^(\\s*create\\s+(?:unique\\s+)?index)\\s+(?!concurrently\\b)", Pattern.CASE_INSENSITIVE);

    /** Looked up when the engine has been built: the engine's plugins are made before most other beans. */
    private final ObjectProvider<MotorSchemaAanvulling> aanvullingen;
    private DataSource dataSource;
    private String prefix = "";

    public MotorSchemaAanvullingen(ObjectProvider<MotorSchemaAanvulling> aanvullingen) {
        this.aanvullingen = aanvullingen;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuratie) {
        this.dataSource = configuratie.getDataSource();
        this.prefix = configuratie.getDatabaseTablePrefix() == null ? "" : configuratie.getDatabaseTablePrefix();
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine processEngine) {
        voerUit();
    }

    /** Runs every statement; returns how many failed (each logged). */
    public int voerUit() {
        if (dataSource == null) {
            return 0;
        }
        MotorSchemaAanvulling.Database database = database();
        int mislukt = 0;
        if (database == MotorSchemaAanvulling.Database.POSTGRES) {
            // a CREATE INDEX CONCURRENTLY that failed (a crash, a conflict) leaves an invalid index, which IF NOT EXISTS
            // would then keep forever: dropped here, so the statement below makes it again
            for (String ongeldig : ongeldigeIndexen()) {
                if (!voerUit("drop index concurrently if exists " + ongeldig)) {
                    mislukt++;
                }
            }
        }
        for (MotorSchemaAanvulling aanvulling : aanvullingen.orderedStream().toList()) {
            for (String sql : aanvulling.statements(database, prefix)) {
                if (!voerUit(database == MotorSchemaAanvulling.Database.POSTGRES ? gelijktijdig(sql) : sql)) {
                    mislukt++;
                }
            }
        }
        return mislukt;
    }

    private List<String> ongeldigeIndexen() {
        try (Connection verbinding = dataSource.getConnection(); Statement opdracht = verbinding.createStatement();
             java.sql.ResultSet r = opdracht.executeQuery("select c.relname from pg_index i join pg_class c on c.oid = i.indexrelid"
                     + " where not i.indisvalid and c.relname like 'regie\\_idx\\_%'")) {
            List<String> namen = new java.util.ArrayList<>();
            while (r.next()) {
                namen.add(r.getString(1));
            }
            return namen;
        } catch (SQLException e) {
            LOG.warn("Ongeldige indexen niet op te vragen ({})", e.getSQLState());
            return List.of();
        }
    }

    /**
     * On PostgreSQL every index is built {@code CONCURRENTLY}: at the first start after an upgrade the table may hold
     * millions of rows (three years of task history), and a plain {@code CREATE INDEX} would hold back every write to
     * it — every engine command of every node — until the index is built. A failed build leaves an invalid index,
     * which the next start drops and builds again (above).
     */
    static String gelijktijdig(String sql) {
        return GEWONE_INDEX.matcher(sql).replaceFirst("$1 concurrently ");
    }

    private MotorSchemaAanvulling.Database database() {
        try (Connection verbinding = dataSource.getConnection()) {
            return verbinding.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")
                    ? MotorSchemaAanvulling.Database.POSTGRES : MotorSchemaAanvulling.Database.H2;
        } catch (SQLException e) {
            throw new IllegalStateException("database niet te bepalen", e);
        }
    }

    private boolean voerUit(String sql) {
        try (Connection verbinding = dataSource.getConnection(); Statement opdracht = verbinding.createStatement()) {
            boolean autocommit = verbinding.getAutoCommit();
            verbinding.setAutoCommit(true); // CREATE INDEX CONCURRENTLY runs outside a transaction
            try {
                opdracht.execute(sql);
                return true;
            } finally {
                verbinding.setAutoCommit(autocommit);
            }
        } catch (SQLException e) {
            LOG.warn("Aanvulling van het motorschema niet uitgevoerd ({}): {}; de volgende start probeert het opnieuw",
                    e.getSQLState(), sql.length() > 80 ? sql.substring(0, 80) + "…" : sql);
            return false;
        }
    }
}
