package nl.regie.inburgering.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import nl.regie.inburgering.dossier.Bsn;
import nl.regie.inburgering.dossier.DossierOpenenVerzoek;
import nl.regie.inburgering.dossier.DossierService;
import nl.regie.inburgering.engine.Tijd;

/**
 * A burst of timers falling due at once (a month-end), drained by the engine's job executor: first N bare timers
 * ({@code kaal-dossier}'s "BRP onbekend" timer: it fires and creates a user task), then N bare timers in the shape in
 * which the application's timer waits and fires ({@code kaal-brp-signaal}: the goal's anchor, the same timers without
 * our code), then N of the application's own
 * timers (N dossiers opened as COA's koppeling does; the engine clock moved to the moment the N-th earliest of their
 * new timers falls due). Throughput: timers due at the start divided by the time until no job is executable any more
 * (what the fired timers started asynchronously included). The engine clock is moved with {@link ClockUtil#offset}
 * and put back afterwards.
 */
final class TimerBurst {

    private record Afvoer(long timers, double seconden, long jobs, long mislukt, double cpuSeconden, boolean leeg,
                          DatabaseWerk database) {
        double perSeconde() {
            return seconden <= 0 ? 0 : timers / seconden;
        }
    }

    private TimerBurst() {
    }

    /** The three drains of one round: the bare minimal model, the bare model in the application's shape, the application. */
    private record Ronde(Afvoer kaal, Afvoer vorm, Afvoer app, int geopend, Date appMoment) {
    }

    static String meet(ConfigurableApplicationContext context, KaleMotor kaal, String run, int n, int threads)
            throws Exception {
        ProcessEngine engine = context.getBean(ProcessEngine.class);
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        JobExecutor executor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
        zoalsGeconfigureerd(executor, context.getEnvironment());
        afvoeren(jdbc, executor, ClockUtil.getCurrentTime(), false); // whatever was due already, not measured

        // A warm-up round first, the same three drains with fewer timers, not reported: on a cold JVM the first drain
        // paid for the JIT compiling the engine's paths (a quick run of 26 November: the bare drain that ran first
        // took 3.74 ms CPU per timer against 2.2–2.4 warm), which favoured whatever drained last — the application.
        int opwarmen = context.getEnvironment().getProperty("benchmark.burst-opwarmen", Integer.class, Math.min(n, 500));
        if (opwarmen > 0) {
            ronde(context, jdbc, executor, kaal, run + "w", opwarmen, threads);
        }
        // then the measured rounds, each the three drains in the same order; the ratio is reported per round and as
        // the median, never one sample
        int rondes = Math.max(1, context.getEnvironment().getProperty("benchmark.burst-rondes", Integer.class, 3));
        List<Ronde> gemeten = new ArrayList<>();
        for (int r = 1; r <= rondes; r++) {
            gemeten.add(ronde(context, jdbc, executor, kaal, run + "r" + r, n, threads));
        }

        StringBuilder uit = new StringBuilder();
        uit.append(String.format(Locale.ROOT, "### Timer burst: %d timers falling due at once, drained by the job executor (%s); "
                        + "%d measured rounds after a warm-up round of %d%n%n", n, instellingen(engine), rondes, opwarmen));
        uit.append("| round | | timers due | drained in s | timers/s | jobs executed | jobs failed | CPU s | CPU ms per timer | database rows read / written per timer | drained |\n|---|---|---|---|---|---|---|---|---|---|---|\n");
        for (int r = 0; r < gemeten.size(); r++) {
            Ronde ronde = gemeten.get(r);
            String nr = Integer.toString(r + 1);
            rij(uit, nr, "bare engine, minimal model (`kaal-dossier`: BRP timer → user task)", ronde.kaal());
            rij(uit, nr, "bare engine, the application's shape (`kaal-brp-signaal`: sub-process, called intake, event-based "
                    + "and inclusive gateway, user task + message catch, five event sub-processes; no code of ours)", ronde.vorm());
            rij(uit, nr, String.format(Locale.ROOT, "application (%d dossiers opened as COA, clock moved to their timers, %s)",
                    ronde.geopend(), Tijd.vandaag().plusDays(java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(),
                            ronde.appMoment().toInstant().atZone(java.time.ZoneId.systemDefault()).toLocalDate()))), ronde.app());
        }
        Ronde laatste = gemeten.get(gemeten.size() - 1);
        uit.append(String.format(Locale.ROOT, "%nentries read per timer, last round (index and sequential scans, top 3): bare minimal: %s; "
                        + "bare in the application's shape: %s; application: %s%n",
                laatste.kaal().database.meesteLezingen(3, laatste.kaal().timers),
                laatste.vorm().database.meesteLezingen(3, laatste.vorm().timers),
                laatste.app().database.meesteLezingen(3, laatste.app().timers)));
        List<Double> tegenVorm = gemeten.stream().map(r -> verhouding(r.app(), r.vorm())).toList();
        List<Double> cpuTegenVorm = gemeten.stream().map(r -> cpuPerTimer(r.app()) / Math.max(1e-9, cpuPerTimer(r.vorm()))).toList();
        List<Double> tegenKaal = gemeten.stream().map(r -> verhouding(r.app(), r.kaal())).toList();
        List<Double> vormTegenKaal = gemeten.stream().map(r -> verhouding(r.vorm(), r.kaal())).toList();
        double mediaan = Benchmark.mediaan(tegenVorm);
        uit.append(String.format(Locale.ROOT, "%napplication throughput / bare engine in the application's shape (the goal's "
                        + "anchor, as the lifecycle's: the same timers in the same shape, without our code): **median %.0f %%** "
                        + "(rounds %s) — goal ≥ 80 %%: %s; CPU per timer, median %.2f× (rounds %s)%n",
                mediaan * 100, procenten(tegenVorm), mediaan >= 0.8 ? "met" : "**not met**", Benchmark.mediaan(cpuTegenVorm),
                keren(cpuTegenVorm)));
        uit.append(String.format(Locale.ROOT, "application throughput / bare engine, minimal model (the shape's own cost to the "
                        + "engine and our code together): median %.0f %% (rounds %s); the shape alone: median %.0f %% of the "
                        + "minimal model (rounds %s)%n",
                Benchmark.mediaan(tegenKaal) * 100, procenten(tegenKaal), Benchmark.mediaan(vormTegenKaal) * 100, procenten(vormTegenKaal)));
        return uit.toString();
    }

    private static String procenten(List<Double> waarden) {
        return String.join(", ", waarden.stream().map(v -> String.format(Locale.ROOT, "%.0f %%", v * 100)).toList());
    }

    private static String keren(List<Double> waarden) {
        return String.join(", ", waarden.stream().map(v -> String.format(Locale.ROOT, "%.2f×", v)).toList());
    }

    private static Ronde ronde(ConfigurableApplicationContext context, JdbcTemplate jdbc, JobExecutor executor,
                               KaleMotor kaal, String run, int n, int threads) throws Exception {
        Date kaalMoment = new Date(System.currentTimeMillis() + 10 * 60_000L);
        parallel(n, threads, i -> kaal.start("KAAL-T-" + run + "-" + i, kaalMoment));
        Afvoer kaleAfvoer = afvoeren(jdbc, executor, kaalMoment, true);
        Date vormMoment = new Date(System.currentTimeMillis() + 10 * 60_000L);
        parallel(n, threads, i -> kaal.startBrpSignaal("KAAL-V-" + run + "-" + i, vormMoment));
        Afvoer vormAfvoer = afvoeren(jdbc, executor, vormMoment, true);

        Set<String> voor = new HashSet<>(jdbc.queryForList("select id_ from act_ru_job where type_ = 'timer'", String.class));
        DossierService dossiers = context.getBean(DossierService.class);
        AtomicInteger teller = new AtomicInteger();
        AtomicInteger geopend = new AtomicInteger();
        long zaad = (System.currentTimeMillis() + run.hashCode()) % 10_000_000L;
        parallel(n, threads, i -> {
            open(dossiers, zaad, teller);
            geopend.incrementAndGet();
        });
        // the opening's own asynchronous steps (e.g. starting begeleiding and ontzorgen) are due at once: not timers,
        // drained first, not measured
        afvoeren(jdbc, executor, ClockUtil.getCurrentTime(), false);
        List<Date> nieuw = new ArrayList<>();
        jdbc.query("select id_, duedate_ from act_ru_job where type_ = 'timer' and duedate_ is not null", r -> {
            if (!voor.contains(r.getString(1))) {
                nieuw.add(new Date(r.getTimestamp(2).getTime()));
            }
        });
        nieuw.sort(null);
        if (nieuw.isEmpty()) {
            throw new IllegalStateException("timer burst: the opened dossiers have no timers");
        }
        Date appMoment = nieuw.get(Math.min(n, nieuw.size()) - 1);
        Afvoer appAfvoer = afvoeren(jdbc, executor, appMoment, true);
        return new Ronde(kaleAfvoer, vormAfvoer, appAfvoer, geopend.get(), appMoment);
    }

    private static double verhouding(Afvoer teller, Afvoer noemer) {
        return noemer.perSeconde() <= 0 ? 0 : teller.perSeconde() / noemer.perSeconde();
    }

    private static double cpuPerTimer(Afvoer a) {
        return a.cpuSeconden / Math.max(1, a.timers);
    }

    /**
     * The benchmark runs with {@code camunda.bpm.job-execution.enabled=false}, so the engine keeps its own
     * {@code DefaultJobExecutor} with Camunda's defaults; the burst measures the application's configured job
     * executor ({@code camunda.bpm.job-execution.*} in application.yml), so those settings are put on it here, for
     * both drains alike.
     */
    private static void zoalsGeconfigureerd(JobExecutor executor, org.springframework.core.env.Environment env) {
        String p = "camunda.bpm.job-execution.";
        Integer perAcquisitie = env.getProperty(p + "max-jobs-per-acquisition", Integer.class);
        if (perAcquisitie != null) {
            executor.setMaxJobsPerAcquisition(perAcquisitie);
        }
        if (executor instanceof org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor d) {
            Integer kern = env.getProperty(p + "core-pool-size", Integer.class);
            Integer max = env.getProperty(p + "max-pool-size", Integer.class);
            Integer wachtrij = env.getProperty(p + "queue-capacity", Integer.class);
            if (kern != null) {
                d.setCorePoolSize(kern);
            }
            if (max != null) {
                d.setMaxPoolSize(max);
            }
            if (wachtrij != null) {
                d.setQueueSize(wachtrij);
            }
        }
    }

    private static String instellingen(ProcessEngine engine) {
        ProcessEngineConfigurationImpl configuratie = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        JobExecutor je = configuratie.getJobExecutor();
        String threads = je instanceof org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor d
                ? d.getCorePoolSize() + "–" + d.getMaxPoolSize() + " threads, queue " + d.getQueueSize() : je.getClass().getSimpleName();
        return String.format(Locale.ROOT, "%s, %d jobs per acquisition, wait %d ms, acquire by due date %s, due date always set %s",
                threads, je.getMaxJobsPerAcquisition(), je.getWaitTimeInMillis(),
                configuratie.isJobExecutorAcquireByDueDate() ? "on" : "off", configuratie.isEnsureJobDueDateNotNull() ? "on" : "off");
    }

    private static void rij(StringBuilder uit, String ronde, String naam, Afvoer a) {
        double t = Math.max(1, a.timers);
        uit.append(String.format(Locale.ROOT, "| %s | %s | %d | %.1f | %.1f | %d | %d | %.1f | %.2f | %.0f / %.0f | %s |%n", ronde, naam, a.timers,
                a.seconden, a.perSeconde(), a.jobs, a.mislukt, a.cpuSeconden, a.cpuSeconden * 1000 / t,
                a.database.rijenGelezen() / t, a.database.rijenGeschreven() / t, a.leeg ? "yes" : "**no (timeout)**"));
    }

    private static void open(DossierService dossiers, long zaad, AtomicInteger teller) {
        for (int poging = 0; poging < 20; poging++) {
            int i = teller.getAndIncrement() + poging * 1_000_003;
            String bsn = Bsn.metControlecijfer(zaad * 7919 + i * 104_729L);
            if (bsn == null) {
                continue;
            }
            DossierOpenenVerzoek verzoek = new DossierOpenenVerzoek(bsn, "Bench", "Burst", LocalDate.of(1990, 1, 1),
                    "SYR", "ASIELSTATUSHOUDER", "0498", Tijd.vandaag(), Boolean.TRUE, null);
            try {
                DossierService.Geopend geopend = dossiers.open(verzoek, dossiers.valideer(verzoek), "coa.koppeling");
                if (geopend.nieuw()) {
                    return;
                }
            } catch (RuntimeException bestaat) {
                // the number was taken: the next one
            }
        }
        throw new IllegalStateException("timer burst: no free BSN");
    }

    private static Afvoer afvoeren(JdbcTemplate jdbc, JobExecutor executor, Date moment, boolean meten)
            throws InterruptedException {
        if (meten) {
            DatabaseWerk.vacuumLooptijdTabellen(jdbc);
            DatabaseWerk.analyseer(jdbc);
        }
        long timers = jdbc.queryForObject("select count(*) from act_ru_job where type_ = 'timer' and duedate_ <= ?",
                Long.class, moment);
        long[] stappen = Werk.stappen(jdbc);
        long mislukt = jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1", Long.class);
        DatabaseWerk db = meten ? DatabaseWerk.nu(jdbc) : DatabaseWerk.GEEN;
        ClockUtil.offset(Math.max(0, moment.getTime() - System.currentTimeMillis()) + 1_000L);
        long cpu = Werk.cpu();
        long start = System.nanoTime();
        boolean leeg = false;
        executor.start();
        try {
            long grens = start + 20L * 60 * 1_000_000_000L;
            while (System.nanoTime() < grens) {
                Thread.sleep(100);
                if (!uitvoerbaar(jdbc)) {
                    leeg = true;
                    break;
                }
            }
        } finally {
            executor.shutdown();
            ClockUtil.reset();
        }
        double seconden = (System.nanoTime() - start) / 1e9;
        double cpuSeconden = (Werk.cpu() - cpu) / 1e9;
        DatabaseWerk dbWerk = meten ? DatabaseWerk.nu(jdbc).min(db) : DatabaseWerk.GEEN;
        long[] na = Werk.stappen(jdbc);
        long misluktNa = jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 1", Long.class);
        return new Afvoer(timers, seconden, na[2] - stappen[2], misluktNa - mislukt, cpuSeconden, leeg, dbWerk);
    }

    /**
     * Whether a job is executable, as the engine's {@code createJobQuery().executable()} means it (retries left, due,
     * not suspended), read where the job acquisition reads it (the partial index {@code regie_idx_job_acquisitie}) and
     * stopping at the first. The engine's count joins every job with its execution: at 101,115 dossiers it took about
     * 2.4 s, ten times a second, beside the drain it was measuring (README, "Population at scale: 101,115 dossiers").
     */
    static boolean uitvoerbaar(JdbcTemplate jdbc) {
        return Boolean.TRUE.equals(jdbc.queryForObject("select exists (select 1 from act_ru_job where retries_ > 0 "
                + "and suspension_state_ = 1 and (duedate_ is null or duedate_ <= ?))", Boolean.class,
                new java.sql.Timestamp(ClockUtil.getCurrentTime().getTime())));
    }

    private static void parallel(int n, int threads, IntConsumer werk) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            AtomicInteger volgende = new AtomicInteger();
            List<Future<?>> werkers = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                werkers.add(pool.submit(() -> {
                    for (int i = volgende.getAndIncrement(); i < n; i = volgende.getAndIncrement()) {
                        werk.accept(i);
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
    }
}
