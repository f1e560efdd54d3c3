package nl.regie.inburgering.benchmark;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The work of one part of the benchmark: the process's CPU time (all threads: the engine's work runs in this JVM), the
 * database's work ({@link DatabaseWerk}) and the engine steps it took, counted in the engine's history ({@link #stappen}):
 * user tasks ended, partner answers (external tasks completed), jobs executed (timers and asynchronous continuations),
 * activity instances, timers fired, timers created, call activity instances, user tasks completed. The driver's own
 * bookkeeping (finding the next step: CPU time of its threads and its queries, each a transaction) is kept apart in
 * {@link #boekhoudingCpuNanos} and {@link #boekhoudingTransacties}, to be subtracted. {@link #compilatieMs} is the time
 * the JIT compiler threads spent in the part (inside the process's CPU time): code met for the first time is compiled
 * while it runs, so a part that is not yet in its steady state shows it here.
 */
record Werk(long cpuNanos, long wandNanos, DatabaseWerk database, long[] telling, long boekhoudingCpuNanos,
            long boekhoudingTransacties, long compilatieMs) {

    static final int TAKEN = 0;
    static final int ANTWOORDEN = 1;
    static final int JOBS = 2;
    static final int ACTIVITEITEN = 3;
    static final int TIMERS_AF = 4;
    static final int TIMERS_GEMAAKT = 5;
    static final int AANROEPEN = 6;
    static final int TAKEN_VOLTOOID = 7;

    static Werk meet(JdbcTemplate jdbc, Runnable deel) {
        DatabaseWerk.analyseer(jdbc);
        long[] stappen = stappen(jdbc);
        DatabaseWerk db = DatabaseWerk.nu(jdbc);
        long compilatie = compilatie();
        long cpu = cpu();
        long wand = System.nanoTime();
        deel.run();
        wand = System.nanoTime() - wand;
        cpu = cpu() - cpu;
        compilatie = compilatie() - compilatie;
        DatabaseWerk dbNa = DatabaseWerk.nu(jdbc);
        long[] na = stappen(jdbc);
        long[] verschil = new long[na.length];
        for (int i = 0; i < na.length; i++) {
            verschil[i] = na[i] - stappen[i];
        }
        return new Werk(cpu, wand, dbNa.min(db), verschil, 0, 0, compilatie);
    }

    Werk metBoekhouding(long cpuNanos, long transacties) {
        return new Werk(this.cpuNanos, wandNanos, database, telling, cpuNanos, transacties, compilatieMs);
    }

    /** The JIT compiler threads' accumulated time (ms), or 0 where the JVM does not say. */
    static long compilatie() {
        var jit = ManagementFactory.getCompilationMXBean();
        return jit != null && jit.isCompilationTimeMonitoringSupported() ? jit.getTotalCompilationTime() : 0;
    }

    static long cpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    static long[] stappen(JdbcTemplate jdbc) {
        return new long[] {
            jdbc.queryForObject("select count(*) from act_hi_taskinst where end_time_ is not null", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_ext_task_log where state_ = 2", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_actinst", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 2 and job_def_type_ like 'timer%'", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_job_log where job_state_ = 0 and job_def_type_ like 'timer%'", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_actinst where act_type_ = 'callActivity'", Long.class),
            jdbc.queryForObject("select count(*) from act_hi_taskinst where delete_reason_ = 'completed'", Long.class)};
    }

    long taken() {
        return telling[TAKEN];
    }

    long externeTaken() {
        return telling[ANTWOORDEN];
    }

    long jobs() {
        return telling[JOBS];
    }

    long activiteiten() {
        return telling[ACTIVITEITEN];
    }

    /** Engine steps: user tasks ended + partner answers + jobs executed. */
    long stappen() {
        return taken() + externeTaken() + jobs();
    }

    /** CPU time without the driver's bookkeeping. */
    long cpuNetto() {
        return cpuNanos - boekhoudingCpuNanos;
    }

    long transactiesNetto() {
        return database.transacties() - boekhoudingTransacties;
    }

    /** The shape the application's dossiers had, for the bare engine to run the same. */
    KaleLevensloop.Vorm vorm(long dossiers) {
        return new KaleLevensloop.Vorm(dossiers, telling[TAKEN_VOLTOOID], externeTaken(), telling[TIMERS_AF],
                Math.max(0, telling[TIMERS_GEMAAKT] - telling[TIMERS_AF]), jobs(), telling[AANROEPEN], activiteiten());
    }

    /** The lifecycle table: per dossier, per engine step and per activity instance, bare engine against the application. */
    static String tabel(int aantal, Werk kaal, Werk app) {
        StringBuilder uit = new StringBuilder();
        uit.append(String.format(Locale.ROOT, "### Lifecycle: %d dossiers, bare engine (`kaal-levensloop.bpmn` + `kaal-deel.bpmn`, the application's counts) vs the application (population generator)%n%n", aantal));
        uit.append("| per dossier | bare engine | application | ratio |\n|---|---|---|---|\n");
        rij(uit, "CPU ms (JVM process)", kaal.cpuNanos / 1e6 / aantal, app.cpuNanos / 1e6 / aantal);
        rij(uit, "of which the driver's bookkeeping (finding the next step)", kaal.boekhoudingCpuNanos / 1e6 / aantal, app.boekhoudingCpuNanos / 1e6 / aantal);
        rij(uit, "**CPU ms without the driver's bookkeeping**", kaal.cpuNetto() / 1e6 / aantal, app.cpuNetto() / 1e6 / aantal);
        rij(uit, "of which JIT compilation (compiler threads)", (double) kaal.compilatieMs / aantal, (double) app.compilatieMs / aantal);
        rij(uit, "wall-clock ms", kaal.wandNanos / 1e6 / aantal, app.wandNanos / 1e6 / aantal);
        rij(uit, "database transactions", (double) kaal.database.transacties() / aantal, (double) app.database.transacties() / aantal);
        rij(uit, "of which the driver's bookkeeping queries", (double) kaal.boekhoudingTransacties / aantal, (double) app.boekhoudingTransacties / aantal);
        rij(uit, "database rows read (driver's queries included)", (double) kaal.database.rijenGelezen() / aantal, (double) app.database.rijenGelezen() / aantal);
        rij(uit, "database rows written", (double) kaal.database.rijenGeschreven() / aantal, (double) app.database.rijenGeschreven() / aantal);
        String[] namen = {"user tasks ended", "partner answers", "jobs executed", "activity instances", "timers fired",
            "timers created", "call activities", "user tasks completed"};
        for (int i = 0; i < namen.length; i++) {
            rij(uit, namen[i], (double) kaal.telling[i] / aantal, (double) app.telling[i] / aantal);
        }
        uit.append("\n| per engine step (task + answer + job) | bare engine | application | ratio | goal ≤ 1.3× |\n|---|---|---|---|---|\n");
        doel(uit, "CPU ms (without the driver's bookkeeping)", kaal.cpuNetto() / 1e6 / kaal.stappen(), app.cpuNetto() / 1e6 / app.stappen());
        doel(uit, "database transactions (without the driver's queries)", (double) kaal.transactiesNetto() / kaal.stappen(), (double) app.transactiesNetto() / app.stappen());
        doel(uit, "database rows read", (double) kaal.database.rijenGelezen() / kaal.stappen(), (double) app.database.rijenGelezen() / app.stappen());
        doel(uit, "database rows written", (double) kaal.database.rijenGeschreven() / kaal.stappen(), (double) app.database.rijenGeschreven() / app.stappen());
        uit.append(String.format(Locale.ROOT, "%nentries read per dossier (index and sequential scans, top 3): bare: %s; application: %s%n",
                kaal.database.meesteLezingen(3, aantal), app.database.meesteLezingen(3, aantal)));
        uit.append("\n| per activity instance (flow node executed) | bare engine | application | ratio | goal ≤ 1.3× |\n|---|---|---|---|---|\n");
        doel(uit, "CPU ms (without the driver's bookkeeping)", kaal.cpuNetto() / 1e6 / kaal.activiteiten(), app.cpuNetto() / 1e6 / app.activiteiten());
        doel(uit, "database transactions (without the driver's queries)", (double) kaal.transactiesNetto() / kaal.activiteiten(), (double) app.transactiesNetto() / app.activiteiten());
        doel(uit, "database rows read", (double) kaal.database.rijenGelezen() / kaal.activiteiten(), (double) app.database.rijenGelezen() / app.activiteiten());
        doel(uit, "database rows written", (double) kaal.database.rijenGeschreven() / kaal.activiteiten(), (double) app.database.rijenGeschreven() / app.activiteiten());
        return uit.toString();
    }

    private static void rij(StringBuilder uit, String naam, double kaal, double app) {
        uit.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %s |%n", naam, kaal, app, ratio(kaal, app)));
    }

    private static void doel(StringBuilder uit, String naam, double kaal, double app) {
        String r = ratio(kaal, app);
        String oordeel = kaal <= 0 ? "-" : app / kaal <= 1.3 ? "met" : "**not met**";
        uit.append(String.format(Locale.ROOT, "| %s | %.2f | %.2f | %s | %s |%n", naam, kaal, app, r, oordeel));
    }

    static String ratio(double kaal, double app) {
        return kaal <= 0 ? "-" : String.format(Locale.ROOT, "%.2f×", app / kaal);
    }
}
