package nl.regie.inburgering.benchmark;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import nl.regie.inburgering.dossier.Bsn;

/**
 * Two nodes on one database, and a hard crash (issue 13, items 4 and 5; README "Benchmark"). Started from
 * {@link Benchmark} with {@code --benchmark.cluster=true}; it runs no application itself: it starts the built jar
 * ({@code target/regie-inburgering-*.jar}, profiles {@code postgres,demo}, the job executor on) as separate processes
 * on two ports against the database of {@code REGIE_DB_URL}, and drives them over HTTP as COA's koppeling does.
 *
 * <p>The load: statushouders opened with {@code POST /api/dossiers} whose koppeling lies 50 days back and whose BRP
 * registration is unknown, so the application's own timer {@code Timer_BrpOnbekend} (six weeks after the koppeling)
 * falls due at once in real time; when it fires, the casemanager gets "BRP-inschrijving nagaan". The side effect
 * counted per dossier: the timer's ended activity instance and that user task, in the engine's history.
 *
 * <ol>
 * <li>one node, then two nodes: the same number of dossiers, the same clients; throughput = dossiers opened and
 * their timer fired / seconds from the first request to the last side effect;</li>
 * <li>a crash: under load on both nodes, {@code kill -9} of node A (partner tasks locked through it just before);
 * the clients send what A did not answer to B (the opening is idempotent per person); A restarts; then every
 * acknowledged dossier must exist, every timer have fired once, every partner task be fetched again after its lock
 * expired, and no dossier row be half-written.</li>
 * </ol>
 * Prints the tables and writes them to {@code target/benchmark-cluster.md}.
 */
final class ClusterBenchmark {

    private static final String TIMER = "Timer_BrpOnbekend";
    private static final String TAAK = "Task_BrpInschrijvingNagaan";
    private static final List<String> GEMEENTEN = List.of("0498", "0388", "0441", "1598", "0420", "0432", "0532", "0439",
            "0637", "1904");
    /**
     * A job execution that met an exception, an OptimisticLockingException included: the engine's ENGINE-14006 (its
     * message, with the exception's name, is masked in our logs: web/VeiligeMelding) or the name itself.
     */
    private static final Pattern OPTIMISTIC = Pattern.compile("ENGINE-14006|OptimisticLockingException");

    private final Map<String, String> opties;
    private final String dbUrl;
    private final String dbUser;
    private final String dbPassword;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Path jar;
    private final Node a;
    private final Node b;
    private final int dossiers;
    private final int clients;
    private final int jobLockMs;
    private final int partnerLockMs;
    private final AtomicLong bsnTeller = new AtomicLong();
    private final long zaad = System.currentTimeMillis() % 50_000_000L;

    /** One application process. */
    private final class Node {
        final String naam;
        final int poort;
        final Path log;
        Process proces;
        volatile boolean klaar;

        Node(String naam, int poort) {
            this.naam = naam;
            this.poort = poort;
            this.log = Path.of("target", "cluster-node-" + naam + ".log");
        }

        String basis() {
            return "http://127.0.0.1:" + poort;
        }

        /** Running and answering (not starting). */
        boolean leeft() {
            return klaar && proces != null && proces.isAlive();
        }

        void start() throws IOException, InterruptedException {
            List<String> cmd = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx" + optie("heap", "1g"), "-XX:+UseSerialGC", "-jar", jar.toString(),
                    "--server.port=" + poort,
                    "--spring.profiles.active=postgres,demo",
                    "--camunda.bpm.job-execution.enabled=true",
                    "--camunda.bpm.job-execution.lock-time-in-millis=" + jobLockMs,
                    // the job log's HOSTNAME_ says which node executed a job
                    "--camunda.bpm.generic-properties.properties.hostname=node-" + naam));
            if (!"0".equals(optie("backoff", "20"))) { // README "Productie-instellingen": back off after a conflict
                cmd.add("--camunda.bpm.job-execution.backoff-time-in-millis=" + optie("backoff", "20"));
                cmd.add("--camunda.bpm.job-execution.max-backoff=" + optie("max-backoff", "500"));
            }
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            pb.environment().put("REGIE_SECURE_COOKIES", "false");
            klaar = false;
            long logVoor = Files.exists(log) ? Files.size(log) : 0;
            proces = pb.start();
            long grens = System.nanoTime() + Duration.ofMinutes(20).toNanos();
            while (System.nanoTime() < grens) {
                if (!proces.isAlive()) {
                    throw new IllegalStateException("node " + naam + " stopped at start; see " + log);
                }
                try {
                    HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(basis() + "/api/dossiers/INB-0-000000"))
                            .header("Authorization", inlog("coa.koppeling")).timeout(Duration.ofSeconds(10)).GET().build(),
                            HttpResponse.BodyHandlers.ofString());
                    // answering, and its job executor started (after the start-up listeners, the demo data among them)
                    if ((r.statusCode() == 404 || r.statusCode() == 403) && jobExecutorGestart(logVoor)) {
                        System.out.println("cluster: node " + naam + " ready on port " + poort);
                        klaar = true;
                        return;
                    }
                } catch (IOException nogNiet) {
                    // not listening yet
                }
                Thread.sleep(1000);
            }
            throw new IllegalStateException("node " + naam + " not ready in 20 minutes; see " + log);
        }

        private boolean jobExecutorGestart(long vanaf) throws IOException {
            try (var in = Files.newInputStream(log)) {
                in.skipNBytes(vanaf);
                return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1).contains("ENGINE-14014");
            }
        }

        /** {@code kill -9}: {@link Process#destroyForcibly()} sends SIGKILL on Linux. */
        void kill() throws InterruptedException {
            klaar = false;
            proces.destroyForcibly();
            proces.waitFor();
        }

        void stop() throws InterruptedException {
            klaar = false;
            if (proces != null && proces.isAlive()) {
                proces.destroy();
                if (!proces.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                    proces.destroyForcibly();
                }
            }
        }

        long logRegels(Pattern patroon) throws IOException {
            if (!Files.exists(log)) {
                return 0;
            }
            try (var regels = Files.lines(log, StandardCharsets.ISO_8859_1)) {
                return regels.filter(r -> patroon.matcher(r).find()).count();
            }
        }
    }

    /** What the load client saw. */
    private record Last(List<String> bevestigd, int verzoeken, int naarAndereNode, int bestaand, double seconden,
                        double secondenTotBijwerking, boolean alles) {
    }

    private ClusterBenchmark(Map<String, String> opties) throws IOException {
        this.opties = opties;
        this.dbUrl = vereist("REGIE_DB_URL");
        this.dbUser = System.getenv().getOrDefault("REGIE_DB_USER", "postgres");
        this.dbPassword = System.getenv().getOrDefault("REGIE_DB_PASSWORD", "");
        try (var bestanden = Files.list(Path.of("target"))) {
            this.jar = bestanden.filter(p -> p.getFileName().toString().matches("regie-inburgering-.*\\.jar")).findFirst()
                    .orElseThrow(() -> new IllegalStateException("no target/regie-inburgering-*.jar: run `mvn package` first"));
        }
        this.a = new Node("a", Integer.parseInt(optie("poort-a", "18106")));
        this.b = new Node("b", Integer.parseInt(optie("poort-b", "18107")));
        this.dossiers = Integer.parseInt(optie("dossiers", "300"));
        this.clients = Integer.parseInt(optie("clients", "4"));
        this.jobLockMs = Integer.parseInt(optie("job-lock-ms", "30000"));
        this.partnerLockMs = Integer.parseInt(optie("partner-lock-ms", "20000"));
    }

    private static String vereist(String env) {
        String waarde = System.getenv(env);
        if (waarde == null || waarde.isBlank()) {
            throw new IllegalStateException(env + " is not set");
        }
        return waarde;
    }

    private String optie(String naam, String standaard) {
        return opties.getOrDefault(naam, standaard);
    }

    /** {@code --benchmark.cluster.<name>=<value>} arguments. */
    static int run(String[] args) {
        Map<String, String> opties = new HashMap<>();
        for (String arg : args) {
            Matcher m = Pattern.compile("--benchmark\\.cluster\\.([a-z-]+)=(.*)").matcher(arg);
            if (m.matches()) {
                opties.put(m.group(1), m.group(2));
            }
        }
        ClusterBenchmark benchmark = null;
        try {
            benchmark = new ClusterBenchmark(opties);
            benchmark.meet();
            return 0;
        } catch (Exception e) {
            e.printStackTrace();
            return 1;
        } finally {
            if (benchmark != null) {
                try {
                    benchmark.a.stop();
                    benchmark.b.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private void meet() throws Exception {
        Files.deleteIfExists(a.log);
        Files.deleteIfExists(b.log);
        StringBuilder uit = new StringBuilder();
        String database;
        try (Connection c = verbinding()) {
            database = c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        }
        uit.append("# Cluster benchmark ").append(OffsetDateTime.now()).append('\n');
        uit.append(String.format(Locale.ROOT, "machine: %s; database %s; nodes: `java -Xmx%s -jar %s`, "
                        + "profiles postgres,demo, job executor on (application.yml: 4–8 threads, 8 jobs per acquisition), "
                        + "backoff %s ms / max %s ms, job lock %d ms; partner lock %d ms; %d load clients%n%n",
                Machine.beschrijving(), database, optie("heap", "1g"),
                jar.getFileName(), optie("backoff", "20"), optie("max-backoff", "500"), jobLockMs, partnerLockMs, clients));

        // --- one node, then two nodes ---
        a.start();
        opwarmen(List.of(a), OPWARMEN);
        Fase een = fase("one node (A)", List.of(a), dossiers);
        b.start();
        // B as warm as A before they are compared: A has seen its warm-up and the whole one-node load (its JIT
        // compiled the hot paths); with 20 dossiers only, B compiled during the two-node load and the ratio measured
        // B's JIT, not contention (0.81× at 600 dossiers, 26 November 2026)
        opwarmen(List.of(b), OPWARMEN + dossiers);
        Fase twee = fase("two nodes (A + B)", List.of(a, b), dossiers);
        uit.append("## Two nodes on one database: ").append(dossiers).append(" dossiers opened over HTTP per row, ")
                .append(clients).append(" clients; each dossier's BRP timer falls due at once\n\n");
        uit.append("| | dossiers acknowledged | load s | until last timer fired s | dossiers/s (opened + timer fired) | timer fired exactly once | "
                + "task created exactly once | jobs executed (per node) | job failures | job execution exceptions in the logs (ENGINE-14006, OptimisticLockingException included) | "
                + "jobs with retries used / incidents |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        een.rij(uit);
        twee.rij(uit);
        double verhouding = twee.perSeconde() / Math.max(1e-9, een.perSeconde());
        uit.append(String.format(Locale.ROOT, "%ntwo nodes / one node throughput: **%.2f×** — goal ≥ 1.0× (2 cores shared: "
                + "contention, not speed-up): %s%n", verhouding, verhouding >= 1.0 ? "met" : "**not met**"));
        if (!twee.foutmeldingen.isEmpty() || !een.foutmeldingen.isEmpty()) {
            uit.append("\njob failures by message: ").append(een.foutmeldingen).append(" / ").append(twee.foutmeldingen).append('\n');
        }

        // --- the crash ---
        uit.append('\n').append(crash());
        System.out.println(uit);
        Path bestand = Path.of("target", "benchmark-cluster.md");
        Files.writeString(bestand, uit.toString(), StandardCharsets.UTF_8);
        System.out.println("Cluster benchmark: geschreven naar " + bestand.toAbsolutePath());
    }

    /** Unmeasured dossiers through a node that has just started, before its first measured load. */
    private static final int OPWARMEN = 20;

    private void opwarmen(List<Node> nodes, int aantal) throws Exception {
        last(nodes, aantal, null);
    }

    /** The figures of one measured load. */
    private final class Fase {
        final String naam;
        final Last last;
        final Telling telling;
        final Map<String, Long> perNode;
        final long fouten;
        final Map<String, Long> foutmeldingen;
        final long ole;
        final long[] pogingen;

        Fase(String naam, Last last, Telling telling, Map<String, Long> perNode, long fouten,
             Map<String, Long> foutmeldingen, long ole, long[] pogingen) {
            this.naam = naam;
            this.last = last;
            this.telling = telling;
            this.perNode = perNode;
            this.fouten = fouten;
            this.foutmeldingen = foutmeldingen;
            this.ole = ole;
            this.pogingen = pogingen;
        }

        double perSeconde() {
            return last.bevestigd.size() / Math.max(1e-9, last.secondenTotBijwerking);
        }

        void rij(StringBuilder uit) {
            uit.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f | %s | %s | %s | %d | %d | %d / %d |%n", naam,
                    last.bevestigd.size(), last.seconden, last.secondenTotBijwerking, perSeconde(),
                    telling.timer(), telling.taak(), perNode, fouten, ole, pogingen[0], pogingen[1]));
        }
    }

    private Fase fase(String naam, List<Node> nodes, int n) throws Exception {
        Timestamp start = nu();
        long oleVoor = a.logRegels(OPTIMISTIC) + b.logRegels(OPTIMISTIC);
        Last last = last(nodes, n, null);
        Telling telling = tel(last.bevestigd);
        long ole = a.logRegels(OPTIMISTIC) + b.logRegels(OPTIMISTIC) - oleVoor;
        return new Fase(naam, last, telling, perNode(start), fouten(start), foutmeldingen(start), ole, pogingen());
    }

    // ------------------------------------------------------------------------------------------------- the load

    /**
     * {@code n} dossiers over {@code clients} threads, round robin over the live nodes; a request a node does not
     * answer (it died) goes to the other one with the same person. Returns when every acknowledged dossier's timer has
     * fired and its task exists (or after 10 minutes). {@code naBevestigd}: called after each acknowledgement with the
     * count so far (the crash uses it).
     */
    private Last last(List<Node> nodes, int n, java.util.function.IntConsumer naBevestigd) throws Exception {
        List<String> bevestigd = java.util.Collections.synchronizedList(new ArrayList<>());
        AtomicInteger volgende = new AtomicInteger();
        AtomicInteger verzoeken = new AtomicInteger();
        AtomicInteger omgeleid = new AtomicInteger();
        AtomicInteger bestaand = new AtomicInteger();
        LocalDate koppeling = LocalDate.now().minusDays(50);
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> werkers = new ArrayList<>();
            for (int t = 0; t < clients; t++) {
                werkers.add(pool.submit(() -> {
                    for (int i = volgende.getAndIncrement(); i < n; i = volgende.getAndIncrement()) {
                        String body = String.format(Locale.ROOT, "{\"bsn\":\"%s\",\"voornamen\":\"Cluster\",\"achternaam\":\"Belasting\","
                                + "\"geboortedatum\":\"1990-01-01\",\"nationaliteit\":\"SYR\",\"doelgroep\":\"ASIELSTATUSHOUDER\","
                                + "\"gemeente\":\"%s\",\"koppelingsdatum\":\"%s\",\"bijstand\":false}",
                                bsn(), GEMEENTEN.get(i % GEMEENTEN.size()), koppeling);
                        String nummer = null;
                        for (int poging = 0; nummer == null && poging < 60; poging++) {
                            List<Node> levend = nodes.stream().filter(Node::leeft).toList();
                            if (levend.isEmpty()) {
                                Thread.sleep(500);
                                continue;
                            }
                            Node node = levend.get((i + poging) % levend.size());
                            verzoeken.incrementAndGet();
                            if (poging > 0) {
                                omgeleid.incrementAndGet();
                            }
                            try {
                                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.basis() + "/api/dossiers"))
                                        .header("Authorization", inlog("coa.koppeling")).header("Content-Type", "application/json")
                                        .header("Accept", "application/json").timeout(Duration.ofSeconds(60))
                                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
                                if (r.statusCode() == 201 || r.statusCode() == 200) {
                                    Matcher m = Pattern.compile("\"dossiernummer\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
                                    if (!m.find()) {
                                        throw new IllegalStateException("no dossiernummer in " + r.statusCode());
                                    }
                                    nummer = m.group(1);
                                    if (r.statusCode() == 200) {
                                        bestaand.incrementAndGet();
                                    }
                                } else if (r.statusCode() >= 500) {
                                    Thread.sleep(200); // e.g. the database connection of a dying node: again
                                } else {
                                    throw new IllegalStateException("POST /api/dossiers: HTTP " + r.statusCode() + " " + r.body());
                                }
                            } catch (IOException nietBeantwoord) {
                                Thread.sleep(100); // the node died (or is dying): not acknowledged, send it again
                            }
                        }
                        if (nummer == null) {
                            throw new IllegalStateException("dossier not acknowledged after 60 attempts");
                        }
                        bevestigd.add(nummer);
                        if (naBevestigd != null) {
                            naBevestigd.accept(bevestigd.size());
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> w : werkers) {
                w.get();
            }
        } finally {
            pool.shutdownNow();
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        boolean alles = wachtOpBijwerkingen(bevestigd, Duration.ofMinutes(10));
        double totBijwerking = (System.nanoTime() - start) / 1e9;
        return new Last(List.copyOf(bevestigd), verzoeken.get(), omgeleid.get(), bestaand.get(), seconden, totBijwerking, alles);
    }

    private synchronized String bsn() {
        while (true) {
            long i = bsnTeller.getAndIncrement();
            String bsn = Bsn.metControlecijfer(zaad * 7919 + i * 104_729L);
            if (bsn != null) {
                return bsn;
            }
        }
    }

    private static String inlog(String gebruiker) {
        return "Basic " + Base64.getEncoder().encodeToString((gebruiker + ":" + gebruiker).getBytes(StandardCharsets.UTF_8));
    }

    // ------------------------------------------------------------------------------------------------ the checks

    /** Per acknowledged dossier: how often its timer fired and its task was created (in the engine's history). */
    private record Telling(Map<Integer, Integer> timers, Map<Integer, Integer> taken, int ontbrekendeDossiers) {
        String timer() {
            return verdeling(timers);
        }

        String taak() {
            return verdeling(taken);
        }

        boolean goed() {
            return ontbrekendeDossiers == 0 && timers.keySet().equals(Set.of(1)) && taken.keySet().equals(Set.of(1));
        }

        private static String verdeling(Map<Integer, Integer> m) {
            if (m.keySet().equals(Set.of(1))) {
                return "yes (" + m.get(1) + ")";
            }
            return "**no**: " + m.entrySet().stream().map(e -> e.getValue() + "× " + e.getKey() + " times")
                    .collect(Collectors.joining(", "));
        }
    }

    private boolean wachtOpBijwerkingen(Collection<String> nummers, Duration maximaal) throws Exception {
        long grens = System.nanoTime() + maximaal.toNanos();
        while (System.nanoTime() < grens) {
            if (tel(nummers).goed()) {
                return true;
            }
            Thread.sleep(250);
        }
        return false;
    }

    private Telling tel(Collection<String> nummers) throws SQLException {
        try (Connection c = verbinding()) {
            Map<String, Integer> timers = perDossier(c, nummers, TIMER, "act_hi_actinst", "a.end_time_ is not null");
            Map<String, Integer> taken = perDossier(c, nummers, TAAK, "act_hi_taskinst", "true");
            Map<Integer, Integer> tv = new java.util.TreeMap<>();
            Map<Integer, Integer> kv = new java.util.TreeMap<>();
            for (String nr : nummers) {
                tv.merge(timers.getOrDefault(nr, 0), 1, Integer::sum);
                kv.merge(taken.getOrDefault(nr, 0), 1, Integer::sum);
            }
            int ontbrekend = 0;
            try (PreparedStatement ps = c.prepareStatement("select count(*) from unnest(?) as n(nr) "
                    + "where not exists (select 1 from dossier d where d.dossiernummer = n.nr)")) {
                ps.setArray(1, lijst(c, nummers));
                ontbrekend = (int) een(ps);
            }
            return new Telling(tv, kv, ontbrekend);
        }
    }

    private static Map<String, Integer> perDossier(Connection c, Collection<String> nummers, String activiteit,
                                                   String tabel, String voorwaarde) throws SQLException {
        String sql = "select p.business_key_, count(*) from " + tabel + " a join act_hi_procinst p on p.id_ = a.proc_inst_id_ "
                + "where p.proc_def_key_ = 'inburgering' and p.business_key_ = any(?) and a."
                + (tabel.equals("act_hi_taskinst") ? "task_def_key_" : "act_id_") + " = ? and " + voorwaarde
                + " group by p.business_key_";
        Map<String, Integer> uit = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setArray(1, lijst(c, nummers));
            ps.setString(2, activiteit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.put(rs.getString(1), rs.getInt(2));
                }
            }
        }
        return uit;
    }

    private static Array lijst(Connection c, Collection<String> nummers) throws SQLException {
        return c.createArrayOf("varchar", nummers.toArray());
    }

    private Map<String, Long> perNode(Timestamp sinds) throws SQLException {
        Map<String, Long> uit = new java.util.TreeMap<>();
        try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement(
                "select coalesce(hostname_, '?'), count(*) from act_hi_job_log where job_state_ = 2 and timestamp_ >= ? group by 1")) {
            ps.setTimestamp(1, sinds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return uit;
    }

    private long fouten(Timestamp sinds) throws SQLException {
        return telSql("select count(*) from act_hi_job_log where job_state_ = 1 and timestamp_ >= ?", sinds);
    }

    private Map<String, Long> foutmeldingen(Timestamp sinds) throws SQLException {
        Map<String, Long> uit = new LinkedHashMap<>();
        try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement(
                "select left(coalesce(job_exception_msg_, '?'), 120), count(*) from act_hi_job_log where job_state_ = 1"
                        + " and timestamp_ >= ? group by 1 order by 2 desc")) {
            ps.setTimestamp(1, sinds);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.put(rs.getString(1), rs.getLong(2));
                }
            }
        }
        return uit;
    }

    /** Jobs now in the database whose retries were used (fewer than the initial 3), and open incidents. */
    private long[] pogingen() throws SQLException {
        return new long[] {telSql("select count(*) from act_ru_job where retries_ < 3", null),
                telSql("select count(*) from act_ru_incident", null)};
    }

    private long telSql(String sql, Timestamp param) throws SQLException {
        try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (param != null) {
                ps.setTimestamp(1, param);
            }
            return een(ps);
        }
    }

    private static long een(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private Timestamp nu() throws SQLException {
        try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement("select localtimestamp")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getTimestamp(1);
            }
        }
    }

    private Connection verbinding() throws SQLException {
        return DriverManager.getConnection(dbUrl, dbUser, dbPassword);
    }

    /** Invariants over our tables and the engine's: each a query counting the rows that violate it (0 is right). */
    private static final Map<String, String> INVARIANTEN = invarianten();

    private static Map<String, String> invarianten() {
        Map<String, String> m = new LinkedHashMap<>();
        m.put("dossiers without their main process instance (inburgering, business key = dossiernummer)",
                "select count(*) from dossier d where not exists (select 1 from act_hi_procinst p"
                        + " where p.proc_def_key_ = 'inburgering' and p.business_key_ = d.dossiernummer)");
        m.put("main process instances without their dossier row",
                "select count(*) from act_hi_procinst p where p.proc_def_key_ = 'inburgering'"
                        + " and not exists (select 1 from dossier d where d.dossiernummer = p.business_key_)");
        m.put("dossiers with more than one main process instance",
                "select count(*) from (select business_key_ from act_hi_procinst where proc_def_key_ = 'inburgering'"
                        + " and super_process_instance_id_ is null group by business_key_ having count(*) > 1) x");
        m.put("persons without a dossier", "select count(*) from persoon p where not exists"
                + " (select 1 from dossier d where d.persoon_id = p.id)");
        m.put("open dossiers whose main process is not running", "select count(*) from dossier d where d.status not like 'GESLOTEN%'"
                + " and d.status <> 'BEEINDIGD' and not exists (select 1 from act_ru_execution e join act_re_procdef pd"
                + " on pd.id_ = e.proc_def_id_ where pd.key_ = 'inburgering' and e.parent_id_ is null"
                + " and e.business_key_ = d.dossiernummer)");
        m.put("dossiers opened by the load without the audit row of their opening (dossier_inzage GEOPEND)",
                "select count(*) from dossier d join persoon p on p.id = d.persoon_id where p.achternaam = 'Belasting' and not exists"
                        + " (select 1 from dossier_inzage i where i.dossier_id = d.id and i.actie = 'GEOPEND')");
        m.put("due jobs not executed (retries left, not locked)",
                "select count(*) from act_ru_job where retries_ > 0 and duedate_ <= localtimestamp - interval '1 minute'"
                        + " and (lock_exp_time_ is null or lock_exp_time_ < localtimestamp) and suspension_state_ = 1");
        return m;
    }

    // ------------------------------------------------------------------------------------------------- the crash

    private String crash() throws Exception {
        StringBuilder uit = new StringBuilder();
        // partner tasks locked through node A just before it dies
        Map<String, Set<String>> gelockt = new LinkedHashMap<>();
        for (String partner : partners()) {
            Set<String> ids = fetch(a, partner, partnerLockMs);
            if (!ids.isEmpty()) {
                gelockt.put(partner, ids);
            }
        }
        long gelocktOp = System.currentTimeMillis();
        Timestamp start = nu();
        long oleVoor = a.logRegels(OPTIMISTIC) + b.logRegels(OPTIMISTIC);
        long[] jobsBijKill = new long[1];
        Set<String> jobsVanA = ConcurrentHashMap.newKeySet();
        AtomicInteger gekild = new AtomicInteger();
        long[] killMoment = new long[1];
        Thread herstart = new Thread(() -> {
            try {
                while (gekild.get() == 0) {
                    Thread.sleep(50);
                }
                Thread.sleep(3000);
                // jobs still locked three seconds after the kill: node B finishes its own in milliseconds, so these
                // are the dead node's (their lock expires after the job lock time)
                try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement(
                        "select id_ from act_ru_job where lock_exp_time_ > localtimestamp")) {
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            jobsVanA.add(rs.getString(1));
                        }
                    }
                }
                Thread.sleep(Long.parseLong(optie("herstart-na-ms", "10000")));
                a.start();
            } catch (Exception e) {
                e.printStackTrace();
            }
        });
        herstart.start();
        int killNa = Math.max(1, dossiers / 3);
        Last last = last(List.of(a, b), dossiers, aantal -> {
            if (aantal >= killNa && gekild.compareAndSet(0, 1)) {
                try {
                    jobsBijKill[0] = telSql("select count(*) from act_ru_job where lock_exp_time_ > localtimestamp", null);
                    a.kill();
                    killMoment[0] = System.currentTimeMillis();
                    System.out.println("cluster: node a killed (kill -9) after " + aantal + " acknowledged dossiers");
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
        });
        herstart.join();
        // the dead node's job locks and the partner locks expire; then everything must be done exactly once
        long wachtTot = Math.max(killMoment[0] + jobLockMs, gelocktOp + partnerLockMs) + 2000;
        while (System.currentTimeMillis() < wachtTot) {
            Thread.sleep(500);
        }
        boolean alles = wachtOpBijwerkingen(last.bevestigd, Duration.ofMinutes(5));
        Telling telling = tel(last.bevestigd);
        long ole = a.logRegels(OPTIMISTIC) + b.logRegels(OPTIMISTIC) - oleVoor;
        long nogVanA;
        try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement("select count(*) from act_ru_job where id_ = any(?)")) {
            ps.setArray(1, lijst(c, jobsVanA));
            nogVanA = een(ps);
        }
        // partner tasks: fetched again through node B once their lock expired
        int opnieuw = 0;
        int totaal = 0;
        List<String> kwijt = new ArrayList<>();
        for (Map.Entry<String, Set<String>> e : gelockt.entrySet()) {
            Set<String> weer = fetch(b, e.getKey(), 1);
            for (String id : e.getValue()) {
                totaal++;
                if (weer.contains(id)) {
                    opnieuw++;
                } else {
                    kwijt.add(e.getKey() + ":" + id);
                }
            }
        }

        uit.append(String.format(Locale.ROOT, "## Hard crash: %d dossiers opened over HTTP on both nodes, node A killed "
                + "(`kill -9`) after %d acknowledgements, restarted %s s later%n%n", dossiers, killNa,
                optie("herstart-na-ms", "10000").replaceAll("000$", "")));
        uit.append("| check | result | right |\n|---|---|---|\n");
        rij(uit, "dossiers acknowledged (201, or 200 for a request resent after the kill)", last.bevestigd.size() + " of "
                + dossiers + " (" + last.verzoeken + " requests, " + last.naarAndereNode + " resent to the other node, "
                + last.bestaand + " answered 'already opened')", last.bevestigd.size() == dossiers);
        rij(uit, "acknowledged dossiers missing in table `dossier`", String.valueOf(telling.ontbrekendeDossiers),
                telling.ontbrekendeDossiers == 0);
        rij(uit, "acknowledged dossiers: BRP timer fired exactly once", telling.timer(), telling.timers.keySet().equals(Set.of(1)));
        rij(uit, "acknowledged dossiers: task 'BRP-inschrijving nagaan' created exactly once", telling.taak(),
                telling.taken.keySet().equals(Set.of(1)));
        rij(uit, "jobs locked at the kill (both nodes) / still locked 3 s later (the dead node's) / of those still in "
                + "the database after their lock expired", jobsBijKill[0] + " / " + jobsVanA.size() + " / " + nogVanA, nogVanA == 0);
        rij(uit, "partner tasks locked through node A before the kill, fetched again through node B after their "
                + partnerLockMs / 1000 + " s lock", opnieuw + " of " + totaal + (kwijt.isEmpty() ? "" : " (not: " + kwijt + ")"),
                opnieuw == totaal && totaal > 0);
        try (Connection c = verbinding()) {
            for (Map.Entry<String, String> inv : INVARIANTEN.entrySet()) {
                long n;
                try (PreparedStatement ps = c.prepareStatement(inv.getValue())) {
                    n = een(ps);
                }
                rij(uit, inv.getKey(), String.valueOf(n), n == 0);
            }
        }
        long[] pogingen = pogingen();
        rij(uit, "job failures in the crash run (job log) / job execution exceptions in the logs (ENGINE-14006, OptimisticLockingException included)",
                fouten(start) + " / " + ole, true);
        rij(uit, "jobs with retries used / open incidents (whole database)", pogingen[0] + " / " + pogingen[1], pogingen[1] == 0);
        rij(uit, "jobs executed per node in the crash run", perNode(start).toString(), true);
        rij(uit, "all side effects present within 5 minutes after the locks expired", alles ? "yes" : "no", alles);
        Map<String, Long> meldingen = foutmeldingen(start);
        if (!meldingen.isEmpty()) {
            uit.append("\njob failures by message: ").append(meldingen).append('\n');
        }
        return uit.toString();
    }

    private static void rij(StringBuilder uit, String check, String resultaat, boolean goed) {
        uit.append("| ").append(check).append(" | ").append(resultaat).append(" | ").append(goed ? "yes" : "**no**").append(" |\n");
    }

    private Collection<String> partners() throws SQLException {
        Set<String> uit = new LinkedHashSet<>();
        try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement(
                "select distinct m.user_id_ from act_id_membership m where m.group_id_ = 'partner' order by 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(rs.getString(1));
                }
            }
        }
        return uit;
    }

    /** fetchAndLock through {@code /partner-api} as the partner, all its topics; the ids of the tasks it got. */
    private Set<String> fetch(Node node, String partner, long lockMs) throws IOException, InterruptedException {
        List<String> topics = topics(partner);
        if (topics.isEmpty()) {
            return Set.of();
        }
        String body = "{\"workerId\":\"cluster-benchmark\",\"maxTasks\":50,\"topics\":[" + topics.stream()
                .map(t -> "{\"topicName\":\"" + t + "\",\"lockDuration\":" + lockMs + "}").collect(Collectors.joining(",")) + "]}";
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(node.basis() + "/partner-api/external-task/fetchAndLock"))
                .header("Authorization", inlog(partner)).header("Content-Type", "application/json").header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60)).POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("fetchAndLock " + partner + ": HTTP " + r.statusCode() + " " + r.body());
        }
        Set<String> ids = new LinkedHashSet<>();
        Matcher m = Pattern.compile("\"id\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        while (m.find()) {
            ids.add(m.group(1));
        }
        return ids;
    }

    /** The partner's topics: those of its open external tasks meant for it (the track's variable {@code partner}). */
    private List<String> topics(String partner) throws IOException {
        try (Connection c = verbinding(); PreparedStatement ps = c.prepareStatement("select distinct t.topic_name_ from act_ru_ext_task t"
                + " join act_ru_variable v on v.proc_inst_id_ = t.proc_inst_id_ and v.name_ = 'partner' and v.text_ = ?")) {
            ps.setString(1, partner);
            List<String> uit = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uit.add(rs.getString(1));
                }
            }
            return uit;
        } catch (SQLException e) {
            throw new IOException(e);
        }
    }

    static boolean gevraagd(String[] args) {
        for (String arg : args) {
            if (arg.equals("--benchmark.cluster=true")) {
                return true;
            }
        }
        return false;
    }
}
