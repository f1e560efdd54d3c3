package nl.regie.inburgering.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.RegieInburgeringApplication;
import nl.regie.inburgering.identiteit.IdentiteitInrichting;
import nl.regie.inburgering.partner.PartnersProperties;

/**
 * The benchmark command (issue 13; README, "Benchmark"): starts the application on the configured database
 * (PostgreSQL) and measures, in this order: a dossier's lifecycle, CPU and database work, against the bare engine
 * ({@link KaleMotor}: {@code benchmark/kaal-dossier.bpmn}, the same kinds of wait states without delegates or JPA,
 * {@code --benchmark.dossiers} of each, default 300; the application's dossiers come from the population generator,
 * which is also the population measured next; 0 measures what is there); over HTTP, as the clients do,
 * {@code GET /api/dossiers/{nr}}, the Tasklist's saved filters (list and count) for the regional casemanager and a
 * partner's {@code fetchAndLock} through {@code /partner-api} ({@link PartnerMeting}), p50/p95/p99 of
 * {@code --benchmark.monsters} samples; a timer burst of {@code --benchmark.timers} (default 2000) timers drained by
 * the job executor, bare and application ({@link TimerBurst}). Prints the table and writes it to
 * {@code target/benchmark-resultaten.md}. Not part of {@code mvn verify}: {@code mvn -Pbenchmark ...}.
 */
public final class Benchmark {

    private Benchmark() {
    }

    public static void main(String[] args) throws Exception {
        // issue 13 items 4-5: two nodes and a hard crash, run by their own class against the built jar (README)
        if (ClusterBenchmark.gevraagd(args)) {
            System.exit(ClusterBenchmark.run(args));
        }
        // as a system property: application.yml turns the job executor on, and default properties rank below it. The
        // benchmark drives every step itself and starts the engine's job executor only for the timer burst.
        System.setProperty("camunda.bpm.job-execution.enabled", "false");
        ConfigurableApplicationContext context = new SpringApplicationBuilder(RegieInburgeringApplication.class)
                .properties("server.port=0")
                .run(args);
        int code = 0;
        try {
            meet(context);
        } catch (Exception e) {
            e.printStackTrace();
            code = 1;
        } finally {
            context.close();
        }
        System.exit(code);
    }

    private static void meet(ConfigurableApplicationContext context) throws Exception {
        Environment env = context.getEnvironment();
        int aantal = env.getProperty("benchmark.dossiers", Integer.class, 300);
        int threads = env.getProperty("benchmark.threads", Integer.class, 2);
        int monsters = env.getProperty("benchmark.monsters", Integer.class, 200);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        String poort = env.getProperty("local.server.port");
        String basis = "http://127.0.0.1:" + poort;

        int timers = env.getProperty("benchmark.timers", Integer.class, 2000);
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        KaleMotor kaal = new KaleMotor(engine);
        String run = Long.toString(System.currentTimeMillis(), 36);
        List<String> extra = new ArrayList<>();

        String laden = "-";
        if (aantal > 0) {
            // lifecycle against the shape-matched bare engine (levensloop helper: Levensloop, KaleLevensloop)
            int rondes = env.getProperty("benchmark.levensloop-rondes", Integer.class, 3);
            Levensloop.Uitslag levensloop = Levensloop.meet(context, aantal, threads, rondes, run);
            laden = levensloop.laden();
            extra.add(levensloop.tabel());
        }
        // partner work at scale for the partner fetch (PartnerPopulatie), before the measurements
        int partnertaken = env.getProperty("benchmark.partnertaken", Integer.class, 0);
        if (partnertaken > 0) {
            extra.add(PartnerPopulatie.vul(context, partnertaken, threads) + "\n");
        }
        // --- population at scale, its size per dossier (issue 13 item 2; SchaalPopulatie) ---
        String schaal = SchaalPopulatie.laad(context, threads);
        laden = schaal == null ? laden : aantal > 0 ? laden + "; " + schaal : schaal;
        extra.add(SchaalPopulatie.grootte(jdbc));
        // ---
        long dossiers = jdbc.queryForObject("select count(*) from dossier", Long.class);
        List<String> nummers = jdbc.queryForList("select dossiernummer from dossier order by id", String.class);
        FilterService filters = context.getBean(FilterService.class);

        DatabaseWerk.vacuumEnAnalyseer(jdbc);
        HttpClient http = HttpClient.newHttpClient();
        List<String[]> rijen = new ArrayList<>();
        List<String> volumes = new ArrayList<>();
        rijen.add(meet(http, "GET /api/dossiers/{nr} (pb.regio)", "pb.regio", monsters,
                i -> basis + "/api/dossiers/" + nummers.get(i % nummers.size())));
        for (String naam : List.of(IdentiteitInrichting.FILTER_MIJN_GEMEENTEN, IdentiteitInrichting.FILTER_TERMIJN_VERLOOPT)) {
            var filter = filters.createFilterQuery().filterName(naam).list().stream().findFirst().orElse(null);
            if (filter == null) {
                continue;
            }
            rijen.add(meet(http, "Tasklist '" + naam + "' list (cm.westfriesland)", "cm.westfriesland", monsters,
                    i -> basis + "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15"));
            rijen.add(meet(http, "Tasklist '" + naam + "' count (cm.westfriesland)", "cm.westfriesland", monsters,
                    i -> basis + "/engine-rest/filter/" + filter.getId() + "/count"));
            // the page exactly as Tasklist 7.24 asks for it (camunda-tasklist-bootstrap.js, taskListQuery/getTasks):
            // POST with its default sorting (created, descending, after the filter's own), active tasks only, as HAL,
            // so the engine also counts the filter and embeds the page's definitions, identity links and variables
            rijen.add(meet(http, "Tasklist '" + naam + "' page as Tasklist asks it: HAL list + count (cm.westfriesland)",
                    "cm.westfriesland", monsters,
                    i -> basis + "/engine-rest/filter/" + filter.getId() + "/list?firstResult=0&maxResults=15",
                    TASKLIST_PAGINA, HAL));
            // what the count counts: the filters' cost is linear in it, so a run says how many tasks it measured
            long getal = telling(http, basis + "/engine-rest/filter/" + filter.getId() + "/count", "cm.westfriesland");
            volumes.add(String.format(Locale.ROOT, "'%s' %d (%.3f per dossier)", naam, getal,
                    dossiers == 0 ? 0 : getal / (double) dossiers));
        }
        if (!volumes.isEmpty()) {
            extra.add("**Tasks the Tasklist filters count for cm.westfriesland** (the count's cost is linear in them): "
                    + String.join(", ", volumes) + "\n");
        }

        // takenlijst: the dossier view's searches for the regional casemanager (DossierbeeldMeting)
        rijen.addAll(DossierbeeldMeting.meet(http, basis, jdbc, monsters));
        rijen.addAll(PartnerMeting.meet(http, basis, jdbc, context.getBean(PartnersProperties.class), monsters));
        rijen.addAll(SchaalPopulatie.rapportage(http, basis, monsters)); // issue 13: over the whole population
        if (timers > 0) {
            extra.add(TimerBurst.meet(context, kaal, run, timers, threads));
        }
        // --- size per dossier (variabelen, issue 13): runtime, history, our tables, top variables ---
        extra.add(Omvang.rapport(jdbc));

        StringBuilder uit = new StringBuilder();
        uit.append("# Benchmark ").append(OffsetDateTime.now()).append('\n');
        uit.append(String.format(Locale.ROOT, "machine: %s; JVM max heap %d MB; database %s; %d dossiers%n",
                Machine.beschrijving(), Runtime.getRuntime().maxMemory() / 1_048_576,
                jdbc.execute((java.sql.Connection c) -> c.getMetaData().getDatabaseProductName() + " "
                        + c.getMetaData().getDatabaseProductVersion()), dossiers));
        long piek = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == java.lang.management.MemoryType.HEAP)
                .mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
        uit.append("population loaded: ").append(laden).append(String.format(Locale.ROOT,
                "; JVM heap peak (sum of the pools' peaks) %d MB; autovacuum %s (the benchmark runs ANALYZE before each measurement, VACUUM ANALYZE before the HTTP ones)%n%n",
                piek / 1_048_576, DatabaseWerk.autovacuum(jdbc)));
        uit.append("| measurement | samples | p50 ms | p95 ms | p99 ms | max ms | goal |\n|---|---|---|---|---|---|---|\n");
        for (String[] rij : rijen) {
            uit.append("| ").append(String.join(" | ", rij)).append(" |\n");
        }
        for (String deel : extra) {
            uit.append('\n').append(deel);
        }
        System.out.println(uit);
        Path bestand = Path.of("target", "benchmark-resultaten.md");
        Files.createDirectories(bestand.getParent());
        Files.writeString(bestand, uit.toString(), StandardCharsets.UTF_8);
        System.out.println("Benchmark: geschreven naar " + bestand.toAbsolutePath());
    }

    static String[] meet(HttpClient http, String naam, String gebruiker, int monsters,
                                 java.util.function.IntFunction<String> adres) throws IOException, InterruptedException {
        return meet(http, naam, gebruiker, monsters, adres, null);
    }

    /** {@code body} null: GET, otherwise POST with that JSON. */
    static String[] meet(HttpClient http, String naam, String gebruiker, int monsters,
                         java.util.function.IntFunction<String> adres, String body) throws IOException, InterruptedException {
        return meet(http, naam, gebruiker, monsters, adres, body, "application/json");
    }

    /** The body and Accept header of Tasklist's own request for a filter's first page. */
    static final String TASKLIST_PAGINA = "{\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}],\"active\":true}";
    static final String HAL = "application/hal+json, application/json; q=0.5";
    private static final ObjectMapper JSON = new ObjectMapper();

    static String[] meet(HttpClient http, String naam, String gebruiker, int monsters,
                         java.util.function.IntFunction<String> adres, String body, String accept)
            throws IOException, InterruptedException {
        String inlog = inlog(gebruiker);
        List<Double> tijden = new ArrayList<>();
        for (int i = 0; i < monsters + 20; i++) {
            HttpRequest.Builder bouwer = HttpRequest.newBuilder(URI.create(adres.apply(i))).header("Authorization", inlog)
                    .header("Accept", accept);
            HttpRequest verzoek = body == null ? bouwer.GET().build()
                    : bouwer.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            HttpResponse<String> antwoord = http.send(verzoek, HttpResponse.BodyHandlers.ofString());
            double ms = (System.nanoTime() - start) / 1e6;
            if (antwoord.statusCode() != 200) {
                throw new IllegalStateException(naam + ": HTTP " + antwoord.statusCode());
            }
            if (i >= 20) { // the first 20 warm up
                tijden.add(ms);
            }
        }
        Collections.sort(tijden);
        double p95 = p(tijden, 95);
        Double doel = naam.startsWith("Tasklist") ? Double.valueOf(150) : naam.contains("fetchAndLock") ? Double.valueOf(50) : null;
        String oordeel = doel == null ? "-" : (p95 <= doel ? "met" : "**not met**") + " (p95 ≤ " + doel.intValue() + " ms)";
        return new String[] {naam, String.valueOf(tijden.size()), f(p(tijden, 50)), f(p95), f(p(tijden, 99)),
                f(tijden.get(tijden.size() - 1)), oordeel};
    }

    /** The {@code count} of a count request's JSON answer ({@code {"count":N}}), as that user. */
    static long telling(HttpClient http, String adres, String gebruiker) throws IOException, InterruptedException {
        String inlog = inlog(gebruiker);
        HttpResponse<String> antwoord = http.send(HttpRequest.newBuilder(URI.create(adres)).header("Authorization", inlog)
                .header("Accept", "application/json").GET().build(), HttpResponse.BodyHandlers.ofString());
        JsonNode getal = antwoord.statusCode() == 200 ? JSON.readTree(antwoord.body()).path("count") : null;
        if (getal == null || !getal.canConvertToLong()) {
            throw new IllegalStateException(adres + ": HTTP " + antwoord.statusCode() + " " + antwoord.body());
        }
        return getal.asLong();
    }

    /** Basic authentication as a demo user (password = user name). */
    private static String inlog(String gebruiker) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8));
    }

    /** The median (the mean of the middle two for an even count). */
    static double mediaan(List<Double> waarden) {
        List<Double> s = waarden.stream().sorted().toList();
        int m = s.size() / 2;
        return s.size() % 2 == 1 ? s.get(m) : (s.get(m - 1) + s.get(m)) / 2;
    }

    static double p(List<Double> gesorteerd, int percentiel) {
        int i = (int) Math.ceil(percentiel / 100.0 * gesorteerd.size()) - 1;
        return gesorteerd.get(Math.max(0, Math.min(i, gesorteerd.size() - 1)));
    }

    static String f(double ms) {
        return String.format(Locale.ROOT, "%.1f", ms);
    }
}
