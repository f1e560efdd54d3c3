package nl.regie.inburgering.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.engine.Tijd;
import nl.regie.inburgering.populatie.PopulatieGenerator;
import nl.regie.inburgering.populatie.PopulatieInstellingen;
import nl.regie.inburgering.populatie.SchaalInstellingen;

/**
 * The population at scale (issue 13 item 2): {@code --benchmark.populatie=N} loads N active dossiers with the
 * generator's scale mode ({@link SchaalInstellingen}, resumable: what is there already is counted and skipped) plus
 * {@code --benchmark.levens} (default N/100, at most 2,000) full three-year generator lives for the history of dossiers
 * that ended; then reports the loading time and rate, the database size per dossier by table group
 * ({@code pg_total_relation_size}) and the rapportage queries over the whole population as the region's
 * procesbeheerder. The size breakdown per variable is the {@code variabelen} report's; this is the per-population summary.
 */
final class SchaalPopulatie {

    /** Seeds of their own: the scale people and the full lives are not the lifecycle measurement's (seed 2026). */
    static final long SEED_SCHAAL = 130;
    static final long SEED_LEVENS = 131;

    private SchaalPopulatie() {
    }

    /** Loads the population when {@code benchmark.populatie} is set; returns the header line ("-" when not). */
    static String laad(ConfigurableApplicationContext context, int threads) {
        Environment env = context.getEnvironment();
        int doel = env.getProperty("benchmark.populatie", Integer.class, 0);
        if (doel <= 0) {
            return null;
        }
        int levens = env.getProperty("benchmark.levens", Integer.class, Math.min(2_000, doel / 100));
        int venster = env.getProperty("benchmark.venster-dagen", Integer.class, 14);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        PopulatieGenerator generator = context.getBean(PopulatieGenerator.class);
        long voor = aantal(jdbc);
        LocalDate vandaag = Tijd.vandaag();
        // what autovacuum does in production, when it is off on the benchmark's server: without fresh statistics the
        // engine's job, task and external-task queries became sequential scans as the tables grew from empty, and the
        // load slowed from 9.9 to 5.6 dossiers/s by 8,000 (14.9 /s right after an ANALYZE; README "Benchmark")
        ScheduledExecutorService statistiek = Executors.newSingleThreadScheduledExecutor();
        if ("off".equals(DatabaseWerk.autovacuum(jdbc))) {
            statistiek.scheduleWithFixedDelay(() -> DatabaseWerk.analyseer(jdbc), 60, 60, TimeUnit.SECONDS);
        }
        PopulatieGenerator.Verslag schaal;
        PopulatieGenerator.Verslag leven;
        try {
            schaal = generator.genereerSchaal(new SchaalInstellingen(doel, SEED_SCHAAL,
                    PopulatieInstellingen.DEMO_GEMEENTEN, vandaag, threads, 10, 14, venster));
            leven = generator.genereerHervatbaar(PopulatieInstellingen.drieJaar(levens, SEED_LEVENS, vandaag, threads));
        } finally {
            statistiek.shutdownNow();
        }
        DatabaseWerk.analyseer(jdbc); // after a bulk load (README, Productie-instellingen)
        return String.format(Locale.ROOT, "scale mode %d of %d people new in %d s (%.2f /s, %d threads, window %d days, "
                        + "%d already there, %d failed) + %d of %d full lives new in %d s (%.2f /s); dossiers %d → %d",
                schaal.aantal(), doel, schaal.duur().toSeconds(), schaal.dossiersPerSeconde(), threads, venster,
                schaal.teller("al.aanwezig"), schaal.teller("fout.dossier"), leven.aantal(), levens,
                leven.duur().toSeconds(), leven.dossiersPerSeconde(), voor, aantal(jdbc));
    }

    private static long aantal(JdbcTemplate jdbc) {
        return jdbc.queryForObject("select count(*) from dossier", Long.class);
    }

    /** Database size per dossier by table group (PostgreSQL), with the five largest tables; empty elsewhere. */
    static String grootte(JdbcTemplate jdbc) {
        if (!DatabaseWerk.postgres(jdbc)) {
            return "";
        }
        DatabaseWerk.analyseer(jdbc); // fresh row estimates (reltuples) for the table below
        long dossiers = aantal(jdbc);
        long actief = jdbc.queryForObject("select count(*) from dossier where afgesloten_op is null", Long.class);
        List<Map<String, Object>> groepen = jdbc.queryForList("""
                select case when c.relname like 'act_ru_%' then 'engine runtime (act_ru_*)'
                            when c.relname like 'act_hi_%' then 'engine history (act_hi_*)'
                            when c.relname like 'act_ge_bytearray' then 'engine byte arrays (act_ge_bytearray)'
                            when c.relname like 'act_%' then 'engine other (act_re_*, act_id_*, act_ge_*)'
                            else 'our tables' end as deel,
                       sum(pg_total_relation_size(c.oid)) as bytes, sum(c.reltuples)::bigint as rijen
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'r' and n.nspname = current_schema()
                group by 1 order by 2 desc""");
        StringBuilder uit = new StringBuilder(String.format(Locale.ROOT,
                "**Database size: %d dossiers (%d not closed)** (`pg_total_relation_size`: table, indexes and TOAST; "
                        + "rows from the planner's statistics)%n%n| table group | MB | rows | KB per dossier | rows per dossier |%n"
                        + "|---|---|---|---|---|%n", dossiers, actief));
        long totaal = 0;
        for (Map<String, Object> g : groepen) {
            long bytes = ((Number) g.get("bytes")).longValue();
            long rijen = Math.max(0, ((Number) g.get("rijen")).longValue());
            totaal += bytes;
            uit.append(rij(g.get("deel").toString(), bytes, rijen, dossiers));
        }
        uit.append(rij("**total**", totaal, -1, dossiers)).append('\n');
        uit.append("largest tables: ");
        List<String> grootste = new ArrayList<>();
        jdbc.query("""
                select c.relname, pg_total_relation_size(c.oid) as bytes from pg_class c
                join pg_namespace n on n.oid = c.relnamespace where c.relkind = 'r' and n.nspname = current_schema()
                order by 2 desc limit 6""", rs -> {
            grootste.add(String.format(Locale.ROOT, "`%s` %.1f KB", rs.getString(1).toLowerCase(Locale.ROOT),
                    dossiers == 0 ? 0 : rs.getLong(2) / 1024.0 / dossiers));
        });
        uit.append(String.join(", ", grootste)).append(" per dossier\n");
        return uit.toString();
    }

    private static String rij(String naam, long bytes, long rijen, long dossiers) {
        return String.format(Locale.ROOT, "| %s | %.1f | %s | %.1f | %s |%n", naam, bytes / 1_048_576.0,
                rijen < 0 ? "" : Long.toString(rijen), dossiers == 0 ? 0 : bytes / 1024.0 / dossiers,
                rijen < 0 || dossiers == 0 ? "" : String.format(Locale.ROOT, "%.0f", rijen / (double) dossiers));
    }

    /**
     * The rapportage queries over the whole population, as the region's procesbeheerder ({@code pb.regio}, all ten
     * gemeenten) through {@code /api/rapportage}: one warm-up, then {@code monsters} samples (at most 20: over a
     * national population one call takes seconds).
     */
    static List<String[]> rapportage(HttpClient http, String basis, int monsters) throws IOException, InterruptedException {
        int n = Math.max(5, Math.min(20, monsters));
        LocalDate vandaag = Tijd.vandaag();
        List<String[]> rijen = new ArrayList<>();
        rijen.add(meet(http, "rapportage tabellen, last 12 months, region (pb.regio)", n,
                basis + "/api/rapportage/tabellen?van=" + vandaag.minusYears(1) + "&tot=" + vandaag.plusDays(1)));
        rijen.add(meet(http, "rapportage cohorten per month, 3 years, by koppeling, region (pb.regio)", n,
                basis + "/api/rapportage/cohorten?van=" + vandaag.minusYears(3).withDayOfMonth(1) + "&tot="
                        + vandaag.plusMonths(1).withDayOfMonth(1) + "&indeling=MAAND&basis=KOPPELING"));
        rijen.add(meet(http, "rapportage cohorten per quarter, 3 years, by term start, region (pb.regio)", n,
                basis + "/api/rapportage/cohorten?van=" + vandaag.minusYears(3).withDayOfMonth(1) + "&tot="
                        + vandaag.plusMonths(1).withDayOfMonth(1)));
        rijen.add(meet(http, "rapportage spuk, default years, region (pb.regio)", n, basis + "/api/rapportage/spuk"));
        return rijen;
    }

    private static String[] meet(HttpClient http, String naam, int monsters, String adres)
            throws IOException, InterruptedException {
        String inlog = "Basic " + Base64.getEncoder().encodeToString("pb.regio:pb.regio".getBytes(StandardCharsets.UTF_8));
        HttpRequest verzoek = HttpRequest.newBuilder(URI.create(adres)).header("Authorization", inlog)
                .header("Accept", "application/json").timeout(java.time.Duration.ofMinutes(5)).GET().build();
        List<Double> tijden = new ArrayList<>();
        for (int i = 0; i <= monsters; i++) {
            long start = System.nanoTime();
            HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException(naam + ": HTTP " + antwoord.statusCode() + " " + antwoord.body());
            }
            if (i > 0) { // the first warms up
                tijden.add(ms);
            }
        }
        Collections.sort(tijden);
        return new String[] {naam, String.valueOf(tijden.size()), Benchmark.f(Benchmark.p(tijden, 50)),
                Benchmark.f(Benchmark.p(tijden, 95)), Benchmark.f(Benchmark.p(tijden, 99)),
                Benchmark.f(tijden.get(tijden.size() - 1)), "-"};
    }
}
