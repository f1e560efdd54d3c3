package nl.regie.inburgering.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.engine.MotorSchemaAanvullingen;

/**
 * For the tests of our indexes on the engine's tables: which indexes a table has, and the plan PostgreSQL keeps (on
 * PostgreSQL only: {@link TestProfielen#opPostgres()}).
 */
public final class Indexen {

    private Indexen() {
    }

    /**
     * The index is on the table with this first column after the start, and running the schema additions again (as
     * every start does) fails nothing and leaves it there.
     */
    public static void aangemaaktEnHerhaalbaar(DataSource dataSource, MotorSchemaAanvullingen schema, String tabel,
                                               String index, String eersteKolom) throws SQLException {
        assertThat(eersteKolommen(dataSource, tabel)).containsEntry(index, eersteKolom);
        assertThat(schema.voerUit()).as("a second time: nothing fails").isZero();
        assertThat(eersteKolommen(dataSource, tabel)).containsEntry(index, eersteKolom);
    }

    /** Index name → its first column, lower-case names, upper-case columns (the table in either case: H2, PostgreSQL). */
    public static Map<String, String> eersteKolommen(DataSource dataSource, String tabel) throws SQLException {
        Map<String, String> namen = new HashMap<>();
        try (Connection c = dataSource.getConnection()) {
            for (String naam : List.of(tabel.toLowerCase(Locale.ROOT), tabel.toUpperCase(Locale.ROOT))) {
                try (ResultSet r = c.getMetaData().getIndexInfo(null, null, naam, false, false)) {
                    while (r.next()) {
                        if (r.getString("INDEX_NAME") != null && r.getString("COLUMN_NAME") != null
                                && r.getShort("ORDINAL_POSITION") == 1) {
                            namen.putIfAbsent(r.getString("INDEX_NAME").toLowerCase(Locale.ROOT),
                                    r.getString("COLUMN_NAME").toUpperCase(Locale.ROOT));
                        }
                    }
                }
            }
        }
        return namen;
    }

    /**
     * The plan PostgreSQL keeps for a prepared statement whatever its parameters (its generic plan), with reading the
     * whole table ruled out: a test database holds a handful of rows, where that is cheapest; the question is which
     * index answers the engine's statement when it is not. {@code prepare} is {@code prepare <naam>(…) as …},
     * {@code execute} is {@code execute <naam>(…)}. The pooled connection is left as it was.
     */
    public static String algemeenPlan(JdbcTemplate jdbc, String naam, String prepare, String execute) {
        List<String> plan = jdbc.execute((Connection c) -> {
            try (var s = c.createStatement()) {
                try {
                    s.execute("set plan_cache_mode = force_generic_plan");
                    s.execute("set enable_seqscan = off");
                    s.execute(prepare);
                    List<String> regels = new ArrayList<>();
                    try (ResultSet r = s.executeQuery("explain " + execute)) {
                        while (r.next()) {
                            regels.add(r.getString(1));
                        }
                    } finally {
                        s.execute("deallocate " + naam); // only ours: the driver keeps its own prepared statements
                    }
                    return regels;
                } finally {
                    s.execute("reset plan_cache_mode");
                    s.execute("reset enable_seqscan");
                }
            }
        });
        return String.join("\n", plan);
    }
}
