package nl.regie.inburgering.populatie;

import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.JdbcTemplate;

/** Counts in our tables for the population tests: what a generated population left behind. */
final class Tellingen {

    private Tellingen() {
    }

    /** The highest dossier id so far (0 for none): the dossiers a run adds are those above it. */
    static long laatsteDossier(JdbcTemplate jdbc) {
        Long id = jdbc.queryForObject("select max(id) from dossier", Long.class);
        return id == null ? 0 : id;
    }

    static long aantal(JdbcTemplate jdbc, String sql, Object... parameters) {
        return jdbc.queryForObject(sql, Long.class, parameters);
    }

    /** A {@code select sleutel, count(*) … group by} as a sorted map. */
    static Map<String, Long> telling(JdbcTemplate jdbc, String sql, Object... parameters) {
        Map<String, Long> uit = new TreeMap<>();
        jdbc.query(sql, rs -> {
            uit.put(rs.getString(1), rs.getLong(2));
        }, parameters);
        return uit;
    }
}
