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
record DatabaseWerk(long transacties, long rijenGelezen, long rijenGeschreven) {

    static final DatabaseWerk GEEN = new DatabaseWerk(0, 0, 0);

    static boolean postgres(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.execute((java.sql.Connection c) ->
                c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgres")));
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
        return new DatabaseWerk(((Number) r.get("x")).longValue(), ((Number) r.get("g")).longValue(),
                ((Number) r.get("s")).longValue());
    }

    DatabaseWerk min(DatabaseWerk eerder) {
        return new DatabaseWerk(transacties - eerder.transacties, rijenGelezen - eerder.rijenGelezen,
                rijenGeschreven - eerder.rijenGeschreven);
    }
}
