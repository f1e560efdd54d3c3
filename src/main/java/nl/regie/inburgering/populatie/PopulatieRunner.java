package nl.regie.inburgering.populatie;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import javax.sql.DataSource;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import nl.regie.inburgering.engine.Tijd;

/**
 * The run mode: {@code regie.populatie.dossiers=N} (profile {@code populatie}: job executor off) fills the configured
 * database with N dossiers once the application is ready (after the demo users), prints how long it took and the
 * database size per dossier, and stops the application ({@code regie.populatie.afsluiten=false} keeps it running).
 * The engine clock moves: nobody else may use the application meanwhile.
 */
@Component
@ConditionalOnProperty(name = "regie.populatie.dossiers")
public class PopulatieRunner {

    private static final Logger LOG = LoggerFactory.getLogger(PopulatieRunner.class);

    private final PopulatieGenerator generator;
    private final ApplicationContext context;
    private final JdbcTemplate jdbc;
    private final int aantal;
    private final long seed;
    private final int threads;
    private final String tot;
    private final List<String> gemeenten;
    private final boolean afsluiten;
    private final boolean schaal;
    private final int vensterDagen;

    public PopulatieRunner(PopulatieGenerator generator, ApplicationContext context, DataSource dataSource,
                           @Value("${regie.populatie.dossiers}") int aantal,
                           @Value("${regie.populatie.seed:2026}") long seed,
                           @Value("${regie.populatie.threads:2}") int threads,
                           @Value("${regie.populatie.tot:}") String tot,
                           @Value("${regie.populatie.gemeenten:}") List<String> gemeenten,
                           @Value("${regie.populatie.afsluiten:true}") boolean afsluiten,
                           @Value("${regie.populatie.schaal:false}") boolean schaal,
                           @Value("${regie.populatie.venster-dagen:14}") int vensterDagen) {
        this.generator = generator;
        this.context = context;
        this.jdbc = new JdbcTemplate(dataSource);
        this.aantal = aantal;
        this.seed = seed;
        this.threads = threads;
        this.tot = tot;
        this.gemeenten = gemeenten;
        this.afsluiten = afsluiten;
        this.schaal = schaal;
        this.vensterDagen = vensterDagen;
    }

    @EventListener(ApplicationReadyEvent.class)
    @Order(10)
    public void vul() {
        LocalDate einde = tot == null || tot.isBlank() ? Tijd.vandaag() : LocalDate.parse(tot);
        List<String> waar = gemeenten == null || gemeenten.isEmpty() || gemeenten.get(0).isBlank()
                ? PopulatieInstellingen.DEMO_GEMEENTEN : gemeenten;
        PopulatieInstellingen instellingen = new PopulatieInstellingen(aantal, seed, waar, einde.minusYears(3), einde, threads);
        LOG.info("Populatie: {} dossiers{}, seed {}, {} threads, koppelingen {} tot {}, gemeenten {}", aantal,
                schaal ? " (schaal: hervatbaar, " + jdbc.queryForObject("select count(*) from dossier", Long.class)
                        + " dossiers al in de database)" : "", seed, threads, instellingen.van(), einde, waar);
        PopulatieGenerator.Verslag verslag = schaal
                ? generator.genereerSchaal(new SchaalInstellingen(aantal, seed, waar, einde, threads, 10, 14, vensterDagen))
                : generator.genereer(instellingen);
        LOG.info("Populatie: klaar in {} s: {} dossiers/s", verslag.duur().toSeconds(),
                String.format(Locale.ROOT, "%.2f", verslag.dossiersPerSeconde()));
        LOG.info("Populatie: tellers {}", verslag.tellers());
        grootte();
        if (afsluiten) {
            int code = SpringApplication.exit(context, () -> 0);
            System.exit(code);
        }
    }

    /** PostgreSQL: bytes per dossier of our tables and the engine's runtime and history tables; H2: not measured. */
    void grootte() {
        String database = jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName());
        if (database == null || !database.toLowerCase(Locale.ROOT).contains("postgres")) {
            LOG.info("Populatie: databasegrootte alleen op PostgreSQL gemeten ({})", database);
            return;
        }
        Long dossiers = jdbc.queryForObject("select count(*) from dossier", Long.class);
        List<Map<String, Object>> rijen = jdbc.queryForList("""
                select case when c.relname like 'act_ru_%' then 'engine runtime'
                            when c.relname like 'act_hi_%' then 'engine historie'
                            when c.relname like 'act_%' then 'engine overig'
                            else 'eigen tabellen' end as deel,
                       sum(pg_total_relation_size(c.oid)) as bytes
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                where c.relkind = 'r' and n.nspname = current_schema()
                group by 1 order by 1""");
        long totaal = 0;
        for (Map<String, Object> rij : rijen) {
            long bytes = ((Number) rij.get("bytes")).longValue();
            totaal += bytes;
            LOG.info("Populatie: {}: {} MB, {} KB per dossier", rij.get("deel"), bytes / 1_048_576,
                    dossiers == 0 ? 0 : bytes / 1024 / dossiers);
        }
        LOG.info("Populatie: database {} MB voor {} dossiers: {} KB per dossier", totaal / 1_048_576, dossiers,
                dossiers == 0 ? 0 : totaal / 1024 / dossiers);
    }
}
