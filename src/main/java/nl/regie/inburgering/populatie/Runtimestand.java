package nl.regie.inburgering.populatie;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The generator's own look-ups of what can happen next to one person: the process instances under the person's
 * business keys, the asynchronous step the job executor would run first, the timers, the partner tasks and the open
 * tasks. Each is one read-only statement on the engine's runtime tables, with the same conditions and order as the
 * engine's query API gives for the same question ({@code Job.xml}, {@code Task.xml}, {@code ExternalTask.xml} of
 * Camunda 7.24: ordered by id, {@code executable} as the engine defines it). The engine's query API builds its dynamic
 * SQL anew for every call (MyBatis, OGNL), and these look-ups, five or more per step, were a fifth of the loader's CPU
 * (JFR of the 130,000 load, 26 November 2026). Nothing is written here: what the generator then does — run a job,
 * complete a task as its role, answer as a partner — still goes through the engine and the application.
 */
@Component
class Runtimestand {

    /** What a timer needs to be placed in time. */
    record Timer(String id, Date vervalt) {
    }

    /** What a partner task needs to be placed in time ({@code DossierSimulatie.partnerMoment}). */
    record PartnerTaak(String id, String topic, String activiteit, Date aangemaakt, Date vergrendeldTot) {
    }

    /** What an open task needs to be placed in time ({@code DossierSimulatie.taakMoment}). */
    record Taak(String id, String sleutel, Date aangemaakt, Date vervaldatum) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    /** The engine's table prefix, as the engine's own SQL uses it ({@code databaseTablePrefix}; empty by default). */
    private final String p;

    Runtimestand(NamedParameterJdbcTemplate jdbc, ProcessEngineConfigurationImpl engine) {
        this.jdbc = jdbc;
        this.p = engine.getDatabaseTablePrefix() == null ? "" : engine.getDatabaseTablePrefix();
    }

    /** The process instances (no child executions) under these business keys. */
    Set<String> instanties(Collection<String> sleutels) {
        if (sleutels.isEmpty()) {
            return new LinkedHashSet<>();
        }
        return new LinkedHashSet<>(jdbc.queryForList("select ID_ from " + p + "ACT_RU_EXECUTION where PARENT_ID_ is null"
                + " and BUSINESS_KEY_ in (:sleutels) order by ID_", Map.of("sleutels", sleutels), String.class));
    }

    /**
     * The first asynchronous continuation (a message job, not a timer) that the job executor could run now, by job
     * id, as {@code createJobQuery().processInstanceIds(…).messages().executable().orderByJobId().asc()}; jobs the
     * caller skips are passed over.
     */
    Optional<String> eersteStap(Set<String> instanties, Date nu, Predicate<String> overslaan) {
        if (instanties.isEmpty()) {
            return Optional.empty();
        }
        List<String> ids = jdbc.queryForList("select RES.ID_ from " + p + "ACT_RU_JOB RES"
                + " left outer join " + p + "ACT_RU_EXECUTION PI on PI.ID_ = RES.PROCESS_INSTANCE_ID_"
                + " where RES.PROCESS_INSTANCE_ID_ in (:instanties) and RES.TYPE_ = 'message' and RES.RETRIES_ > 0"
                + " and (RES.DUEDATE_ is null or RES.DUEDATE_ <= :nu)"
                + " and (RES.EXECUTION_ID_ is null or PI.SUSPENSION_STATE_ = 1 or PI.SUSPENSION_STATE_ is null)"
                + " order by RES.ID_", Map.of("instanties", instanties, "nu", new Timestamp(nu.getTime())), String.class);
        return ids.stream().filter(overslaan.negate()).findFirst();
    }

    /** The timers with retries left and a due date, by id. */
    List<Timer> timers(Set<String> instanties) {
        if (instanties.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select ID_, DUEDATE_ from " + p + "ACT_RU_JOB where PROCESS_INSTANCE_ID_ in (:instanties)"
                        + " and TYPE_ = 'timer' and RETRIES_ > 0 and DUEDATE_ is not null order by ID_",
                Map.of("instanties", instanties), (rs, i) -> new Timer(rs.getString(1), datum(rs, 2)));
    }

    /** The active partner tasks (external tasks) with retries left or not yet failed, by id. */
    List<PartnerTaak> partnerTaken(Set<String> instanties) {
        if (instanties.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select ID_, TOPIC_NAME_, ACT_ID_, CREATE_TIME_, LOCK_EXP_TIME_ from " + p + "ACT_RU_EXT_TASK"
                        + " where PROC_INST_ID_ in (:instanties) and SUSPENSION_STATE_ = 1"
                        + " and (RETRIES_ is null or RETRIES_ > 0) order by ID_",
                Map.of("instanties", instanties), (rs, i) -> new PartnerTaak(rs.getString(1), rs.getString(2),
                        rs.getString(3), datum(rs, 4), datum(rs, 5)));
    }

    /** The open tasks, by id. */
    List<Taak> taken(Set<String> instanties) {
        if (instanties.isEmpty()) {
            return List.of();
        }
        return jdbc.query("select ID_, TASK_DEF_KEY_, CREATE_TIME_, DUE_DATE_ from " + p + "ACT_RU_TASK"
                        + " where PROC_INST_ID_ in (:instanties) order by ID_",
                Map.of("instanties", instanties), (rs, i) -> new Taak(rs.getString(1), rs.getString(2),
                        datum(rs, 3), datum(rs, 4)));
    }

    /** As the engine's MyBatis type handler reads a timestamp: a plain {@link Date} (not a {@link Timestamp}). */
    private static Date datum(ResultSet rs, int kolom) throws SQLException {
        Timestamp t = rs.getTimestamp(kolom);
        return t == null ? null : new Date(t.getTime());
    }
}
