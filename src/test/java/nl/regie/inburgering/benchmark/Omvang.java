package nl.regie.inburgering.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The database's size per dossier (issue 13): bytes on disk (tables with their indexes and TOAST,
 * {@code pg_total_relation_size}) and rows, split into the engine's runtime tables ({@code act_ru_*} and the
 * byte arrays of variables), the engine's history ({@code act_hi_*}) and our own tables, divided by the dossiers in
 * the database; then the variables by name that take the most bytes in runtime, history and the history's detail
 * (each update of a variable). The bare engine's instances ({@code kaal-dossier}, {@link KaleMotor}) are left out:
 * per table their share of the rows is subtracted from the bytes. Definitions, users and authorizations are not per
 * dossier and are not counted. On H2: nothing.
 */
final class Omvang {

    private static final String KAAL = "(select proc_inst_id_ from act_hi_procinst where proc_def_key_ like 'kaal%')";

    private Omvang() {
    }

    /** The report as Markdown; a failing query costs only this part, never the measurements before it. */
    static String rapport(JdbcTemplate jdbc) {
        if (!DatabaseWerk.postgres(jdbc)) {
            return "";
        }
        try {
            return meet(jdbc);
        } catch (org.springframework.dao.DataAccessException e) {
            return "**Database size per dossier**: not measured (" + e.getClass().getSimpleName() + ")\n";
        }
    }

    private static String meet(JdbcTemplate jdbc) {
        jdbc.execute("analyze");
        long dossiers = jdbc.queryForObject("select count(*) from dossier", Long.class);
        if (dossiers == 0) {
            return "";
        }
        List<Map<String, Object>> tabellen = jdbc.queryForList("""
                select c.relname as naam, pg_total_relation_size(c.oid) as bytes,
                       coalesce(s.n_live_tup::float / nullif(s.n_live_tup + s.n_dead_tup, 0), 1) as levend
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                left join pg_stat_user_tables s on s.relid = c.oid
                where c.relkind = 'r' and n.nspname = current_schema()
                  and c.relname not like 'act_re_%' and c.relname not like 'act_id_%'
                  and c.relname not in ('act_ru_authorization', 'act_ru_filter', 'act_ge_property', 'act_ge_schema_log',
                                        'act_ru_meter_log', 'regie_schema_history')
                """);
        StringBuilder uit = new StringBuilder();
        double[] deel = new double[3]; // runtime, history, ours (bytes on disk)
        double[] levendDeel = new double[3]; // the same without dead rows (what autovacuum leaves reusable)
        long[] rijenDeel = new long[3];
        List<String[]> regels = new ArrayList<>();
        for (Map<String, Object> tabel : tabellen) {
            String naam = (String) tabel.get("naam");
            long bytes = ((Number) tabel.get("bytes")).longValue();
            long rijen = jdbc.queryForObject("select count(*) from " + naam, Long.class);
            if (rijen == 0) {
                continue;
            }
            long kaal = kaleRijen(jdbc, naam);
            if (naam.equals("act_ge_bytearray")) { // the deployments' resources are definitions, not dossiers
                long definities = jdbc.queryForObject("select count(*) from act_ge_bytearray where deployment_id_ is not null", Long.class);
                long defBytes = jdbc.queryForObject("select coalesce(sum(pg_column_size(b.*)), 0) from act_ge_bytearray b where deployment_id_ is not null", Long.class);
                long alleBytes = jdbc.queryForObject("select coalesce(sum(pg_column_size(b.*)), 1) from act_ge_bytearray b", Long.class);
                bytes = Math.round(bytes * (1 - (double) defBytes / alleBytes));
                rijen -= definities;
            }
            double eigen = rijen == 0 ? 0 : (double) (rijen - kaal) / rijen;
            double perDossier = bytes * eigen / dossiers;
            double rijenPer = (double) (rijen - kaal) / dossiers;
            int soort = naam.startsWith("act_hi_") ? 1 : naam.startsWith("act_") ? 0 : 2;
            deel[soort] += perDossier;
            levendDeel[soort] += perDossier * ((Number) tabel.get("levend")).doubleValue();
            rijenDeel[soort] += rijen - kaal;
            regels.add(new String[] {naam, String.format(Locale.ROOT, "%.2f", perDossier / 1024), String.format(Locale.ROOT, "%.1f", rijenPer),
                    String.valueOf(perDossier)});
        }
        regels.sort((a, b) -> Double.compare(Double.parseDouble(b[3]), Double.parseDouble(a[3])));
        double totaal = deel[0] + deel[1] + deel[2];
        uit.append(String.format(Locale.ROOT, "**Database size per dossier** (%d dossiers; tables with indexes and TOAST; "
                        + "bare-engine instances left out; definitions, users and authorizations not counted; 'live': the "
                        + "share of live rows, what remains once autovacuum has made the dead rows' space reusable)%n%n", dossiers));
        uit.append("| part | KB per dossier on disk | KB per dossier live | rows per dossier |\n|---|---|---|---|\n");
        String[] namen = {"engine runtime (act_ru_*, variable byte arrays)", "engine history (act_hi_*)", "our tables"};
        for (int i = 0; i < 3; i++) {
            uit.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f |%n", namen[i], deel[i] / 1024, levendDeel[i] / 1024,
                    (double) rijenDeel[i] / dossiers));
        }
        uit.append(String.format(Locale.ROOT, "| **total** | **%.1f** | **%.1f** | %.1f |%n%n", totaal / 1024,
                (levendDeel[0] + levendDeel[1] + levendDeel[2]) / 1024, (double) (rijenDeel[0] + rijenDeel[1] + rijenDeel[2]) / dossiers));
        uit.append("| table (top 12) | KB per dossier | rows per dossier |\n|---|---|---|\n");
        regels.stream().limit(12).forEach(r -> uit.append("| `").append(r[0]).append("` | ").append(r[1]).append(" | ")
                .append(r[2]).append(" |\n"));
        uit.append('\n').append(variabelen(jdbc, dossiers));
        return uit.toString();
    }

    /** The bare engine's rows in a table, by its root process instance where the table has one. */
    private static long kaleRijen(JdbcTemplate jdbc, String tabel) {
        List<String> kolommen = jdbc.queryForList("select column_name from information_schema.columns where table_schema = current_schema() "
                + "and table_name = ? and column_name in ('root_proc_inst_id_', 'proc_inst_id_')", String.class, tabel);
        if (kolommen.isEmpty()) {
            return 0;
        }
        String kolom = kolommen.contains("root_proc_inst_id_") ? "root_proc_inst_id_" : "proc_inst_id_";
        return jdbc.queryForObject("select count(*) from " + tabel + " where " + kolom + " in " + KAAL, Long.class);
    }

    /** The variables by name with the most bytes (rows, values and their byte arrays) per dossier. */
    private static String variabelen(JdbcTemplate jdbc, long dossiers) {
        StringBuilder uit = new StringBuilder("| variable (top 15 by bytes) | runtime rows | history rows | detail rows (updates) | KB per dossier |\n|---|---|---|---|---|\n");
        List<Map<String, Object>> rijen = jdbc.queryForList("""
                with v as (
                  select r.name_ as naam, 1 as ru, 0 as hi, 0 as de, pg_column_size(r.*) + coalesce(pg_column_size(b.bytes_), 0) as bytes
                    from act_ru_variable r left join act_ge_bytearray b on b.id_ = r.bytearray_id_
                   where r.proc_inst_id_ is null or r.proc_inst_id_ not in %1$s
                  union all
                  select h.name_, 0, 1, 0, pg_column_size(h.*) + coalesce(pg_column_size(b.bytes_), 0)
                    from act_hi_varinst h left join act_ge_bytearray b on b.id_ = h.bytearray_id_
                   where h.root_proc_inst_id_ is null or h.root_proc_inst_id_ not in %1$s
                  union all
                  select d.name_, 0, 0, 1, pg_column_size(d.*) + coalesce(pg_column_size(b.bytes_), 0)
                    from act_hi_detail d left join act_ge_bytearray b on b.id_ = d.bytearray_id_
                   where d.root_proc_inst_id_ is null or d.root_proc_inst_id_ not in %1$s
                )
                select naam, sum(ru) as ru, sum(hi) as hi, sum(de) as de, sum(bytes) as bytes from v
                group by naam order by sum(bytes) desc limit 15
                """.formatted(KAAL));
        for (Map<String, Object> r : rijen) {
            uit.append(String.format(Locale.ROOT, "| `%s` | %.1f | %.1f | %.1f | %.2f |%n", r.get("naam"),
                    ((Number) r.get("ru")).doubleValue() / dossiers, ((Number) r.get("hi")).doubleValue() / dossiers,
                    ((Number) r.get("de")).doubleValue() / dossiers, ((Number) r.get("bytes")).doubleValue() / dossiers / 1024));
        }
        long namen = jdbc.queryForObject("select count(distinct name_) from act_hi_varinst", Long.class);
        uit.append(String.format(Locale.ROOT, "%n(row bytes without indexes; %d variable names in the history)%n", namen));
        return uit.toString();
    }
}
