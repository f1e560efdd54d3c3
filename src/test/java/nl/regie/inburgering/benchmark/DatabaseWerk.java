package nl.regie.inburgering.benchmark;

import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's work between two moments, from PostgreSQL's own counters for this database
 * ({@code pg_stat_database}: transactions, rows read, rows written; {@code pg_stat_statements} is not loaded on this
 * server). The backends publish their counters when idle, at the latest after about ten seconds, so a snapshot waits
 * for that first. The benchmark is the only user of its database. On H2: no figures.
 */
record DatabaseWerk(long transacties, long rijenGelezen, long rijenGeschreven, Map<String, Long> lezingen) {

    static final DatabaseWerk GEEN = new DatabaseWerk(0, 0, 0, Map.of());

    static boolean postgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
    }

    /**
     * Fresh planner statistics, as autovacuum keeps them in production: on a server with autovacuum off (this
     * machine's) PostgreSQL plans against the statistics of the empty tables, and the engine's variable load by
     * execution reads every process variable of the population (a bitmap AND with {@code TASK_ID_ is null}).
     */
    static void analyseer(JdbcTemplate jdbc) {
        if (postgres(jdbc)) {
            jdbc.execute("analyze");
        }
    }

    /**
     * {@code VACUUM ANALYZE}, what autovacuum does in production, before the HTTP measurements: besides the statistics
     * it marks the pages all-visible, so that index-only scans stay index-only — the partner fetch's index of the
     * {@code partner} variables read 6,400 heap pages per fetch at 15,000 dossiers without it, 94 index pages with it
     * (13.8 against 2.1 ms). Outside a transaction: the pool's connections commit automatically.
     */
    static void vacuumEnAnalyseer(JdbcTemplate jdbc) {
        if (postgres(jdbc)) {
            jdbc.execute("vacuum analyze");
        }
    }

    /**
     * {@code VACUUM} of the engine's runtime tables that a drain of timers works in (the {@code ANALYZE} of the whole
     * database follows it, {@link #analyseer}), before each measured
     * drain: with autovacuum off the jobs fired in one drain stayed as dead rows that every later drain's sequential
     * scans of {@code act_ru_job} read again (52,076 dead against 6,517 live after four rounds of the quick run), so
     * each round was slower than the one before, and within a round the drain that ran last paid most.
     */
    static void vacuumLooptijdTabellen(JdbcTemplate jdbc) {
        if (postgres(jdbc)) {
            jdbc.execute("vacuum act_ru_job, act_ru_execution, act_ru_task, act_ru_identitylink, "
                    + "act_ru_event_subscr, act_ru_variable, act_ru_jobdef");
        }
    }

    static String autovacuum(JdbcTemplate jdbc) {
        return postgres(jdbc) ? jdbc.queryForObject("show autovacuum", String.class) : "-";
    }

    static DatabaseWerk nu(JdbcTemplate jdbc) {
        if (!postgres(jdbc)) {
            return GEEN;
        }
        try {
            Thread.sleep(11_000); // PGSTAT_IDLE_INTERVAL: idle backends flush their pending counters
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        jdbc.execute("select pg_stat_clear_snapshot()");
        Map<String, Object> r = jdbc.queryForMap("select xact_commit + xact_rollback as x, tup_returned + tup_fetched as g,"
                + " tup_inserted + tup_updated + tup_deleted as s from pg_stat_database where datname = current_database()");
        Map<String, Long> lezingen = new java.util.HashMap<>();
        jdbc.query("select relname || ' index ' || indexrelname, idx_tup_read from pg_stat_user_indexes",
                (java.sql.ResultSet rs) -> { lezingen.put(rs.getString(1), rs.getLong(2)); });
        jdbc.query("select relname || ' seq scan', seq_tup_read from pg_stat_user_tables",
                (java.sql.ResultSet rs) -> { lezingen.put(rs.getString(1), rs.getLong(2)); });
        return new DatabaseWerk(((Number) r.get("x")).longValue(), ((Number) r.get("g")).longValue(),
                ((Number) r.get("s")).longValue(), lezingen);
    }

    DatabaseWerk min(DatabaseWerk eerder) {
        Map<String, Long> verschil = new java.util.HashMap<>();
        lezingen.forEach((k, v) -> verschil.put(k, v - eerder.lezingen.getOrDefault(k, 0L)));
        return new DatabaseWerk(transacties - eerder.transacties, rijenGelezen - eerder.rijenGelezen,
                rijenGeschreven - eerder.rijenGeschreven, verschil);
    }

    /** Where the reading went: the {@code k} indexes and sequential scans that read the most entries, per unit. */
    String meesteLezingen(int k, double eenheden) {
        if (lezingen.isEmpty()) {
            return "-";
        }
        return lezingen.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(k)
                .map(e -> String.format(Locale.ROOT, "`%s` %.0f", e.getKey(), e.getValue() / Math.max(1, eenheden)))
                .collect(java.util.stream.Collectors.joining(", "));
    }
}
